"""The plans in high contrast: every colour of a plan turned dark for light and light for dark,
its hue kept. Light room fills become near-black rooms beside the black screen, dark walls
light outlines round them, grey pictograms light grey; the rooms' kinds keep the tints (and
the pictograms) that tell them apart. One rule for any plan, the demo's or a bundle's, and for
the plan's key, which draws its samples in the plans' colours.
"""
from __future__ import annotations

import colorsys
import re

# A colour where an SVG gives one: an attribute (fill="#abc") or a style (stroke:#aabbcc).
_PAINTS = "fill|stroke|stop-color|flood-color|lighting-color|color"
_COLOUR = re.compile(
    rf"(?P<lead>\b(?:{_PAINTS})\s*(?:=\s*[\"']\s*|:\s*))"
    r"(?P<colour>#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|white\b|black\b)".encode(),
    re.IGNORECASE)
_NAMED = {"white": "#ffffff", "black": "#000000"}


def _long(colour: str) -> str:
    colour = _NAMED.get(colour.lower(), colour.lower())
    if len(colour) == 4:  # #abc
        colour = "#" + "".join(c * 2 for c in colour[1:])
    return colour


def dark(colour: str) -> str:
    """`colour` ("#rrggbb", "#rgb", white or black) with its lightness turned over: its
    lightness L becomes 1 - L, its hue and saturation kept."""
    colour = _long(colour)
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    r, g, b = colorsys.hls_to_rgb(hue, 1.0 - lightness, saturation)
    return "#" + "".join(f"{round(v * 255):02x}" for v in (r, g, b))


def dark_svg(data: bytes) -> bytes:
    """An SVG file's bytes with each colour it paints with turned over (`dark`); read as
    bytes, so the file's own encoding (UTF-8, EUC-KR, ...) is left as it is."""
    return _COLOUR.sub(lambda m: m["lead"] + dark(m["colour"].decode()).encode(), data)
