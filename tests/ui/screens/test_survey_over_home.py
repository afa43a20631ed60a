"""The closing question never stands between the visitor and the four ways in. Compact it
covers none of them (test_survey_strip.py); opened into its faces, at every text size, a tap
where a way in lies reaches it and closes the question, whether the panel covers that spot
(beside its buttons) or not. (Where a way in lies under the faces themselves, a tap
there answers the question: the test taps it where it shows or beside them.)"""
from __future__ import annotations

from looks import in_looks, kiosk_in, settle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton

from kiosk.ui.screens.home import TILES


def end_a_visit(qtbot, window):
    window.navigate(("floors",))
    qtbot.mouseClick(window.home_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.visit_end.strip.asking())
    qtbot.mouseClick(window.visit_end.strip.ask, Qt.LeftButton)  # opened into its faces
    qtbot.waitUntil(lambda: window.visit_end.survey.isVisible())
    settle(qtbot)
    return window.visit_end.survey


def spot_on(window, tile, survey) -> tuple[QPoint, bool]:
    """A point of `tile` (window coordinates): under the panel beside its buttons where the
    panel covers it, else one that shows; and whether the panel covers it."""
    shown = None
    for fx in (0.1, 0.3, 0.5, 0.7, 0.9):
        for fy in (f / 40 for f in range(1, 40)):
            at = tile.mapTo(window, QPoint(int(tile.width() * fx), int(tile.height() * fy)))
            top = window.childAt(at)
            if top is not None and survey.isAncestorOf(top):
                holder = top
                while holder is not None and not isinstance(holder, QAbstractButton):
                    holder = holder.parentWidget()
                if holder is None:
                    return at, True
            elif top is tile or tile.isAncestorOf(top):
                shown = shown or at
    assert shown is not None, f"{tile.objectName()} is all under the panel's buttons"
    return shown, False


@in_looks()
def test_a_tap_on_a_way_in_reaches_it_under_the_closing_question(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot)
    window.activateWindow()
    covered = []
    for route, _title, _sub in TILES:
        survey = end_a_visit(qtbot, window)
        tile = window.page("home").tiles[TILES.index((route, _title, _sub))]
        at, under = spot_on(window, tile, survey)
        covered.append(under)
        target = window.childAt(at)
        qtbot.mouseClick(target, Qt.LeftButton, pos=target.mapFrom(window, at))
        settle(qtbot)
        assert window.route == route, (route, "covered" if under else "shown")
        assert not survey.isVisible()
    if look.zoom == 2.0 and look.shape == "landscape":
        assert any(covered), "the panel covers no way in: nothing here passes a tap through"
