"""What an outsider's bundles did to the screens (each validated, so the kiosk must cope): a
directory without staff or without services renders every screen of the tour, and a place
whose name is too long for any QR code gets its route without one instead of an error."""
from __future__ import annotations

import dataclasses

from kiosk.directory.model import Text
from kiosk.ui.screenshots.visitor import render_all, scenes
from kiosk.ui.widgets.qr_code import qr_matrix


def test_the_tour_renders_a_directory_without_staff_or_services(demo, cfg, tmp_path):
    bare = dataclasses.replace(demo, staff=(), services=(), amenities=())
    names = [name for name, _route, _text in scenes(bare)]
    assert "card-person" not in names and "card-service" not in names and "home" in names
    written = render_all(bare, cfg, tmp_path, langs=("en",),
                         sizes={"landscape": (1920, 1080)})
    assert written and all(p.stat().st_size > 10_000 for p in written)


def test_a_route_too_long_for_a_qr_code_shows_its_steps_without_one(window, demo, qtbot):
    assert qr_matrix("x" * 10_000) == []
    desk = next(r for r in demo.rooms if r.kind == "desk")
    long = dataclasses.replace(desk, name=Text(desk.name.ko, "Information desk " * 300))
    window.switch_directory(dataclasses.replace(
        demo, rooms=tuple(long if r.id == desk.id else r for r in demo.rooms)))
    window.ctx.session.set_language("en")
    window.navigate(("route", "rooms", desk.id))
    page = window.page("route")
    qtbot.waitUntil(lambda: bool(page.pager.steps))
    assert not page.qr.isVisibleTo(page) and not page.qr_caption.isVisibleTo(page)
