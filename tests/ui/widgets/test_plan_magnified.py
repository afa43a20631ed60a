"""The plans as a magnified visitor meets them, on the real widgets: a floor's plan never
smaller, nor its room names smaller, when the text grows; a keyed room's number shows with the
key that names it; the pins' tags inside the plan, off their own pin and off the route."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSizeF
from PySide6.QtGui import QPainterPath, QPainterPathStroker
from plan_overlap import overlap
from PySide6.QtWidgets import QApplication

from kiosk.directory.accessibility import Profile
from kiosk.ui.screenshots.visitor import SIZES

ZOOMS = (1.0, 1.5, 2.0)


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def shown_whole(window, widget) -> bool:
    """Wholly on screen as it is now, not scrolled to: inside what holds it and the window's
    content."""
    if not widget.isVisible() or widget.visibleRegion().boundingRect() != widget.rect():
        return False
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return window.content_rect().contains(rect)


def tag_problems(plan, where: str) -> list[str]:
    """Each tag inside the drawn plan (and the widget), clear of every pin, and, on a route's
    map, clear of the route's line."""
    plan.grab()
    placed = plan.last_placement
    inside = plan._plan_rect().intersected(QRectF(plan.rect())).adjusted(-0.5, -0.5, 0.5, 0.5)
    radius = plan.pin_radius()
    pins = [QRectF(plan.to_widget(*p) - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius))
            for p, _t, _c in plan.pins()]
    out = []
    for tag in placed.tags:
        if not inside.contains(tag):
            out.append(f"{where}: tag {tag} leaves the plan {inside}")
        out += [f"{where}: tag {tag} over a pin {pin}" for pin in pins if overlap(tag, pin)]
    legs = plan.legs_here() if hasattr(plan, "legs_here") else []
    stroker = QPainterPathStroker()
    stroker.setWidth(plan.ctx.theme.px(10))  # the route's line as drawn, not its casing
    for points in legs:
        path = QPainterPath(plan.to_widget(*points[0]))
        for point in points[1:]:
            path.lineTo(plan.to_widget(*point))
        line = stroker.createStroke(path)
        out += [f"{where}: tag {tag} over the route" for tag in placed.tags
                if line.intersects(tag.adjusted(1, 1, -1, -1))]
    return out


@pytest.mark.parametrize("shape", list(SIZES))
def test_a_floor_plan_and_its_names_never_shrink_as_the_text_grows(window, demo, shape):
    """At 150 and 200 % the plan is at least as wide as at 100 %, and each room's name at
    least as large (a name never turns into a number)."""
    window.resize(*SIZES[shape])
    found = []
    for lang in ("ko", "en"):
        window.ctx.session.set_language(lang)
        for floor in demo.floors:
            before = None
            for zoom in ZOOMS:
                window.ctx.session.set_profile(Profile(zoom=zoom))
                window.navigate(("floor", floor.id))
                settle()
                page = window.page("floor")
                plan = page.plan
                plan.grab()
                where = f"{lang} {floor.id} at {zoom:.0%}"
                width = plan._plan_rect().width()
                sizes = {label.room_id: (label.keyed is None, label.font.pixelSize())
                         for label in plan.last_placement.labels}
                if before is not None:  # against 100 %: what the visitor had before
                    last_width, last_sizes = before
                    if width < last_width - 1:
                        found.append(f"{where}: the plan {width:.0f} px wide, was "
                                     f"{last_width:.0f}")
                    for room_id, (named, pixels) in sizes.items():
                        was_named, was = last_sizes[room_id]
                        if was_named and not named:
                            found.append(f"{where}: {room_id} now a number, was its name")
                        elif named and pixels < was:
                            found.append(f"{where}: {room_id}'s name {pixels} px, was {was}")
                else:
                    before = (width, sizes)
                if plan.keyed and not (shown_whole(window, plan)
                                       and shown_whole(window, page.legend)):
                    found.append(f"{where}: rooms numbered {plan.keyed} but the plan and "
                                 "its key do not show together")
                found += tag_problems(plan, where)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("shape", list(SIZES))
