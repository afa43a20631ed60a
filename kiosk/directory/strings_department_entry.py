"""The words of a department's people list leading to the department's own card (merged into
strings.STRINGS)."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "people.department_card": ("{dept} 안내", "About {dept}"),
    # What its card offers, said under it: only what is there.
    "people.department_card.way": ("길 안내", "the way there"),
    "people.department_card.message": ("메시지 남기기", "leave a message"),
    "people.department_card.phone": ("연락처", "phone"),
}
