"""The closing question's strip (screens/survey_strip.py) measured from its look alone: its
fonts and fixed sizes, and the height they make. The strip is built with these sizes and is
this tall; home keeps this room for it (screens/home_room.py) from its first frame, without
building the strip or laying anything out to ask it, so the two cannot disagree and nothing
on home moves when the question first comes."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

from kiosk.ui.theme import FONT_FAMILIES


def title_px(theme) -> int:
    """The question's and Close's words: as large as the footer's beside them (up to 150 %):
    lowered at 200 % in landscape, a taller strip left home too short for its hours' tile."""
    return theme.capped_px(36)


def cue_px(theme) -> int:
    return theme.capped_px(26)


def face_px(theme) -> int:
    return theme.capped_px(48)


def cue_shown(theme) -> bool:
    """At the largest text the cue's line would take the ways in's room (lowered, they would
    no longer show whole): the question alone, a button either way (speech says the cue)."""
    return theme.zoom < 2.0


def margin(theme) -> int:
    """Above and under its buttons: a quarter of home's gaps."""
    return theme.touch(28) // 4


def padding(theme) -> int:
    """Above and under a button's words."""
    return theme.touch(4)


def spacing(theme) -> int:
    """Between the question and its cue (and beside the face)."""
    return theme.touch(6)


def line_height(px: int, bold: bool = False) -> int:
    """One line of words at `px` as a label lays it out (its font's families, any script)."""
    font = QFont(list(FONT_FAMILIES[:-1]))
    font.setPixelSize(px)
    font.setBold(bold)
    return QFontMetrics(font).boundingRect(QRect(0, 0, 1 << 16, 1 << 16), Qt.TextWordWrap,
                                           "Hg").height()


def strip_height(theme) -> int:
    """The strip's height in `theme`'s look: one row of buttons, the taller of the question's
    words (its cue under them where shown) and its face, padded, at least the style's least
    button height (a touch target and its border), inside the strip's margins."""
    words = line_height(title_px(theme), bold=True)
    if cue_shown(theme):
        words += spacing(theme) + line_height(cue_px(theme))
    button = max(words, face_px(theme)) + 2 * padding(theme)
    least = theme.touch(72) + 2 * theme.px(2)  # the style's min-height and border (theme.py)
    return max(button, least) + 2 * margin(theme)
