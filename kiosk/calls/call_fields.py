"""What each field of a call's record may hold, checked as a record arrives from the wire
or from the kiosk's store, and as a kiosk makes a call.

A record crosses a trust boundary (any account's message, a file on the disk): each field is
read by one rule here, and anything else is a CallError, never a call with a strange value.
The call's steps and how two copies merge are kiosk/calls/call.py's; these rules are apart so
that each reads alone.
"""
from __future__ import annotations

import math
import re
from typing import Any

from kiosk.directory.model import EMPTY, Text

MAX_DESTINATION = 200  # characters of each language's place name
# A time in a call is a unix time from 0 to this (the year 2286): larger ones are no clock's,
# and one that is not a number (NaN, infinite) would never expire nor be refused.
MAX_TIME = 1e10
# A kiosk's or console's id: its broker account's name, one topic level (docs/alerts.schema.json
# "id"); the consoles a call's record names (received_by, answered_by) are such ids.
DEVICE_ID = re.compile(r"[A-Za-z0-9_.-]{1,64}")
ANSWERS = ("acknowledged", "arrived", "resolved")  # the states a console's answer gives


class CallError(ValueError):
    """A transition that the call's state does not allow, or a malformed record."""


def answered_from(value: Any) -> tuple[tuple[str, str], ...]:
    """answered_by from a record, the kiosk's store or the wire (the one rule for both):
    [[answer, console id], ...]; absent (an older record): none."""
    if not isinstance(value, (list, tuple)) or not all(
            isinstance(a, (list, tuple)) and len(a) == 2 and a[0] in ANSWERS
            and isinstance(a[1], str) and DEVICE_ID.fullmatch(a[1]) for a in value):
        raise CallError(f"answered_by must be [[answer, console], ...], not {value!r:.80}")
    return tuple((str(s), str(c)) for s, c in value)


def event_time(value: Any) -> float:
    """An event's time: a number (not text, not true or false) from 0 to MAX_TIME."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise CallError(f"a time must be a number, not {type(value).__name__}")
    try:
        seconds = float(value)
    except OverflowError:  # a whole number past any float
        seconds = math.inf
    if not (math.isfinite(seconds) and 0 <= seconds <= MAX_TIME):
        raise CallError(f"a time must be from 0 to {MAX_TIME:g}, not {seconds!r}")
    return seconds


def destination_from(value: Any) -> Text:
    """A destination from a record: {"ko": .., "en": ..}; absent (an older kiosk) is none."""
    if value is None:
        return EMPTY
    if not isinstance(value, dict) or not all(isinstance(value.get(k, ""), str)
                                              for k in ("ko", "en")):
        raise CallError(f"destination must be {{'ko': text, 'en': text}}, not {value!r}")
    return check_destination(Text(value.get("ko", ""), value.get("en", "")))


def check_destination(destination: Text) -> Text:
    if any(len(t) > MAX_DESTINATION or any(ord(c) < 32 for c in t)
           for t in destination.both()):
        raise CallError(f"destination: at most {MAX_DESTINATION} characters a language, "
                        "one line")
    return destination
