"""Limits a bundle must keep for the screens to show it (kiosk/bundle/limit_checks.py), in
Korean and English: key -> ((what is wrong: ko, en), (how to fix it: ko, en)), merged into
problems.MESSAGES."""
from __future__ import annotations

MESSAGES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "text.too_long": (
        ("{record}: {field} 글이 {size}자로 너무 깁니다(최대 {limit}자). 화면에서 다른 내용을 "
         "밀어냅니다.",
         "{record}: {field} is {size} characters long, more than the {limit} a screen has "
         "room for; it would push the rest off the screen."),
        ("{limit}자 이하로 줄이세요. 더 쓸 내용은 공지·행사(notices) 항목을 하나 더 만들어 "
         "나누어 쓰세요.",
         "Shorten it to {limit} characters or fewer; what more there is to say can go in a "
         "notice of its own.")),
    "value.too_long": (
        ("{record}: {field} 값이 {size}자로 너무 깁니다(최대 {limit}자).",
         "{record}: {field} is {size} characters long, more than the {limit} it may have."),
        ("{limit}자 이하로 줄이세요. id는 짧은 이름(예: 2F-reading), 전화번호는 숫자와 '-', "
         "시간은 \"14:00-16:00\"처럼 씁니다. 앞뒤 공백도 글자로 셉니다.",
         "Shorten it to {limit} characters or fewer: an id is a short name (such as "
         "2F-reading), a phone number digits and dashes, a time like \"14:00-16:00\"; "
         "spaces around it count too.")),
    "keyword.too_long": (
        ("{record}: {field}의 {n}번째 검색어가 {size}자로 너무 깁니다(최대 {limit}자). 긴 "
         "검색어는 키오스크의 모든 검색을 느리게 합니다.",
         "{record}: keyword {n} of {field} is {size} characters long, more than the {limit} "
         "a keyword may have; long keywords slow down every search on the kiosk."),
        ("검색어마다 {limit}자 이하로, 방문자가 입력할 만한 한두 낱말로 쓰세요. 여러 개이면 "
         "[\"민원\", \"불편 신고\"]처럼 따로 나누세요.",
         "Keep each keyword to {limit} characters or fewer, the word or two a visitor would "
         "type; several go separately, as in [\"complaint\", \"report a problem\"].")),
    "table.too_many": (
        ("{table} 항목이 {count}개로 너무 많습니다(최대 {limit}개).",
         "{count} entries in {table}, more than the {limit} the screens show."),
        ("지난 항목을 지워 {limit}개 이하로 줄이세요.",
         "Remove past or unneeded entries to keep {limit} or fewer.")),
    "floor.too_many_rooms": (
        ("층 '{floor}'에 장소(rooms)가 {count}개로 너무 많습니다(한 층에 최대 {limit}개). 평면도가 "
         "장소마다 이름을 붙이느라 층 화면이 멈춥니다. 이 줄이 {limit}개를 넘는 첫 장소입니다.",
         "Floor '{floor}' has {count} places (rooms), more than the {limit} one floor may have: "
         "its plan names every one, and the floor screen would stall. This line is the first "
         "place past {limit}."),
        ("한 층의 장소를 {limit}개 이하로 줄이세요. 서가 구역이나 열람석처럼 방문객이 찾지 않는 "
         "곳은 지우고, 넓은 공간은 장소 하나로 쓰세요. 층 id가 틀렸다면 고치세요.",
         "Keep {limit} places or fewer per floor: remove places visitors do not look for (shelf "
         "bays, single desks) and write a large open area as one place; if the floor id is "
         "wrong, correct it.")),
    "kiosk.not_placed": (
        ("이 키오스크({id}, 층 {floor})가 새 안내 정보의 키오스크 목록({known})에 없거나 그 층이 "
         "없습니다. 적용하면 키오스크가 시작하지 못합니다.",
         "This kiosk ({id}, floor {floor}) is not among the new directory's kiosks ({known}), "
         "or its floor is not: the kiosk would not start with it."),
        ("building.toml의 [[kiosks]]에 id = \"{id}\"인 항목을 그 층과 함께 두거나, 이 키오스크의 "
         "설정(kiosk.id)을 새 이름으로 바꾼 뒤 다시 확인하세요.",
         "Keep a [[kiosks]] entry with id = \"{id}\" and its floor in building.toml, or change "
         "this kiosk's setting (kiosk.id) to the new name, then check again.")),
}
