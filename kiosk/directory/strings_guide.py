"""The words of the route screen when no step-free way leads to the place (merged into
strings.STRINGS): the news names the place and why; the title and the summary say what to do,
as the guide's button does: call staff to come (the desk's way the other choice), or, while no
call can go, go to the desk instead."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "route.no_step_free_to": ("{place}까지 계단 없이 가는 길이 없습니다",
                              "No step-free way to {place}"),
    # The title, always in view, says the way drawn goes to the desk instead, the news under
    # it why (the place is named there: here it would wrap the title at 200 %).
    "route.title.desk": ("대신 {desk} 가는 길", "Go to the {desk} instead"),
    "route.summary.desk": ("안내데스크까지 {metres}m · 약 {minutes}분",
                           "To the desk: {metres} m · about {minutes} min"),
    # With no step-free way, while a call can go: staff come to the visitor, and the way
    # drawn to the desk is only the other choice. One thing to do, not "go to the desk
    # instead" over "staff will come here".
    "route.title.call": ("직원을 이곳으로 부르세요", "Call staff to come to you"),
    "route.summary.desk.or": ("또는 안내데스크까지 {metres}m · 약 {minutes}분",
                              "Or to the desk: {metres} m · about {minutes} min"),
}
