"""Low position over the screenshot tour, at every text size: the primary actions of home, the
cards and the route (home's four ways in, a card's "Show me the way", the route's call for a
guide, its Previous and Next at every step), the way on of each step of a feedback card and
of a message (Go on without naming anyone, Next, Send, Agree, Done) and every key of a keyboard
on view (search, a card's typing steps, the message form, the staff PIN pad) show whole inside
the reach band as the screen opens, without scrolling. ui/test_tour_reach.py allows a control to be scrolled to; a visitor
in a wheelchair must not have to look for these."""
from __future__ import annotations

import pytest
from helpers import keep_messages
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.directory import config
from kiosk.directory.accessibility import Profile
from kiosk.ui.screenshots.staff import staff_tour
from kiosk.ui.screenshots.visitor import SIZES, tour

# As ui/test_tour_reach.py: mounted where the band cuts the screen in both shapes.
BOTTOM_MM = {"landscape": 900.0, "portrait": 700.0}
SCREENS = ("home", "card-", "route-", "feedback-", "message-")  # whose actions are checked


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def primary_actions(window, name: str) -> list[QPushButton]:
    """What the screen is for: the four ways in, every button drawn as primary (a step's way
    on), a card's way on without naming anyone, the route's Previous beside its Next; with no
    step-free way, the call for a guide too (the steps then lead to the desk, beside it or
    under it)."""
    if not name.startswith(SCREENS):
        return []
    found = []
    for widget in window.current_page().findChildren(QPushButton):
        role = widget.property("role")
        if widget.objectName() in ("RoutePreviousStep", "RouteNextStep"):
            wanted = True  # with no step-free way too: the steps to the desk, with the call
        else:
            wanted = role in ("primary", "tile") or widget.objectName() in ("RouteGuideMe",
                                                                             "StaffNone")
        if wanted and widget.isVisible():
            found.append(widget)
    return found


def out_of_sight(window, widget) -> str:
    """'' when `widget` shows whole, unscrolled, inside the reach band."""
    if widget.visibleRegion().boundingRect() != widget.rect():
        return f"only {widget.visibleRegion().boundingRect().getCoords()} of it shows"
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    top, bottom = window.ctx.geometry.reach_band(window.width(), window.height())
    band = QRect(0, top, window.width(), bottom - top)
    if not band.contains(rect):
        return f"{rect.getCoords()} leaves the band {band.getCoords()}"
    return ""


def keys(window) -> list[QPushButton]:
    """Every key of the on-screen keyboard on view: the visitor types with each of them."""
    from kiosk.ui.widgets.keyboard import TouchKeyboard

    boards = [b for b in window.current_page().findChildren(TouchKeyboard) if b.isVisible()]
    return [key for board in boards for key in board.findChildren(QPushButton)
            if key.isVisible()]


def check(window, name: str) -> list[str]:
    found = [f"{name}: {w.objectName()} {w.text()!r}: {problem}"
             for w in primary_actions(window, name) if (problem := out_of_sight(window, w))]
    cut = [key.text() for key in keys(window) if out_of_sight(window, key)]
    if cut:
        found.append(f"{name}: keys not whole inside the band: {' '.join(cut)}")
    if name.startswith("route-"):
        pager = window.page("route").pager
        for index in range(1, len(pager.steps)):  # every step's buttons, as the visitor pages
            pager.next.click()
            settle()
            found += [f"{name}, step {index + 1}: {w.objectName()}: {problem}"
                      for w in (pager.previous, pager.next, pager.text)
                      if (problem := out_of_sight(window, w))]
        pager.page_to(0)
    return found


def walk(qtbot, demo, tmp_path, shape: str, zoom: float, lang: str) -> tuple[list, set]:
    from kiosk.ui.app import build

    window = build(demo, config.Config({"data.folder": str(tmp_path),
                                        "screen.bottom": BOTTOM_MM[shape]}))
    qtbot.addWidget(window)
    keep_messages(window, tmp_path / "notes")
    window.resize(*SIZES[shape])
    window.show()
    qtbot.waitExposed(window)
    window.idle.idle_timer.setInterval(2**31 - 1)
    window.ctx.session.set_language(lang)
    window.ctx.session.set_profile(Profile(low_position=True, zoom=zoom))
    found, seen = [], set()
    for name in tour(window, demo):
        settle()
        if primary_actions(window, name) or keys(window):
            seen.add(name)
        found += check(window, name)
    return found, seen


@pytest.mark.parametrize("zoom", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("shape, lang", [("portrait", "en"), ("landscape", "ko")])
def test_primary_actions_need_no_scrolling_in_low_position(qtbot, demo, tmp_path, shape, lang,
                                                           zoom):
    found, seen = walk(qtbot, demo, tmp_path, shape, zoom, lang)
    assert {"home", "card-room", "card-person", "route-upstairs", "route-person",
            "route-guide-me", "feedback-staff", "feedback-text", "feedback-consent",
            "feedback-details", "message-consent", "message-form", "search-empty",
            "search-ko", "search-en"} <= seen  # measured
    assert found == [], "\n".join(found)


@pytest.mark.usefixtures("built_in_assets")
@pytest.mark.parametrize("zoom", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("shape, lang", [("portrait", "ko"), ("portrait", "en"),
                                         ("landscape", "ko")])
def test_the_pin_pad_needs_no_scrolling_in_low_position(qtbot, demo, tmp_path, shape, lang,
                                                         zoom):
    """The staff PIN pad as a stick opens it and after a lockout: its title, its words, the
    dots, every key and Cancel whole inside the band, unscrolled (lowered in portrait at
    200 % the 7 8 9 row had been cut, the last row and, locked, the title a scroll away)."""
    cfg = config.Config({"data.folder": str(tmp_path / "data"), "usb.watch": False,
                         "screen.bottom": BOTTOM_MM[shape]})
    found, seen = [], []
    for shots, name in staff_tour(demo, cfg, SIZES[shape], lang,
                                  Profile(low_position=True, zoom=zoom)):
        pad = shots.flow.pad
        seen.append(name)
        found += [f"{name}: {w.objectName() or type(w).__name__} {w.text()!r}: {problem}"
                  for w in (pad.title, pad.text, pad.display, *pad.digits.values(),
                            pad.delete_key, pad.ok_key, pad.cancel_button)
                  if (problem := out_of_sight(shots.window, w))]
        if name == "pin-locked":  # the rest of the tour is the staff screen's
            shots.window.close()
            break
    assert seen == ["pin", "pin-locked"]  # measured
    assert found == [], "\n".join(found)


def test_a_primary_action_below_the_fold_is_found(qtbot, demo, tmp_path):
    """The check can fail: a tile made as tall as the window pushes the others out of sight."""
    from kiosk.ui.app import build

    window = build(demo, config.Config({"data.folder": str(tmp_path), "screen.bottom": 700.0}))
    qtbot.addWidget(window)
    window.resize(*SIZES["portrait"])
    window.show()
    window.ctx.session.set_profile(Profile(low_position=True))
    window.navigate(("home",))
    settle()
    assert check(window, "home") == []
    window.page("home").tiles[0].setMinimumHeight(window.height())
    settle()
    assert "Tile-services" in "\n".join(check(window, "home"))
