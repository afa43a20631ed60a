"""The message screens in the screenshot tour: an away person's card with its button, the
consent, the form (refused with a wrong number, then typed with a sample visitor) and the
confirmation, as the kiosk's store answers it. The tour (visitor.tour) walks them, so every
check of the tour covers them; the console's lists of messages (one due, one overdue by more
than a day) and of feedback cards (an apology due, an overdue improvement, praise, one
without a contact) are rendered here beside it.

No broker is started: the confirmation is the honest "not delivered yet" one, the message
kept in the kiosk's store (the screenshots give it a temporary one, as the tests do), told as
at a kiosk whose online console serves other departments (the footer's help calls one: the
words wait for the staff who handle it, not for the desk to connect).
"""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.calls.note import Note
from kiosk.directory.accessibility import DEFAULT, Profile
from kiosk.directory.office_time import office_for
from kiosk.directory.strings import tr
from kiosk.feedback.cards import due_time

# Each language and shape: these pictures of the visit, in this order; then the console's.
SHOTS = ("card-away", "message-consent", "message-form-error", "message-form", "message-sent")
CONSOLE_SHOTS = ("console-messages", "console-cards", "console-desk")
SAMPLE = {"name": "홍길동", "phone": "010-1234-5678"}  # a sample visitor, as forms print it


def _settle() -> None:
    # A screen taller than the window gets its scroll bar a turn later, and is laid out
    # again for the narrower width after that.
    for _ in range(8):
        QApplication.instance().processEvents()


def away_person(directory):
    """Someone a visitor may leave a message for: away or on leave."""
    return next((p for p in directory.staff if p.presence in ("away", "leave")), None)


def message_states(window, settle):
    """Puts `window` in each of SHOTS in turn and yields its name while it shows. None when no
    one is away, or when the kiosk keeps no messages (no store attached: its cards offer
    none). `settle()` lets the screen finish its layout."""
    away = away_person(window.ctx.directory)
    if away is None or not window.ctx.messages.available:
        return

    def shot(name: str) -> str:
        assert name in SHOTS, name
        settle()
        _settle()  # the form, taller than the window magnified, scrolls a turn later
        return name

    window.navigate(("card", "staff", away.id))
    yield shot("card-away")
    window.navigate(("message", "staff", away.id))
    page = window.current_page()
    yield shot("message-consent")
    page._agreed()
    form = page.form
    form.composers["name"].set_text(SAMPLE["name"])
    form.composers["phone"].set_text("010-12ab")
    form._choose_purpose("message.purpose.loan")
    form._choose_callback(form.choices[0][0])
    form.submit()  # refused: the number has letters
    yield shot("message-form-error")
    form.composers["phone"].set_text(SAMPLE["phone"])
    form.edit("phone")
    yield shot("message-form")
    form.submit()
    yield shot("message-sent")
    window.navigate(("home",))
    settle()  # going home ended the visit: the question shows, and the tour closes it
    window.visit_end.close()


def render_console(directory, out_dir: Path, langs, sizes, suffix: str,
                   profile: Profile = DEFAULT) -> list[Path]:
    """The console's panel of messages and of feedback cards, and the whole console, at the
    tour's text size and contrast on the desk's own scale (screenshots/console.py), in each
    language (named beside each shape's pictures of the kiosk, as the console is looked at
    with them)."""
    from kiosk.ui.screenshots.console import desk_theme, render_desk

    away = away_person(directory)
    if away is None:
        return []
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in langs:
        for shape in sizes:
            stem = f"{shape}-{lang}-{suffix}"
            for notes, name in ((_messages(directory, away), "console-messages"),
                                (_cards(directory, away), "console-cards")):
                written.append(_console(notes, lang, desk_theme(profile),
                                        out_dir / f"{stem}{name}.png"))
            written.append(render_desk(directory, _messages(directory, away), lang,
                                       desk_theme(profile), shape,
                                       out_dir / f"{stem}console-desk.png"))
    return written


def _who(directory, person) -> tuple[str, str]:
    """The person and their department, in Korean and English, as the kiosk sends it."""
    dept = directory.department(person.department)
    return tuple(f"{person.name.get(x)} · {dept.name.get(x)}" if dept else person.name.get(x)
                 for x in ("ko", "en"))


def _messages(directory, away) -> dict[str, Note]:
    """One message due within the hour, one overdue by more than a day ("1 day 5 h")."""
    now, who = time.time(), _who(directory, away)
    notes = {}
    for minutes_ago, fields in ((20, {"purpose": tr("message.purpose.loan", "ko"),
                                       "callback": "asap", **SAMPLE}),
                                (30 * 60, {"purpose": tr("message.purpose.document", "en"),
                                           "callback": "asap", "name": "Kim Younghee",
                                           "phone": "02-3677-0000"})):
        at = now - minutes_ago * 60
        note = Note.new("message", "lobby", away.department, fields, at, 7 * 86400,
                        staff=away.id, due=at + 3600, recipient=who)
        notes[note.id] = note
    return notes


def _cards(directory, away) -> dict[str, Note]:
    """Feedback cards as the kiosk sends them, due in working days of the office that answers:
    an apology due, an improvement overdue, praise for a person, and a card without a
    contact."""
    now, day, praised = time.time(), 86400.0, _who(directory, away)
    office = office_for(directory, away.department)
    desk = ("민원실", "Complaints desk")
    notes = {}
    for hours_ago, colour, category, text, contact, who in (
            (2, "yellow", "unkind", "너무 오래 기다렸어요", SAMPLE["phone"], desk),
            (400, "yellow", "improvement", "의자를 더 놓아 주세요", "02-3677-0000", desk),
            (5, "green", "praise", "친절하게 길을 알려 주셨어요", "010-5555-1212", praised),
            (1, "yellow", "facilities", "화장실 안내가 잘 안 보여요", "", desk)):
        at = now - hours_ago * 3600
        fields = {"colour": colour, "category": category, "text": text,
                  "contact": contact.replace("-", ""), "name": SAMPLE["name"] if contact else ""}
        note = Note.new("feedback", "lobby", away.department, fields, at, 30 * day,
                        staff=away.id if colour == "green" else "",
                        due=due_time(colour, category, at, bool(contact), office),
                        recipient=who)
        notes[note.id] = note
    return notes


def messages_panel(notes: dict[str, Note], lang: str, theme):
    """The console's panel of `notes` as the tour pictures it, every row in view, the kiosks
    named by their places (screenshots/console.PLACES)."""
    from kiosk.ui.console.call_list import ConsoleContext
    from kiosk.ui.console.messages_panel import MessagesPanel
    from kiosk.ui.console.window_layout import stylesheet
    from kiosk.ui.screenshots.console import PLACES

    ctx = ConsoleContext(theme, lang, time.time(), places=dict(PLACES))
    panel = MessagesPanel(ctx, adapter=None)
    panel.setObjectName("SidePanels")  # the console's own ground under it
    panel.setAttribute(Qt.WA_StyledBackground, True)
    panel.setStyleSheet(stylesheet(theme))
    panel.resize(theme.px(875), theme.px(275 + 250 * len(notes)))  # every row in view
    panel.show_notes(notes, connected=True)
    panel.show()
    _settle()
    return panel


def _console(notes: dict[str, Note], lang: str, theme, path: Path) -> Path:
    panel = messages_panel(notes, lang, theme)
    panel.grab().save(str(path))
    panel.close()
    panel.deleteLater()
    theme.deleteLater()
    return path
