"""No step-free way: the map draws the way to the information desk, and the title, always in
view, says so (not "Way to Stairs" over a way to the desk), also after the step-free switch
is turned on while the route shows; the call for a guide shows on the first screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from kiosk.directory.accessibility import Profile
from kiosk.ui.screenshots.visitor import SIZES


def hidden_part(window, widget) -> str:
    if not widget.isVisible():
        return "not shown"
    if widget.visibleRegion().boundingRect() != widget.rect():
        return f"only {widget.visibleRegion().boundingRect()} of {widget.rect()} shows"
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not window.content_rect().contains(rect):
        return f"{rect} leaves {window.content_rect()}"
    return ""


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


@pytest.mark.parametrize("shape", list(SIZES))
@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("zoom, low", [(1.0, False), (1.0, True), (1.5, False), (2.0, False)])
def test_the_title_says_the_map_leads_to_the_desk(qtbot, window, demo, shape, lang, zoom, low):
    window.idle.idle_timer.setInterval(2**31 - 1)
    window.resize(*SIZES[shape])
    window.ctx.session.set_language(lang)
    window.ctx.session.set_profile(Profile(zoom=zoom, low_position=low))
    stairs = next(r for r in demo.rooms if r.kind == "stairs")
    desk = next(r for r in demo.rooms if r.kind == "desk")
    window.navigate(("route", "rooms", stairs.id))
    page = window.page("route")
    settle()
    assert stairs.name.get(lang) in window.title.text()  # a way there, without step-free
    page.set_step_free(True)  # turned on here: no way; the map leads to the desk
    page.map.finish_animation()
    settle()
    assert page.problem is not None and page.route is not None
    assert window.title.text() == window.ctx.session.tr("route.title",
                                                        place=desk.name.get(lang))
    found = [f"{what}: {hidden_part(window, w)}" for what, w in (
        ("the title", window.title), ("the news", page.problem_title),
        ("the call for a guide", page.guide_me)) if hidden_part(window, w)]
    assert found == []
