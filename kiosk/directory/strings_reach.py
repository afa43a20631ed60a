"""What the low position says where the panel as mounted is already within reach from a
wheelchair (400 to 1,220 mm), so lowering would change nothing, or lies (nearly) wholly above
or below that band, so lowering cannot help (merged into strings.STRINGS)."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "access.low.needless": ("필요 없음", "not needed"),
    "access.ready.wheelchair.sub.reach": (
        "계단 없는 길 · 화면 전체가 손 닿는 높이",
        "Step-free routes; all of the screen within reach"),
    "access.low.unreachable": ("닿지 않는 높이", "out of reach"),
    "access.ready.wheelchair.sub.unreachable": (
        "계단 없는 길 · 화면이 손 닿지 않는 높이",
        "Step-free routes; the screen is out of reach"),
}
