"""Problems of meaning in a bundle that is well formed: what a kiosk could show or route but
would show wrongly (kiosk/bundle/meaning_checks.py). Merged into problems.MESSAGES; the form
is theirs: key -> ((what is wrong: ko, en), (how to fix it: ko, en))."""
from __future__ import annotations

MESSAGES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "building.name_empty": (
        ("건물 이름({lang_ko})이 비어 있습니다. 첫 화면과 안내 방송에 이름 대신 빈칸이 나옵니다.",
         "The building's name ({lang_en}) is empty: the home screen and the speech would show "
         "a blank in its place."),
        ("[building]의 name에 한국어와 영어 이름을 모두 쓰세요(예: name = {{ ko = \"시립도서관\", "
         "en = \"City Library\" }}).",
         "Write both names in [building]'s name, e.g. name = {{ ko = \"시립도서관\", "
         "en = \"City Library\" }}.")),
    "name.empty": (
        ("{record}의 이름이 한국어와 영어 모두 비어 있습니다(또는 채움 문자 ㅤ처럼 보이지 않는 "
         "글자뿐입니다). 화면과 안내 방송에 이름 대신 빈칸이 나옵니다.", "{record}: its name is "
         "empty in Korean and in English (or holds only characters that show nothing, such as "
         "the Hangul filler ㅤ): screens and speech would show a blank in its place."),
        ("{where}에 이름을 쓰세요.", "Write its name in {where_en}.")),
    "room.not_step_free": (
        ("방 '{room}'({name})에는 키오스크 '{kiosk}'에서 계단이나 에스컬레이터로만 갈 수 "
         "있습니다. 휠체어 이용자에게는 갈 길이 없다고 안내됩니다.",
         "Room '{room}' ({name_en}) is reached from the kiosk '{kiosk}' only by stairs or an "
         "escalator: a visitor in a wheelchair would be told there is no way."),
        ("계단 없이 갈 수 있다면 그 길을 엘리베이터나 경사로(kind = \"elevator\" 또는 "
         "\"ramp\") 연결로 이으세요. 정말 계단으로만 갈 수 있다면 방에 accessible = false를 "
         "쓰세요(키오스크가 그렇게 안내합니다).",
         "If there is a step-free way, link it with elevator or ramp edges (kind = "
         "\"elevator\" or \"ramp\"). If the room really has steps only, write accessible = "
         "false on the room (the kiosk then says so).")),
    "floor.not_step_free": (
        ("층 '{floor}'({name})의 방 {count}곳 모두 키오스크 '{kiosk}'에서 계단이나 "
         "에스컬레이터로만 갈 수 있습니다. 휠체어 이용자에게는 이 층으로 갈 길이 없다고 "
         "안내됩니다.",
         "Every one of the {count} rooms on floor '{floor}' ({name_en}) is reached from the "
         "kiosk '{kiosk}' only by stairs or an escalator: a visitor in a wheelchair would be "
         "told there is no way to this floor."),
        ("엘리베이터가 이 층에 서면 그 층의 엘리베이터 지점과 다른 층의 엘리베이터 지점을 "
         "kind = \"elevator\" 연결로 이으세요. 정말 계단으로만 갈 수 있다면 방마다 "
         "accessible = false를 쓰세요.",
         "If an elevator stops on this floor, link its elevator node to the other floors' "
         "with kind = \"elevator\" edges. If the floor really has steps only, write "
         "accessible = false on its rooms.")),
    "plan.viewbox": (
        ("층 '{id}'의 plan_size {plan_size}이(가) 평면도 {plan}의 viewBox({viewbox})와 다릅니다. "
         "평면도가 다른 크기로 그려지고 방 이름, 위치 표시, 길이 엉뚱한 곳에 나옵니다.",
         "Floor '{id}': plan_size {plan_size} differs from the viewBox ({viewbox}) of its plan "
         "{plan}: the plan would be drawn at another size, with room names, pins and routes "
         "in the wrong places."),
        ("평면도가 맞다면 plan_size = [{w}, {h}]로 고치세요(x, y, rect도 그 단위로 써야 "
         "합니다). viewBox가 0 0에서 시작하지 않으면 도면 프로그램에서 '0 0 너비 높이'로 다시 "
         "내보내세요.",
         "If the plan is right, write plan_size = [{w}, {h}] (x, y and rect in its units too). "
         "If the viewBox does not start at 0 0, export the plan again as '0 0 width height'.")),
}
