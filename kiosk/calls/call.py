"""A call for an attendant: what a visitor asked for, and every step it went through.

The charter's promises are measured on these records: guided within 30 seconds
(acknowledged), an attendant within 5 minutes (arrived). A call moves forward only:
raised -> delivered -> acknowledged -> arrived -> resolved, or cancelled before it is
resolved; `escalated` marks a call nobody acknowledged within ESCALATE_AFTER seconds.
`received` (an event, and the console in `received_by`) records that a console said it has
the call: "delivered" is only the broker's word that it took the message, which a frozen or
absent console never sees. A visitor who tapped Help when no call could reach anyone (no
broker, no console online), or whose own request found MAX_OPEN calls of the kiosk open, is
recorded too, as a "refused" call with its `reason`: it never travels, and the report counts
it as a visitor not guided.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from kiosk.calls.call_fields import (ANSWERS, CallError, answered_from, check_destination,
                                     destination_from, event_time)
from kiosk.directory.model import EMPTY, Text

SCHEMA = 1
ESCALATE_AFTER = 30.0  # seconds without acknowledgement
# An open call with no event (no receipt, answer, arrival or resolution) for this long is
# closed by its kiosk as "cancelled", after an "expired" event saying why. The charter
# promises an attendant within 5 minutes; a call unchanged for six times that is one the
# desk forgot to close or the visitor gave up on, not a visitor still waiting, and left open
# it would be told to every later visitor who taps Help. Their tap then raises a fresh call.
EXPIRE_AFTER = 30 * 60.0
# A kiosk's open calls at most: a call an earlier visitor left open and the present visitor's
# own. One visitor has one open call (later taps add to it), but each "start over" or idle
# reset makes the last call an earlier one: without a bound a visitor tapping "start over" and
# "take me there" in turn would ring the desk once a tap. A third visitor while two calls from
# here are open is sent to the desk's phone instead (KioskAlerts.call refuses a third).
MAX_OPEN = 2
NEEDS = ("mobility", "low_vision", "hearing", "reading", "language", "other")
STATES = ("raised", "delivered", "acknowledged", "arrived", "resolved", "cancelled", "refused")
# Why a call could not be sent: calls.visitor's NO_BROKER, NO_CONSOLE (CallService.reason),
# FULL (a new visitor's own request beside MAX_OPEN open calls: CallService.full)
REFUSALS = ("no_broker", "no_console", "full")
OPEN_STATES = ("raised", "delivered", "acknowledged", "arrived")
# The answers that count as each step of the charter's (Call.step_time)
IMPLIED_BY = {"acknowledged": ("acknowledged", "arrived", "resolved"),
              "arrived": ("arrived", "resolved")}
_ORDER = {s: i for i, s in enumerate(STATES[:5])}
# A call is known by its kiosk and its id together: each kiosk's account writes only its own
# call topics, so an id seen on kiosk B's topic can never name kiosk A's call.
CallKey = tuple[str, str]


@dataclass(frozen=True)
class Call:
    id: str
    kiosk: str
    floor: str
    state: str = "raised"
    need: str = ""
    escalated: bool = False
    attendant: str = ""
    received_by: str = ""  # the console whose receipt the kiosk recorded first
    # The console (its topic's, which only its account writes) of each answer the kiosk
    # applied: ((state, console), ...) for acknowledged, arrived, resolved, in order. Another
    # console may answer a later step (a colleague went instead): each is recorded.
    answered_by: tuple[tuple[str, str], ...] = ()
    # Where the visitor wants to go, when they called from a route (no step-free way there):
    # the place's name in both languages, so each console shows it in its own.
    destination: Text = EMPTY
    reason: str = ""  # a refused call's: one of REFUSALS
    # (event, unix time) for every transition: raised, delivered, received, acknowledged,
    # arrived, resolved, cancelled, escalated, need, expired
    events: tuple[tuple[str, float], ...] = field(default_factory=tuple)

    @classmethod
    def raise_new(cls, kiosk: str, floor: str, now: float, need: str = "",
                  destination: Text = EMPTY) -> "Call":
        check_need(need)
        return cls(id=uuid.uuid4().hex, kiosk=kiosk, floor=floor, need=need,
                   destination=check_destination(destination), events=(("raised", now),))

    @classmethod
    def refused(cls, kiosk: str, floor: str, now: float, reason: str, need: str = "",
                destination: Text = EMPTY) -> "Call":
        """The visitor asked for help and no call could be sent (`reason`)."""
        if reason not in REFUSALS:
            raise CallError(f"unknown reason {reason!r}; one of {', '.join(REFUSALS)}")
        return replace(cls.raise_new(kiosk, floor, now, need, destination), state="refused",
                       reason=reason, events=(("raised", now), ("refused", now)))

    @property
    def key(self) -> CallKey:
        """(kiosk, id): what a console holds, answers and forgets the call by."""
        return self.kiosk, self.id

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def received(self) -> bool:
        """A console has the call: its receipt, or an attendant's answer, came back."""
        return self.time_of("received") is not None or self.state in ("acknowledged",
                                                                      "arrived", "resolved")

    def time_of(self, event: str) -> float | None:
        return next((t for e, t in self.events if e == event), None)

    def step_time(self, step: str) -> float | None:
        """When the call reached `step` ("acknowledged" or "arrived") as the charter counts
        it: at the first event of that step or a later answer (a desk may say "arrived"
        without "acknowledged"; one that resolves a call answered it then)."""
        times = [t for e, t in self.events if e in IMPLIED_BY[step]]
        return min(times) if times else None

    def advance(self, state: str, now: float, attendant: str = "",
                console: str = "") -> "Call":
        """The call moved on to `state` (at the word of `console`, when a console's answer).
        Moving to a state it passed already changes nothing (messages arrive twice and out
        of order); moving back is refused."""
        if state not in STATES:
            raise CallError(f"unknown state {state!r}")
        if not self.is_open:
            return self
        if state == "cancelled":
            return replace(self, state=state, events=self.events + ((state, now),))
        if _ORDER[state] <= _ORDER[self.state]:
            return self
        answered = ((state, console),) if console else ()
        return replace(self, state=state, attendant=attendant or self.attendant,
                       answered_by=self.answered_by + answered,
                       events=self.events + ((state, now),))

    def receive(self, console: str, now: float) -> "Call":
        """A console's receipt: recorded once (the first console), before anyone answered
        (an answer says the desk had the call anyway)."""
        if self.state not in ("raised", "delivered") or self.time_of("received") is not None:
            return self
        return replace(self, received_by=console, events=self.events + (("received", now),))

    def escalate(self, now: float) -> "Call":
        if self.escalated or not self.is_open or self.state in ("acknowledged", "arrived"):
            return self
        return replace(self, escalated=True, events=self.events + (("escalated", now),))

    def expire(self, now: float) -> "Call":
        """Close a call unchanged for EXPIRE_AFTER seconds: an "expired" event (why), then
        cancelled, the states every reader already knows."""
        if not self.due_to_expire(now):
            return self
        return replace(self, state="cancelled",
                       events=self.events + (("expired", now), ("cancelled", now)))

    def due_to_expire(self, now: float) -> bool:
        last = max((t for _e, t in self.events), default=None)
        return self.is_open and last is not None and now - last >= EXPIRE_AFTER

    def due_for_escalation(self, now: float) -> bool:
        raised = self.time_of("raised")
        return (not self.escalated and self.state in ("raised", "delivered")
                and raised is not None and now - raised >= ESCALATE_AFTER)

    def with_need(self, need: str, now: float) -> "Call":
        check_need(need)
        if need == self.need or not self.is_open:
            return self
        return replace(self, need=need, events=self.events + (("need", now),))

    def with_destination(self, destination: Text, now: float) -> "Call":
        """The visitor, with a call open, asked to be taken to `destination`: a "need"
        event, as for a changed need (unless one was added at `now`), so that the copy
        before the change is an earlier one by its events; merge() could not tell two
        copies with the same events apart, and took a late earlier copy for the newer."""
        if not self.is_open or destination == self.destination:
            return self
        said = () if self.events[-1:] == (("need", now),) else (("need", now),)
        return replace(self, destination=check_destination(destination),
                       events=self.events + said)

    def asked_again(self, need: str, destination: Text, now: float) -> "Call":
        """A repeated tap on the open call: with the need and the destination given now."""
        call = self.with_need(need, now) if need else self
        return call.with_destination(destination, now) if any(destination.both()) else call

    def merge(self, other: "Call") -> "Call":
        """The same call as seen by two sides. A copy whose events include the other's is
        the later one, taken whole (the newer `other` when both have the same events): an
        earlier step's copy, forged or repeated, changes no attendant nor destination.
        Otherwise: the furthest state and every event, once."""
        if other.id != self.id:
            raise CallError("cannot merge different calls")
        if set(other.events) >= set(self.events):
            return other
        if set(self.events) >= set(other.events):
            return self
        furthest = max((self, other), key=lambda c: (not c.is_open, _ORDER.get(c.state, 9)))
        events = tuple(sorted(set(self.events) | set(other.events), key=lambda e: e[1]))
        return replace(furthest, events=events, escalated=self.escalated or other.escalated,
                       need=other.need or self.need,
                       attendant=furthest.attendant or self.attendant or other.attendant,
                       received_by=self.received_by or other.received_by,
                       answered_by=_union(self.answered_by, other.answered_by),
                       destination=other.destination if any(other.destination.both())
                       else self.destination)

    def to_record(self) -> dict[str, Any]:
        record = {"schema": SCHEMA, "id": self.id, "kiosk": self.kiosk, "floor": self.floor,
                  "state": self.state, "need": self.need, "escalated": self.escalated,
                  "attendant": self.attendant, "received_by": self.received_by,
                  "answered_by": [list(a) for a in self.answered_by],
                  "destination": self.destination.to_record(),
                  "events": [list(e) for e in self.events]}
        if self.reason:  # only a refused call has one (and it never goes on the wire)
            record["reason"] = self.reason
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> "Call":
        try:
            if record.get("schema") != SCHEMA:
                raise CallError(f"call schema {record.get('schema')!r}, expected {SCHEMA}")
            call = cls(id=str(record["id"]), kiosk=str(record["kiosk"]),
                       floor=str(record["floor"]), state=str(record["state"]),
                       need=str(record.get("need", "")),
                       escalated=bool(record.get("escalated", False)),
                       attendant=str(record.get("attendant", "")),
                       received_by=str(record.get("received_by", "")),
                       answered_by=answered_from(record.get("answered_by", ())),
                       destination=destination_from(record.get("destination")),
                       reason=str(record.get("reason", "")),
                       events=tuple((str(e), event_time(t)) for e, t in record.get("events", ())))
        except KeyError as exc:
            raise CallError(f"malformed call record: missing {exc.args[0]}") from exc
        except (TypeError, ValueError) as exc:
            raise CallError(f"malformed call record: {exc}") from exc
        if call.state not in STATES:
            raise CallError(f"unknown state {call.state!r}")
        if (call.state == "refused") != (call.reason in REFUSALS):
            raise CallError(f"a refused call, and only one, has a reason: {call.reason!r}")
        check_need(call.need)
        return call


def _union(mine: tuple, theirs: tuple) -> tuple:
    """Both sides' answers, each once, in the order of the states."""
    return tuple(sorted(set(mine) | set(theirs), key=lambda a: (ANSWERS.index(a[0]), a[1])))


def check_need(need: str) -> None:
    if need and need not in NEEDS:
        raise CallError(f"unknown need {need!r}; one of {', '.join(NEEDS)}")
