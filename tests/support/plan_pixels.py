"""The marks on the plans as drawn: each pin's fill and the route's line against the plan
painted behind them, and the key's "you are here", destination and route against the key's
own ground; read from the grabbed pixels, not from the palette. 3:1 at least (non-text).
Also the words painted in a plan's boxes (its tags, its names), against the ground inside."""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QImage, QPainter

from kiosk.directory.accessibility import contrast_ratio

NON_TEXT = 3.0  # WCAG 1.4.11
KEY_MARKS = ("you_are_here", "legend.destination", "legend.route")


def _plan_behind(view) -> QImage:
    """The plan alone, as drawn behind everything the view paints over it (in the view's
    palette: light, or dark in high contrast), on the page's ground."""
    image = QImage(view.size(), QImage.Format.Format_RGB32)
    image.fill(view.ctx.theme.color("background"))
    painter = QPainter(image)
    view._renderer.render(painter, view._plan_rect())
    painter.end()
    return image


def drawn_words(plan, boxes: list[QRectF], inset: int = 4) -> list[tuple[str, str, int]]:
    """(ground, words' colour, pixels of words) of the words painted in each box of `plan`
    (its tags, its names' plates): the ground is the colour most of the box's inside has, the
    words the colour furthest from it that is drawn on a tenth as many pixels as the
    commonest other colour (the glyphs' cores, not their edges)."""
    image = plan.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    found = []
    for box in boxes:
        inside = box.toAlignedRect().adjusted(inset, inset, -inset, -inset)
        counts = Counter(f"#{image.pixel(x, y) & 0xFFFFFF:06x}"
                         for x in range(inside.left(), inside.right() + 1)
                         for y in range(inside.top(), inside.bottom() + 1))
        (ground, _n), *others = counts.most_common()
        common = others[0][1] if others else 0
        cores = [(contrast_ratio(c, ground), c, n) for c, n in others if n >= common / 10]
        _ratio, words, n = max(cores, default=(1.0, ground, 0))
        found.append((ground, words, n))
    return found


def _colour(image: QImage, points) -> str:
    found = Counter(image.pixelColor(round(p.x()), round(p.y())).name() for p in points
                    if image.rect().contains(round(p.x()), round(p.y())))
    return found.most_common(1)[0][0]


def _disc(centre: QPointF, radius: float) -> list[QPointF]:
    r = int(radius)
    return [centre + QPointF(dx, dy) for dx in range(-r, r + 1) for dy in range(-r, r + 1)
            if dx * dx + dy * dy <= r * r]


def _far(a: QPointF, b: QPointF, distance: float) -> bool:
    return (a - b).manhattanLength() > 1.5 * distance


def marker_problems(view, where: str) -> list[str]:
    """Each pin's fill, and the route's line, against the plan under them: 3:1 at least."""
    shown = view.grab().toImage()
    behind = _plan_behind(view)
    out = []
    marks = [(text, _disc(view.to_widget(*point), view.pin_radius() * 0.6))
             for point, text, _colour in view.pins()]
    if getattr(view, "route", None) is not None:
        pins = [view.to_widget(*point) for point, _t, _c in view.pins()]
        clear = view.pin_radius() + view.ctx.theme.px(24)  # off the pins and their rings
        points = [p for line in view.drawn_points() for a, b in zip(line, line[1:])
                  for t in (0.25, 0.5, 0.75)
                  if all(_far(p := view.to_widget(a[0] + (b[0] - a[0]) * t,
                                                  a[1] + (b[1] - a[1]) * t), pin, clear)
                         for pin in pins)]
        marks += [("route", [p + QPointF(dx, dy) for p in points for dx in (-1, 0, 1)
                             for dy in (-1, 0, 1)])] if points else []
    for text, points in marks:
        ratio = contrast_ratio(_colour(shown, points), _colour(behind, points))
        if ratio < NON_TEXT:
            out.append(f"{where}: {text!r} {_colour(shown, points)} on "
                       f"{_colour(behind, points)} = {ratio:.2f}:1")
    return out


def key_problems(legend, where: str) -> list[str]:
    """The key's marks ("you are here", the destination, the route) against the key's ground
    beside them: the mark's middle against the pixel just left of its box (the strip's
    padding or the gap after the entry before)."""
    if not legend.isVisible() or legend.visibleRegion().isEmpty():
        return []
    top = legend.window()
    image = top.grab().toImage()
    corner = legend.mapTo(top, QPoint(0, 0))
    shown = legend.visibleRegion().boundingRect()
    out = []
    for key, icon, _text in legend._places(legend.width()):
        if key not in KEY_MARKS or not shown.contains(icon.toAlignedRect()):
            continue
        centre = icon.center().toPoint() + corner
        beside = QPoint(round(icon.left()) - 2, centre.y() - corner.y()) + corner
        mark, ground = (image.pixelColor(p).name() for p in (centre, beside))
        ratio = contrast_ratio(mark, ground)
        if ratio < NON_TEXT:
            out.append(f"{where}: the key's {key!r} {mark} on {ground} = {ratio:.2f}:1")
    return out
