"""The round badge that starts a list row: the floor ("4F") of a place, a person's initial.

Its words are never smaller than the row's body text (a description, a phone number): a
badge smaller than the words it labels reads as a footnote, and magnified eyes need the
floor no less than the rest. The circle grows to hold them rather than the words shrinking.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from kiosk.ui.widgets.text_fit import shrink_to_fit

BODY = 24  # theme units: the row's body text, the least size of the badge's words
LARGEST = 34  # theme units: the badge's words where the circle has room
INSIDE = 13 / 20  # of the side: the square inside the circle the words keep to, with a margin


def badge_font(theme, text: str, side: int) -> QFont:
    """The badge's words within the square inside its circle, as large as it holds up to
    LARGEST, never below the body's size (`badge_side` makes the circle hold that)."""
    return shrink_to_fit(theme.font(LARGEST, bold=True), text, int(side * INSIDE),
                         theme.px(BODY))


def badge_side(theme, text: str, least: int) -> int:
    """The badge's side: `least` (a finger's size), or larger where its words at the body's
    size need it (magnified, "4F" at 48 px needs about 85 px)."""
    words = QFontMetrics(theme.font(BODY, bold=True)).horizontalAdvance(text)
    return max(least, int(words / INSIDE) + 2)
