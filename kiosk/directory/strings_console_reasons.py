"""Why the console is not connected, in the console's language (kiosk/ui/console/window.py
CONNECTION_REASONS, from calls/link.py's problem_code); the transport's own English words
follow only as the detail. And since when its history of the day knows closed calls."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "console.reason.not_started": ("호출 연결을 아직 시작하지 않았습니다",
                                   "the call connection has not started yet"),
    "console.reason.connecting": ("호출 서버에 연결하는 중입니다",
                                  "connecting to the call server"),
    "console.reason.refused": ("호출 서버가 이 콘솔의 계정을 거부했습니다. 계정 파일을 확인하세요"
                               "(취소된 콘솔은 거부됩니다)",
                               "the call server refused this console's account; check its "
                               "account file (a revoked console is refused)"),
    "console.reason.lost": ("호출 서버와의 연결이 끊어졌습니다. 다시 연결하는 중입니다",
                            "the connection to the call server was lost; reconnecting"),
    "console.reason.unreachable": ("호출 서버에 닿을 수 없습니다(키오스크 PC와 네트워크를 "
                                   "확인하세요). 다시 시도하는 중입니다",
                                   "the call server cannot be reached (check the kiosk PC and "
                                   "the network); retrying"),
    "console.reason.stopped": ("호출 연결이 멈췄습니다", "the call connection was stopped"),
    "console.reason.detail": ("자세히: {detail}", "Detail: {detail}"),
    # The day's history holds only what this console heard since it started
    "console.today.since": ("오늘 {time} 이후 끝난 호출", "Calls closed since {time} today"),
    "console.today.none.since": ("이 화면을 {time}에 켠 뒤로 끝난 호출이 없습니다",
                                 "No call has closed since this console started at {time}"),
}
