"""The plans in high contrast: every colour of a plan turned dark for light and light for dark,
its hue kept. Light room fills become near-black rooms beside the black screen, dark walls
light outlines round them, grey pictograms light grey; the rooms' kinds keep the tints (and
the pictograms) that tell them apart. One rule for any plan, the demo's or a bundle's, and for
the plan's key, which draws its samples in the plans' colours.
"""
from __future__ import annotations

import colorsys
import re
from functools import lru_cache

import webcolors

# A colour where an SVG gives one: an attribute (fill="#abc") or a style (stroke:#aabbcc), in
# any form SVG allows: #rrggbb, #rgb, rgb(r, g, b) in numbers or percents, or a colour's name
# (any of CSS's 147, in any case). A word that names no colour (none, currentColor, url(...),
# inherit) is left as it is.
_PAINTS = "fill|stroke|stop-color|flood-color|lighting-color|color"
_NUMBER = r"\s*[+-]?(?:\d+\.?\d*|\.\d+)\s*%?\s*"
_COLOUR = re.compile(
    rf"(?P<lead>\b(?:{_PAINTS})\s*(?:=\s*[\"']\s*|:\s*))"
    rf"(?P<colour>#[0-9a-fA-F]{{6}}\b|#[0-9a-fA-F]{{3}}\b|rgb\({_NUMBER},{_NUMBER},{_NUMBER}\)"
    r"|[a-zA-Z]+\b(?!\())".encode(),
    re.IGNORECASE)


def _long(colour: str) -> str | None:
    """`colour` as #rrggbb, or None where it names no colour."""
    colour = colour.strip().lower()
    try:
        if colour.startswith("#"):
            return webcolors.normalize_hex(colour)
        if colour.startswith("rgb("):
            parts = [part.strip() for part in colour[4:-1].split(",")]
            if all(part.endswith("%") for part in parts):
                shares = [min(max(float(part[:-1]), 0.0), 100.0) for part in parts]
                return webcolors.rgb_percent_to_hex([f"{share:g}%" for share in shares])
            if any(part.endswith("%") for part in parts):
                return None  # numbers and percents mixed: no colour to SVG either
            return webcolors.rgb_to_hex([round(float(part)) for part in parts])  # clamped
        return webcolors.name_to_hex(colour)
    except ValueError:
        return None


@lru_cache(maxsize=512)  # asked for the same few colours at every paint of a plan's key
def dark(colour: str) -> str:
    """`colour` (any form `_long` reads) with its lightness turned over: its lightness L
    becomes 1 - L, its hue and saturation kept. A word that names no colour comes back as
    it is."""
    given = _long(colour)
    if given is None:
        return colour
    r, g, b = (int(given[i:i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    r, g, b = colorsys.hls_to_rgb(hue, 1.0 - lightness, saturation)
    return "#" + "".join(f"{round(v * 255):02x}" for v in (r, g, b))


def dark_svg(data: bytes) -> bytes:
    """An SVG file's bytes with each colour it paints with turned over (`dark`); read as
    bytes, so the file's own encoding (UTF-8, EUC-KR, ...) is left as it is."""
    return _COLOUR.sub(lambda m: m["lead"] + dark(m["colour"].decode("ascii")).encode(), data)
