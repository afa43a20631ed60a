"""The words of a changed field's old and new values in the staff preview of an update and
the report on the stick (bundle/change_values.py): "전화: 02-3677-0311 → 02-3677-0312"."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "staff.change.value": ("{field}: {old} → {new}", "{field}: {old} → {new}"),
    # a bilingual field whose words in the screen's language stayed: the other language's
    "staff.change.value.in_en": ("{field}(영문)", "{field} (English)"),
    "staff.change.value.in_ko": ("{field}(한국어)", "{field} (Korean)"),
    "staff.value.none": ("(없음)", "(none)"),
    "staff.value.yes": ("예", "yes"),
    "staff.value.no": ("아니오", "no"),
}
