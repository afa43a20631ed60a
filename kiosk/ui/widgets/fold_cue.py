"""Where "▼ More below" goes when a view's bottom edge cuts nothing but more lies below it:
the fold fell between two blocks, or a FoldGap moved the block it would have cut to start
under it (home, the floors, a floor, the route). With nothing cut there is no strip, and only
the scroll bar said the page went on: the floors' list hid the visitor's own floor so, a
floor its places, the route its summary.

The cue then lies over the widest stretch of the band a cue takes at the view's bottom edge
(strip_cue.py) where nothing is drawn (the blank column beside a plan, the margin under a
card's last line), raised in that stretch's columns to just under what shows there, as a
strip's cue follows the last row; never over words, a control or a drawing: it covers
nothing, so what shows whole stays whole."""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics

from kiosk.ui.widgets.strip_cue import WORDS_SIZE, cue_band, cue_room

PAD = 12  # theme units each side of the cue's words: they read apart from what is beside
APART = 6  # theme units between an arrow and what lies over it


def arrow_room(theme) -> int:
    """What a drawing fitted down to a view's edge (a floor's plan, the route's) leaves blank
    under it where more lies below: the least arrow, a little apart from the drawing."""
    return cue_room(theme) + theme.px(APART)


def blank_stretch(band: QRect, drawn: list[QRect]) -> QRect | None:
    """The widest stretch of `band` that none of `drawn` touches, as tall as the band."""
    edges = sorted((max(rect.left(), band.left()), min(rect.right(), band.right()))
                   for rect in drawn if rect.intersects(band))
    best, start = None, band.left()
    for left, right in edges + [(band.right() + 1, band.right() + 1)]:
        if left > start and (best is None or left - start > best.width()):
            best = QRect(start, band.top(), left - start, band.height())
        start = max(start, right + 1)
    return best


def cue_place(theme, view: QRect, drawn: list[QRect], words: str) -> QRect | None:
    """Where the cue lies in a view of `view`'s size with `drawn` in it: the widest blank
    stretch of its bottom band (its words drawn in the middle, or the arrow alone where the
    band is too short for them), raised in its columns to just under what shows; else, under
    what reaches into that band and apart from it, the widest blank stretch of the rows left
    at the edge, where they hold an arrow `cue_room` tall or more; else over what runs along
    the edge; None where none holds it."""
    band = cue_band(theme, view, view.height())
    metrics = QFontMetrics(theme.font(WORDS_SIZE))
    def holds(strip: QRect) -> QRect | None:
        stretch = blank_stretch(strip, drawn)
        need = (metrics.horizontalAdvance(words) if metrics.height() <= strip.height()
                else strip.height()) + 2 * theme.px(PAD)
        return stretch if stretch is not None and stretch.width() >= need else None

    # Under what reaches into the band, a little apart from it: an arrow against a card's
    # border, a tile or a plan's edge read as part of it (the floors, home with its survey,
    # the route's plan in portrait).
    apart = theme.px(APART)
    heights = {band.height()} | {band.bottom() - rect.bottom() - apart for rect in drawn
                                 if rect.intersects(band) and rect.bottom() < band.bottom()}
    for height in sorted(heights, reverse=True):  # the band, then the blank rows under each
        if height < cue_room(theme):
            break
        found = holds(QRect(band.left(), band.bottom() + 1 - height, band.width(), height))
        if found is not None:
            return _follow(theme, found, drawn, view)
    # Where a frame's edge runs along the view's edge (a plan's key), the band risen over
    # it, inside the frame, by a band's height at most.
    low = band.top() - band.height()
    for bottom in sorted({rect.top() - 1 for rect in drawn
                          if low <= rect.top() <= band.bottom()}, reverse=True):
        if bottom - band.height() + 1 >= low:
            found = holds(QRect(band.left(), bottom - band.height() + 1, band.width(),
                                band.height()))
            if found is not None:
                return found
    return None


def _follow(theme, found: QRect, drawn: list[QRect], view: QRect) -> QRect:
    """`found` raised, where at least its own height of blank lies over it in its columns, to
    a margin under the lowest thing drawn above the band: the cue follows what shows, as a
    strip's does. At the edge, under 323 px of blank on home in portrait, it read as the
    page's end, and beside the route's plan, 200 px under the summary, it pointed at Call
    for help."""
    shown = [rect for rect in drawn if rect.top() <= view.bottom()]
    above = [rect.bottom() for rect in shown if rect.bottom() < found.top()]
    if not above:
        return found
    lowest = max(above)
    if any(rect.bottom() > lowest and rect.left() <= found.right()
           and rect.right() >= found.left() for rect in shown):
        return found  # its columns hold something lower: it stays where it is blank
    top = lowest + 1 + theme.px(PAD)
    if found.top() - top < found.height():
        return found
    return QRect(found.left(), top, found.width(), found.height())
