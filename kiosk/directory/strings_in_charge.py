"""A service card's person in charge (민원행정실명제: every service names who answers for it),
merged into strings.STRINGS."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "card.in_charge": ("담당자", "Person in charge"),
    "card.in_charge.person": ("{name} · {position}", "{name} · {position}"),
}
