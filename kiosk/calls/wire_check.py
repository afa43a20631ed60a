"""What the kiosk accepts from the wire, and nothing else (docs/alerts.md, "What a kiosk
refuses"): the rules of docs/alerts.schema.json for everything a console may write.

A console's account lets it write its answers and its presence, nothing more; what it writes
there is still untrusted. The attendant's name is shown to the visitor, so it must be text a
screen shows as it is (directory/text_safety.py's one rule for text from outside); its times
must be numbers; and a presence must say the truth about its topic and carry a heartbeat, or
the kiosk would count a desk online for ever. What breaks a rule is refused whole (logged and
ignored), never cut or cleaned silently.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from typing import Any

from kiosk.calls.call import SCHEMA, STATES
from kiosk.calls.call_fields import DEVICE_ID as ID
from kiosk.calls.call_fields import MAX_TIME
from kiosk.directory.text_safety import unfit

# Bytes of a message the kiosk parses at all. The largest message of schema 1 is a note: five
# fields of at most 500 characters (3 bytes each in UTF-8, 6 JSON-escaped), about 17 KB
# with the rest of the note, every character escaped (tests/calls/test_wire_check.py).
MAX_PAYLOAD = 64 * 1024
MAX_ATTENDANT = 100  # characters of an attendant's (a console's) name
# A name a kiosk puts in its visitor's sentence ("Kim is on the way") must look like a
# person's: the wire's 100 characters could carry a sentence of its own ("call cancelled,
# phone 02-…"). Letters (and marks on them), spaces, hyphen, apostrophe, middle dot.
MAX_PERSON_NAME = 20
PERSON_SIGNS = frozenset(" -'\u2019\u00b7\u30fb\u318d\u2027")
# Characters of a call's floor id (a directory floor's id, as the bundle's ID_LENGTH allows)
# and of each language's name of a kiosk's place and its floor (the bundle's NAME_LENGTH):
# a kiosk never sends longer ones.
MAX_FLOOR = 64
MAX_PLACE = 120
# Seconds between a sender's heartbeats, at most (broker.keepalive is capped to it): an online
# presence saying none, or a longer one, would keep a vanished desk "online" for that long.
MAX_EVERY = 60
STATUSES = ("online", "offline")
# A presence's heartbeat number: its sender's run (a random id) and its count in that run.
SESSION = re.compile("[0-9A-Za-z]{1,64}")
MAX_BEAT = 2 ** 53  # the largest whole number every JSON reader keeps exact
# A time on the wire is a unix time from 0 to MAX_TIME (call.py): larger ones are no clock's.
# Seconds an open call may be old (its `age`, a presence's `ages`): a call unchanged for 30 min
# expires (call.EXPIRE_AFTER), so only one changed every half hour for a day comes near this.
MAX_AGE = 86400.0
EVENTS = ("raised", "delivered", "received", "acknowledged", "arrived", "resolved",
          "cancelled", "escalated", "need", "expired")
# Combining marks on one base letter, at most: Korean and the languages of the library's
# visitors need two at most; a hundred stack into a black smear over the text around it.
MAX_MARKS = 2
# Letters that a screen draws as nothing (the Hangul fillers, the blank Braille pattern): a
# name of only these and spaces would show the visitor a blank where the name should be.
BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


class ProtocolError(ValueError):
    """A message that is not ours, not this schema, or does not match its topic."""


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")  # json.loads takes NaN, Infinity


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose members are named once: with two "console" members, which one counts
    would depend on the reader."""
    payload = dict(pairs)
    if len(payload) != len(pairs):
        names = [key for key, _ in pairs]
        twice = next(key for i, key in enumerate(names) if key in names[:i])
        raise ValueError(f"member {twice[:40]!r} given twice")
    return payload


