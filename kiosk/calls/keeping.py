"""How long a visitor's name and phone number are kept: the one rule that the kiosk's notes
(the desk's copy), the records' copy and the consent the visitor agreed to all follow.

The personal data of a note left at `at` is kept until the retention period
(`messages.retention_days`) ends, or until the answer is due if that is later: a card's 7
working days can be 11 calendar days over a holiday, and staff must still be able to call the
visitor back by then. Never longer than MAX_KEEP, whatever a due time says (a record edited by
hand, a directory closed for months): the consent names the same bound. Done (called back,
answered) or purged, it goes at once; that is the notes' and the records' business.
"""
from __future__ import annotations

import math

DAY = 86400.0
MAX_KEEP = 60 * DAY  # the longest any due time may hold personal data


def kept_for(at: float, due: float | None, retention: float) -> float:
    """Seconds after `at` that the personal data of a note due at `due` is kept at most."""
    if isinstance(due, bool) or not isinstance(due, (int, float)) or not math.isfinite(due):
        return retention  # nothing to answer (anonymous), or a due nobody can believe
    return max(retention, min(due - at, MAX_KEEP))


def keep_until(at: float, due: float | None, retention: float) -> float:
    """Epoch seconds at which the personal data of a note left at `at` must be gone."""
    return at + kept_for(at, due, retention)


def consent_days(now: float, latest_due: float | None, retention: float) -> int:
    """The days the consent promises at `now` ("deleted after N days at the latest", counted
    from when the note is left), for a note left after `now` whose due is at most
    `latest_due` (the due of one left at the latest moment the visitor can still send it).
    Since a due never comes sooner for a later note, due(at) - at <= latest_due - now, so
    keep_until(at, due(at), retention) <= at + days for every such note."""
    return math.ceil(kept_for(now, latest_due, retention) / DAY)
