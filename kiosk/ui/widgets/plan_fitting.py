"""Measuring a name on a plan and fitting it in a room's free parts (plan_free_parts), for
the placement (plan_labels) and the names set beside their rooms (plan_callouts).

Bounded, since a bundle may give a floor 100 places of 120-character names: each line is
measured once in a font; a break into more lines than a part is tall enough for is not
measured (a name of 60 words has 60 breaks); sizes are tried smallest first, then by halving
the range; and a name's fit in the same parts at the same sizes is remembered, so the
placements tried for each side of each tag fit again only the names near that tag.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from kiosk.ui.widgets.plan_name_breaks import layouts


def extent(lines: tuple[str, ...], font: QFont, pad: float) -> tuple[float, float]:
    """The box `lines` take in `font`: each line measured once in a font (a tag's every side
    is tried with every name, at every size, and a long name's breaks share their lines)."""
    key = font.key()
    widest, metrics = 0.0, None
    for line in lines:
        advance = _ADVANCES.get((line, key))
        if advance is None:
            if len(_ADVANCES) >= MEASURES_KEPT:
                _ADVANCES.clear()
            metrics = metrics or QFontMetricsF(font)
            advance = _ADVANCES[line, key] = metrics.horizontalAdvance(line)
        widest = max(widest, advance)
    return widest + 2 * pad, line_height(font) * len(lines) + 2 * pad


def line_height(font: QFont) -> float:
    """A line's height in `font`, read once a font."""
    key = font.key()
    if key not in _HEIGHTS:
        _HEIGHTS[key] = QFontMetricsF(font).height()
    return _HEIGHTS[key]


# Every line of a placement's names at each size tried: a plan of 100 names of 120
# characters, magnified, a few thousand (a few hundred KB).
MEASURES_KEPT = 8192
_ADVANCES: dict[tuple[str, str], float] = {}
_HEIGHTS: dict[str, float] = {}


def largest(sizes: list[int], fit):
    """`fit`'s answer at the first of `sizes` (largest first) where it has one, else None:
    asked at the smallest first (a name that fits nowhere there is keyed at once), then by
    halving the range, since what fits at a size fits at every smaller one."""
    if not sizes:
        return None
    best = fit(sizes[-1])
    low, high = 0, len(sizes) - 2
    while best is not None and low <= high:
        middle = (low + high) // 2
        hit = fit(sizes[middle])
        if hit is None:
            low = middle + 1
        else:
            best, high = hit, middle - 1
    return best


def _centred(extent: tuple[float, float], parts: list[QRectF]) -> QRectF | None:
    """A box of `extent` centred in the first of `parts` that holds it."""
    w, h = extent
    area = next((p for p in parts if w <= p.width() and h <= p.height()), None)
    if area is None:
        return None
    box = QRectF(0, 0, w, h)
    box.moveCenter(area.center())
    return box


def first_fit(name: str, font: QFont, parts: list[QRectF], pad: float,
              compounds: bool = False) -> tuple[tuple[str, ...], QRectF, QFont] | None:
    """The name in `font` on one line, else on two, else more (`layouts`), in the largest of
    `parts` that holds it. Breaks into more lines than the tallest part holds are not
    measured: a long name has as many as it has words."""
    if not parts:
        return None
    tallest = max(part.height() for part in parts) - 2 * pad
    line = line_height(font)
    for lines in layouts(name, compounds, most_lines(tallest, line)):
        if line * len(lines) > tallest:
            continue
        box = _centred(extent(lines, font, pad), parts)
        if box is not None:
            return lines, box, font
    return None


def most_lines(tallest: float, line: float) -> int:
    """How many lines of `line` height a part `tallest` high may hold (one more than it
    does where the division rounds: the caller compares the heights)."""
    return int(tallest // line) + 1 if line > 0 and tallest > 0 else 0


def fitted(name: str, parts: list[QRectF], sizes: list[int], make_font, pad: float,
           compounds: bool = False):
    """(lines, box, font) of the name at the first of `sizes` (largest first) at which it
    fits in `parts` (`first_fit`), else None."""
    return _remembered(("name", name, compounds), parts, sizes, make_font, pad,
                       lambda font: first_fit(name, font, parts, pad, compounds))


def ringed(mark: str, parts: list[QRectF], sizes: list[int], make_font, pad: float):
    """((mark,), ring's box, font) of a keyed room's letter at the first of `sizes` whose
    ring fits in one of `parts`, else None."""
    def ring(font: QFont):
        box = next((b for p in parts if (b := fit_ring(mark, font, p, pad))), None)
        return None if box is None else ((mark,), box, font)
    return _remembered(("ring", mark), parts, sizes, make_font, pad, ring)


def _remembered(what: tuple, parts: list[QRectF], sizes: list[int], make_font, pad: float,
                fit):
    if not sizes:
        return None
    key = (what, tuple(p.getRect() for p in parts), tuple(sizes), make_font(sizes[0]).key(),
           pad)
    if key in _FITS:
        hit = _FITS[key]
        return None if hit is None else (hit[0], QRectF(*hit[1]), make_font(hit[2]))
    if len(_FITS) >= FITS_KEPT:
        _FITS.clear()
    found = largest(sizes, lambda size: fit(make_font(size)))
    _FITS[key] = None if found is None else (found[0], found[1].getRect(),
                                             found[2].pixelSize())
    return found


FITS_KEPT = 4096  # every name of a plan of 100 places, in the parts each tag's side leaves
_FITS: dict[tuple, tuple | None] = {}


def fit_ring(mark: str, font: QFont, area: QRectF, pad: float) -> QRectF | None:
    """A round box for `mark` in `font`, centred in `area`; None when it does not fit."""
    box = ring_box(font, mark, area.center(), pad)
    return box if box.width() <= area.width() and box.height() <= area.height() else None


def ring_box(font: QFont, mark: str, centre, pad: float) -> QRectF:
    metrics = QFontMetricsF(font)
    side = max(metrics.horizontalAdvance(mark), metrics.height()) + 2 * pad
    box = QRectF(0, 0, side, side)
    box.moveCenter(centre)
    return box
