"""What the console says about visitors' messages, in words and in order: pure functions, no Qt.

The due time is the kiosk's (epoch seconds): the countdown compares it with this console's
clock, so the kiosk's and the console's PCs should keep the time (NTP), as any office PC does.
"""
from __future__ import annotations

from collections.abc import Iterable

from kiosk.calls.note import Note
from kiosk.directory.strings import tr
from kiosk.ui.console.rows import clock_text, time_of_day

OVERDUE_SYMBOL = "⚠"


def messages(notes: Iterable[Note]) -> list[Note]:
    """Open messages, the soonest due first (overdue ones first of all)."""
    return sorted((n for n in notes if n.kind == "message" and n.open),
                  key=lambda n: (n.due if n.due is not None else float("inf"), n.at, n.id))


def overdue(note: Note, now: float) -> bool:
    return note.open and note.due is not None and now >= note.due


def recipient(note: Note, lang: str) -> str:
    ko, en = note.recipient
    return (en if lang == "en" else ko) or ko or en or note.staff or note.department


def who_for(note: Note, lang: str) -> str:
    return tr("console.message.for", lang, who=recipient(note, lang))


def visitor(note: Note) -> str:
    """"홍길동 · 010-2345-6789": whom to call back."""
    return " · ".join(v for v in (note.fields.get("name", ""), note.fields.get("phone", "")) if v)


def purpose(note: Note) -> str:
    return note.fields.get("purpose", "")


def callback(note: Note, lang: str) -> str:
    wanted = note.fields.get("callback", "")
    when = (tr("message.callback.asap", lang) if wanted in ("", "asap")
            else tr("message.callback.at", lang, time=wanted))
    return tr("console.message.callback", lang, when=when)


def due_text(note: Note, now: float, lang: str) -> str:
    """"Due 14:05 · 42:10 left", or "⚠ OVERDUE by 03:12" (words, not colour alone)."""
    if note.due is None:
        return ""
    if overdue(note, now):
        return f"{OVERDUE_SYMBOL} " + tr("console.message.overdue", lang,
                                         late=clock_text(now - note.due))
    return tr("console.message.due", lang, time=time_of_day(note.due),
              left=clock_text(note.due - now))


def describe(note: Note, now: float, lang: str) -> str:
    """One row in words, for screen readers and tests."""
    return ", ".join(p for p in (due_text(note, now, lang), who_for(note, lang), purpose(note),
                                 visitor(note), callback(note, lang)) if p)
