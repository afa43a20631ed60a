"""A device's presence on the wire: what a kiosk or console says of itself (retained, with a
Last Will saying offline), and the kiosk's place it names.

Every device says it is online on connecting and then as a heartbeat (link.py, presence.py);
a kiosk's also names where it stands (`Place`) and its open calls (their ages, states and
digests), so a console that comes later learns them from the retained message. Topics,
`dump` and `levels` are protocol.py's.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.calls import protocol as proto
from kiosk.calls import wire_check as wire
from kiosk.calls.call import OPEN_STATES, SCHEMA
from kiosk.calls.wire_check import ProtocolError
from kiosk.directory.model import EMPTY, Text

ROLES = ("kiosk", "console")


# -- a kiosk's place (in its presence) ------------------------------------------------------
@dataclass(frozen=True)
class Place:
    """Where a kiosk stands, as people say it: its name and its floor's, in both languages
    (the directory's Kiosk and Floor records). Consoles name kiosks by it, not by id."""

    name: Text = EMPTY
    floor: Text = EMPTY

    def name_in(self, lang: str) -> str:
        return self.name.get(lang) or self.name.ko or self.name.en

    def floor_in(self, lang: str) -> str:
        return self.floor.get(lang) or self.floor.ko or self.floor.en

    def to_json(self) -> dict[str, Any]:
        return {"name": {"ko": self.name.ko, "en": self.name.en},
                "floor": {"ko": self.floor.ko, "en": self.floor.en}}


def _text(value: Any, what: str) -> Text:
    """{"ko": .., "en": ..} from the wire (a language left out is empty), each a text the
    consoles show as it is (wire_check.shown); ProtocolError otherwise."""
    if value is None:
        return EMPTY
    if not isinstance(value, dict):
        raise ProtocolError(f"{what} must be {{'ko': text, 'en': text}}, "
                            f"not {type(value).__name__}")
    ko, en = (wire.shown(value.get(lang, ""), f"{what} ({lang})", most=wire.MAX_PLACE)
              for lang in ("ko", "en"))
    return Text(ko, en)


def _place(payload: dict[str, Any]) -> Place | None:
    """The place a kiosk's presence names; None when it names none (an older kiosk, a Will
    from before) or no name. Text the consoles could not show as it is (a bidi override, a
    control character, too long) is refused with the whole presence, as an attendant's name
    is: the kiosk's account wrote it, and a console names the kiosk by it."""
    place = payload.get("place")
    if place is None:
        return None
    if not isinstance(place, dict):
        raise ProtocolError(f"place must be {{'name': .., 'floor': ..}}, "
                            f"not {type(place).__name__}")
    name, floor = _text(place.get("name"), "place name"), _text(place.get("floor"),
                                                                "place floor")
    return Place(name, floor) if name.ko or name.en else None


def checked_place(place: Place) -> Place:
    """`place` as a console would read it from this kiosk's presence; ProtocolError, with
    why, when the consoles would refuse it (and with it the whole presence)."""
    return _place({"place": place.to_json()}) or place


# -- presence (retained; the Last Will says offline) ----------------------------------------
def presence_payload(role: str, ident: str, online: bool, name: str = "",
                     every: float = 0.0, place: Place | None = None,
                     ages: dict[str, float] | None = None,
                     beat: tuple[str, int] | None = None,
                     states: dict[str, str] | None = None,
                     digests: dict[str, str] | None = None) -> bytes:
    """`every`: seconds between this sender's heartbeats (0: it sends none). `place`: a
    kiosk's, with every presence it sends (the Will too), so a console that comes later
    learns it from the retained message. `ages`: a kiosk's open calls, id -> seconds since
    raised (every one of them; {} when none): a call's own state is not republished once
    answered, the heartbeat is, and a call it does not list is not open. `states`: the
    same calls' states, the kiosk's own word, which a forged state cannot outlast, and
    `digests` their records' (calls/copies.py), which a forged record cannot. `beat`:
    (session, number) of a heartbeat, so a receiver knows a copy of an old one
    (calls/presence.py)."""
    payload = {"schema": SCHEMA, "role": role, "id": ident,
               "status": "online" if online else "offline", "name": name, "every": every}
    if beat is not None:
        payload["session"], payload["beat"] = beat
    if place is not None:
        payload["place"] = place.to_json()
    if ages is not None:
        payload["ages"] = {cid: round(max(0.0, age), 3) for cid, age in ages.items()}
    for member, said in (("states", states), ("digests", digests)):
        if said is not None:
            payload[member] = dict(said)
    return proto.dump(payload)


@dataclass(frozen=True)
class PresenceMessage:
    """One presence message, parsed once: who (`role`, `ident`), `online`, its heartbeat
    `every` and `beat` ((session, number); None from an older sender, a Will, a cleared
    topic), and what only a kiosk's says, None when it says nothing of it (an older kiosk,
    a Will): its `place`; `ages`, its open calls' ages (an age out of range left out, no
    wait shown from it); `listed`, the ids of all its open calls, whatever their age says
    (one over MAX_AGE is still open); `states`, their states, the kiosk's record (an entry
    that is not an open state is left out: it says nothing a console could show);
    `digests`, their records' digests as said (copies.digests_from keeps the well-formed)."""

    role: str
    ident: str
    online: bool
    every: float
    beat: tuple[str, int] | None = None
    place: Place | None = None
    ages: dict[str, float] | None = None
    listed: set[str] | None = None
    states: dict[str, str] | None = None
    digests: dict[str, Any] | None = None


def _kiosk_calls(payload: dict[str, Any]) -> dict[str, Any]:
    """A kiosk's presence's `place`, `ages`, `listed`, `states` and `digests`
    (PresenceMessage)."""
    ages, states = payload.get("ages"), payload.get("states")
    said: dict[str, Any] = {"place": _place(payload)}
    if isinstance(ages, dict):
        said["listed"] = {str(cid) for cid in ages}
        said["ages"] = {str(cid): age for cid, age in
                        ((c, proto.age_of(a)) for c, a in ages.items()) if age is not None}
    if isinstance(states, dict):
        said["states"] = {str(cid): state for cid, state in states.items()
                          if state in OPEN_STATES}
    if isinstance(payload.get("digests"), dict):
        said["digests"] = payload["digests"]
    return said


def parse_presence(topic: str, raw: bytes) -> PresenceMessage:
    """A presence on its topic, parsed once. A cleared topic counts as offline."""
    role, ident = proto.levels(topic, "presence", 2)
    if role not in ROLES:
        raise ProtocolError(f"not a presence topic: {topic!r}")
    if not raw:
        return PresenceMessage(role, ident, False, 0.0)
    payload = wire.load(raw)
    online, every, beat = wire.presence(role, ident, payload)
    return PresenceMessage(role, ident, online, every, beat,
                           **(_kiosk_calls(payload) if role == "kiosk" else {}))
