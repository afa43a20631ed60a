"""The words of the route screen when no step-free way leads to the place (merged into
strings.STRINGS): the news names the place, and the way drawn is said to be the desk's."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "route.no_step_free_to": ("{place}까지 계단 없이 가는 길이 없습니다",
                              "No step-free way to {place}"),
    "route.summary.desk": ("안내데스크까지 {metres}m · 약 {minutes}분",
                           "To the desk: {metres} m · about {minutes} min"),
}
