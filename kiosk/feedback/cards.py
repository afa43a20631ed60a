"""Green and yellow cards (the charters' 그린·옐로카드): praise, or a complaint or suggestion.

A card with a contact starts the charter's clock: an apology call within 1 day for unkind
service, the result within 7 days for an improvement, within 3 days for anything else (green
cards too). An anonymous card has no clock: it cannot be answered (seed 002: "익명이나
가명으로 민원을 신청하시면 회신이 불가하오니"). The record is the "feedback" kind of
docs/records.md; the name and contact are personal and purged like messages.

The days are working days of the office that answers (directory/office_time.py add_days):
the charter counts its days in working time ("접수 후 7일(근무시간) 이내", seed 000; "8시간
(업무일 기준)", seed 002), and the call is made by staff, who work only while the office is
open. A card left on Friday evening is due on Monday or later, never on the Sunday nobody
answers, and never sooner than the calendar days the visitor was promised.
"""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from kiosk.directory.office_time import OfficeHours, office_days_deadline

COLOURS = ("green", "yellow")
YELLOW_CATEGORIES = ("unkind", "facilities", "collection", "improvement", "other")
DUE_DAYS = {"unkind": 1, "improvement": 7}  # working days; every other card with a contact: 3
DAYS_OTHERWISE = 3
MAX_TEXT = 300  # characters: a card, not a letter
MAX_NAME = 30
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class CardError(ValueError):
    """A card that cannot be kept as it is; the message names the field."""


def clean(text: str, limit: int) -> str:
    """One line of plain text: control characters out, spaces collapsed, at most `limit`."""
    return " ".join(_CONTROL.sub(" ", text).split())[:limit]


def phone_digits(text: str) -> str:
    """A Korean phone number's digits (010-1234-5678 -> 01012345678), or "" if it is none:
    9 to 11 digits starting with 0, written with digits, spaces, hyphens or dots only."""
    if not re.fullmatch(r"[0-9 .\-]*", text):
        return ""
    digits = re.sub(r"\D", "", text)
    return digits if 9 <= len(digits) <= 11 and digits.startswith("0") else ""


def due_days(colour: str, category: str, answerable: bool) -> int | None:
    """Working days from the card to its answer; None when it cannot be answered."""
    if not answerable:
        return None
    return DUE_DAYS.get(category, DAYS_OTHERWISE) if colour == "yellow" else DAYS_OTHERWISE


def due_time(colour: str, category: str, at: float, answerable: bool,
             office: OfficeHours | None = None) -> float | None:
    """When the answer is due, in working days of `office` (the wall clock's days when not
    given); None when the card cannot be answered (anonymous)."""
    days = due_days(colour, category, answerable)
    return None if days is None else office_days_deadline(office or OfficeHours(), at, days)


@dataclass(frozen=True)
class Card:
    colour: str
    category: str  # "praise" for green; one of YELLOW_CATEGORIES for yellow
    text: str = ""
    staff: str | None = None  # the staff member a green card praises
    name: str = ""  # personal, with consent only
    contact: str = ""  # personal: the phone's digits, with consent only

    @classmethod
    def make(cls, colour: str, category: str = "", text: str = "", staff: str | None = None,
             name: str = "", phone: str = "") -> "Card":
        if colour not in COLOURS:
            raise CardError(f"colour {colour!r}: green or yellow")
        if colour == "green":
            category = "praise"
        elif category not in YELLOW_CATEGORIES:
            raise CardError(f"category {category!r}: one of {', '.join(YELLOW_CATEGORIES)}")
        contact = phone_digits(phone) if phone else ""
        if phone and not contact:
            raise CardError("phone: 9 to 11 digits starting with 0 (010-1234-5678)")
        name = clean(name, MAX_NAME)
        if name and not contact:
            raise CardError("name: given only with a phone number to answer to")
        return cls(colour, category, clean(text, MAX_TEXT), staff or None, name, contact)

    @property
    def anonymous(self) -> bool:
        return not self.contact

    def due(self, at: float, office: OfficeHours | None = None) -> float | None:
        """The answer's due time for the card left at `at` (None: anonymous)."""
        return due_time(self.colour, self.category, at, not self.anonymous, office)

    def fields(self) -> dict[str, str]:
        """The card as a note's fields (calls/note.py FIELDS["feedback"]): what travels to
        the consoles; the staff member praised travels as the note's own `staff`."""
        return {"colour": self.colour, "category": self.category, "text": self.text,
                "contact": self.contact, "name": self.name}

    def record(self, kiosk: str, at: float, record_id: str | None = None,
               office: OfficeHours | None = None) -> dict:
        return {"id": record_id or uuid.uuid4().hex, "at": float(at), "kiosk": kiosk,
                "colour": self.colour, "category": self.category, "staff": self.staff,
                "text": self.text, "contact": self.contact, "name": self.name,
                "due": self.due(at, office),
                "answered_at": None, "answered_by": "", "purged_at": None}
