"""Strings of the bundle commands and the staff screen about versions: the signed version
forgotten, a roll-back confirmed. Merged into strings.STRINGS."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "bundle.cli.forgot_signed": (
        "서명 버전({version})을 잊었습니다. 이제 서명한 묶음은 어떤 버전이든 적용할 수 있습니다. "
        "다음 묶음을 적용하면 그 버전부터 다시 기억합니다.",
        "Forgot the signed version {version}. A signed bundle of any version can be applied "
        "now; the next one applied is remembered from then on."),
    "bundle.cli.no_signed": (
        "이 키오스크는 기억하는 서명 버전이 없습니다. 바꾼 것이 없습니다.",
        "This kiosk remembers no signed version; nothing was changed."),
    "staff.versions.confirm": ("버전 {number}(으)로 되돌릴까요?", "Roll back to version {number}?"),
    "staff.versions.confirm.detail": (
        "{when} · {source} · 직원 {staff}명. 지금 쓰는 버전은 목록에 남아 다시 고를 수 있습니다.",
        "{when} · {source} · {staff} staff. The version in use stays in the list, to choose "
        "again."),
    "staff.versions.confirm.yes": ("되돌리기", "Roll back"),
    "staff.versions.confirm.no": ("취소", "Cancel"),
    "staff.versions.source.demo": ("처음 설치된 예시 안내 정보", "the sample directory installed "
                                   "with the kiosk"),
    "staff.versions.source.before": ("첫 업데이트 전의 안내 정보", "the directory before the "
                                     "first update"),
    "staff.versions.source.stick": ("USB {folder}", "USB {folder}"),
}
