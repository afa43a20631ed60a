"""The one place where text is fitted to the room it is given: wrapped onto more lines, set
smaller down to a floor, and only as a last resort cut with "…".

Every painted text of the visitor's screens (list rows, the way button, plan labels, the
route's keys) goes through `fit`, and labels whose words must not break (a phone number)
through `shrink_to_fit`. A cut is never silent: it is counted in `elisions`, logged, and
handed to every `watch_elisions()` open, so a test can walk every screen and assert that
nothing was cut. What Qt clips without a "…" (words a layout left no room for) is found by
clip_check.py.
"""
from __future__ import annotations

import logging
import re
from contextlib import contextmanager

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextLayout, QTextOption

log = logging.getLogger(__name__)
elisions = 0  # texts cut since the kiosk started
_watchers: list[list[str]] = []


@contextmanager
def watch_elisions():
    """Collects the full text of everything cut while the block runs."""
    seen: list[str] = []
    _watchers.append(seen)
    try:
        yield seen
    finally:
        _watchers.remove(seen)


def record_cut(text: str, room: int) -> None:
    """Counts a text cut to `room` px (by `fit`, or by a caller that had no room for it)."""
    global elisions
    elisions += 1
    log.info("text cut to fit %d px: %r", room, text)
    for seen in _watchers:
        seen.append(text)