def load(raw: bytes) -> dict[str, Any]:
    """A message's JSON object of this schema; ProtocolError for anything else."""
    if len(raw) > MAX_PAYLOAD:
        raise ProtocolError(f"{len(raw)} bytes, more than the {MAX_PAYLOAD} a message may have")
    try:
        payload = json.loads(raw.decode("utf-8"), parse_constant=_no_constant,
                             object_pairs_hook=_unique)
    except RecursionError:
        raise ProtocolError("not JSON: nested too deeply") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProtocolError(f"not JSON: {exc}") from None
    if not isinstance(payload, dict) or not is_number(payload.get("schema")) \
            or payload["schema"] != SCHEMA:
        raise ProtocolError(f"expected a JSON object with schema {SCHEMA}")
    return payload


def is_number(value: Any) -> bool:
    """A JSON number (10 and 10.0 alike); true and false are not."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def number(value: Any, what: str, most: float | None = None) -> float:
    """A finite number from 0 to `most` (seconds, or a unix time). Each refusal says which
    rule it broke: missing, not a number, not finite or too large, negative."""
    if value is None:
        raise ProtocolError(f"{what} is missing (or null): a number is needed")
    if not is_number(value):
        raise ProtocolError(f"{what} must be a number, not {type(value).__name__}")
    try:
        seconds = float(value)  # an integer of 400 digits does not fit
    except OverflowError:
        raise ProtocolError(f"{what} is too large: not a finite number") from None
    if math.isnan(seconds):
        raise ProtocolError(f"{what} is not a number (NaN)")
    if math.isinf(seconds):  # 1e400 is read as infinity: a time no clock shows
        raise ProtocolError(f"{what} is too large: not a finite number")
    if seconds < 0:
        raise ProtocolError(f"{what} must be at least 0, not {seconds:g}")
    # The value as written, not its float: 2^53 + 1 is a float's 2^53, which is not too large.
    if most is not None and (seconds > most or value > most):
        raise ProtocolError(f"{what} is too large: at most {most:g}, not {value:g}")
    return seconds


def text(value: Any, what: str, most: int = MAX_ATTENDANT) -> str:
    """One line of text shown to people: at most `most` characters, none that hides, reorders
    or controls what is shown. Empty is allowed (a console started without a name)."""
    if value is None:
        raise ProtocolError(f"{what} is missing (or null): text is needed")
    if not isinstance(value, str):
        raise ProtocolError(f"{what} must be text, not {type(value).__name__}")
    if len(value) > most:
        raise ProtocolError(f"{what} has {len(value)} characters, more than {most}")
    problem = unfit(value)
    if problem is not None:
        raise ProtocolError(f"{what} holds the {problem}")
    return value


def attendant(value: Any, what: str = "attendant", required: bool = False) -> str:
    """An attendant's name, as shown() has it. Empty only when not `required`: on the wire,
    a console started without a name (its kiosk says "a staff member"); `--name` must give
    one."""
    return shown(value, what, required)


def person_name(value: str, what: str = "attendant") -> str:
    """`value` (already attendant()'s) if it looks like a person's name, for a visitor's
    sentence: at most MAX_PERSON_NAME characters, a letter at least, and only letters, marks
    on them and PERSON_SIGNS; ProtocolError saying what else it holds."""
    if len(value) > MAX_PERSON_NAME:
        raise ProtocolError(f"{what} has {len(value)} characters, more than a person's name "
                            f"({MAX_PERSON_NAME})")
    odd = next((ch for ch in value if ch not in PERSON_SIGNS
                and unicodedata.category(ch)[0] not in "LM"), None)
    if odd is not None:
        raise ProtocolError(f"{what} holds {odd!r}, which is not in a person's name (letters, "
                            "spaces, hyphen, apostrophe and middle dot only)")
    if not any(unicodedata.category(ch)[0] == "L" for ch in value):
        raise ProtocolError(f"{what} holds no letter")
    return value


def shown(value: Any, what: str, required: bool = False, most: int = MAX_ATTENDANT) -> str:
    """A text from outside that a screen shows (an attendant's name, a call's floor, a
    kiosk's place), as text() has it, that shows something: not only spaces, blank letters
    or lone combining marks, nor more than MAX_MARKS marks stacked on one letter."""
    name = text(value, what, most)
    if not name and required:
        raise ProtocolError(f"{what} is empty or not given")
    if name and not any(_visible(ch) for ch in name):
        raise ProtocolError(f"{what} shows nothing: it holds only spaces or blank characters")
    run = 0
    for ch in name:
        run = run + 1 if _mark(ch) else 0
        if run > MAX_MARKS:
            raise ProtocolError(f"{what} stacks more than {MAX_MARKS} combining marks on "
                                "one letter")
    return name


def _mark(ch: str) -> bool:
    """A mark drawn on the letter before it (nonspacing or enclosing)."""
    return unicodedata.category(ch) in ("Mn", "Me")


def _visible(ch: str) -> bool:
    return not (ch.isspace() or ch in BLANK_LETTERS or _mark(ch))


def call_state(record: dict[str, Any]) -> dict[str, Any]:
    """A call's state as a kiosk publishes it, beyond what Call.from_record checks (which
    holds the rule for answered_by, the store's and the wire's): what a console shows of it
    within the schema (attendant, floor, times, age), the record as it came.
    Both sides parse calls with it (protocol.parse_call_state)."""
    attendant(record.get("attendant", ""))
    shown(record.get("floor"), "floor", required=True, most=MAX_FLOOR)
    received_by = record.get("received_by", "")
    if received_by != "" and not (isinstance(received_by, str) and ID.fullmatch(received_by)):
        raise ProtocolError(f"received_by {str(received_by)[:70]!r} is not a console id")
    if record.get("state") not in STATES[:6]:  # "refused" stays in the records
        raise ProtocolError(f"call state {str(record.get('state'))[:20]!r}")
    events = record.get("events")
    if not isinstance(events, list) or not events:
        raise ProtocolError("a call's events must be a list of at least one")
    for event in events:
        if not (isinstance(event, list) and len(event) == 2 and event[0] in EVENTS):
            raise ProtocolError(f"event {str(event)[:60]!r} is not [known event, time]")
        number(event[1], f"time of {event[0]!r}", MAX_TIME)
    if "age" in record:
        number(record["age"], "age", MAX_AGE)
    return record


def answer(payload: dict[str, Any]) -> dict[str, Any]:
    """An answer or receipt (to a call or a note) whose topic matched: its attendant and its
    time checked; the payload as it came."""
    attendant(payload.get("attendant"))
    number(payload.get("at"), "at", MAX_TIME)
    return payload


def presence(role: str, ident: str,
             payload: dict[str, Any]) -> tuple[bool, float, tuple[str, int] | None]:
    """(online, heartbeat seconds, beat) of a presence on `presence/<role>/<ident>`."""
    if (payload.get("role"), payload.get("id")) != (role, ident):
        raise ProtocolError(f"presence of {str(payload.get('role'))[:20]!r} "
                            f"{str(payload.get('id'))[:70]!r} on the topic of {role} {ident!r}")
    status = payload.get("status")
    if status not in STATUSES:
        raise ProtocolError(f"presence status {str(status)[:20]!r}, not online or offline")
    every = number(payload.get("every"), "'every'", MAX_EVERY)
    if status == "online" and every <= 0:
        raise ProtocolError("online without a heartbeat ('every' must be more than 0)")
    attendant(payload.get("name", ""), "name")  # a console's attendant; a kiosk's is empty
    return status == "online", every, beat(payload)


def beat(payload: dict[str, Any]) -> tuple[str, int] | None:
    """(session, number) of a presence's heartbeat, which tells a copy of an old heartbeat
    (a retained one, restored by a restarted broker) from a new one; None from an older
    sender, which numbers none."""
    session, count = payload.get("session"), payload.get("beat")
    if session is None and count is None:
        return None
    if not isinstance(session, str) or not SESSION.fullmatch(session):
        raise ProtocolError("presence 'session' must be 1-64 letters or digits, with 'beat'")
    n = number(count, "'beat'", MAX_BEAT)
    if not (n >= 1 and n.is_integer()):
        raise ProtocolError(f"'beat' must be a whole number from 1 to {MAX_BEAT}, not {n!r}")
    return session, int(n)
