"""What a visitor types for a message, checked: pure functions, no Qt.

Each check returns the cleaned value or raises FormError with a key of the strings table
(directory/strings_messages.py) that tells the visitor what to fix. Everything typed is
untrusted: control and format characters, text past its length, a phone number of letters
("NaN", "-1") are refused, never cut or guessed at.
"""
from __future__ import annotations

import re
import time
import unicodedata

from kiosk.calls.keeping import DAY, consent_days
from kiosk.calls.note import CALLBACK_WITHIN, message_due
from kiosk.directory.office_time import OfficeHours, office_deadline, office_open
from kiosk.directory.strings import tr

NAME_MAX, PURPOSE_MAX = 30, 120  # characters: a name, and a line or two of purpose
PHONE_MIN_DIGITS, PHONE_MAX_DIGITS = 8, 12  # 1588-1234 .. 0505-1234-5678
_PHONE = re.compile(r"\d+(-\d+)*")
ASAP = "asap"
CALLBACK_CHOICES = 3  # whole hours offered after "as soon as possible"
# The purposes a visitor chooses in one tap (strings keys); the message carries its words.
PURPOSES = ("message.purpose.loan", "message.purpose.material", "message.purpose.program",
            "message.purpose.document")


class FormError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key  # a strings key, e.g. "message.error.phone"


def _text(value: str, limit: int, empty_key: str, long_key: str) -> str:
    if not isinstance(value, str):
        raise FormError(empty_key)
    value = " ".join(value.split())  # runs of spaces (and line breaks) as one space
    if not value:
        raise FormError(empty_key)
    if any(unicodedata.category(c)[0] == "C" for c in value):
        raise FormError("message.error.characters")
    if len(value) > limit:
        raise FormError(long_key)
    return value


def check_name(value: str) -> str:
    return _text(value, NAME_MAX, "message.error.name", "message.error.name_long")


def check_purpose(value: str) -> str:
    return _text(value, PURPOSE_MAX, "message.error.purpose", "message.error.purpose_long")


def chosen_purpose(purpose: str) -> str | None:
    """The key of the one-tap purpose `purpose` is the words of, in either language (the
    console says it in its own); None for words the visitor typed."""
    return next((k for k in PURPOSES if purpose in (tr(k, "ko"), tr(k, "en"))), None)


def check_phone(value: str) -> str:
    """Digits, and hyphens between them: 010-1234-5678, 0236770311."""
    value = value.strip() if isinstance(value, str) else ""
    if not value:
        raise FormError("message.error.phone")
    digits = sum(c.isdigit() for c in value)
    if (not value.isascii() or not _PHONE.fullmatch(value)
            or not PHONE_MIN_DIGITS <= digits <= PHONE_MAX_DIGITS):
        raise FormError("message.error.phone_format")
    return value


def callback_choices(now: float, office: OfficeHours | None = None
                     ) -> list[tuple[str, float | None]]:
    """("asap", None) and the next whole hours at least an hour away, today only, as
    ("HH:MM", epoch); of those, only times the office is open and not before the charter's
    hour (office time) is up: after closing, "as soon as possible" alone."""
    office = office or OfficeHours()
    earliest = office_deadline(office, now, CALLBACK_WITHIN)
    local = time.localtime(now)
    choices: list[tuple[str, float | None]] = [(ASAP, None)]
    start = time.mktime(local[:4] + (0, 0) + local[6:8] + (-1,))  # this hour's start
    for hours in range(2, 2 + CALLBACK_CHOICES):
        at = start + 3600 * hours
        if time.localtime(at)[:3] != local[:3]:
            break
        if at >= earliest and office_open(office, at):
            choices.append((time.strftime("%H:%M", time.localtime(at)), at))
    return choices


def check_callback(value: str, choices) -> tuple[str, float | None]:
    """One of the choices shown (callback_choices when the form opened): (its text, its time,
    None for as soon as possible)."""
    for text, at in choices:
        if value == text:
            return text, at
    raise FormError("message.error.callback")


def consent_days_for_message(now: float, retention_days: float,
                             office: OfficeHours | None = None) -> int:
    """The days a message's consent promises at `now` (calls/keeping.py): the retention
    period, or until the message is due if that is later (left on a Friday evening, due on
    Monday within the hour of opening). For a message sent within the hour, at the latest
    callback time it can offer (a whole hour at most CALLBACK_CHOICES + 1 hours after `at`,
    today), since a later message is never due sooner."""
    soon = now + 3600
    latest = message_due(soon, soon + 3600 * (CALLBACK_CHOICES + 1), office)
    return consent_days(now, latest, retention_days * DAY)
