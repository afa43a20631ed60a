"""The closing question's answers and reasons read whole in every look (ko/en × landscape/
portrait × 100/150/200 % × both palettes × full height and lowered): each face's words on one
line (a phrase is never split while it fits whole) clear of the face's border, each reason's
words inside its button's padding, and, lowered, every control in the reach band."""
from __future__ import annotations

from helpers import tap
from looks import BAND_CUTS, CONTRASTS, POSITIONS, hidden_part, in_looks, kiosk_in, settle
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QStyle, QStyleOptionButton


def on_window(window, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def face_problems(window, face) -> list[str]:
    """A face's words on one line, their advance clear of the face's border (as drawn with
    the focus ring, the widest) by a pixel or more on either side."""
    words, theme = face.words, window.ctx.theme
    text, metrics = words.text(), words.fontMetrics()
    advance = metrics.horizontalAdvance(text)
    problems = []
    if words.heightForWidth(words.width()) >= 2 * metrics.lineSpacing():
        problems.append(f"{text!r} on more than one line at {words.width()} px")
    inner = on_window(window, face).adjusted(theme.px(6), 0, -theme.px(6), 0)
    centre = on_window(window, words).center().x()
    left, right = centre - advance // 2, centre + (advance + 1) // 2
    if left <= inner.left() or right >= inner.right():
        problems.append(f"{text!r} spans {left}..{right} px, the face's inside "
                        f"{inner.left()}..{inner.right()}")
    return problems


def rows_of(window, faces) -> list[int]:
    """How many faces each row holds, top to bottom."""
    tops = [on_window(window, face).top() for face in faces]
    return [tops.count(top) for top in sorted(set(tops))]


def reason_problems(button) -> list[str]:
    """A reason's words within its button's contents: inside its border and its padding."""
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    inner = button.style().subElementRect(QStyle.SE_PushButtonContents, option, button)
    advance = button.fontMetrics().horizontalAdvance(button.text())
    if advance > inner.width():
        return [f"{button.text()!r} needs {advance} px, has {inner.width()} inside its padding"]
    return []


@in_looks(high_contrast=CONTRASTS, low_position=POSITIONS)
def test_every_answer_and_reason_reads_whole(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot,
                      settings=BAND_CUTS[look.shape] if look.low_position else None)
    window.navigate(("floors",))
    tap(qtbot, window.home_button)
    qtbot.waitUntil(window.visit_end.strip.asking)
    tap(qtbot, window.visit_end.strip.ask)
    survey = window.visit_end.survey
    qtbot.waitUntil(survey.isVisible)
    settle(qtbot)
    faces = list(survey.faces.values())
    problems = [p for face in faces for p in face_problems(window, face)]
    rows = rows_of(window, faces)
    tap(qtbot, survey.faces[2])
    settle(qtbot)
    problems += [p for face in faces for p in face_problems(window, face)]
    # The faces keep their rows once one is tapped (the ✓ was counted in).
    assert rows_of(window, faces) == rows
    for reason in survey.reasons.values():
        problems += reason_problems(reason)
        survey.sheet.ensureWidgetVisible(reason, 0, 0)
        settle()
        problems += [f"{reason.text()!r}: {p}" for p in [hidden_part(window, reason)] if p]
    for control in (*faces, survey.close_button):
        problem = hidden_part(window, control)
        if problem:
            problems.append(f"{control.objectName()}: {problem}")
    # The face chosen is still drawn, with its words: a visitor who cannot read sees it.
    drawing = hidden_part(window, survey.faces[2].face)
    problems += [f"the chosen face's drawing: {drawing}"] if drawing else []
    assert problems == [], "\n".join(problems)
