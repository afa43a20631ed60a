"""The directory's value types: bilingual text (`Text(ko, en)`), search keywords per
language, and a rectangle on a floor plan. Every table of the directory (model.py,
charter_tables.py) is made of them; each knows its record form (`from_record`/`to_record`).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

# Here, not in text_safety (the bundle's checks), which the first frame does without.
# Letters that draw nothing: the Hangul fillers (a name typed as "ㅤ" looks blank), the braille
# blank and the combining grapheme joiner; with spaces and format characters (Cf), a name of
# only these is no name.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f")


def shows_nothing(text: str) -> bool:
    """True if the text draws nothing a visitor could read: empty, spaces, or only invisible
    letters and format characters."""
    return all(ch.isspace() or ch in _BLANK_LETTERS or unicodedata.category(ch) == "Cf"
               for ch in text)


@dataclass(frozen=True)
class Text:
    """A string in Korean and English."""

    ko: str
    en: str

    def get(self, lang: str) -> str:
        """The text in `lang`; given in the other language only, that one: a notice titled
        in English only shows its English title to a Korean visitor, not a blank."""
        mine, other = (self.en, self.ko) if lang == "en" else (self.ko, self.en)
        return other if shows_nothing(mine) and not shows_nothing(other) else mine

    def given(self, lang: str) -> str:
        """The text exactly as written in `lang`, empty if it was not (what checks read)."""
        return self.en if lang == "en" else self.ko

    def both(self) -> tuple[str, str]:
        return (self.ko, self.en)

    @classmethod
    def from_record(cls, value: Any) -> "Text":
        if isinstance(value, Text):
            return value
        if isinstance(value, str):
            return cls(value, value)
        if value is None:
            return cls("", "")
        return cls(str(value.get("ko", "")), str(value.get("en", "")))

    def to_record(self) -> dict:
        return {"ko": self.ko, "en": self.en}


EMPTY = Text("", "")


def on_floor(floor: str, name: str) -> str:
    """A place and its floor, the floor said once: "1층 · 자료실", but "1층 로비 키오스크" as it
    is, its name already saying where it stands."""
    if not floor or floor.casefold() in name.casefold():
        return name
    return f"{floor} · {name}" if name else floor


@dataclass(frozen=True)
class Words:
    """Search keywords per language (what visitors might type)."""

    ko: tuple[str, ...] = ()
    en: tuple[str, ...] = ()

    def all(self) -> tuple[str, ...]:
        return self.ko + self.en

    @classmethod
    def from_record(cls, value: Any) -> "Words":
        if isinstance(value, Words):
            return value
        value = value or {}
        return cls(tuple(value.get("ko", ())), tuple(value.get("en", ())))

    def to_record(self) -> dict:
        return {"ko": list(self.ko), "en": list(self.en)}


@dataclass(frozen=True)
class Rect:
    """A rectangle in floor-plan units (the SVG's viewBox coordinates)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.x + self.w and self.y <= py <= self.y + self.h

    @classmethod
    def from_record(cls, value: Any) -> "Rect | None":
        if value is None or isinstance(value, Rect):
            return value
        x, y, w, h = (float(v) for v in value)
        return cls(x, y, w, h)

    def to_record(self) -> list:
        return [self.x, self.y, self.w, self.h]
