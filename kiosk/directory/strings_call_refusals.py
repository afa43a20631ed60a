"""The words of calls that could not go: a visitor tapped Help while no call could reach a
desk (kiosk/calls/report.py counts them)."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "report.col.refused": ("호출 불가", "Could not call"),
    "report.refused": ("호출 불가(도움을 청했지만 호출이 갈 수 없었던 방문객, 두 약속 모두 지키지 "
                       "못한 것으로 셉니다): {reasons}",
                       "Could not call (visitors who asked for help when no call could go; "
                       "counted as missing both promises): {reasons}"),
    "report.refused.no_console": ("안내데스크 호출 화면 꺼짐", "no desk console online"),
    "report.refused.no_broker": ("호출 장치 연결 끊김", "kiosk not connected"),
    "report.refused.full": ("키오스크의 열린 호출이 한도에 참",
                            "the kiosk's open calls at their limit"),
}
