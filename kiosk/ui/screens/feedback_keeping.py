"""Where a green or yellow card goes once written, and how long a name given with it is kept.

The card screen (feedback.py) leads the visitor through the steps; what it does with the card
at the end is here: sent to its department's consoles as a note the kiosk keeps until it is
answered (feedback/routing.py, feedback/cards.py), or, while the kiosk's notes are not open,
kept in the records alone. The consent step asks for the same department's office hours, so
the days it promises follow the rule the notes and records keep a name by (calls/keeping.py).
"""
from __future__ import annotations

import time

from kiosk.calls.keeping import DAY, consent_days
from kiosk.directory.office_time import office_for
from kiosk.feedback.cards import Card, due_time
from kiosk.feedback.routing import destination


def consent_days_for(ctx, colour: str, category: str, staff: str | None) -> int:
    """The days the consent says a name and phone are kept: the retention period, or until
    the answer is due if that is later (7 working days can be 11 calendar days)."""
    department, _recipient = destination(ctx.directory, colour, staff)
    now = time.time()
    # the due of a card sent within the hour (the idle reset comes long before), so the days
    # said are never fewer than the data is kept
    due = due_time(colour, category, now + 3600, True, office_for(ctx.directory, department))
    return consent_days(now, due, ctx.retention_days * DAY)


def keep_card(ctx, card: Card) -> tuple[str | None, float]:
    """The card kept: (its note's id, or None when only recorded; when its answer is due)."""
    department, recipient = destination(ctx.directory, card.colour, card.staff)
    office = office_for(ctx.directory, department)  # the office that answers
    if ctx.messages.available:  # to the department's consoles, kept until answered
        note = ctx.messages.send_card(department, card.staff or "", card.fields(),
                                      lambda at: card.due(at, office), recipient)
        return note.id, note.due
    # The kiosk's notes are not open (not yet, or their store failed): records only.
    record = card.record(ctx.kiosk.id if ctx.kiosk else "", time.time(), office=office)
    ctx.keep_record("feedback", record)
    return None, record["due"]
