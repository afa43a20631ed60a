"""The words of the update report's long values (bundle/report_values.py): a value cut on its
change's line, and the list of whole values at the report's end."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "bundle.report.value.cut": (" …[잘림: 모두 {n}자, 보고서 끝의 전체 값 [{ref}]]",
                                " …[cut: {n} characters in all, whole at the end, [{ref}]]"),
    "bundle.report.full_values": ("전체 값 (위에서 잘린 값)", "Whole values (cut above)"),
}
