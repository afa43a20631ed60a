"""Strings of `bundle apply` about a bundle that changes nothing. Merged into
strings.STRINGS."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "bundle.cli.nothing_changes": (
        "바뀌는 내용이 없어 적용하지 않았습니다. 새 버전을 만들지 않았습니다.",
        "Nothing changes, so nothing was applied; no version was made."),
}
