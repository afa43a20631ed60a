"""What kiosk/bundle/entry_checks.py finds, in Korean and English: key -> ((what is wrong:
ko, en), (how to fix it: ko, en)), merged into problems.MESSAGES."""
from __future__ import annotations

MESSAGES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "room.kind": (
        ("{record}: kind = \"{value}\" — 키오스크가 아는 방의 종류가 아닙니다.",
         "{record}: kind = \"{value}\" is not a kind of room the kiosk knows."),
        ("다음 중 하나를 목록 그대로 소문자로 쓰세요: {known}.",
         "Write one of these, in small letters as listed: {known}.")),
    "hours.room_twice": (
        ("방 '{room}'의 운영 시간이 두 번 있습니다: {other_line}행의 hours '{other}', "
         "{line}행의 hours '{id}'. 어느 쪽이 맞는지 알 수 없습니다.",
         "The room '{room}' has two opening hours: hours '{other}' (line {other_line}) and "
         "hours '{id}' (line {line}); which one holds cannot be told."),
        ("한 방은 한 hours 항목의 rooms에만 쓰세요: {other_line}행이나 {line}행의 rooms에서 "
         "'{room}'을(를) 지우세요.",
         "Name each room in the rooms of one hours entry only: remove '{room}' from the rooms "
         "on line {other_line} or on line {line}.")),
    "date.form": (
        ("{record}: {field} = \"{value}\" — 연-월-일 형식이 아닙니다.",
         "{record}: {field} = \"{value}\" is not written as year-month-day."),
        ("\"2026-12-25\"처럼 네 자리 연도, 두 자리 월과 일을 -로 이어 쓰세요.",
         "Write it as \"2026-12-25\": a four-digit year, then a two-digit month and day, "
         "joined by -.")),
    "closed_day.twice": (
        ("휴관일 {date} 항목이 두 번 쓰였습니다({lines}행).",
         "The closed day {date} is written twice (lines {lines})."),
        ("그 날짜의 항목 하나를 지우세요.", "Remove one of the entries for that date.")),
}
