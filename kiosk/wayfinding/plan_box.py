"""The plan units an SVG floor plan draws in: its viewBox (else its width and height), read
from the root element alone. A floor's plan_size must be that box: the plan is scaled from
plan_size to the screen, so a viewBox of 800 × 450 under a plan_size of 1600 × 900 draws the
plan at half size with every room name, pin and route in the wrong place."""
from __future__ import annotations

import re
from pathlib import Path
from xml.parsers import expat

_NUMBER = re.compile(r"^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(px)?\s*$")
TOLERANCE = 0.005  # of the side: a drawing program's rounding


class _Root(Exception):
    def __init__(self, attrs: dict[str, str]) -> None:
        super().__init__("root")
        self.attrs = attrs


def plan_box(path: Path) -> tuple[float, float, float, float] | None:
    """(x, y, width, height) of the plan's viewBox, else (0, 0, width, height) from plain
    numbers; None if the file says neither (or is no XML: plan_check names that)."""
    parser = expat.ParserCreate()

    def start(_name: str, attrs: dict[str, str]) -> None:
        raise _Root(attrs)

    parser.StartElementHandler = start
    try:
        with open(path, "rb") as stream:
            while chunk := stream.read(1 << 14):
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Root as root:
        return _box(root.attrs)
    except (expat.ExpatError, OSError):
        return None
    return None


def _box(attrs: dict[str, str]) -> tuple[float, float, float, float] | None:
    view = attrs.get("viewBox", "").replace(",", " ").split()
    if len(view) == 4:
        try:
            return tuple(float(v) for v in view)  # type: ignore[return-value]
        except ValueError:
            return None
    sides = [_NUMBER.match(attrs.get(name, "")) for name in ("width", "height")]
    if all(sides):
        return 0.0, 0.0, float(sides[0].group(1)), float(sides[1].group(1))
    return None


def matches(box: tuple[float, float, float, float], plan_size: tuple[float, float]) -> bool:
    """Whether a plan drawn in `box` fills plan_size's units where the kiosk puts them."""
    x, y, w, h = box
    pw, ph = plan_size
    return abs(x) <= TOLERANCE * pw and abs(y) <= TOLERANCE * ph and \
        abs(w - pw) <= TOLERANCE * pw and abs(h - ph) <= TOLERANCE * ph
