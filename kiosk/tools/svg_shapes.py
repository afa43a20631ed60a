"""The SVG elements the floor-plan drawing is made of, written as text: a number, a line, a
rectangle. Shared by the plan's walls and doors (draw_floorplans.py) and the pictograms inside
its rooms (plan_pictograms.py), so both write their numbers the same way.
"""
from __future__ import annotations

from kiosk.wayfinding.plan_colours import LINE


def num(v: float) -> str:
    return f"{v:g}"


def line(x1, y1, x2, y2, colour=LINE, width=2.0, cap="butt") -> str:
    return (f'<line x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}" stroke="{colour}" '
            f'stroke-width="{num(width)}" stroke-linecap="{cap}"/>')


def rect(x, y, w, h, fill, stroke="none", width=0.0, rx=0.0, extra="") -> str:
    s = f' stroke="{stroke}" stroke-width="{num(width)}"' if stroke != "none" else ""
    r = f' rx="{num(rx)}"' if rx else ""
    return (f'<rect{extra} x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}"{r} '
            f'fill="{fill}"{s}/>')