def _starts(font: QFont, text: str, width: int,
            mode=QTextOption.WrapAtWordBoundaryOrAnywhere) -> list[int]:
    """Where each line of `text` starts when broken at `width`."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(mode)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        starts.append(line.textStart())
    layout.endLayout()
    return starts


def wrap(font: QFont, text: str, width: int) -> list[str]:
    """`text` broken into lines no wider than `width` (between words where it can, inside
    a word only when the word alone is wider); a line break in it always starts a line."""
    lines = []
    for part in text.split("\n"):
        starts = _line_starts(font, part, width)
        lines += [part[a:b].strip() for a, b in zip(starts, starts[1:] + [len(part)])]
    return [line for line in lines if line]


def _line_starts(font: QFont, text: str, width: int) -> list[int]:
    """Where each line starts, every line within `width` as the font measures it: the
    layout and the font's metrics may differ by some pixels on a line ("0371~037" laid out
    in 259 px measures 275), so the layout is asked again, narrower, until they agree."""
    metrics = QFontMetrics(font)
    room = width
    while True:
        starts = _starts(font, text, room) if text else []
        over = max((metrics.horizontalAdvance(text[a:b].strip()) - width
                    for a, b in zip(starts, starts[1:] + [len(text)])), default=0)
        if over <= 0 or room <= 1:
            return starts
        room = max(1, room - over)


def breakable(number: str) -> str:
    """A phone number (or a range: "02-3677-0371~0372") that may break onto a second line
    before its "~" (U+200B marks the place), never between its digits nor after the "~":
    "0371~ / 0372" read as a number cut short, "0371 / ~0372" as the range it is."""
    return number.replace("~", "\u200b~")


LONGEST_RUN = 30  # characters without a space that a label leaves whole


def breakable_anywhere(text: str, longest: int = LONGEST_RUN) -> str:
    """`text` with a break allowed (U+200B) in every run longer than `longest` that has no
    space: after each of its own separators (a file's or a folder's name, a URL's parts),
    and between the characters of a part still longer than `longest` (a word of hundreds of
    letters). Qt's labels break only between words, so such a run made its label, and the
    page, wider than the window; broken anywhere, a file's name read "kios / k-report-…"."""
    def marked(run: str) -> str:
        parts = re.split(r"(?<=[-/_.])", run)
        return "\u200b".join("\u200b".join(p) if len(p) > longest else p for p in parts)

    return re.sub(rf"\S{{{longest + 1},}}", lambda m: marked(m.group(0)), text)


def narrowest(font: QFont, text: str) -> int:
    """The least width `text` wraps into without breaking a word: its widest word, where a
    line may also break after a hyphen or a tilde as Qt's labels do, and always at a newline
    (a text layout reads it as a character, not a break)."""
    metrics = QFontMetrics(font)
    widest = 0
    for line in text.split("\n"):
        starts = _starts(font, line, 1, QTextOption.WordWrap) if line else []
        widest = max([widest] + [metrics.horizontalAdvance(line[a:b].strip())
                                 for a, b in zip(starts, starts[1:] + [len(line)])])
    return widest


def fit(font: QFont, text: str, width: int, max_lines: int = 1,
        count: bool = True) -> list[str]:
    """The lines `text` takes at `width`, at most `max_lines`; the last one ends in "…"
    when the text needs more, and the cut is recorded (a description cut in a list row
    too: whole on its card is still cut here). `count`: False to measure only (a layout
    pass; the painting counts)."""
    metrics = QFontMetrics(font)
    if max_lines == 1 or metrics.horizontalAdvance(text) <= width:
        if metrics.horizontalAdvance(text) <= width:
            return [text] if text else []
        lines = [text]
    else:
        lines = wrap(font, text, width)
        if len(lines) <= max_lines:
            return lines
    kept = lines[:max_lines - 1]
    rest = text[_line_starts(font, text, width)[max_lines - 1]:].strip() if kept else text
    if kept and metrics.horizontalAdvance(rest) <= width:
        return kept + [rest]  # the last lines, laid out narrower, fit on one: nothing lost
    if count:
        record_cut(text, width)
    return kept + [_elided(metrics, rest, width)]


def _elided(metrics: QFontMetrics, text: str, width: int) -> str:
    """Qt's elided text, kept within `width`: Qt measures the glyphs one by one and the
    whole line may come out a pixel or two wider ("02…" at 64 px for 62)."""
    room = width
    line = metrics.elidedText(text, Qt.ElideRight, room)
    while room > 0 and metrics.horizontalAdvance(line) > width:
        room -= 1
        line = metrics.elidedText(text, Qt.ElideRight, room)
    return line


def lines_height(font: QFont, lines: int) -> int:
    return QFontMetrics(font).lineSpacing() * lines


def draw(painter: QPainter, rect: QRect, text: str, align=Qt.AlignLeft | Qt.AlignVCenter,
         max_lines: int = 1) -> None:
    """`text` fitted (see `fit`) with the painter's font and drawn inside `rect`."""
    lines = fit(painter.font(), text, rect.width(), max_lines)
    step = painter.fontMetrics().lineSpacing()
    total = step * len(lines)
    if align & Qt.AlignBottom:
        top = rect.bottom() - total
    elif align & Qt.AlignTop:
        top = rect.top()
    else:
        top = rect.top() + (rect.height() - total) // 2
    horizontal = align & (Qt.AlignLeft | Qt.AlignRight | Qt.AlignHCenter)
    for i, line in enumerate(lines):
        painter.drawText(QRect(rect.left(), top + i * step, rect.width(), step),
                         horizontal | Qt.AlignVCenter, line)


def shrink_to_fit(font: QFont, text: str, width: int, smallest: int) -> QFont:
    """`font` at the largest pixel size down to `smallest` at which `text` holds on one
    line of `width`; at `smallest`, what still does not fit is recorded as cut."""
    out = QFont(font)
    size = font.pixelSize()
    while size > smallest and QFontMetrics(out).horizontalAdvance(text) > width:
        size -= 1
        out.setPixelSize(size)
    if QFontMetrics(out).horizontalAdvance(text) > width:
        record_cut(text, width)
    return out


def ink_room(font: QFont, glyphs: str, inset: int) -> tuple[int, int]:
    """The least (width, height) of a key that shows each of `glyphs` alone, centred as Qt
    centres a label (by its advance and its line), with its ink `inset` px clear of every
    edge: a focused key's ring and a pixel of space. A glyph's ink is not centred in its
    line ("j" reaches to the line's bottom, "ㅛ" wider than its advance): measured as drawn.
    Remembered by font and size: a keyboard asks the same sizes at every layout pass."""
    key = (font.key(), glyphs, inset)
    if key not in _ink_rooms:
        if len(_ink_rooms) >= _INK_ROOMS_KEPT:
            _ink_rooms.clear()
        _ink_rooms[key] = _measure_ink(font, glyphs, inset)
    return _ink_rooms[key]


_INK_ROOMS_KEPT = 512  # a few keyboards' sizes in every text size; a bound, not a tuning
_ink_rooms: dict[tuple[str, str, int], tuple[int, int]] = {}


def _measure_ink(font: QFont, glyphs: str, inset: int) -> tuple[int, int]:
    metrics = QFontMetrics(font)
    line, ascent = metrics.height(), metrics.ascent()
    width = height = 0
    for glyph in glyphs:
        ink, advance = metrics.tightBoundingRect(glyph), metrics.horizontalAdvance(glyph)
        width = max(width, advance - 2 * ink.left(), 2 * (ink.right() + 1) - advance)
        top, bottom = ascent + ink.top(), ascent + ink.bottom() + 1
        height = max(height, line - 2 * top, 2 * bottom - line)
    return width + 2 * inset, height + 2 * inset


def fit_ink(font: QFont, glyphs: str, width: int, height: int, inset: int,
            smallest: int) -> int:
    """The largest pixel size of `font`, down to `smallest`, at which every glyph's ink
    stays `inset` px inside a `width` x `height` key (see `ink_room`). Asked at every
    layout pass, so nothing is counted here: the keys' pixels are checked by the tests.
    Ink grows with the size, so the size is found by halving (a keyboard at 200 % is
    tens of sizes from its fit; each size measures every glyph)."""
    out = QFont(font)

    def fits(size: int) -> bool:
        out.setPixelSize(size)
        return all(need <= room for need, room in
                   zip(ink_room(out, glyphs, inset), (width, height)))

    low, high = smallest, font.pixelSize()
    if high <= low or fits(high):
        return high
    if not fits(low):
        return low
    while high - low > 1:  # fits(low), not fits(high)
        middle = (low + high) // 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return low
