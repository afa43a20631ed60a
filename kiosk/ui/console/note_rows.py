"""What the console says about visitors' messages and feedback cards, in words and in order:
pure functions, no Qt.

A card says its colour in words ("칭찬 카드", "불편·제안 카드: 불친절"), its words, the contact
when one was given, and the charter's clock (an apology call within 1 working day for unkind
service, the result within 7 for an improvement, an answer within 3 otherwise: the kiosk's
"due", counted in the answering office's working days); an anonymous card says it cannot be
answered, and has no clock.

The due time is the kiosk's (epoch seconds): the countdown compares it with this console's
clock, so the kiosk's and the console's PCs should keep the time (NTP), as any office PC does.
A countdown helps only while the due time is near (COUNTDOWN_WITHIN): "1 day 13 h left" for a
message due after a weekend tells the attendant less than the moment, so further off the row
says the moment itself ("Due by Mon 10:00", moments.py). Overdue always counts, in words
("5 days 16 h").
"""
from __future__ import annotations

from collections.abc import Iterable

from kiosk.calls.note import Note
from kiosk.calls.note_form import chosen_purpose
from kiosk.directory.strings import tr
from kiosk.ui.console.durations import duration_text
from kiosk.ui.console.moments import moment_text
from kiosk.ui.console.rows import Places, kiosk_label

OVERDUE_SYMBOL = "⚠"
COUNTDOWN_WITHIN = 2 * 3600.0  # seconds: nearer than this, a row counts down
CATEGORIES = ("unkind", "facilities", "collection", "improvement", "other")  # feedback/cards.py
PROMISES = {"unkind": "console.card.promise.unkind",
            "improvement": "console.card.promise.improvement"}


def messages(notes: Iterable[Note]) -> list[Note]:
    """Open messages and cards, the soonest due first (overdue ones first of all), cards
    that cannot be answered last."""
    return sorted((n for n in notes if n.kind in ("message", "feedback") and n.open),
                  key=lambda n: (n.due if n.due is not None else float("inf"), n.at, n.id))


def is_card(note: Note) -> bool:
    return note.kind == "feedback"


def colour(note: Note) -> str:
    """"green" or "yellow" (anything else a kiosk may send is shown as yellow)."""
    return "green" if note.fields.get("colour") == "green" else "yellow"


def category(note: Note) -> str:
    value = note.fields.get("category", "")
    return value if value in CATEGORIES else "other"


def card_name(note: Note, lang: str) -> str:
    """The card's colour in words: "Green card: praise", "Yellow card: unkind service"."""
    if colour(note) == "green":
        return tr("console.card.green", lang)
    return tr("console.card.yellow", lang,
              category=tr(f"console.card.{category(note)}", lang))


def answerable(note: Note) -> bool:
    """A card with a contact (a message always has its phone number)."""
    return not is_card(note) or bool(note.fields.get("contact"))


def action(note: Note | None, lang: str) -> str:
    """What the console's button says for the note: "Called back", "Answered", or "Read" for
    a card without a contact (read, nobody to answer)."""
    if note is None or not is_card(note):
        return tr("console.message.called_back", lang)
    return tr("console.card.answered" if answerable(note) else "console.card.read", lang)


def overdue(note: Note, now: float) -> bool:
    return note.open and note.due is not None and now >= note.due


def recipient(note: Note, lang: str) -> str:
    ko, en = note.recipient
    return (en if lang == "en" else ko) or ko or en or note.staff or note.department


def who_for(note: Note, lang: str) -> str:
    if is_card(note):
        who = recipient(note, lang)
        name = card_name(note, lang)
        return tr("console.card.for", lang, card=name, who=who) if who != "-" else name
    return tr("console.message.for", lang, who=recipient(note, lang))


def visitor(note: Note) -> str:
    """"홍길동 · 010-2345-6789": whom to call back (a card's contact, when it has one)."""
    phone = (readable_phone(note.fields.get("contact", "")) if is_card(note)
             else note.fields.get("phone", ""))
    return " · ".join(v for v in (note.fields.get("name", ""), phone) if v)


def readable_phone(digits: str) -> str:
    """A card's contact (its digits, feedback/cards.py) as it is dialled: 010-1234-5678,
    02-3677-0000; anything else as it came."""
    if not digits.isascii() or not digits.isdigit() or not 9 <= len(digits) <= 11:
        return digits
    head = 2 if digits.startswith("02") else 3
    return f"{digits[:head]}-{digits[head:-4]}-{digits[-4:]}"


def purpose(note: Note, lang: str = "ko") -> str:
    """A message's purpose, in the console's language when the visitor chose it in one tap
    (as typed otherwise); a card's words."""
    if is_card(note):
        return note.fields.get("text", "") or tr("console.card.no_text", lang)
    words = note.fields.get("purpose", "")
    key = chosen_purpose(words)
    return tr(key, lang) if key else words


def callback(note: Note, now: float, lang: str, places: Places | None = None) -> str:
    """A message's callback time; where (the kiosk by its place's name) and when a card was
    left (moments.py)."""
    if is_card(note):
        return tr("console.card.left", lang, kiosk=kiosk_label(note.kiosk, places or {}, lang),
                  time=moment_text(note.at, now, lang))
    wanted = note.fields.get("callback", "")
    when = (tr("message.callback.asap", lang) if wanted in ("", "asap")
            else tr("message.callback.at", lang, time=wanted))
    return tr("console.message.callback", lang, when=when)


def due_text(note: Note, now: float, lang: str) -> str:
    """"Due 14:05 · 42:10 left" when near, "Due by Mon 10:00" further off, or "⚠ OVERDUE by
    5 days 16 h" (words, not colour alone; durations.py); a card says its promise ("Apology call by Tue 10:31")
    or that it cannot be answered."""
    if is_card(note):
        return _card_clock(note, now, lang)
    if note.due is None:
        return ""
    if overdue(note, now):
        return f"{OVERDUE_SYMBOL} " + tr("console.message.overdue", lang,
                                         late=duration_text(now - note.due, lang))
    if note.due - now > COUNTDOWN_WITHIN:
        return tr("console.message.due_at", lang, time=moment_text(note.due, now, lang))
    return tr("console.message.due", lang, time=moment_text(note.due, now, lang),
              left=duration_text(note.due - now, lang))


def _card_clock(note: Note, now: float, lang: str) -> str:
    if note.due is None or not answerable(note):
        return tr("console.card.anonymous", lang)
    promise = tr(PROMISES.get(category(note), "console.card.promise.answer"), lang)
    if overdue(note, now):
        return f"{OVERDUE_SYMBOL} " + tr("console.card.overdue", lang, promise=promise,
                                         late=duration_text(now - note.due, lang))
    when = moment_text(note.due, now, lang)
    if note.due - now > COUNTDOWN_WITHIN:
        return tr("console.card.due_at", lang, promise=promise, time=when)
    return tr("console.card.due", lang, promise=promise, date=when,
              left=duration_text(note.due - now, lang))


def describe(note: Note, now: float, lang: str, places: Places | None = None) -> str:
    """One row in words, for screen readers and tests."""
    return ", ".join(p for p in (due_text(note, now, lang), who_for(note, lang),
                                 purpose(note, lang), visitor(note),
                                 callback(note, now, lang, places)) if p)
