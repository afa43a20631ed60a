"""Which copy of a call is its kiosk's own: a digest names each record a kiosk publishes.

Whoever has a kiosk's password can publish, as the kiosk, a copy of its open call with the
kiosk's own events and another destination, need or attendant, which no state's rank tells
apart. The kiosk names in each heartbeat the digest of every open call's record (`digests`);
a console keeps the last copies it received of each call, by digest, and shows the kiosk's
own again when the kiosk's heartbeats disagree with the copy it holds (console_side.py).
"""
from __future__ import annotations

import hashlib
import json
import re
from typing import Any, Collection

from kiosk.calls.call import MAX_OPEN, Call, CallKey

DIGEST = re.compile("[0-9a-f]{16}")
# Copies kept of a call: a heartbeat names the kiosk's latest, and a call has about this
# many states and changes (raised, delivered, received, need, escalated, answers).
KEPT = 8


def digest(call: Call) -> str:
    """16 hex digits of SHA-256 over the call's record as both sides read it: its times as
    floats (a clock may give whole numbers; the wire reads them back as floats), members
    sorted, no `age` (which changes with every copy)."""
    record = {**call.to_record(), "events": [[e, float(t)] for e, t in call.events]}
    raw = json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def digests_from(value: Any) -> dict[str, str] | None:
    """A heartbeat's `digests` (call id -> digest); None when it gives none (an older
    kiosk, a Will). An entry that is not a digest is left out: it names no copy."""
    if not isinstance(value, dict):
        return None
    return {str(cid): d for cid, d in value.items()
            if isinstance(d, str) and DIGEST.fullmatch(d)}


class Copies:
    """The last KEPT copies of each call a console received, by digest, the latest last;
    a call is its (kiosk, id), as everywhere on a console. Not locked: the console uses it
    under its own lock."""

    def __init__(self) -> None:
        self._of: dict[CallKey, dict[str, Call]] = {}

    def keep(self, call: Call) -> None:
        kept = self._of.setdefault(call.key, {})
        name = digest(call)
        kept.pop(name, None)  # heard again: the latest now
        kept[name] = call
        while len(kept) > KEPT:
            del kept[next(iter(kept))]

    def own(self, key: CallKey, said: str | None, state: str) -> Call | None:
        """The copy the kiosk's heartbeat names: by its digest `said`, or, from a kiosk that
        sends none, the latest copy in `state`; None when none came here."""
        kept = self._of.get(key, {})
        if said is not None:
            return kept.get(said)
        return next((c for c in reversed(kept.values()) if c.state == state), None)

    def drop(self, key: CallKey) -> None:
        self._of.pop(key, None)

    def __contains__(self, key: CallKey) -> bool:
        return key in self._of


def held_back(views: dict[CallKey, Call], listed: dict[str, set[str]],
              doubted: Collection[CallKey] = ()) -> set[CallKey]:
    """The open calls of a kiosk beyond MAX_OPEN, which a console does not show: no kiosk
    raises more, so the rest are copies written with its account. Shown are those the
    kiosk's latest heartbeat lists (`listed`: kiosk -> ids), then those not `doubted` (first
    heard while their kiosk was offline by its own word, as anything sent with its account
    by a login that took its session is), then the ones received last (`views` in the order
    first received). Held back, not forgotten: the heartbeats decide that, as for any
    call."""
    by_kiosk: dict[str, list[tuple[bool, bool, int, CallKey]]] = {}
    for order, (key, call) in enumerate(views.items()):
        if call.is_open:
            by_kiosk.setdefault(key[0], []).append((key[1] in listed.get(key[0], ()),
                                                    key not in doubted, order, key))
    return {key for ranked in by_kiosk.values()
            for *_, key in sorted(ranked, reverse=True)[MAX_OPEN:]}
