"""The alert service's wire format: MQTT topics and JSON payloads, each with "schema": 1.

Topics are laid out so the broker's ACLs can enforce who may say what: every device has its
own account, named by its id, and writes only topics that carry that name. A kiosk writes
`calls/<its id>/...` and its presence; a console writes `acks/<kiosk>/<its id>/...` (answers,
and receipts saying it has the call), which the kiosk applies to its own record and
republishes, and its presence (presence_message.py). docs/alerts.md documents all of it. The
notes (note_protocol.py) are written and read with the same helpers: dump, levels,
answer_message and parse_answer_message.
"""
from __future__ import annotations

import json
import re
from typing import Any

from kiosk.calls import wire_check as wire
from kiosk.calls.call import SCHEMA, STATES, Call, CallError
from kiosk.calls.wire_check import ProtocolError

PREFIX = "library-kiosk/v1"
QOS = 1
ACK_STATES = ("acknowledged", "arrived", "resolved")  # what a console may say about a call
# A console's receipt ("I have this call") travels on the ack topic, so the ACLs that let
# a console answer only as itself cover it as they stand. It is not an attendant's answer.
RECEIPT = "received"
CALL_ID = re.compile("[0-9a-f]{32}")


def rank(state: str) -> int:
    """How far a call is: raised < delivered < acknowledged < arrived < resolved < cancelled."""
    return STATES.index(state)


def check_id(value: str, what: str = "id") -> str:
    """Ids are single topic levels, and a device's id is its broker account's name."""
    if not value or any(c in value for c in "/+#\0") or len(value) > 100:
        raise ValueError(f"{what} {value!r} must be 1-100 characters without / + # or NUL")
    return value


def call_topic(kiosk: str, call_id: str) -> str:
    return f"{PREFIX}/calls/{kiosk}/{call_id}"


def ack_topic(kiosk: str, console: str, call_id: str) -> str:
    """Where the console `console` answers the kiosk's call: the broker lets only the
    console's own account write under its name, so the topic says who answered."""
    return f"{PREFIX}/acks/{kiosk}/{console}/{call_id}"


def presence_topic(role: str, ident: str) -> str:
    return f"{PREFIX}/presence/{role}/{ident}"


CALLS_ALL = f"{PREFIX}/calls/+/+"
PRESENCE_ALL = f"{PREFIX}/presence/+/+"
CONSOLES_PRESENCE = f"{PREFIX}/presence/console/+"


def acks_of(kiosk: str) -> str:
    return f"{PREFIX}/acks/{kiosk}/+/+"


def split(topic: str) -> tuple[str, ...]:
    """`<prefix>/<kind>/<a>/<b>` -> (kind, a, b), none empty; an ack topic has one level
    more (`acks/<kiosk>/<console>/<call>`)."""
    kind = topic.removeprefix(PREFIX + "/").partition("/")[0]
    return (kind, *levels(topic, kind, 3 if kind == "acks" else 2))


def levels(topic: str, kind: str, count: int) -> tuple[str, ...]:
    """The `count` levels, none empty, after `<prefix>/<kind>/`; ProtocolError otherwise."""
    head, _, rest = topic.partition(f"{PREFIX}/{kind}/")
    parts = tuple(rest.split("/"))
    if head or len(parts) != count or not all(parts):
        raise ProtocolError(f"not a {kind} topic: {topic!r}")
    return parts


def dump(payload: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON, as every message of the alert service is written."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def answer_message(about: str, item_id: str, kiosk: str, state: str, at: float,
                   **who: str) -> bytes:
    """A console's answer or receipt about a call or a note (`about`, with its id): `who`
    is the console and its attendant, in the order the message has always named them."""
    return dump({"schema": SCHEMA, about: item_id, "kiosk": kiosk, "state": state, **who,
                 "at": at})


