"""Where the plan key's entries go: flowed into rows as wide as the key (as many to a row as
fit), or in columns, for where those rows are taller than the room the key has (magnified,
beside the plan in landscape: every mark the plan draws named, at 200 % it ran under the
fold). The entries keep their reading order, row by row; each column is as wide
as its widest entry, or narrower with words on two lines ("Accessible / toilet") where the
width asks it, the columns sharing the width so that as few entries as can wrap. Given its
room, the key takes the fewest columns that keep it within it (one where it fits), else rows
flowed where they do (two short entries to a row, or three where the screen is lowered: at
that width, columns cannot be as short).

Pure geometry: boxes in the key's own pixels, measured with the font the key paints in."""
from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetrics

from kiosk.ui.widgets.text_fit import fit, lines_height

MOST_LINES = 2  # an entry's words on more lines read as a paragraph, not a name
WIDE_LINES = 4  # a room's name wider than the strip, on a row of its own (120 characters)


@dataclass(frozen=True)
class Spacing:
    """The key's measures in pixels: a pictogram's side, the gap to its words, the strip's
    padding, a row's least height, the gaps between rows and between columns."""
    icon: int
    gap: int
    pad: int
    line: int
    row_gap: int
    column_gap: int


def in_rows(texts: list[tuple[str, str]], font: QFont, width: int,
            space: Spacing) -> list[tuple[str, QRectF, QRectF]]:
    """[(key, pictogram box, words box)] of `texts` flowed into rows `width` wide; an entry
    wider than the strip alone (a room's name of 120 characters) on a row of its own, its
    words on up to WIDE_LINES lines."""
    x, y, row, out = space.pad, space.pad, space.line, []
    for key, text in texts:
        need = space.icon + space.gap + two_lines(font, text)[1]
        lines = 1
        if need > width - 2 * space.pad:
            need = max(space.icon + space.gap + 1, width - 2 * space.pad)
            lines = len(fit(font, text, need - space.icon - space.gap, WIDE_LINES, count=False))
        if x > space.pad and x + need > width - space.pad:
            x, y, row = space.pad, y + row + space.row_gap, space.line
        height = max(space.line, lines_height(font, lines))
        row = max(row, height)
        out.append((key, QRectF(x, y + (space.line - space.icon) / 2, space.icon, space.icon),
                    QRectF(x + space.icon + space.gap, y, need - space.icon - space.gap,
                           height)))
        x += need + space.column_gap
    return out


def height_of(places: list[tuple[str, QRectF, QRectF]], space: Spacing) -> int:
    """The key's height holding `places`."""
    return round(max((text.bottom() for _k, _i, text in places), default=0) + space.pad)


def two_lines(font: QFont, text: str) -> tuple[int, int]:
    """The least width `text` takes on at most two lines, broken between words, and its
    width on one; measured once a font (the layout asks at every width it tries, for every
    count of columns, and a key may name a hundred rooms of 120 characters)."""
    key = (font.key(), text)
    if key not in _WIDTHS:
        if len(_WIDTHS) >= WIDTHS_KEPT:
            _WIDTHS.clear()
        metrics = QFontMetrics(font)
        words = text.split(" ")
        one = metrics.horizontalAdvance(text)
        _WIDTHS[key] = (min([one] + [max(metrics.horizontalAdvance(" ".join(words[:i])),
                                         metrics.horizontalAdvance(" ".join(words[i:])))
                                     for i in range(1, len(words))]) + 1,  # a pixel to round
                        one)
    return _WIDTHS[key]


WIDTHS_KEPT = 1024  # a key's entries in both languages at a few sizes
_WIDTHS: dict[tuple[str, str], tuple[int, int]] = {}


def shares(least: list[int], natural: list[int], room: int) -> list[int] | None:
    """Each column's width for its words: its natural width where `room` holds them all,
    else the widest columns narrowed evenly, never under their `least`; None where even the
    least do not fit."""
    if sum(least) > room:
        return None
    low, high = 0, max(natural)
    while low < high:  # the largest cap on a column's width that `room` holds
        mid = (low + high + 1) // 2
        if sum(min(n, max(t, mid)) for t, n in zip(least, natural)) <= room:
            low = mid
        else:
            high = mid - 1
    return [min(n, max(t, low)) for t, n in zip(least, natural)]


def in_columns(texts: list[tuple[str, str]], font: QFont, width: int, space: Spacing,
               most: int) -> list[tuple[str, QRectF, QRectF]] | None:
    """[(key, pictogram box, words box)] of `texts` ((key, words), in order) in columns
    inside `width`: the fewest columns that keep the key within `most` pixels' height, else
    the shortest arrangement; None where not even one column fits."""
    best = None
    for count in range(1, len(texts) + 1):
        rows = ceil(len(texts) / count)
        if count > 1 and rows == ceil(len(texts) / (count - 1)):
            continue  # as many rows as with a column fewer: only narrower
        columns = [texts[c::count] for c in range(count)]
        room = width - 2 * space.pad - (count - 1) * space.column_gap \
            - count * (space.icon + space.gap)
        widths = shares([max(two_lines(font, t)[0] for _k, t in col) for col in columns],
                        [max(two_lines(font, t)[1] for _k, t in col) for col in columns],
                        room)
        if widths is None:
            continue
        laid = _laid(texts, font, widths, space)
        if laid[0] <= most:
            return laid[1]
        if best is None or laid[0] < best[0]:
            best = laid
    return best and best[1]


def beside(texts: list[tuple[str, str]], font: QFont, width: int, space: Spacing,
           most: int) -> list[tuple[str, QRectF, QRectF]]:
    """The key given `most` pixels' height: the fewest columns within it; else rows flowed,
    where they are within it; else whichever is shorter."""
    columns = in_columns(texts, font, width, space, most)
    if columns and height_of(columns, space) <= most:
        return columns
    rows = in_rows(texts, font, width, space)
    if not columns or height_of(rows, space) < height_of(columns, space):
        return rows
    return columns


def _laid(texts, font: QFont, widths: list[int], space: Spacing):
    count = len(widths)
    lefts, x = [], space.pad
    for w in widths:
        lefts.append(x)
        x += space.icon + space.gap + w + space.column_gap
    out, y = [], space.pad
    for start in range(0, len(texts), count):
        row = texts[start:start + count]
        height = max(max(space.line, lines_height(font, len(fit(font, t, w, MOST_LINES,
                                                                  count=False))))
                     for (_k, t), w in zip(row, widths))
        for (key, _t), left, w in zip(row, lefts, widths):
            out.append((key, QRectF(left, y + (height - space.icon) / 2, space.icon, space.icon),
                        QRectF(left + space.icon + space.gap, y, w, height)))
        y += height + space.row_gap
    return round(y - space.row_gap + space.pad), out
