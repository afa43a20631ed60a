"""What can be wrong in the charter's tables of a bundle (kiosk.bundle.charter_checks), in
Korean and English: what is wrong and how to fix it. Merged into problems.MESSAGES."""
from __future__ import annotations

CHARTER_MESSAGES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "time.form": (
        ("{record}: {field} = \"{value}\"은(는) 시간으로 읽을 수 없습니다.",
         "{record}: {field} = \"{value}\" is not a time span."),
        ("여는 시각과 닫는 시각을 24시간제로 \"09:00-18:00\"처럼 쓰세요(\"9시-18시\"도 "
         "됩니다). 오전·오후로 쓰려면 두 시각 모두에 쓰세요: \"오전 9시-오후 6시\". 쉬는 날은 "
         "\"\"로 비우세요.", "Write the opening and closing times in 24-hour form, e.g. "
         "\"09:00-18:00\"; with am or pm, say it at both: \"9am-6pm\". Leave \"\" on a day "
         "it is closed.")),
    "time.range": (
        ("{record}: {field} = \"{value}\"에 없는 시각이 있습니다(예: 25:00, 09:75).",
         "{record}: {field} = \"{value}\" holds a time that does not exist (such as 25:00 or "
         "09:75)."),
        ("여는 시각은 00:00부터 23:59까지, 닫는 시각은 24:00(자정)까지 쓸 수 있고, 분은 "
         "00–59입니다. 예: \"09:00-18:00\", 종일 \"00:00-24:00\".",
         "An opening time runs from 00:00 to 23:59 and a closing time up to 24:00 (midnight); "
         "minutes run 00–59. E.g. \"09:00-18:00\"; all day \"00:00-24:00\".")),
    "time.opens_at_24": (
        ("{record}: {field} = \"{value}\"은(는) 24:00에 엽니다. 24:00은 하루가 끝나는 "
         "자정이라 닫는 시각으로만 쓸 수 있습니다.",
         "{record}: {field} = \"{value}\" opens at 24:00, which is midnight at the end of the "
         "day: 24:00 can only be a closing time."),
        ("하루 종일 열면 \"00:00-24:00\", 그날 쉬면 \"\"(빈칸)으로 쓰세요. 여는 시각은 "
         "00:00부터 23:59까지입니다.",
         "Open all day: write \"00:00-24:00\"; closed that day: write \"\" (empty). An "
         "opening time runs from 00:00 to 23:59.")),
    "time.order": (
        ("{record}: {field} = \"{value}\"은(는) 닫는 시각이 여는 시각보다 이르거나 같습니다.",
         "{record}: {field} = \"{value}\" closes before (or as) it opens."),
        ("여는 시각을 앞에, 닫는 시각을 뒤에 쓰세요. 자정을 넘기면 자정까지(24:00)만 쓰고 "
         "나머지는 다음 요일에 쓰세요.", "Write the opening time first and the closing time "
         "second; past midnight, close this day at 24:00 and write the rest on the next day.")),
    "date.invalid": (
        ("{record}: {field} = \"{value}\"은(는) 있는 날짜가 아닙니다.",
         "{record}: {field} = \"{value}\" is not a date that exists."),
        ("\"2026-12-25\"처럼 연-월-일로 쓰고, 그 달에 있는 날인지 확인하세요.",
         "Write it as year-month-day, e.g. \"2026-12-25\", and check that the month has that "
         "day.")),
    "notice.order": (
        ("{record}: 끝나는 날 {end}이(가) 시작하는 날 {start}보다 이릅니다.",
         "{record}: the end {end} comes before the start {start}."),
        ("start와 end를 바꾸어 쓰거나 날짜를 고치세요.", "Swap start and end, or correct the "
         "dates.")),
    "notice.kind": (
        ("{record}: kind = \"{value}\"은(는) 알 수 없는 종류입니다.",
         "{record}: kind = \"{value}\" is not a kind the kiosk knows."),
        ("공지는 \"notice\", 행사는 \"event\"로, 소문자로 쓰세요.",
         "Write \"notice\" for a notice, \"event\" for an event, in small letters.")),
    "notice.event_date": (
        ("{record}: 행사에 시작하는 날(start)이 없습니다.",
         "{record}: the event has no start date."),
        ("start = \"2026-12-12\"처럼 행사 날짜를 쓰세요.",
         "Give its date, e.g. start = \"2026-12-12\".")),
    "text.required": (
        ("{record}: {field}이(가) 비어 있습니다.", "{record}: {field} is empty."),
        ("{field} = {{ ko = \"…\", en = \"…\" }}처럼 한국어와 영어로 쓰세요.",
         "Write it in Korean and English: {field} = {{ ko = \"…\", en = \"…\" }}.")),
    "text.one_language": (
        ("{record}: {field}의 {missing} 글이 비어 있어 그 언어로 보는 방문객에게 다른 언어의 "
         "글이 대신 보입니다.", "{record}: {field} has no {missing} text; visitors reading "
         "{missing} see the other language's text in its place."),
        ("{field}의 ko와 en을 모두 쓰세요.", "Fill in both ko and en of {field}.")),
    "service.person": (
        ("{record}: 담당자 person = \"{value}\"이(가) 직원 명단에 없습니다. 이 서비스 줄에는 "
         "담당자 없이 부서와 연락처만 보입니다.", "{record}: the person in charge, person = "
         "\"{value}\", is not in the staff list; the service's row shows its department and "
         "numbers without a person."),
        ("새 담당자의 id를 쓰거나(직원 명단의 id 열) id의 철자를 고치세요.",
         "Write the new person in charge's id (the id column of the staff sheet), or correct "
         "the id.")),
    "charter.room": (
        ("{record}: {field}의 방 \"{value}\"이(가) rooms에 없습니다. {expected}",
         "{record}: {field} names the room \"{value}\", which is not in rooms. {expected}"),
        ("방 id를 고치거나 지우세요. 이 묶음이 방을 바꾸었다면 이 목록도 building.toml에 함께 "
         "쓰세요.", "Correct or remove the room's id; if this bundle renamed or removed the "
         "room, write this list in building.toml too.")),
}
