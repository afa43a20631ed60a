"""Words for a call raised before this visit began (an earlier visitor's, still open): the
kiosk cannot know who waits for it, so they say what is true of the kiosk, not of the
visitor reading them (ui/screens/help_call.py). And the report's rows of the consoles that
answered calls first (calls/report.py), and the words, on the console and to its own visitor,
for a call the kiosk closed because it had not changed for 30 minutes (ui/console/rows.py)."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "help.button.earlier": ("직원 호출됨", "Staff already called"),
    "help.earlier": ("{n}분 전에 이 키오스크에서 직원을 불렀습니다",
                     "Staff were already called to this kiosk {n} min ago"),
    "help.earlier.now": ("방금 이 키오스크에서 직원을 불렀습니다",
                         "Staff were just called to this kiosk"),
    "help.earlier.acknowledged": ("{name} 직원이 오고 있습니다.", "{name} is on the way."),
    "help.earlier.arrived": ("{name} 직원이 이 키오스크에 왔습니다.",
                             "{name} came to this kiosk."),
    "help.earlier.acknowledged.unnamed": ("직원이 오고 있습니다.", "A staff member is on the way."),
    "help.earlier.arrived.unnamed": ("직원이 이 키오스크에 왔습니다.",
                                     "A staff member came to this kiosk."),
    "console.state.expired": ("30분 동안 변화가 없어 키오스크가 닫음",
                              "Closed by the kiosk: no change for 30 min"),
    "report.by_console": ("먼저 응답한 안내데스크 화면별", "By the desk console that answered"),
    "help.earlier.over": ("앞서 부른 호출이 끝났습니다. 도움이 필요하시면 다시 눌러 주세요.",
                          "The earlier call is over. Tap Help again if you need help."),
    # A visitor's own call that no one answered for 30 minutes, closed by the kiosk.
    "help.expired": ("응답이 없어 호출이 닫혔습니다", "No one answered, so the call was closed"),
    "help.earlier.waiting": ("아직 응답한 직원이 없습니다.", "No one has answered yet."),
    # A new visitor's own request beside an earlier visitor's call: a call of its own.
    "help.earlier.own": ("도움이 필요하세요? 고르시면 따로 직원을 부릅니다",
                         "Need help yourself? Choose, and staff are called for you too"),
    "help.earlier.own_refused": ("요청을 보내지 못했습니다. 안내데스크로 전화해 주세요: {phone}",
                                 "Your request could not be sent. Call the desk: {phone}"),
    # Beside as many open calls as a kiosk keeps (calls.call.MAX_OPEN): no call of its own.
    "help.earlier.full": ("이 키오스크의 호출 {n}건이 아직 열려 있어 새로 부를 수 없습니다. "
                          "안내데스크로 전화해 주세요: {phone}",
                          "{n} calls from this kiosk are still open, so no new call can be "
                          "sent. Call the desk: {phone}"),
    "console.also_here": ("+ 다른 방문객: {need}", "+ Another visitor here: {need}"),
    # At large text the earlier call's row says only how many: each has a row of its own
    "console.also_here.one": ("+ 다른 방문객", "+1 more visitor"),
    "console.also_here.count": ("+ 다른 방문객 {n}명", "+{n} more visitors"),
    "console.second_visitor": ("다른 방문객 (이 키오스크의 앞선 호출도 열려 있음)",
                               "Another visitor (an earlier call from here is open too)"),
    "console.second_visitor.short": ("두 번째 방문객", "Second visitor here"),
}
