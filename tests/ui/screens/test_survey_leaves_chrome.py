"""The closing question lies over home without dimming it: the header's and the footer's
controls stay in use under it, and its panel covers none of them, asked or answered (its
reasons shown), in every look: both languages and shapes, 100/150/200 %, both palettes, full
height and lowered. Measured on what is drawn: the widget at each control's centre and corners.
(ui/test_tour_reach.py checks them too, as the tour passes the question.)"""
from __future__ import annotations

import pytest
from dialogs import lies_over, on_window
from looks import Look, each_look, kiosk_in, settle
from PySide6.QtWidgets import QAbstractButton

from kiosk.ui.screenshots.visit import end_visit
from kiosk.ui.screenshots.visitor import SIZES


def open_question(window):
    end_visit(window, settle)
    window.visit_end.open_faces()  # as the visitor's tap on it does
    settle()
    return window.visit_end.survey


def covered_controls(window) -> list[str]:
    """The header's and footer's controls, shown, that another widget lies over."""
    chrome = window.chrome
    found = []
    for control in (chrome.header.findChildren(QAbstractButton)
                    + chrome.footer.findChildren(QAbstractButton)):
        if control.isVisible() and control.isEnabled():
            over = lies_over(window, control, on_window(control))
            if over is not None:
                found.append(f"{control.objectName()} under {over.objectName()} "
                             f"{on_window(over).getCoords()}")
    return found


@pytest.mark.parametrize("low", [False, True], ids=["full", "low"])
@pytest.mark.parametrize("shape", list(SIZES))
def test_the_question_covers_no_header_or_footer_control(qtbot, demo, tmp_path, shape, low):
    found = []
    for window, look in each_look(qtbot, demo, tmp_path, shape, low):
        survey = open_question(window)
        assert survey.isVisible()
        found += [f"{look} asked: {p}" for p in covered_controls(window)]
        survey.choose_face(2)
        settle()
        found += [f"{look} answered: {p}" for p in covered_controls(window)]
        survey.close_overlay()
    assert found == [], "\n".join(found)


def test_a_control_under_the_question_is_found(qtbot, demo, tmp_path):
    """The check can fail: the panel grown as tall as the window lies over the footer."""
    window = kiosk_in(Look("en", "landscape", 1.0), demo, tmp_path, qtbot)
    survey = open_question(window)
    assert covered_controls(window) == []
    survey.panel.setFixedHeight(survey.height())
    settle()
    assert "HelpButton under SurveyClose" in "\n".join(covered_controls(window))
