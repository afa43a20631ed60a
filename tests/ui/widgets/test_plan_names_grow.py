"""Room names grow with the visitor's text size as far as their rooms allow: at 150 and 200 %
each name is at least its 100 % size and up to that size times the magnification (a name set
beside the room that squeezed it: up to the names' 100 % size times it), on one line
or two, clear of the other names, the pins, the tags and the route's line; a keyed room's
letter grows too, and the key naming it is in the visitor's text size."""
from __future__ import annotations

import pytest
from looks import LANGS, SHAPES, Look, wear
from plan_overlap import leader_problems, names_its_room, overlap, overlap_problems
from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QApplication
from test_plan_labels import route_targets
from test_plan_magnified import shown_whole

from kiosk.ui.widgets.plan_labels import first_fit, free_parts, grow_labels, place_labels
from kiosk.ui.widgets.plan_name_breaks import layouts

PAD = 4


def font(pixels: int) -> QFont:
    f = QFont("NanumBarunGothic")
    f.setBold(True)
    f.setPixelSize(pixels)
    return f


def grown(rooms, obstacles=(), zoom=2.0, compounds=False):
    placed = place_labels(rooms, list(obstacles), [24, 20, 16], font, PAD)
    return placed, grow_labels(placed, rooms, list(obstacles), zoom, font, PAD, compounds)


def larger_fits(label, room: QRectF, obstacles) -> bool:
    """Whether the name would fit one pixel larger, as the growth looks for it."""
    parts = free_parts(room.adjusted(PAD, PAD, -PAD, -PAD), obstacles)
    return first_fit(label.name, font(label.font.pixelSize() + 1), parts, PAD) is not None


def test_a_name_grows_to_its_size_times_the_magnification_where_its_room_allows(qtbot):
    rooms = [("big", "Story room", QRectF(0, 0, 800, 400))]
    (before,), (after,) = grown(rooms, zoom=2.0)
    assert before.font.pixelSize() == before.base == 24
    assert after.font.pixelSize() == 48 and after.base == 24 and after.lines == ("Story room",)
    assert rooms[0][2].contains(after.box)
    (_,), (half,) = grown(rooms, zoom=1.5)
    assert half.font.pixelSize() == 36


def test_a_narrow_room_lets_its_name_grow_as_far_as_it_fits_on_three_lines(qtbot):
    """A long name in a narrow, tall room takes a third line where that makes it larger."""
    room = QRectF(0, 0, 230, 300)
    (before,), (after,) = grown([("n", "Visitor consultation room", room)])
    assert 24 < after.font.pixelSize() < 48, after.font.pixelSize()
    assert len(after.lines) == 3 and room.contains(after.box)


    def fits_on_two(size):  # the name's two-line layouts only, in the padded room
        metrics = QFontMetricsF(font(size))
        return any(max(map(metrics.horizontalAdvance, lines)) + 4 * PAD <= room.width()
                   and 2 * metrics.height() + 4 * PAD <= room.height()
                   for lines in layouts("Visitor consultation room") if len(lines) == 2)
    assert after.font.pixelSize() > max(filter(fits_on_two, range(16, 48)))
    assert not larger_fits(after, room, [])  # as large as the room allows, not smaller
    metrics = QFontMetricsF(after.font)
    assert max(metrics.horizontalAdvance(line) for line in after.lines) <= after.box.width()


def test_a_name_grows_around_the_route_and_never_shrinks(qtbot):
    """The route's line across the room's middle: the name grows in the larger part beside
    it, never over it; a room with no more space keeps the name at its 100 % size."""
    room = QRectF(0, 0, 600, 140)
    route = [QRectF(0, 60, 600, 20)]
    (before,), (after,) = grown([("r", "Lounge", room)], route)
    assert 24 < after.font.pixelSize() < 48
    assert not overlap(after.box, route[0]) and room.contains(after.box)
    assert not larger_fits(after, room, route)
    tight = QRectF(0, 0, 150, 44)  # "Lounge" at 24 px and no more
    (before,), (after,) = grown([("t", "Lounge", tight)])
    assert after.font.pixelSize() == before.font.pixelSize() == before.base


def test_a_name_grows_clear_of_its_neighbours_label(qtbot):
    """Two rooms drawn one over the other (a plan may): the second name grows only where the
    first one is not."""
    rooms = [("a", "Digital Room", QRectF(0, 0, 600, 300)),
             ("b", "Lounge", QRectF(0, 0, 600, 300))]
    placed = place_labels(rooms[:1], [], [24], font, PAD)
    placed += place_labels(rooms[1:], [placed[0].box], [24], font, PAD)
    after = grow_labels(placed, rooms, [], 2.0, font, PAD)
    assert not overlap(after[0].box, after[1].box)
    assert all(label.font.pixelSize() > 24 for label in after)