@pytest.mark.parametrize("zoom", ZOOMS)
def test_route_tags_keep_off_their_pins_and_the_route(window, demo, shape, zoom):
    """Every route of the demo's floors and the way to the desk where no step-free way
    exists (the two tags close together)."""
    window.resize(*SIZES[shape])
    window.ctx.session.set_profile(Profile(zoom=zoom, low_position=True))
    stairs = next(r for r in demo.rooms if r.kind == "stairs")
    found = []
    for lang in ("ko", "en"):
        window.ctx.session.set_language(lang)
        window.navigate(("route", "rooms", stairs.id))
        page = window.page("route")
        page.set_step_free(True)
        page.map.finish_animation()
        settle()
        found += tag_problems(page.map, f"{lang} guide me")
        for room in demo.rooms:
            if room.kind != "office":
                continue
            window.navigate(("route", "rooms", room.id))
            for floor_id in page.route.floors:
                page.show_floor(floor_id)
                page.map.finish_animation()
                settle()
                found += tag_problems(page.map, f"{lang} to {room.id} on {floor_id}")
    assert found == [], "\n".join(found)


def route_maps(window, demo):
    """(where, the route's page) on each floor of the way to every office and of the way to
    the desk where no step-free way exists, as the visitor's floor tabs show them."""
    page = window.page("route")
    stairs = next(r for r in demo.rooms if r.kind == "stairs")
    offices = [r.id for r in demo.rooms if r.kind == "office"]
    for target, step_free in [(stairs.id, True)] + [(room_id, False) for room_id in offices]:
        window.navigate(("route", "rooms", target))
        page.set_step_free(step_free)
        for floor_id in page.route.floors:
            page.show_floor(floor_id)
            page.map.finish_animation()
            settle()
            yield f"to {'the desk' if step_free else target} on {floor_id}", page


def route_outside(plan, where: str) -> list[str]:
    """What of the route falls outside what the map draws: a point of its line, a step's spot
    or number, a pin."""
    shown = plan._plan_rect().intersected(QRectF(plan.rect())).adjusted(-0.5, -0.5, 0.5, 0.5)
    radius = plan.pin_radius()
    pins = [QRectF(plan.to_widget(*p) - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius))
            for p, _t, _c in plan.pins()]
    points = [plan.to_widget(*p) for points in plan.legs_here() for p in points]
    return [f"{where}: {part} outside {shown}" for part in
            [*pins, *plan.step_spots(), *plan.marks(), *points] if not shown.contains(part)]


@pytest.mark.parametrize("shape", list(SIZES))
def test_route_maps_names_never_shrink_as_the_text_grows(window, demo, shape):
    """At 150 and 200 % the route's map opens on the part of each floor the route crosses:
    every name it shows is at least its 100 % size, none a letter that was a name, and all
    of the route (its line, steps, spots and pins) is drawn."""
    window.resize(*SIZES[shape])
    found, compared = [], 0
    for lang in ("ko", "en"):
        window.ctx.session.set_language(lang)
        at_100 = {}
        for zoom in ZOOMS:
            window.ctx.session.set_profile(Profile(zoom=zoom))
            settle()
            for where, page in route_maps(window, demo):
                page.map.grab()
                sizes = {label.room_id: (label.keyed is None, label.font.pixelSize())
                         for label in page.map.last_placement.labels}
                at_100.setdefault(where, sizes)
                where_zoom = f"{lang} {where} at {zoom:.0%}"
                if zoom > 1.0:
                    found += route_outside(page.map, where_zoom)
                for room_id, (named, pixels) in sizes.items():
                    if room_id not in at_100[where]:
                        continue
                    compared += zoom > 1.0
                    was_named, was = at_100[where][room_id]
                    if was_named and not named:
                        found.append(f"{where_zoom}: {room_id} a letter, was its name")
                    elif named and pixels < was:
                        found.append(f"{where_zoom}: {room_id}'s name {pixels} px, was {was}")
    assert found == [], "\n".join(found)
    assert compared > 50  # the maps show most of their names magnified too
