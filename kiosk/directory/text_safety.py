"""Text as the kiosk keeps it: one Unicode form, and no character that hides, reorders or
controls what a screen or a terminal shows.

Every reader of a bundle passes its strings through here (building.toml's strings, sheet
cells, file names found on the stick), so that what staff type on Windows, on a Mac or in
Excel compares equal:

- NFC: macOS writes 김 as two or three jamo (NFD); read as they are, an unchanged name would
  count as changed, and a photo or department named in NFD would not be found.
- Control characters (C0, DEL, C1) are refused: ESC or BEL in a name would be kept and later
  printed to a terminal. Tab, CR and LF, and the line and paragraph separators U+2028 and
  U+2029 (Qt breaks the line at them), are allowed only in a field that may hold lines
  (MULTILINE_FIELDS); a name, an id or a reference is one line.
- Bidi overrides, embeddings and isolates (U+202A-202E, U+2066-2069) are refused: they show
  a name in another order than it is typed, so visitors cannot find it.
- Zero-width characters (U+200B-200D, U+2060, U+FEFF) are removed, with a warning: they are
  invisible, so no one can type them into the search, and removing them loses nothing a
  Korean or English name needs.
"""
from __future__ import annotations

import re
import unicodedata

# Fields (building.toml keys, and the sheet columns made from them) whose text may hold lines.
MULTILINE_FIELDS = frozenset({"address", "hours", "sample_note", "summary", "description",
                              "duties", "legal_time", "recommended_time", "fee",
                              "duties_ko", "duties_en"})
LINE_CHARACTERS = frozenset("\t\n\r\u2028\u2029")
BIDI = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
ZERO_WIDTH = frozenset(("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"))
# One search per text, not a loop in Python: a sheet of 20,000 rows passes through here.
_BIDI = "\u202a-\u202e\u2066-\u2069"
_REFUSED = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI}]")
_REFUSED_BUT_LINES = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}]")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
# What escaped() writes as <U+hhhh>: controls, bidi and zero-width characters (one search,
# not a loop in Python: a report of 5,000 changed people escapes every Korean line).
_SHOWN_AS_CODE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI}\u200b-\u200d\u2060\ufeff]")


def is_control(ch: str) -> bool:
    code = ord(ch)
    return code < 0x20 or 0x7F <= code <= 0x9F


def normal(text: str) -> str:
    """The text in NFC (a no-op, and cheap, for text that already is)."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def refused(text: str, lines: bool = False) -> tuple[str, str] | None:
    """(kind, character) of the first character the kiosk refuses, kind "control" (a line or
    paragraph separator among them) or "bidi"; None if there is none. `lines`: the field may hold tabs and line breaks."""
    if text.isascii() and text.isprintable():
        return None
    found = (_REFUSED_BUT_LINES if lines else _REFUSED).search(text)
    if found is None:
        return None
    return ("bidi" if found.group() in BIDI else "control"), found.group()


def without_zero_width(text: str) -> tuple[str, str | None]:
    """(the text without zero-width characters, the first one removed or None)."""
    if text.isascii():
        return text, None
    found = _ZERO_WIDTH.search(text)
    if found is None:
        return text, None
    return _ZERO_WIDTH.sub("", text), found.group()


def codepoint(ch: str) -> str:
    """A character as staff can look it up: U+202E."""
    return f"U+{ord(ch):04X}"


def escaped(text: str) -> str:
    """The text with every control, bidi and zero-width character written as <U+hhhh>: safe to
    print to a terminal or to show in a message."""
    if text.isascii() and text.isprintable():
        return text
    return _SHOWN_AS_CODE.sub(lambda found: f"<{codepoint(found.group())}>", text)


# What a text from outside (a console's message) may not hold at all: controls (Cc), format
# characters (Cf: bidi marks and overrides, zero-width ones), lone surrogates (Cs, which
# cannot even be written back as UTF-8), private-use (Co) and unassigned (Cn) code points, and
# line and paragraph separators (Zl, Zp). Nothing is removed silently: the text is refused.
UNFIT_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def unfit(text: str) -> str | None:
    """Why a one-line text from outside cannot be shown (e.g. "control character U+001B"),
    or None. One rule for every visitor-facing text that the kiosk does not write itself."""
    if text.isascii() and text.isprintable():
        return None
    for ch in text:
        category = unicodedata.category(ch)
        if category in UNFIT_CATEGORIES:
            kind = ("bidi" if ch in BIDI else "zero-width" if ch in ZERO_WIDTH
                    else "control" if category == "Cc" else "unprintable")
            return f"{kind} character {codepoint(ch)}"
    return None


def id_key(item_id: str) -> str:
    """What two ids are compared by: trimmed, NFC and case-folded ("Admin " is "admin")."""
    return normal(item_id.strip()).casefold()
