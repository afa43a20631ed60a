"""A year of records as a busy library's kiosks would leave them, for the benchmark and the
charts' tests: mostly searches and survey answers, some calls, messages and cards; about a
tenth of the promises missed, each message and answered card appended twice (made, then
done), as the kiosk and the consoles do.

Due times are the real path's: a message within an hour of office time, a card in working
days (feedback/cards.py due_time, OfficeHours.add_days) of OFFICE, so a report drawn from
samples judges its promises as it would the kiosk's records; a card left on Friday evening
is due on Monday, not on Saturday's calendar. How soon a thing is done is drawn as a share
of the time it was given, so about as many promises are missed whatever the hours."""
from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timezone
from typing import Any

from kiosk.directory.model import ClosedDay, Hours, Text
from kiosk.directory.office_time import OfficeHours, office_deadline
from kiosk.feedback.cards import due_time

# kind -> share of the records
MIX = {"searches": 0.45, "survey": 0.40, "calls": 0.07, "messages": 0.04, "feedback": 0.04}
QUERIES = ("주차", "와이파이", "사물함", "분실물", "복사", "프린트", "parking", "wifi", "lockers",
           "lost and found", "열람실 예약", "수유실", "우산", "충전")
REASONS = ("found_it", "staff_helped", "easy", "not_found", "too_slow", "hard_to_read")
CATEGORIES = ("unkind", "facilities", "collection", "other", "improvement")
KIOSKS = ("lobby", "2f", "annex")
WEEKDAY = "09:00-18:00"
# The office that answers: weekdays, closed on 2026's New Year's Day, Seollal, Chuseok and
# Christmas Day (in other years only the weekends).
OFFICE = OfficeHours(
    Hours("office", Text("사무실", "Office"), mon=WEEKDAY, tue=WEEKDAY, wed=WEEKDAY,
          thu=WEEKDAY, fri=WEEKDAY),
    {d: ClosedDay(d.isoformat(), Text("휴무", "Closed")) for d in map(date.fromisoformat, (
        "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-09-24", "2026-09-25",
        "2026-09-26", "2026-12-25"))})
CALLBACK_WITHIN = 3600.0  # a message: called back within an hour of office time


def year_of_records(year: int, total: int, seed: int = 1) -> Iterator[tuple[str, dict[str, Any]]]:
    """(kind, record) in time order over `year` (UTC), about `total` appends in all."""
    rng = random.Random(seed)
    start = datetime(year, 1, 1, tzinfo=timezone.utc).timestamp()
    span = datetime(year + 1, 1, 1, tzinfo=timezone.utc).timestamp() - start
    kinds = rng.choices(list(MIX), weights=list(MIX.values()), k=total)
    times = sorted(start + rng.random() * span for _ in range(total))
    makers = {"searches": _search, "survey": _answer, "calls": _call, "messages": _message,
              "feedback": _card}
    for n, (kind, at) in enumerate(zip(kinds, times)):
        for record in makers[kind](rng, f"{kind[0]}{n}", at):
            yield kind, record


def _search(rng: random.Random, rid: str, at: float) -> list[dict[str, Any]]:
    withheld = rng.random() < 0.05
    return [{"id": rid, "at": at, "kiosk": rng.choice(KIOSKS), "lang": "ko",
             "query": "" if withheld else rng.choice(QUERIES), "withheld": withheld}]


def _answer(rng: random.Random, rid: str, at: float) -> list[dict[str, Any]]:
    face = rng.choices((1, 2, 3, 4, 5), weights=(1, 2, 4, 8, 6))[0]
    reason = rng.choice(("",) + REASONS)
    return [{"id": rid, "at": at, "kiosk": rng.choice(KIOSKS), "face": face, "reason": reason,
             "lang": rng.choice(("ko", "en"))}]


def _call(rng: random.Random, rid: str, at: float) -> list[dict[str, Any]]:
    ack = at + rng.expovariate(1 / 15)
    arrived = ack + rng.expovariate(1 / 120)
    events = [["raised", at], ["delivered", at + 0.1], ["acknowledged", ack],
              ["arrived", arrived], ["resolved", arrived + 300]]
    return [{"schema": 1, "id": rid, "kiosk": rng.choice(KIOSKS), "floor": "1F",
             "state": "resolved", "need": rng.choice(("", "mobility", "low_vision")),
             "escalated": ack - at > 30, "attendant": "desk", "received_by": "desk",
             "events": events, "at": at}]


def _message(rng: random.Random, rid: str, at: float) -> list[dict[str, Any]]:
    made = {"id": rid, "at": at, "kiosk": rng.choice(KIOSKS), "staff": None,
            "department": "info", "purpose": "책 기증 문의", "callback": "",
            "due": office_deadline(OFFICE, at, CALLBACK_WITHIN),
            "name": "홍길동", "phone": "010-1234-5678", "called_back_at": None,
            "called_back_by": "", "purged_at": None}
    done = at + (made["due"] - at) * rng.expovariate(2)  # half the time given, on average
    return [made, {**made, "phone": "", "name": "", "called_back_at": done,
                   "called_back_by": "desk", "purged_at": done}]


def _card(rng: random.Random, rid: str, at: float) -> list[dict[str, Any]]:
    green = rng.random() < 0.4
    category = "praise" if green else rng.choice(CATEGORIES)
    anonymous = rng.random() < 0.3
    colour = "green" if green else "yellow"
    card = {"id": rid, "at": at, "kiosk": rng.choice(KIOSKS),
            "colour": colour, "category": category, "staff": None,
            "text": "감사합니다", "contact": "" if anonymous else "010-2345-6789", "name": "",
            "due": due_time(colour, category, at, not anonymous, OFFICE), "answered_at": None,
            "answered_by": "", "purged_at": None}
    if anonymous:
        return [card]
    done = at + (card["due"] - at) * rng.expovariate(2.5)  # 0.4 of the time given, on average
    return [card, {**card, "contact": "", "answered_at": done, "answered_by": "desk",
                   "purged_at": done}]
