"""The alert service's wire format: MQTT topics and JSON payloads, each with "schema": 1.

Topics are laid out so the broker's ACLs can enforce who may say what: a kiosk writes only
`calls/<its id>/...` and its presence; only consoles write `acks/...` (answers, and receipts
saying a console has the call), which the kiosk applies to its own record and republishes.
docs/alerts.md documents all of it.
"""
from __future__ import annotations

import json
from typing import Any

from kiosk.calls.call import SCHEMA, STATES, Call, CallError

PREFIX = "library-kiosk/v1"
QOS = 1
ACK_STATES = ("acknowledged", "arrived", "resolved")  # what a console may say about a call
# A console's receipt ("I have this call") travels on the ack topic, so the ACLs that let
# only consoles answer a call cover it as they stand. It is not an attendant's answer.
RECEIPT = "received"
ROLES = ("kiosk", "console")


def rank(state: str) -> int:
    """How far a call is: raised < delivered < acknowledged < arrived < resolved < cancelled."""
    return STATES.index(state)


class ProtocolError(ValueError):
    """A message that is not ours, not this schema, or does not match its topic."""


def check_id(value: str, what: str = "id") -> str:
    """Ids are single topic levels, and a kiosk's id is its MQTT client id (ACL patterns)."""
    if not value or any(c in value for c in "/+#\0") or len(value) > 100:
        raise ValueError(f"{what} {value!r} must be 1-100 characters without / + # or NUL")
    return value


def call_topic(kiosk: str, call_id: str) -> str:
    return f"{PREFIX}/calls/{kiosk}/{call_id}"


def ack_topic(kiosk: str, call_id: str) -> str:
    return f"{PREFIX}/acks/{kiosk}/{call_id}"


def presence_topic(role: str, ident: str) -> str:
    return f"{PREFIX}/presence/{role}/{ident}"


CALLS_ALL = f"{PREFIX}/calls/+/+"
PRESENCE_ALL = f"{PREFIX}/presence/+/+"
CONSOLES_PRESENCE = f"{PREFIX}/presence/console/+"


def acks_of(kiosk: str) -> str:
    return f"{PREFIX}/acks/{kiosk}/+"


def split(topic: str) -> tuple[str, str, str]:
    """`<prefix>/<kind>/<a>/<b>` -> (kind, a, b)."""
    head, _, rest = topic.partition(PREFIX + "/")
    parts = rest.split("/")
    if head or len(parts) != 3:
        raise ProtocolError(f"not an alert topic: {topic!r}")
    return parts[0], parts[1], parts[2]


def _dump(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _load(raw: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProtocolError(f"not JSON: {exc}") from exc
    if not isinstance(payload, dict) or payload.get("schema") != SCHEMA:
        raise ProtocolError(f"expected a JSON object with schema {SCHEMA}")
    return payload


# -- call state (kiosk -> consoles, retained) -----------------------------------------------
def call_payload(call: Call) -> bytes:
    return _dump(call.to_record())


def parse_call(topic: str, raw: bytes) -> Call | None:
    """The call a retained state message carries; None for an emptied (cleared) topic."""
    kind, kiosk, call_id = split(topic)
    if kind != "calls":
        raise ProtocolError(f"not a call topic: {topic!r}")
    if not raw:
        return None
    try:
        call = Call.from_record(_load(raw))
    except CallError as exc:
        raise ProtocolError(str(exc)) from exc
    if (call.kiosk, call.id) != (kiosk, call_id):  # the ACL vouches for the topic only
        raise ProtocolError(f"call {call.kiosk}/{call.id} published on {topic!r}")
    return call


# -- acknowledgements (console -> kiosk) ----------------------------------------------------
def ack_payload(call: Call, state: str, attendant: str, console: str, at: float) -> bytes:
    if state not in ACK_STATES:
        raise ValueError(f"a console may only say {', '.join(ACK_STATES)}, not {state!r}")
    return _dump({"schema": SCHEMA, "call": call.id, "kiosk": call.kiosk, "state": state,
                  "attendant": attendant, "console": console, "at": at})


def receipt_payload(call: Call, console: str, attendant: str, at: float) -> bytes:
    """The console `console` has received the call (sent on receiving it, before anyone
    answers); the kiosk records it and only then tells the visitor the desk has the call."""
    return _dump({"schema": SCHEMA, "call": call.id, "kiosk": call.kiosk, "state": RECEIPT,
                  "attendant": attendant, "console": console, "at": at})


def parse_ack(topic: str, raw: bytes) -> dict[str, Any]:
    """An acknowledgement, or a receipt (`state` RECEIPT), from a console."""
    kind, kiosk, call_id = split(topic)
    payload = _load(raw)
    if kind != "acks" or (payload.get("kiosk"), payload.get("call")) != (kiosk, call_id):
        raise ProtocolError(f"acknowledgement does not match its topic {topic!r}")
    if payload.get("state") not in ACK_STATES + (RECEIPT,):
        raise ProtocolError(f"acknowledgement state {payload.get('state')!r}")
    console = payload.get("console")
    if payload["state"] == RECEIPT and not (isinstance(console, str) and console
                                            and len(console) <= 100):
        raise ProtocolError(f"receipt on {topic!r} names no console")
    payload["attendant"] = str(payload.get("attendant", ""))[:100]
    payload["console"] = str(payload.get("console", ""))[:100]
    return payload


# -- presence (retained; the Last Will says offline) ----------------------------------------
def presence_payload(role: str, ident: str, online: bool, name: str = "",
                     every: float = 0.0) -> bytes:
    """`every`: seconds between this sender's heartbeats (0: it sends none)."""
    return _dump({"schema": SCHEMA, "role": role, "id": ident,
                  "status": "online" if online else "offline", "name": name,
                  "every": every})


def parse_presence(topic: str, raw: bytes) -> tuple[str, str, bool, float]:
    """(role, id, online, heartbeat seconds). A cleared topic counts as offline."""
    kind, role, ident = split(topic)
    if kind != "presence" or role not in ROLES:
        raise ProtocolError(f"not a presence topic: {topic!r}")
    if not raw:
        return role, ident, False, 0.0
    payload = _load(raw)
    every = payload.get("every", 0)
    if not isinstance(every, (int, float)) or isinstance(every, bool) or not 0 <= every < 86400:
        raise ProtocolError(f"presence on {topic!r}: 'every' must be seconds, not {every!r}")
    return role, ident, payload.get("status") == "online", float(every)
