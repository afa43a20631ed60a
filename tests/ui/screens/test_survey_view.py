"""What a magnified or low-position visitor sees of "Did you find what you needed?": all five
faces whole with their words, five in a row or three over two centred (never a lone face),
the reasons in view once a face is tapped, and never over all of the screen."""
from __future__ import annotations

import pytest
from helpers import tap
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from kiosk.directory.accessibility import Profile
from kiosk.ui.screenshots.visitor import SIZES

LOOKS = [(shape, lang, zoom, low) for shape in SIZES for lang in ("ko", "en")
         for zoom, low in ((1.0, False), (1.0, True), (1.5, False), (1.5, True), (2.0, False),
                           (2.0, True))]


def shown_whole(survey, widget) -> str:
    """'' when `widget` shows whole inside the dialog and the window's content."""
    if not widget.isVisible():
        return "not shown"
    if widget.visibleRegion().boundingRect() != widget.rect():
        return f"only {widget.visibleRegion().boundingRect()} of {widget.rect()} shows"
    window = survey.parent()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not window.content_rect().contains(rect):
        return f"{rect} leaves {window.content_rect()}"
    return ""


def settle(qtbot) -> None:
    for _ in range(6):
        QApplication.processEvents()
    qtbot.wait(1)


@pytest.mark.parametrize("shape, lang, zoom, low", LOOKS)
def test_five_faces_with_their_words_then_the_reasons(qtbot, window, shape, lang, zoom, low):
    window.idle.idle_timer.setInterval(2**31 - 1)
    window.resize(*SIZES[shape])
    window.ctx.session.set_language(lang)
    window.ctx.session.set_profile(Profile(zoom=zoom, low_position=low))
    window.navigate(("floors",))
    tap(qtbot, window.home_button)
    survey = window.visit_end.survey
    qtbot.waitUntil(survey.isVisible)
    settle(qtbot)
    faces = list(survey.faces.values())
    for face in faces:
        problem = shown_whole(survey, face)
        assert not problem, f"{face.words.text()}: {problem}"
        metrics = face.words.fontMetrics()
        longest = max(metrics.horizontalAdvance(w) for w in face.words.text().split())
        assert face.words.width() >= longest, f"{face.words.text()}: a word is cut"
        assert face.words.visibleRegion().boundingRect() == face.words.rect()
    rows: dict[int, list] = {}
    for face in faces:
        rows.setdefault(face.mapTo(survey, QPoint(0, 0)).y(), []).append(face)
    counts = [len(rows[y]) for y in sorted(rows)]
    assert counts in ([5], [3, 2]), f"faces laid out {counts}"
    if counts == [3, 2]:  # the two under the three, centred between its ends
        top, under = (rows[y] for y in sorted(rows))
        left = under[0].geometry().left() - top[0].geometry().left()
        right = top[-1].geometry().right() - under[-1].geometry().right()
        assert abs(left - right) <= 2, f"the second row is off centre by {left - right}"
    area = window.content_rect()
    assert survey.panel.height() < area.height() * 0.9, "the question covers the screen"

    tap(qtbot, survey.faces[2])
    settle(qtbot)
    reasons = list(survey.reasons.values())
    for what, widget in (("the question why", survey.why), ("the first reason", reasons[0]),
                         ("Close", survey.close_button)):
        problem = shown_whole(survey, widget)
        assert not problem, f"{what}: {problem}"
    survey.sheet.ensureWidgetVisible(reasons[-1], 0, 0)  # the rest: a flick further
    settle(qtbot)
    assert not shown_whole(survey, reasons[-1]), "the last reason cannot be reached"
    assert survey.panel.height() < area.height() * 0.9, "the reasons cover the screen"
