"""Full-width forms, as a Korean input method types them in Excel or Notepad (０９：００－１８：００,
０２－３６７７－０３７１～２): in a time or a phone number each means one ASCII character only, so
there they are read as it (NARROW_FIELDS); in a name or a text they stay as typed.

Folded: the full-width ASCII block (U+FF01-FF5E: digits, ：, －, ～, ＋, （ ）), the ideographic
space, and the wave dashes typed for a range (〜 U+301C, ∼ U+223C). A date is not folded:
it must be written as docs/bundle-format.md gives it, and is refused otherwise."""
from __future__ import annotations

# Building.toml keys and sheet columns that hold a time or a phone number.
NARROW_FIELDS = frozenset({"phone", "fax", "extension", "mon", "tue", "wed", "thu", "fri",
                           "sat", "sun", "time"})
_NARROW = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_NARROW.update({0x3000: 0x20, 0x301C: 0x7E, 0x223C: 0x7E})


def narrow(text: str) -> str:
    """`text` with its full-width forms as ASCII ("０９：００" -> "09:00")."""
    return text.translate(_NARROW)
