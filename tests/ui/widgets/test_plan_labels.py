"""Every room's name readable on the plans, never covered: each floor of the demo on the floor
page and on the route map, ko and en, landscape and portrait, 100/150/200%, both palettes.
The boxes checked are the ones the paint used (`last_placement`), clear of the tags and, on a
route's map, of the current step's mark at every step; each name inside its room, or beside it
with a line into it (magnified, where its room holds it only small); the pins' contrast is read
from the painted pixels against the plan drawn behind them."""
from __future__ import annotations

import pytest
from looks import CONTRASTS, LANGS, SHAPES, ZOOMS, Look, wear
from plan_overlap import names_its_room, overlap, overlap_problems
from plan_pixels import marker_problems
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from kiosk.ui.widgets.plan_placing import UNLABELLED
from kiosk.ui.widgets.plan_labels import MIN_AREA
from kiosk.ui.widgets.step_mark import spot_box


def current_step_marks(view) -> list:
    """On a route's map, (step, what its mark covers) for each step of the shown floor: the
    current step's mark may stand at any of them, as the visitor pages."""
    route = getattr(view, "route", None)
    if route is None or view.floor is None:
        return []
    return [(step, spot_box(view.to_widget(*step.point), view.ctx.theme.px))
            for step in route.steps if step.floor == view.floor.id]


def label_problems(view, legend, where: str) -> list[str]:
    view.grab()  # paints, as the screen does
    placed = view.last_placement
    out = overlap_problems(placed, where)
    labels = placed.labels
    for a in labels:
        for step, spot in current_step_marks(view):
            if overlap(a.box, spot):
                out.append(f"{where}: {a.name!r} under the current step's mark at "
                           f"{step.text.get('en')!r}")
        metrics = QFontMetricsF(a.font)
        wide = max(metrics.horizontalAdvance(line) for line in a.lines)
        if wide > a.box.width() or metrics.height() * len(a.lines) > a.box.height() + 0.5:
            out.append(f"{where}: {a.lines!r} needs {wide:.0f}px, has {a.box.width():.0f}")
        if not QRectF(view.rect()).contains(a.box):
            out.append(f"{where}: {a.name!r} leaves the plan")
        if a.keyed is not None and (f"#{a.keyed}", a.name) not in legend.texts():
            out.append(f"{where}: {a.name!r} keyed {a.keyed} but not in the key")
    named = {label.room_id: label for label in labels}
    for room in view.named_rooms():  # on a route's map, the destination's tag names it
        if room.rect is None or room.kind in UNLABELLED or room.rect.w * room.rect.h < MIN_AREA:
            continue
        label = named.get(room.id)
        if label is None:
            out.append(f"{where}: {room.id} has no name")
        elif not names_its_room(label, view.room_rect(room)):
            out.append(f"{where}: {room.id}'s name leaves its room, with no line into it")
    return out


def route_targets(demo) -> list[str]:
    """On each floor, its largest named room: every floor's plan shows up on a route; and the
    tour's way upstairs (the top floor's first office), whose first step's mark covered
    "Nursing room" on the ground floor."""
    out = []
    for floor in demo.floors:
        rooms = [r for r in demo.rooms_on(floor.id) if r.rect and r.kind not in UNLABELLED]
        out.append(max(rooms, key=lambda r: r.rect.w * r.rect.h).id)
    top = demo.floors_top_down()[0]
    upstairs = next(r.id for r in demo.rooms_on(top.id) if r.kind == "office")
    return out + ([upstairs] if upstairs not in out else [])


@pytest.mark.parametrize("contrast", CONTRASTS, ids=["normal", "high-contrast"])
@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize("shape", SHAPES)
def test_every_name_on_every_plan_is_readable_and_uncovered(window, demo, shape, zoom,
                                                            contrast):
    found = []
    for lang in LANGS:  # both in one case: each walks every plan
        wear(window, Look(lang, shape, zoom, contrast))
        for floor in demo.floors:
            window.navigate(("floor", floor.id))
            QApplication.processEvents()
            plan = window.page("floor").plan
            found += label_problems(plan, window.page("floor").legend,
                                    f"{lang} floor {floor.id}")
            found += marker_problems(plan, f"{lang} floor {floor.id}")
        for room_id in route_targets(demo):
            window.navigate(("route", "rooms", room_id))
            page = window.page("route")
            for floor_id in page.route.floors:
                page.show_floor(floor_id)
                page.map.finish_animation()
                QApplication.processEvents()
                where = f"{lang} route to {room_id}, {floor_id}"
                found += label_problems(page.map, page.legend, where)
                found += marker_problems(page.map, where)
    assert found == [], "\n".join(found)


def test_a_name_gives_way_to_a_tag_and_a_room_too_small_is_keyed(qtbot):
    """In one room: a tag over its middle sends the name to the free part beside it; a name
    that fits nowhere even at the floor size becomes a number with the name kept for the key."""
    from PySide6.QtGui import QFont

    from kiosk.ui.widgets.plan_labels import place_labels

    def font(pixels):
        f = QFont("NanumBarunGothic")
        f.setPixelSize(pixels)
        return f

    room = QRectF(0, 0, 400, 200)
    tag = QRectF(0, 60, 400, 80)
    wide, small = place_labels([("a", "Story room", room),
                                ("b", "Visitor consultation room", QRectF(500, 0, 60, 60))],
                               [tag], [24, 20, 16], font, 4)
    assert not overlap(wide.box, tag) and room.contains(wide.box) and wide.keyed is None
    assert small.keyed == 1 and small.lines == ("A",) and small.clear
    assert small.name == "Visitor consultation room"


def test_a_keyed_room_shows_a_round_letter_as_large_as_its_room_allows(qtbot):
    """A room too small for its name shows a letter (the route's steps are numbered on the same
    plan), in a round ring, at the largest size that fits, not the smallest name size."""
    from PySide6.QtGui import QFont

    from kiosk.ui.widgets.plan_labels import key_mark, place_labels

    def font(pixels):
        f = QFont("NanumBarunGothic")
        f.setPixelSize(pixels)
        return f

    rooms = [(f"r{i}", "Visitor consultation room", QRectF(100 * i, 0, 70, 70)) for i in range(3)]
    labels = place_labels(rooms, [], [40, 24, 20, 16], font, 4)
    assert [label.lines for label in labels] == [("A",), ("B",), ("C",)]
    for label in labels:
        assert label.font.pixelSize() == 40, label.font.pixelSize()
        assert label.box.width() == label.box.height() and label.clear
    assert [key_mark(n) for n in (1, 2, 26, 27, 28, 52, 53)] == \
        ["A", "B", "Z", "AA", "AB", "AZ", "BA"]
