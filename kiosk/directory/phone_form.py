"""Phone numbers in one form, whatever way staff typed them: a range's end written whole
("02-3677-0371~2" -> "02-3677-0371~0372") and a list's numbers after a comma and a space
("0322,0325,0328" -> "0322, 0325, 0328"). Seed 002's tables wrote the same kind of number
three ways; shown as typed, one screen said "0331~4", another "0371~0372". Every phone, fax
and extension is read through `one_form` (model.field_value), so every screen, the QR code and
the reports show the form the directory holds."""
from __future__ import annotations

import re

PHONE_FIELDS = frozenset({"phone", "fax", "extension"})
_RANGE = re.compile(r"(\d+)\s*~\s*(\d+)")
_LIST = re.compile(r"\s*,\s*")
# A whole number with a range after it, inside running text ("신청은 (02-3677-0331~4)로").
_IN_TEXT = re.compile(r"(?<![\d-])0\d{1,3}-\d{3,4}-(\d{4}\s*~\s*\d{1,4})(?![\d~])")


def _whole_end(match: re.Match) -> str:
    start, end = match.group(1), match.group(2)
    if len(end) < len(start):  # "0371~2": the end shares the start's first digits
        end = start[:len(start) - len(end)] + end
    return f"{start}~{end}"


def one_form(number: str) -> str:
    """`number` with each range's end written whole and a space after each comma."""
    return _LIST.sub(", ", _RANGE.sub(_whole_end, number.strip())).rstrip(", ")


def in_text(text: str) -> str:
    """`text` with each range of a phone number in it written as `one_form` writes it: a
    notice's "(02-3677-0331~4)" reads as the service's own number does."""
    if "~" not in text:  # most texts: no search at all
        return text
    return _IN_TEXT.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)]
                        + _RANGE.sub(_whole_end, m.group(1)), text)
