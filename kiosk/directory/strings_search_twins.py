"""The kind of a search answer that is a place and the department of the same name in it
(search/twins.py), merged into strings.STRINGS."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "kind.place_department": ("장소·부서", "Place and department"),
}
