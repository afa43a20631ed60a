"""Check a floor plan from a bundle before the kiosk draws it: an SVG document, without XML
entities (billion laughs, or a path that reads a file of the kiosk), of a size Qt's SVG
renderer holds comfortably, that draws only what is inside it. The file is streamed through
expat and nothing is kept.

Inside it means: every href (plain, xlink: or any other namespace) and every url(...) in an
attribute or a <style> names an in-document "#fragment". Anything else is an external
reference: `<image href="/abs/file.png">` would draw a file from outside the bundle, and an
href to a pipe blocks QSvgRenderer for ever; a data: URI is refused too (a picture pasted
into a plan is no floor plan). <script>, <foreignObject>, event-handler attributes (onload,
onclick, ...) and an xml-stylesheet instruction are refused as well, and so are filters and
masks (<filter>, <mask>, and the filter and mask attributes and style properties), which Qt
draws at a cost no count of elements bounds.

A DOCTYPE alone is fine: drawing programs (Illustrator among them) write the standard SVG 1.1
one, and expat never fetches it.

What a plan draws is counted with its <use> copies: ten <use>s of a group of ten <use>s, eight
levels down, are 10^8 shapes from a hundred elements (QSvgRenderer then paints for ever), and a
<use> that reaches itself makes Qt discard the whole plan (a blank map). Nesting is bounded
too: past about 2,000 levels Qt refuses the file, and deep <use> chains recurse as deep.
"""
from __future__ import annotations

import re
from pathlib import Path
from xml.parsers import expat

MAX_ELEMENTS = 300_000  # a detailed CAD export has tens of thousands
MAX_DEPTH = 500  # drawing programs nest a few dozen levels; Qt refuses past 2,046
CHUNK = 1 << 16
ACTIVE = ("script", "foreignObject")  # elements that run or embed something other than drawing
# Effects Qt (6.7 on) draws through an off-screen picture of everything they cover, each time
# the plan is painted: a blur of stdDeviation 50 over a large plan stalled the floor screen.
# No size or count bounds their cost, so they are refused. <pattern> and <marker> are kept:
# drawing programs export hatching and arrows with them.
EFFECTS = ("filter", "mask")
_EFFECT_STYLE = re.compile(r"(?:^|[;{\s])((filter|mask)\s*:\s*([^;}]*))", re.IGNORECASE)
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
    tree = _Tree()
    style: list[str] = []  # the text of the <style> element being read
    in_style = [0]

    def start(name: str, attrs: dict[str, str]) -> None:
        seen["root"] = seen["root"] or name
        seen["elements"] += 1
        if seen["elements"] > MAX_ELEMENTS:
            raise _Refused("plan.too_many_elements")
        local = name.rpartition(" ")[2]
        if tree.open(attrs, local == "use") > MAX_DEPTH:
            raise _Refused("plan.too_deep", f"{MAX_DEPTH}")
        if local in ACTIVE:
            raise _Refused("plan.script", f"<{local}>")
        if local in EFFECTS:
            raise _Refused("plan.effect", f"<{local}>")
        for attr, value in attrs.items():
            _attribute(attr.rpartition(" ")[2], value)
        if local == "style":
            in_style[0] += 1

    def end(name: str) -> None:
        tree.close()
        if name.rpartition(" ")[2] == "style" and in_style[0]:
            in_style[0] -= 1
            text = "".join(style)
            style.clear()
            if "@import" in text.lower():
                raise _Refused("plan.external_reference", "@import")
            _urls(text)
            _effects(text)

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
    found = tree.drawn_problem()
    if found is not None:
        return found
    return None if seen["root"].rpartition(" ")[2] == "svg" else ("plan.not_svg", "")


def _attribute(name: str, value: str) -> None:
    if name.lower().startswith("on"):  # onload, onclick, onbegin, ...: event handlers
        raise _Refused("plan.script", name)
    if name == "href" and not value.strip().startswith("#"):
        raise _Refused("plan.external_reference", _shown(value))
    _urls(value)  # a reference outside the plan is named first, whatever refers to it
    if name in EFFECTS and value.strip().lower() not in ("", "none"):
        raise _Refused("plan.effect", _shown(f'{name}="{value}"'))
    if name == "style":
        _effects(value)


def _effects(css: str) -> None:
    """A filter or mask given as a style property (style="filter:url(#blur)")."""
    for written, _name, value in _EFFECT_STYLE.findall(css):
        if value.strip().lower() not in ("", "none"):
            raise _Refused("plan.effect", _shown(written))  # as written, to be found


def _urls(text: str) -> None:
    for _quote, target in _URL.findall(text):
        if not target.strip().startswith("#"):
            raise _Refused("plan.external_reference", _shown(f"url({target})"))


def _shown(reference: str) -> str:
    """A reference as a message shows it: printable, and cut short."""
    text = "".join(c if c.isprintable() else "?" for c in reference.strip())
    return text if len(text) <= _SHOWN else text[:_SHOWN - 3] + "..."


class _Tree:
    """The elements of a plan as far as <use> is concerned: each one's children, its id and,
    for a <use>, the id it copies; ints and short strings, 300,000 elements at most."""

    def __init__(self) -> None:
        self.children: list[list[int]] = []
        self.ids: dict[str, int] = {}
        self.uses: dict[int, str] = {}  # element -> the id it copies
        self.path: list[int] = []

    def open(self, attrs: dict[str, str], is_use: bool) -> int:
        """Record an element's start; its depth."""
        index = len(self.children)
        self.children.append([])
        if self.path:
            self.children[self.path[-1]].append(index)
        self.path.append(index)
        for attr, value in attrs.items():
            local = attr.rpartition(" ")[2]
            if local == "id":
                self.ids.setdefault(value.strip(), index)
            elif local == "href" and is_use:
                self.uses[index] = value.strip()[1:]
        return len(self.path)

    def close(self) -> None:
        self.path.pop()

    def drawn_problem(self) -> tuple[str, str] | None:
        """A <use> reaching itself, or copies drawing too many shapes or nesting too deep:
        one walk, each element once (its copies' counts are kept), without recursion."""
        if not self.uses:
            return None
        count = [0] * len(self.children)
        height = [0] * len(self.children)
        state = bytearray(len(self.children))  # 0 not seen, 1 on the path, 2 counted
        stack = [0]
        while stack:
            node = stack[-1]
            if state[node] == 2:
                stack.pop()
                continue
            parts = self._parts(node)
            if state[node] == 0:
                state[node] = 1
                for part in parts:
                    if state[part] == 1:
                        return "plan.use_loop", f"#{self._id_of(part)}"
                    if state[part] == 0:
                        stack.append(part)
                continue
            state[node] = 2
            stack.pop()
            count[node] = 1 + sum(count[part] for part in parts)
            height[node] = 1 + max((height[part] for part in parts), default=0)
            if count[node] > MAX_ELEMENTS:
                return "plan.too_many_elements", "<use>"
            if height[node] > MAX_DEPTH:
                return "plan.too_deep", f"{MAX_DEPTH}"
        return None

    def _parts(self, node: int) -> list[int]:
        """What an element draws: its children and, for a <use>, the element it copies."""
        target = self.ids.get(self.uses.get(node, "\0"))
        return self.children[node] if target is None else [*self.children[node], target]

    def _id_of(self, node: int) -> str:
        return _shown(next(key for key, index in self.ids.items() if index == node))
