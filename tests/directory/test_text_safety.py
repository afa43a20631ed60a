"""The characters text_safety refuses, removes and escapes, checked one by one against their
definitions (the readers search with regular expressions, which must say the same)."""
from __future__ import annotations

import unicodedata

from kiosk.directory.text_safety import (
    BIDI,
    ZERO_WIDTH,
    escaped,
    id_key,
    normal,
    refused,
    without_zero_width,
)

EVERY = [chr(c) for c in (*range(0, 0x3000), *range(0xFE00, 0x10000))]


def test_each_character_is_refused_by_its_definition():
    for ch in EVERY:
        # C0, DEL and C1; the line and paragraph separators break a line as LF does
        control = unicodedata.category(ch) in ("Cc", "Zl", "Zp")
        expected = "control" if control else "bidi" if ch in BIDI else None
        assert refused(f"a{ch}b") == ((expected, ch) if expected else None), hex(ord(ch))
        lines = None if ch in "\t\n\r\u2028\u2029" else refused(f"a{ch}b")
        assert refused(f"a{ch}b", lines=True) == lines, hex(ord(ch))


def test_zero_width_characters_are_removed_and_the_text_stays_nfc():
    assert without_zero_width("가\u200b나\ufeff\u2060") == ("가나", "\u200b")
    assert {without_zero_width(ch)[1] for ch in EVERY} - {None} == ZERO_WIDTH
    assert normal(unicodedata.normalize("NFD", "직원27")) == "직원27"


def test_escaped_text_holds_nothing_a_terminal_obeys():
    shown = escaped("".join(EVERY))
    assert not any(refused(ch) or ch in ZERO_WIDTH for ch in shown)
    assert escaped("박\x1b[2J\u202e") == "박<U+001B>[2J<U+202E>"


def test_ids_compare_trimmed_and_case_folded():
    assert id_key(" Admin ") == id_key("admin") == id_key("ADMIN")
    assert id_key(unicodedata.normalize("NFD", "직원27")) == id_key("직원27")