def test_a_keyed_rooms_letter_grows_in_its_ring(qtbot):
    rooms = [("k", "Visitor consultation room", QRectF(0, 0, 70, 70))]
    (before,), (after,) = grown(rooms)
    assert before.keyed == after.keyed == 1 and after.lines == ("A",)
    assert after.font.pixelSize() > before.font.pixelSize()
    assert after.box.width() == after.box.height() and rooms[0][2].contains(after.box)


def test_a_name_breaks_at_a_space_only(qtbot):
    assert layouts("고객 상담실") == (("고객 상담실",), ("고객", "상담실"))
    assert layouts("어린이자료실") == (("어린이자료실",),)
    assert layouts("Visitor consultation room")[-1] == ("Visitor", "consultation", "room")


def test_a_long_korean_word_grows_broken_before_its_last_three_syllables(qtbot):
    """One word in a narrow room that squeezed it, on a plan drawn smaller as the text grows
    (a route's map): unbroken, it keeps its 100 % size beside names twice as large;
    magnified, it breaks where the compound's last part starts, and grows. Where its room
    held it whole at the largest size, it grows on its one line."""
    name = "학교도서관지원실"
    squeezed = QFontMetricsF(font(20)).horizontalAdvance(name) + 4 * PAD + 2  # whole at 20 px
    rooms = [("school", name, QRectF(0, 0, squeezed, 300))]
    (before,), (after,) = grown(rooms, zoom=2.0, compounds=True)
    assert before.lines == (name,) and before.font.pixelSize() == 20
    assert after.lines == ("학교도서관", "지원실")
    assert 20 < after.font.pixelSize() <= 40 and rooms[0][2].contains(after.box)
    assert grown(rooms, zoom=2.0)[1][0].lines == (name,)  # a floor page's plan: unbroken
    whole = QFontMetricsF(font(24)).horizontalAdvance(name) + 4 * PAD + 2  # whole at 24 px
    (before,), (after,) = grown([("school", name, QRectF(0, 0, whole, 300))], zoom=2.0,
                                compounds=True)
    assert before.font.pixelSize() == 24 and after.lines == (name,)
    # Short words, and words not Korean, break at their spaces only, as at 100 %.
    assert layouts("고객 상담실", True) == layouts("고객 상담실")
    assert layouts("Visitor consultation room", True) == layouts("Visitor consultation room")


# -- on the kiosk's own plans -------------------------------------------------------------------
def _sizes(plan) -> dict[str, tuple[bool, int, bool]]:
    """Each room's (named, not keyed; its name's size; set beside its room)."""
    plan.grab()
    return {label.room_id: (label.keyed is None, label.font.pixelSize(),
                            label.leader is not None)
            for label in plan.last_placement.labels}


@pytest.mark.parametrize("shape", SHAPES)
def test_floor_plans_names_grow_with_the_text(window, demo, shape):
    """Every floor page, ko and en: at 150 and 200 % each name at least its 100 % size, still
    a name, at most that size times the magnification; the rooms with the space reach it."""
    found, reached, keys = [], {}, {}
    for lang in LANGS:
        for floor in demo.floors:
            at_100 = None
            for zoom in (1.0, 1.5, 2.0):
                wear(window, Look(lang, shape, zoom))
                window.navigate(("floor", floor.id))
                QApplication.processEvents()
                page = window.page("floor")
                sizes = _sizes(page.plan)
                at_100 = at_100 or sizes
                where = f"{lang} {floor.id} at {zoom:.0%}"
                # The names' size at 100 % where their rooms hold them: a name set beside its
                # room, which squeezed it, grows as far as that size times the magnification.
                most = max(size for named, size, _beside in at_100.values() if named)
                for room_id, (named, pixels, beside) in sizes.items():
                    was_named, was, _ = at_100[room_id]
                    if was_named and not named:
                        found.append(f"{where}: {room_id} a letter, was its name")
                    if pixels < was or pixels > round((most if beside else was) * zoom):
                        found.append(f"{where}: {room_id} {pixels} px, {was} px at 100 %")
                    reached[(lang, room_id, zoom)] = pixels == round(was * zoom)
                if page.plan.keyed:  # the key, in the visitor's text size, beside the plan
                    if not shown_whole(window, page.legend):
                        found.append(f"{where}: the key does not show whole")
                    keys[(lang, floor.id, zoom)] = [
                        text.height() for key, _icon, text in
                        page.legend._places(page.legend.width()) if key.startswith("#")]
    assert found == [], "\n".join(found)
    for (lang, floor_id, zoom), heights in keys.items():
        if (lang, floor_id, 1.0) in keys:  # a keyed room's entry as tall as its words
            assert min(heights) >= max(keys[(lang, floor_id, 1.0)]) * zoom - 2, heights
    # Rooms with the space reach twice their size at 200 %, in both shapes and languages.
    for lang, room_id in (("en", "4F-planning"), ("ko", "4F-planning"), ("en", "1F-children"),
                          ("ko", "3F-study"), ("en", "2F-digital")):
        assert reached[(lang, room_id, 2.0)] and reached[(lang, room_id, 1.5)], (lang, room_id)


