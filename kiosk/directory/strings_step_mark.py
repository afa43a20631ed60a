"""The route map's mark of the current step: its key on the plan and what speech adds as the
visitor pages (merged into strings.STRINGS)."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "legend.current_step": ("지금 단계", "This step"),
    "route.step.marked": ("지도에 노란색으로 표시했습니다.", "It is marked in yellow on the map."),
    "route.map.current": ("{floor} 지도, {n}단계를 노란색으로 표시", "Map of {floor}, step {n} marked in yellow"),
}
