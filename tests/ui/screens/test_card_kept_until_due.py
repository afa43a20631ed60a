"""A card's contact is kept until its answer is due when that is later than the retention
period (7 working days can be 11 calendar days), and the consent says so in days."""
from __future__ import annotations

import datetime as dt

from helpers import tap
from test_feedback_cards import open_cards

from kiosk.calls.note import Note

DAY = 86400.0


def test_the_contact_outlives_retention_until_the_answer_is_due():
    at = dt.datetime(2026, 12, 23, 10, 0).timestamp()
    due = dt.datetime(2027, 1, 4, 10, 0).timestamp()  # 7 working days over Christmas
    fields = {"colour": "yellow", "category": "improvement", "text": "", "contact": "0101234567",
              "name": ""}
    card = Note.new("feedback", "lobby", "ga-admin", fields, at, 7 * DAY, due=due)
    assert card.keep_until == due
    near = Note.new("feedback", "lobby", "ga-admin", fields, at, 7 * DAY, due=at + DAY)
    assert near.keep_until == at + 7 * DAY  # the retention period, as before


def test_the_consent_names_the_longer_period(qtbot, window):
    page = open_cards(qtbot, window)
    tap(qtbot, page.yellow)
    tap(qtbot, page.categories["improvement"])
    tap(qtbot, page.text_step.next)
    tap(qtbot, page.with_contact)
    days = page.consent.days
    assert days is not None and days >= 7  # 7 working days: at least 7 calendar days
    shown = max(window.ctx.retention_days, days)
    assert f"늦어도 {shown}일 뒤에는" in page.consent.body.text()
