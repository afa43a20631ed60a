"""What the console says about calls, in words and in order: pure functions, no Qt."""
from __future__ import annotations

import time
from collections.abc import Iterable, Mapping

from kiosk.calls.call import Call
from kiosk.calls.presence_message import Place
from kiosk.directory.strings import tr
from kiosk.directory.values import on_floor
from kiosk.ui.console.durations import duration_text
from kiosk.ui.console.moments import moment_text

Places = Mapping[str, Place]  # kiosk id -> the place it said it is

UNACKNOWLEDGED = ("raised", "delivered")  # nobody has answered yet: NEW, chime, flashing
# The charter: an attendant with the visitor within 5 minutes of the call (records.md counts
# "arrived" against it). An acknowledged call nobody arrived at by then is OVERDUE.
ARRIVE_WITHIN = 5 * 60.0
URGENT_SYMBOL = "⚠"  # for text (accessible names); the rows paint their own triangle

NEED_KEYS = {
    "": "console.need.none",
    "mobility": "console.need.mobility",
    "low_vision": "console.need.low_vision",
    "hearing": "console.need.hearing",
    "reading": "console.need.reading",
    "language": "console.need.language",
    "other": "console.need.other",
}
_GROUP = {"raised": 0, "delivered": 0, "acknowledged": 1, "arrived": 2}


def is_new(call: Call) -> bool:
    return call.is_open and call.state in UNACKNOWLEDGED


def needs_attention(call: Call) -> bool:
    """Flashes and chimes: nobody has acknowledged it yet."""
    return is_new(call)


def overdue(call: Call, now: float, open_for: float | None = None) -> bool:
    """Acknowledged, and nobody arrived within the charter's 5 minutes: someone said they
    were on the way and the desk heard no more (an unacknowledged call says NEW and URGENT,
    flashing, already)."""
    return (call.is_open and call.state == "acknowledged"
            and waiting_seconds(call, now, open_for) >= ARRIVE_WITHIN)


def raised_at(call: Call) -> float:
    raised = call.time_of("raised")
    return raised if raised is not None else min((t for _e, t in call.events), default=0.0)


def closed_at(call: Call) -> float | None:
    return call.time_of(call.state) if not call.is_open else None


def open_calls(calls: Iterable[Call]) -> list[Call]:
    """Most pressing first: unanswered before answered before arrived, oldest first in each."""
    return sorted((c for c in calls if c.is_open),
                  key=lambda c: (_GROUP.get(c.state, 3), raised_at(c), c.id))


def closed_today(calls: Iterable[Call], now: float) -> list[Call]:
    """Calls closed (resolved or cancelled) on today's date, the latest first."""
    today = time.localtime(now)[:3]
    closed = [c for c in calls if not c.is_open
              and time.localtime(closed_at(c) or raised_at(c))[:3] == today]
    return sorted(closed, key=lambda c: (closed_at(c) or raised_at(c), c.id), reverse=True)


def waiting_seconds(call: Call, now: float, open_for: float | None = None) -> float:
    """How long the visitor waited for a person, never negative: until the attendant arrived
    (both times on the kiosk's clock), or, while nobody has, `open_for`: the console's own
    measure (ConsoleAlerts.opened), which needs no two clocks to agree. Only without it
    does the kiosk's clock meet `now`, the console's."""
    end = call.time_of("arrived") or closed_at(call)
    if end is None and open_for is not None:
        return max(0.0, open_for)
    return max(0.0, (end or now) - raised_at(call))


def need_text(call: Call, lang: str) -> str:
    """The need, and where the visitor wants to be taken when they said ("to: 관장실")."""
    need = tr(NEED_KEYS.get(call.need, "console.need.other"), lang)
    place = call.destination.get(lang) or call.destination.ko or call.destination.en
    return f"{need} · {tr('console.to', lang, place=place)}" if place else need


def _others(call: Call, calls: Iterable[Call]) -> tuple[bool, list[Call]]:
    """Whether an earlier visitor's call at the same kiosk is open, and the later ones."""
    others = [c for c in calls if c.kiosk == call.kiosk and c.is_open and c.id != call.id]
    return (any(raised_at(c) < raised_at(call) for c in others),
            [c for c in others if raised_at(c) >= raised_at(call)])


def others_text(call: Call, calls: Iterable[Call], lang: str) -> str:
    """The other visitors waiting at the same kiosk ("" when none): an earlier visitor's call
    left open when a new visitor asked for help of their own. The attendant coming for the
    first learns the second's need and destination from its row, and the second's row says
    that an earlier call from there is open."""
    earlier, later = _others(call, calls)
    parts = [tr("console.also_here", lang, need=need_text(c, lang)) for c in later]
    if earlier:
        parts.insert(0, tr("console.second_visitor", lang))
    return " · ".join(parts)


