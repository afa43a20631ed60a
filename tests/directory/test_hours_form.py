"""A place's hours text in one form: the days before a span of times as the hours table tells
them (Korean in full, English in three letters), the times as "09:00–18:00", whatever way
staff typed them; what does not read for certain is shown as typed, and nothing raises."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kiosk.directory.files import load_demo
from kiosk.directory.hours_form import hours_form
from kiosk.directory.model import Room, decode, encode
from kiosk.directory.spans import SPAN, TimeError, plainly_of_the_day, span_of
from kiosk.directory.wide_forms import narrow


@pytest.mark.parametrize("typed, lang, shown", [
    ("M-F 9:00-18:00", "en", "Mon–Fri 09:00–18:00"),
    ("mon-fri 9am-6pm, SAT 10:00-13:00", "en", "Mon–Fri 09:00–18:00, Sat 10:00–13:00"),
    ("M/W/F 2pm-4pm", "en", "Mon, Wed, Fri 14:00–16:00"),
    ("Sat & Sun 9am-1pm", "en", "Sat–Sun 09:00–13:00"),
    ("Tue, Thu 10:00-12:00", "en", "Tue, Thu 10:00–12:00"),
    ("Tue-Thu: 9:30 a.m. to 5 p.m.", "en", "Tue–Thu 09:30–17:00"),
    ("화-금 9시~18시, 토·일 9시~17시", "ko", "화요일–금요일 09:00–18:00, 토요일–일요일 09:00–17:00"),
    ("월~금 9시부터 18시까지", "ko", "월요일–금요일 09:00–18:00"),
    ("토요일: 오전 9시~오후 1시", "ko", "토요일 09:00–13:00"),
    ("월～금 ９：００～１８：００", "ko", "월요일–금요일 09:00–18:00"),  # a Korean input method's
    ("Mon-Fri 9:00-18:00", "ko", "월요일–금요일 09:00–18:00"),  # each language its own days
    # Shown as typed: no day for certain, no time for certain, or no span at all.
    ("Room F 9:00-18:00", "en", "Room F 09:00–18:00"),
    ("Th 10:00-12:00", "en", "Th 10:00–12:00"),
    ("Mon-Fri 9-6", "en", "Mon-Fri 9-6"),
    ("M-F 2:00-4:00", "en", "M-F 2:00-4:00"),
    ("M-F 1:00-5:00 pm", "en", "M-F 1:00-5:00 pm"),
    ("화-금 25:00-26:00", "ko", "화-금 25:00-26:00"),
    ("매주 월요일·법정 공휴일 휴관", "ko", "매주 월요일·법정 공휴일 휴관"),
    ("closed Mondays", "en", "closed Mondays"),
    ("평일 09:00–18:00 (점심시간 12:00–13:00)", "ko", "평일 09:00–18:00 (점심시간 12:00–13:00)"),
    ("매월 1일 10:00-12:00", "ko", "매월 1일 10:00–12:00"),
])
def test_hours_as_typed_and_as_shown(typed, lang, shown):
    assert hours_form(typed, lang) == shown


def test_the_demo_tells_its_days_as_the_hours_table_does():
    """The built-in directory's rooms said "화–금 09:00–22:00, 토·일 …" beside the hours
    table's "화요일–금요일 09:00–22:00": read, both say the days in full."""
    demo = load_demo()
    texts = [demo.building.hours] + [item.hours for table in (demo.rooms, demo.services,
                                                              demo.amenities)
                                     for item in table if hasattr(item, "hours")]
    korean = [t.ko for t in texts if t.ko]
    assert any("화요일–금요일 09:00–22:00" in t for t in korean)
    short = re.compile(r"(?<![가-힣])[월화수목금토일](?![요가-힣])[^가-힣]*\d{2}:\d{2}")
    assert [t for t in korean if short.search(t)] == []


