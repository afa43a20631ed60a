"""The words of calls that could not go: a visitor tapped Help while no call could reach a
desk (kiosk/calls/report.py counts them); and the words of the buttons that would call, while
no call can go (CallService.will_call): they offer the desk's phone, which is what a tap gives."""
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
    # The footer's help button, and the route's guide and the accessibility panel's note.
    "help.button.desk_only": ("도움 · 전화번호 보기", "Help · tap for number"),
    # No call can go: the guide gives the desk's phone and the way there, as it says; a tap
    # opens Help under the same words (help.desk_way.body: the number large, how to go).
    "route.guide_me.desk": ("안내데스크 전화·가는 길", "Phone or go to the desk"),
    "route.guide_me.desk.sub": ("전화 {phone} · 안내데스크 직원이 도와 드립니다.",
                                "Phone {phone} · staff at the desk will help you."),
    "help.desk_way.body": ("전화하시거나, 지도에 그려진 길을 따라 1층 안내데스크로 오세요.",
                           "Phone the desk, or follow the way drawn on the map to the "
                           "information desk on 1F."),
    "access.no_speech.desk": ("누르면 안내데스크에 연락하는 방법을 알려 드립니다.",
                              "Press here for how to reach the desk."),
}
