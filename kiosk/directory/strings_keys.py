"""Words of the on-screen keyboard's English shift key (capitals for the next letter)."""
from __future__ import annotations

STRINGS = {
    "kbd.capitals": ("대문자", "Shift"),
}
