"""The marks on the plans as drawn: each pin's fill and the route's line against the plan
painted behind them, and the key's "you are here", destination and route against the key's
own ground; read from the grabbed pixels, not from the palette. 3:1 at least (non-text)."""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kiosk.directory.accessibility import contrast_ratio
from kiosk.directory.paths import floorplan

NON_TEXT = 3.0  # WCAG 1.4.11
KEY_MARKS = ("you_are_here", "legend.destination", "legend.route")


def _plan_behind(view) -> QImage:
    """The plan alone, as drawn behind everything the view paints over it."""
    image = QImage(view.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.white)
    painter = QPainter(image)
    QSvgRenderer(str(floorplan(view.floor.plan))).render(painter, view._plan_rect())
    painter.end()
    return image


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
