"""Check a floor plan from a bundle before the kiosk draws it: an SVG document, without XML
entities (billion laughs, or a path that reads a file of the kiosk), of a size Qt's SVG
renderer holds comfortably, that draws only what is inside it. The file is streamed through
expat and nothing is kept.

Inside it means: every href (plain, xlink: or any other namespace) and every url(...) in an
attribute or a <style> names an in-document "#fragment". Anything else is an external
reference: `<image href="/abs/file.png">` would draw a file from outside the bundle, and an
href to a pipe blocks QSvgRenderer for ever; a data: URI is refused too (a picture pasted
into a plan is no floor plan). <script>, <foreignObject>, event-handler attributes (onload,
onclick, ...) and an xml-stylesheet instruction are refused as well.

A DOCTYPE alone is fine: drawing programs (Illustrator among them) write the standard SVG 1.1
one, and expat never fetches it.
"""
from __future__ import annotations

import re
from pathlib import Path
from xml.parsers import expat

MAX_ELEMENTS = 300_000  # a detailed CAD export has tens of thousands
CHUNK = 1 << 16
ACTIVE = ("script", "foreignObject")  # elements that run or embed something other than drawing
_URL = re.compile(r"url\(\s*(['\"]?)\s*([^'\")]*)", re.IGNORECASE)
_SHOWN = 60  # characters of a reference a message shows


class _Refused(Exception):
    def __init__(self, key: str, what: str = "") -> None:
        super().__init__(key)
        self.key, self.what = key, what


def plan_problem(path: Path) -> tuple[str, str] | None:
    """None for a usable SVG plan, else (a bundle problem key, what in the file is at fault)."""
    parser = expat.ParserCreate(namespace_separator=" ")
    seen = {"root": "", "elements": 0}
    style: list[str] = []  # the text of the <style> element being read
    in_style = [0]

    def start(name: str, attrs: dict[str, str]) -> None:
        seen["root"] = seen["root"] or name
        seen["elements"] += 1
        if seen["elements"] > MAX_ELEMENTS:
            raise _Refused("plan.too_many_elements")
        local = name.rpartition(" ")[2]
        if local in ACTIVE:
            raise _Refused("plan.script", f"<{local}>")
        for attr, value in attrs.items():
            _attribute(attr.rpartition(" ")[2], value)
        if local == "style":
            in_style[0] += 1

    def end(name: str) -> None:
        if name.rpartition(" ")[2] == "style" and in_style[0]:
            in_style[0] -= 1
            text = "".join(style)
            style.clear()
            if "@import" in text.lower():
                raise _Refused("plan.external_reference", "@import")
            _urls(text)

    def text(data: str) -> None:
        if in_style[0]:
            style.append(data)

    def entity(*_args: object) -> None:
        raise _Refused("plan.xml_entities")

    def instruction(target: str, _data: str) -> None:
        if target.lower() == "xml-stylesheet":
            raise _Refused("plan.external_reference", "<?xml-stylesheet?>")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ProcessingInstructionHandler = instruction
    try:
        with open(path, "rb") as stream:
            while chunk := stream.read(CHUNK):
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Refused as refused:
        return refused.key, refused.what
    except (expat.ExpatError, OSError):
        return "plan.not_svg", ""
    return None if seen["root"].rpartition(" ")[2] == "svg" else ("plan.not_svg", "")


def _attribute(name: str, value: str) -> None:
    if name.lower().startswith("on"):  # onload, onclick, onbegin, ...: event handlers
        raise _Refused("plan.script", name)
    if name == "href" and not value.strip().startswith("#"):
        raise _Refused("plan.external_reference", _shown(value))
    _urls(value)


def _urls(text: str) -> None:
    for _quote, target in _URL.findall(text):
        if not target.strip().startswith("#"):
            raise _Refused("plan.external_reference", _shown(f"url({target})"))


def _shown(reference: str) -> str:
    """A reference as a message shows it: printable, and cut short."""
    text = "".join(c if c.isprintable() else "?" for c in reference.strip())
    return text if len(text) <= _SHOWN else text[:_SHOWN - 3] + "..."
