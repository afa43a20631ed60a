"""The plans' colours in the current palette: the plan's drawing (its SVG) and every colour the
app paints in the plans' own colours (a name's plate, the key's samples, the steps badge), as
the files give them or, in a palette whose plans are dark (high contrast), turned over by
kiosk.wayfinding.plan_dark. One place, so the plan, its names and its key always agree.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor
from PySide6.QtSvg import QSvgRenderer

from kiosk.wayfinding.plan_dark import dark, dark_svg


def ink(theme, colour: str) -> QColor:
    """`colour`, one of the plans' (kiosk.wayfinding.plan_colours), as the plans show it."""
    return QColor(dark(colour) if theme.palette.plans_dark else colour)


def tag_words(fill: QColor) -> QColor:
    """The words on a pin's tag: black on a light fill, white on a dark one."""
    return QColor("#000000") if fill.lightnessF() > 0.6 else QColor("#ffffff")


def plan_renderer(path: Path, dark_plan: bool) -> QSvgRenderer:
    """The plan's drawing, its colours turned over when `dark_plan`."""
    if not dark_plan:
        return QSvgRenderer(str(path))
    return QSvgRenderer(QByteArray(dark_svg(path.read_bytes())))
