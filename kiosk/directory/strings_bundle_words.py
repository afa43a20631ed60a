"""The navigation graph's lists as the change list names them to staff (the words of
docs/bundle-format.md, not the files' `nav_nodes`), and why an apply or a roll-back cannot go
on (kiosk/bundle/versions.py's BundleError), in the staff's language: {key: (Korean, English)}.
"""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "staff.table.nav_nodes": ("길 안내 지점", "Navigation points"),
    "staff.table.nav_edges": ("길 안내 연결", "Navigation links"),
    "bundle.err.not_newer": ("묶음 버전 {version}은(는) 적용한 버전 {applied}보다 새롭지 "
                             "않습니다. 더 높은 버전으로 다시 서명하세요",
                             "bundle version {version} is not newer than the applied version "
                             "{applied}; sign it again with a higher version"),
    "bundle.err.no_version": ("되돌릴 버전 {version}이(가) 없습니다(보관된 버전: {kept})",
                              "there is no version {version} to roll back to (kept: {kept})"),
    "bundle.err.not_checked": ("확인을 통과한 묶음만 적용할 수 있습니다. 다시 확인하세요",
                               "only a bundle that passed its check can be applied; check it "
                               "again"),
}