def _route_line(view):
    """The route's line with its white casing, as drawn."""
    stroker = QPainterPathStroker()
    stroker.setWidth(view.ctx.theme.px(16))
    out = []
    for points in view.legs_here():
        path = QPainterPath(view.to_widget(*points[0]))
        for point in points[1:]:
            path.lineTo(view.to_widget(*point))
        out.append(stroker.createStroke(path))
    return out


def grown_problems(view, where: str) -> list[str]:
    """On the boxes the paint used: no two labels overlap, none over a pin (a route step's
    number included), a tag or the route's line (its casing too), each inside its room (or
    beside it, its line into it crossing nothing) and the plan."""
    view.grab()
    placed = view.last_placement
    labels, out = placed.labels, overlap_problems(placed, where)
    radius = view.pin_radius()
    pins = [QRectF(view.to_widget(*p) - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius))
            for p, _t, _c in view.pins()] + view.marks()
    rooms = {room.id: view.room_rect(room) for room in view.named_rooms()}
    lines = _route_line(view) if hasattr(view, "legs_here") else []
    plan = view._plan_rect().intersected(QRectF(view.rect()))
    for a in labels:
        out += [f"{where}: {a.name!r} over a pin" for pin in pins if overlap(a.box, pin)]
        if a.clear and not (names_its_room(a, rooms[a.room_id]) and plan.contains(a.box)):
            out.append(f"{where}: {a.name!r} leaves its room or the plan")
        grown = "grown " if a.font.pixelSize() > a.base else ""
        out += [f"{where}: {a.name!r} {grown}over the route" for line in lines
                if line.intersects(a.box.adjusted(1, 1, -1, -1))]
    walls = {r.id: view.room_rect(r) for r in view.rooms if r.rect and r.kind != "hall"}
    return out + leader_problems(placed, walls, pins, where)


@pytest.mark.parametrize("zoom", (1.5, 2.0))
@pytest.mark.parametrize("shape", SHAPES)
def test_grown_names_keep_off_each_other_the_pins_the_tags_and_the_route(window, demo, shape,
                                                                        zoom):
    found = []
    for lang in LANGS:
        wear(window, Look(lang, shape, zoom))
        for floor in demo.floors:
            window.navigate(("floor", floor.id))
            QApplication.processEvents()
            found += grown_problems(window.page("floor").plan, f"{lang} floor {floor.id}")
        for room_id in route_targets(demo):
            window.navigate(("route", "rooms", room_id))
            page = window.page("route")
            for floor_id in page.route.floors:
                page.show_floor(floor_id)
                page.map.finish_animation()
                QApplication.processEvents()
                found += grown_problems(page.map, f"{lang} route to {room_id}, {floor_id}")
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("shape", SHAPES)
def test_a_name_grows_beside_a_route_that_crosses_its_room(window, demo, shape):
    """The demo's ways keep to the corridors; a way straight through the children's room
    (as a plan with an open reading area may have) leaves its name growing beside the line,
    never over it; at 100 % too."""
    from dataclasses import replace

    from kiosk.wayfinding.route import Leg

    for zoom in (1.0, 2.0):
        wear(window, Look("en", shape, zoom))
        window.navigate(("route", "rooms", "1F-story"))
        page = window.page("route")
        across = replace(page.route, legs=(Leg("1F", ((60.0, 220.0), (780.0, 220.0))),))
        page.map.show_floor(across, "1F", None, animate=False)
        QApplication.processEvents()
        assert grown_problems(page.map, f"{shape} {zoom:.0%}") == []
        children = next(label for label in page.map.last_placement.labels
                        if label.room_id == "1F-children")
        assert (children.font.pixelSize() > children.base) == (zoom > 1), children