DAYS = {"ko": ["월", "화", "수", "목", "금", "토", "일"],
        "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}
FULL_KO = ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"]
TYPED_DAY = [("월", "월요일", "Mon", "MON", "monday", "Mo", "M"),
             ("화", "화요일", "Tue", "tues", "TUESDAY", "Tu"),
             ("수", "수요일", "Wed", "wed", "Wednesday", "We", "W"),
             ("목", "목요일", "Thu", "Thurs", "thursday", "Th"),
             ("금", "금요일", "Fri", "FRI", "friday", "Fr", "F"),
             ("토", "토요일", "Sat", "sat", "Saturday", "Sa"),
             ("일", "일요일", "Sun", "SUN", "sunday", "Su")]


def typed_time(minutes: int, style: str) -> st.SearchStrategy[str]:
    """The ways people write one time of the day, on the 24-hour clock ("24") or saying
    its half of the day ("am/pm", "오전/오후")."""
    hour, minute = divmod(minutes, 60)
    if style == "24":
        said = {0: f"{hour}시", 30: f"{hour}시 반"}.get(minute, f"{hour}시 {minute}분")
        return st.sampled_from([f"{hour}:{minute:02d}", f"{hour:02d}:{minute:02d}", said])
    half, twelve = ("pm" if hour >= 12 else "am"), hour % 12 or 12
    if style == "오전/오후":
        return st.just(f"{'오후' if half == 'pm' else '오전'} {twelve}시"
                       + (f" {minute}분" if minute else ""))
    said = f"{twelve}:{minute:02d}" if minute else f"{twelve}"
    return st.sampled_from([f"{said}{half}", f"{said} {half.upper()}", f"{said} {half[0]}.m."])


@st.composite
def hours_cell(draw):
    """(what staff typed, its language, the days, the span in minutes): days written before
    a span of times, each in one of the ways people write it."""
    lang = draw(st.sampled_from(["ko", "en"]))
    first = draw(st.integers(0, 6))
    last = draw(st.integers(first, 6))
    many = len(TYPED_DAY[first]) if last > first else 5  # "F" alone is no day
    days = [draw(st.sampled_from(TYPED_DAY[first][:many]))]
    if last > first:
        days += [draw(st.sampled_from(["-", "–", "~", " - ", " to "])),
                 draw(st.sampled_from(TYPED_DAY[last]))]
    # Opening from 06:00, closing after noon: on the 24-hour clock the half of the day
    # reads for certain; the other styles say it at both ends.
    opening = draw(st.integers(6 * 60, 23 * 60 - 1))
    closing = draw(st.integers(max(opening + 1, 13 * 60), 24 * 60 - 1))
    style = draw(st.sampled_from(["24", "am/pm", "오전/오후"]))
    between = draw(st.sampled_from(["-", "–", "~", " - ", " ~ ", " to ", "부터 "]))
    ends = "까지" if between == "부터 " and draw(st.booleans()) else ""
    typed = (f"{''.join(days)}{draw(st.sampled_from([' ', ': ', '  ']))}"
             f"{draw(typed_time(opening, style))}{between}{draw(typed_time(closing, style))}"
             f"{ends}")
    return typed, lang, (first, last), (opening, closing)


@given(hours_cell())
@example(("Sat-Sun 9am-1pm", "en", (5, 6), (540, 780)))
def test_every_way_of_writing_hours_is_shown_one_way(cell):
    typed, lang, (first, last), (opening, closing) = cell
    name = (FULL_KO if lang == "ko" else DAYS["en"])
    days = name[first] if first == last else f"{name[first]}–{name[last]}"
    clock = f"{opening // 60:02d}:{opening % 60:02d}–{closing // 60:02d}:{closing % 60:02d}"
    assert hours_form(typed, lang) == f"{days} {clock}"


HOURS_ALPHABET = st.sampled_from(list("0123456789:-–~ ·,/&.apmAPM월화수목금토일요시분반오전후부터까지"
                                      "MonTuesWdhFriSatSun") + [" to ", "：", "～", "\n", "\u202e",
                                                                 "\x00", "\ud800", "가"])


def spans(text: str) -> list[tuple[int, int]]:
    """The spans of times a text holds for certain, in order."""
    out = []
    for match in SPAN.finditer(narrow(text)):
        try:
            if plainly_of_the_day(match):
                out.append(span_of(match, match[0]))
        except TimeError:
            continue
    return out


@given(st.one_of(st.text(max_size=80), st.lists(HOURS_ALPHABET, max_size=40).map("".join)),
       st.sampled_from(["ko", "en"]))
@example("9시-18시9시-18시", "ko")
@example("M-F9:00-18:00", "en")
def test_any_cell_reads_the_same_again_and_keeps_its_hours(text, lang):
    """Whatever a cell holds: no error, the form reads the same again (the export writes it
    back unchanged), the spans it holds are the same, and a text with no span is as typed."""
    shown = hours_form(text, lang)
    assert hours_form(shown, lang) == shown
    assert spans(shown) == spans(text)
    if not spans(text):
        assert shown == text
    room = decode(Room, {"id": "r", "floor": "1F", "name": "방", "hours": {"ko": text,
                                                                           "en": text}})
    assert decode(Room, encode(room)) == room
