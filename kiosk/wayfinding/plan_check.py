"""Check a floor plan from a bundle before the kiosk draws it: an SVG document, without XML
entities (billion laughs, or a path that reads a file of the kiosk), and of a size Qt's SVG
renderer holds comfortably. The file is streamed through expat and nothing is kept.

A DOCTYPE alone is fine: drawing programs (Illustrator among them) write the standard SVG 1.1
one, and expat never fetches it.
"""
from __future__ import annotations

from pathlib import Path
from xml.parsers import expat

MAX_ELEMENTS = 300_000  # a detailed CAD export has tens of thousands
CHUNK = 1 << 16


class _Refused(Exception):
    pass


def plan_problem(path: Path) -> str | None:
    """None for a usable SVG plan, else a bundle problem key."""
    parser = expat.ParserCreate(namespace_separator=" ")
    seen = {"root": "", "elements": 0}

    def start(name: str, _attrs: object) -> None:
        seen["root"] = seen["root"] or name
        seen["elements"] += 1
        if seen["elements"] > MAX_ELEMENTS:
            raise _Refused("plan.too_many_elements")

    def entity(*_args: object) -> None:
        raise _Refused("plan.xml_entities")

    parser.StartElementHandler = start
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    try:
        with open(path, "rb") as stream:
            while chunk := stream.read(CHUNK):
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Refused as refused:
        return str(refused)
    except (expat.ExpatError, OSError):
        return "plan.not_svg"
    return None if seen["root"].rpartition(" ")[2] == "svg" else "plan.not_svg"
