"""The words of the route screen's steps, shown one at a time (merged into strings.STRINGS)."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "route.step_of": ("{total}단계 중 {n}단계", "Step {n} of {total}"),
    "route.step_previous": ("◀ 이전", "◀ Previous"),
    "route.step_next": ("다음 ▶", "Next ▶"),
    # what speech calls the two buttons
    "route.step_previous.name": ("이전 단계", "Previous step"),
    "route.step_next.name": ("다음 단계", "Next step"),
}
