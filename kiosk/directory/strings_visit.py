"""The words of the end of a visit: feedback cards, "did you find what you needed?", and the
route screen's call for someone to guide a wheelchair user (merged into strings.STRINGS)."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # route screen: no step-free way
    "route.guide_me": ("직원 호출: 휠체어로 가는 길 안내", "Call staff: guide me (wheelchair)"),
    "route.guide_me.sub": ("직원이 와서 {place}까지 함께 가 드립니다.",
                           "Someone comes and takes you to {place}."),
    "console.to": ("목적지: {place}", "to: {place}"),
}