def others_short(call: Call, calls: Iterable[Call], lang: str) -> str:
    """others_text said shortly ("" when none), for a row too short for it: the earlier
    call's row counts the later visitors (each has a row of its own, with its need), the
    later call's row says an earlier call from there is open."""
    earlier, later = _others(call, calls)
    parts = [tr("console.second_visitor.short", lang)] if earlier else []
    if later:
        parts.append(tr("console.also_here.one", lang) if len(later) == 1
                     else tr("console.also_here.count", lang, n=len(later)))
    return " · ".join(parts)


def need_line(call: Call, calls: Iterable[Call], lang: str) -> str:
    """The need, then the other visitors at the same kiosk (others_text), in one line."""
    return " · ".join(p for p in (need_text(call, lang), others_text(call, calls, lang)) if p)


def kiosk_label(kiosk: str, places: Places, lang: str) -> str:
    """The kiosk by the name of its place ("1층 로비 키오스크"), by its id if it never said."""
    place = places.get(kiosk)
    return (place.name_in(lang) if place is not None else "") or kiosk


def floor_label(call: Call, places: Places, lang: str) -> str:
    """The floor's name as its kiosk says it ("1층"), else the floor id the call carries."""
    place = places.get(call.kiosk)
    return (place.floor_in(lang) if place is not None else "") or call.floor


def where(call: Call, places: Places, lang: str) -> str:
    """"1st floor · Lobby kiosk", "1층 로비 키오스크": where the visitor is waiting, the floor
    once."""
    return on_floor(floor_label(call, places, lang), kiosk_label(call.kiosk, places, lang))


def state_text(call: Call, lang: str) -> str:
    name = call.attendant or tr("console.someone", lang)
    if call.state in UNACKNOWLEDGED:
        return tr("console.state.waiting", lang)
    if call.state == "acknowledged":
        return tr("console.state.acknowledged", lang, name=name)
    if call.state == "arrived":
        return tr("console.state.arrived", lang, name=name)
    if call.state == "cancelled":  # by the visitor, or by the kiosk (Call.expire)
        expired = call.time_of("expired") is not None
        return tr("console.state.expired" if expired else "console.state.cancelled", lang)
    return tr("console.state.resolved", lang, name=name)


def waiting_text(call: Call, now: float, lang: str, open_for: float | None = None) -> str:
    key = "console.waiting" if call.time_of("arrived") is None else "console.waited"
    return tr(key, lang, time=duration_text(waiting_seconds(call, now, open_for), lang))


def tags(call: Call, lang: str, now: float = 0.0, open_for: float | None = None) -> list[str]:
    """The words that say, without colour, why a row flashes or is marked overdue."""
    words = []
    if call.escalated and call.is_open:
        words.append(f"{URGENT_SYMBOL} {tr('console.urgent', lang)}")
    if now and overdue(call, now, open_for):
        words.append(f"{URGENT_SYMBOL} {tr('console.overdue', lang)}")
    if is_new(call):
        words.append(tr("console.new", lang))
    return words


def history_steps(call: Call, lang: str) -> str:
    """How long until someone acknowledged, and until someone arrived, from the call, as the
    charter's report counts them (Call.step_time): a later answer counts as the steps before
    it (a desk may say "arrived" first, or resolve a call at the desk)."""
    parts = []
    for event, key, never in (
            ("acknowledged", "console.history.acknowledged", "console.history.not_acknowledged"),
            ("arrived", "console.history.arrived", "console.history.not_arrived")):
        at = call.step_time(event)
        seconds = None if at is None else at - raised_at(call)
        parts.append(tr(key, lang, time=duration_text(seconds, lang)) if seconds is not None
                     else tr(never, lang))
    return " · ".join(parts)


def history_total(call: Call, lang: str) -> str:
    """How long the call was open, from raised to resolved or cancelled."""
    closed = closed_at(call)
    return tr("console.history.total", lang,
              time=duration_text((closed or raised_at(call)) - raised_at(call), lang))


def describe_open(call: Call, now: float, lang: str, places: Places,
                  open_for: float | None = None, calls: Iterable[Call] = ()) -> str:
    """One row in words, for screen readers and tests (`calls`: every open one, see
    need_line)."""
    return ", ".join(tags(call, lang, now, open_for) + [where(call, places, lang),
                                         need_line(call, calls, lang), state_text(call, lang),
                                         waiting_text(call, now, lang, open_for)])


def raised_moment(call: Call, now: float, lang: str) -> str:
    """When the call was raised, as a line begins with it ("14:05", "Yesterday 22:26": a
    call closed today may have been raised before midnight)."""
    words = moment_text(raised_at(call), now, lang)
    return words[:1].upper() + words[1:]


def describe_closed(call: Call, now: float, lang: str, places: Places) -> str:
    return ", ".join([raised_moment(call, now, lang), where(call, places, lang),
                      need_text(call, lang), state_text(call, lang), history_steps(call, lang),
                      history_total(call, lang)])
