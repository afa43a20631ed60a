"""What a magnified or low-position visitor sees of "Did you find what you needed?": all five
faces whole with their words, five in a row, three over two, or two, two and one where three
a row would split a face's words (a shorter last row centred),
the reasons in view once a face is tapped, and never over all of the screen."""
from __future__ import annotations

from helpers import tap
from looks import POSITIONS, hidden_part, in_looks, settle, wear
from PySide6.QtCore import QPoint


@in_looks(low_position=POSITIONS)
def test_five_faces_with_their_words_then_the_reasons(qtbot, window, look):
    wear(window, look).navigate(("floors",))
    tap(qtbot, window.home_button)
    qtbot.waitUntil(window.visit_end.strip.asking)
    tap(qtbot, window.visit_end.strip.ask)  # opened into its faces
    survey = window.visit_end.survey
    qtbot.waitUntil(survey.isVisible)
    settle(qtbot)
    faces = list(survey.faces.values())
    for face in faces:
        problem = hidden_part(window, face)
        assert not problem, f"{face.words.text()}: {problem}"
        metrics = face.words.fontMetrics()
        longest = max(metrics.horizontalAdvance(w) for w in face.words.text().split())
        assert face.words.width() >= longest, f"{face.words.text()}: a word is cut"
        assert face.words.visibleRegion().boundingRect() == face.words.rect()
    rows: dict[int, list] = {}
    for face in faces:
        rows.setdefault(face.mapTo(survey, QPoint(0, 0)).y(), []).append(face)
    counts = [len(rows[y]) for y in sorted(rows)]
    assert counts in ([5], [3, 2], [2, 2, 1]), f"faces laid out {counts}"
    if len(counts) > 1:  # the last row under the one above, centred between its ends
        top, under = (rows[y] for y in sorted(rows)[-2:])
        left = under[0].geometry().left() - top[0].geometry().left()
        right = top[-1].geometry().right() - under[-1].geometry().right()
        assert abs(left - right) <= 2, f"the second row is off centre by {left - right}"
    area = window.content_rect()
    assert survey.panel.height() < area.height() * 0.9, "the question covers the screen"

    tap(qtbot, survey.faces[2])
    settle(qtbot)
    reasons = list(survey.reasons.values())
    # The question and the faces stay whole above the reasons: the visitor sees the face
    # they chose (with its ✓) and what it answered.
    shown = [("the question", survey.title), ("the question why", survey.why),
             ("the first reason", reasons[0]), ("Close", survey.close_button)]
    shown += [(face.words.text(), face) for face in faces]
    # The face chosen keeps its drawing with its words: a visitor who cannot read sees it.
    shown += [("the chosen face's drawing", survey.faces[2].face)]
    for what, widget in shown:
        problem = hidden_part(window, widget)
        assert not problem, f"{what}: {problem}"
    survey.sheet.ensureWidgetVisible(reasons[-1], 0, 0)  # the rest: a flick further
    settle(qtbot)
    assert not hidden_part(window, reasons[-1]), "the last reason cannot be reached"
    assert survey.panel.height() < area.height() * 0.9, "the reasons cover the screen"
