"""How a "more below" strip looks: a quiet cue, not a control. What it covers (the row, line
or button a view's edge would cut, and what lies under it) is painted in the ground of the
view it lies on, blank as what lies below the fold; only a thin band at the strip's top,
right under what shows whole, says more lies there: one line of the smaller text in muted
words after a down arrow, with no fill and no border, so it is not taken for a button. The
band takes at most SHARE of the view's height; where that is too short for a line of words,
it shows the arrow alone.

At 200 % a strip over a short list had been a grey panel a third of the list's height, its
words bold in the middle: visitors tapped it as a button. Its words then lay at the view's
bottom edge, under as much as 397 px of blank where a tall row was covered, and the blank
read as the list's end: they now follow the last row that shows."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPolygon

from kiosk.ui.widgets.text_fit import draw

SHARE = 0.15  # of the view's height, at most, for the cue's band
WORDS_SIZE = 22  # theme units: the smaller text of the screens
ARROW = "▼"
ARROW_LEAST = 16  # theme units: the least arrow that says "more below" to a low-vision eye


def cue_room(theme) -> int:
    """The least height of a cue: an arrow ARROW_LEAST tall. A band lower than that draws no
    cue (a 6 px arrow said nothing; the arrow under the scroll bar's handle says it,
    bar_cue.py), and a drawing fitted down to a view's edge (a floor's plan, the route's)
    leaves that much blank under it where more lies below."""
    return theme.px(ARROW_LEAST)


def cue_band(theme, rect: QRect, view_height: int) -> QRect:
    """The band at the bottom of `rect` (a view `view_height` tall, or a part of it) where a
    cue alone is drawn on blank ground at the view's edge (fold_cue.py)."""
    height = _band_height(theme, rect, view_height)
    return QRect(rect.left(), rect.bottom() + 1 - height, rect.width(), height)


def strip_band(theme, rect: QRect, view_height: int) -> QRect:
    """The band at the top of `rect` (a strip, in a view `view_height` tall) where its cue is
    drawn: right under the last row or line that shows whole."""
    return QRect(rect.left(), rect.top(), rect.width(), _band_height(theme, rect, view_height))


def _band_height(theme, rect: QRect, view_height: int) -> int:
    line = QFontMetrics(theme.font(WORDS_SIZE)).height()
    return max(1, min(line, int(view_height * SHARE), rect.height()))


def paint_strip(painter: QPainter, theme, rect: QRect, words: str, ground: QColor,
                view_height: int) -> None:
    """The strip in `rect`: its ground, and in its top band the cue."""
    painter.fillRect(rect, ground)
    paint_cue(painter, theme, strip_band(theme, rect, view_height), words)


def paint_cue(painter: QPainter, theme, band: QRect, words: str) -> None:
    """The cue alone in `band`, over what is drawn there: the muted words where a line of
    them fits, else a down arrow as tall as the band, or nothing where it would be lower than
    `cue_room`."""
    muted = theme.color("text_muted")
    font = theme.font(WORDS_SIZE)
    if QFontMetrics(font).height() <= band.height():
        painter.setFont(font)
        painter.setPen(muted)
        draw(painter, band, words, Qt.AlignCenter)
        return
    if band.height() < cue_room(theme):
        return
    side = band.height()  # an arrow as tall as the band, in the middle
    middle = band.center().x()
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(Qt.NoPen)
    painter.setBrush(muted)
    painter.drawPolygon(QPolygon([QPoint(middle - side // 2, band.top()),
                                  QPoint(middle + side // 2, band.top()),
                                  QPoint(middle, band.bottom())]))
