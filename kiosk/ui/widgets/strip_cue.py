"""How a "more below" strip looks: a quiet cue, not a control. What it covers (the row, line
or button a view's edge would cut, and what lies under it) is painted in the ground of the
view it lies on, blank as what lies below the fold; only a thin band at the view's bottom
edge says more lies there: one line of the smaller text in muted words after a down arrow,
with no fill and no border, so it is not taken for a button. The band takes at most SHARE of
the view's height; where that is too short for a line of words, it shows the arrow alone.

At 200 % a strip over a short list had been a grey panel a third of the list's height, its
words bold in the middle: visitors tapped it as a button."""
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
    """The band at the bottom of `rect` (the strip, in a view `view_height` tall) where the
    cue is drawn."""
    line = QFontMetrics(theme.font(WORDS_SIZE)).height()
    height = max(1, min(line, int(view_height * SHARE), rect.height()))
    return QRect(rect.left(), rect.bottom() + 1 - height, rect.width(), height)


def paint_strip(painter: QPainter, theme, rect: QRect, words: str, ground: QColor,
                view_height: int) -> None:
    """The strip in `rect`: its ground, and in its bottom band the cue."""
    painter.fillRect(rect, ground)
    paint_cue(painter, theme, cue_band(theme, rect, view_height), words)


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