def parse_answer_message(about: str, topic: str, kiosk: str, console: str, item_id: str,
                         raw: bytes, states: tuple[str, ...]) -> dict[str, Any]:
    """An answer or receipt from the console of its topic (which only that console's account
    may write): it must name the topic's kiosk, console and call or note, and one of
    `states`; its attendant and time are checked, and it is taken as it came."""
    payload = wire.load(raw)
    what = "acknowledgement" if about == "call" else f"{about} answer"
    for member, expected in (("kiosk", kiosk), ("console", console), (about, item_id)):
        if payload.get(member) != expected:  # named, so a sender can tell what to fix
            said = (f"{str(payload[member])[:70]!r}" if payload.get(member) is not None
                    else "missing")
            raise ProtocolError(f"{what} does not match its topic: {member} {said}, the "
                                f"topic's {expected[:70]!r}")
    if payload.get("state") not in states:
        raise ProtocolError(f"{what} state {str(payload.get('state'))[:40]!r}")
    return wire.answer(payload)  # the attendant is shown to the visitor: refused, never cut


# -- call state (kiosk -> consoles, retained) -----------------------------------------------
def call_payload(call: Call, now: float | None = None) -> bytes:
    """The call's record; an open call's also says its `age`: seconds since it was raised,
    on the kiosk's clock at `now`. A console adds its own time since it got the message, so
    the wait it shows never compares two PCs' clocks."""
    record = call.to_record()
    if now is not None and call.is_open:
        record["age"] = round(max(0.0, now - raised_time(call)), 3)
    return dump(record)


def raised_time(call: Call) -> float:
    raised = call.time_of("raised")
    return raised if raised is not None else min((t for _e, t in call.events), default=0.0)


def age_of(value: Any) -> float | None:
    """Seconds, or None for what is not (an older kiosk sends none)."""
    if wire.is_number(value) and 0 <= value <= wire.MAX_AGE:
        return float(value)
    return None


def parse_call(topic: str, raw: bytes) -> Call | None:
    """The call a retained state message carries; None for an emptied (cleared) topic."""
    return parse_call_state(topic, raw)[0]


def parse_call_state(topic: str, raw: bytes) -> tuple[Call | None, float | None]:
    """(the call, its age in seconds when the kiosk published it, None if it did not say)."""
    kiosk, call_id = levels(topic, "calls", 2)
    if not raw:
        return None, None
    if not CALL_ID.fullmatch(call_id):
        raise ProtocolError(f"a call id is 32 lowercase hex digits, not {call_id[:40]!r}")
    record = wire.call_state(wire.load(raw))  # what a screen shows, within the schema
    try:
        call = Call.from_record(record)
    except CallError as exc:
        raise ProtocolError(str(exc)) from exc
    if (call.kiosk, call.id) != (kiosk, call_id):  # the ACL vouches for the topic only
        raise ProtocolError(f"call {call.kiosk}/{call.id} published on {topic!r}")
    return call, age_of(record.get("age"))


# -- acknowledgements (console -> kiosk) ----------------------------------------------------
def ack_payload(call: Call, state: str, attendant: str, console: str, at: float) -> bytes:
    if state not in ACK_STATES:
        raise ValueError(f"a console may only say {', '.join(ACK_STATES)}, not {state!r}")
    return answer_message("call", call.id, call.kiosk, state, at, attendant=attendant,
                          console=console)


def receipt_payload(call: Call, console: str, attendant: str, at: float) -> bytes:
    """The console `console` has received the call (sent on receiving it, before anyone
    answers); the kiosk records it and only then tells the visitor the desk has the call."""
    return answer_message("call", call.id, call.kiosk, RECEIPT, at, attendant=attendant,
                          console=console)


def parse_ack(topic: str, raw: bytes) -> dict[str, Any]:
    """An acknowledgement, or a receipt (`state` RECEIPT), from a console. The console it
    names must be the one in the topic, which the broker lets only that console write."""
    kiosk, console, call_id = levels(topic, "acks", 3)
    payload = parse_answer_message("call", topic, kiosk, console, call_id, raw,
                                   ACK_STATES + (RECEIPT,))
    if not CALL_ID.fullmatch(call_id):
        raise ProtocolError(f"a call id is 32 lowercase hex digits, not {call_id[:40]!r}")
    return payload
