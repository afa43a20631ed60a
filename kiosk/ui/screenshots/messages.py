"""The message screens in the screenshot tour: an away person's card with its button, the
consent, the form (typed with a sample visitor, and refused with a wrong number), the
confirmation when no desk has it (a message's, and a feedback card's), and the console's list of messages (one due, one overdue)
and of feedback cards (an apology due, an overdue improvement, praise, one without a contact).

The kiosk keeps the sample message in a temporary store, removed afterwards; no broker is
started, so the confirmation is the honest "not delivered yet" one.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.calls.note import Note
from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.directory.store import Store

# Each language and shape: these pictures, in this order.
SHOTS = ("card-away", "message-consent", "message-form-error", "message-form", "message-sent",
         "feedback-sent", "console-messages", "console-cards")
SAMPLE = {"name": "홍길동", "phone": "010-1234-5678"}  # a sample visitor, as forms print it


def _settle() -> None:
    # A screen taller than the window gets its scroll bar a turn later, and is laid out
    # again for the narrower width after that.
    for _ in range(8):
        QApplication.instance().processEvents()


def render_messages(directory, cfg, out_dir: Path, langs, sizes, profile, suffix: str):
    from kiosk.ui.app import build

    away = next((p for p in directory.staff if p.presence in ("away", "leave")), None)
    if away is None:
        return []
    written: list[Path] = []
    out_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="kiosk-shots-"))
    try:
        with Store(folder) as store:
            for shape, (width, height) in sizes.items():
                window = build(directory, cfg)
                window.ctx.messages.attach(KioskNotes(cfg["kiosk.id"], NoteBox(store)))
                window.resize(width, height)
                window.show()
                for lang in langs:
                    window.ctx.session.set_language(lang)
                    window.ctx.session.set_profile(profile)
                    stem = f"{shape}-{lang}-{suffix}"
                    written += _visit(window, away, out_dir, stem)
                    written.append(_console(_messages(directory, away), lang, out_dir,
                                            f"{stem}console-messages"))
                    written.append(_console(_cards(directory, away), lang, out_dir,
                                            f"{stem}console-cards"))
                window.close()
                window.deleteLater()
                _settle()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return written


def _visit(window, away, out_dir: Path, stem: str) -> list[Path]:
    shots = []

    def shot(name: str) -> None:
        _settle()
        path = out_dir / f"{stem}{name}.png"
        window.grab().save(str(path))
        shots.append(path)

    window.navigate(("card", "staff", away.id))
    shot("card-away")
    window.navigate(("message", "staff", away.id))
    page = window.current_page()
    shot("message-consent")
    page._agreed()
    form = page.form
    form.composers["name"].set_text(SAMPLE["name"])
    form.composers["phone"].set_text("010-12ab")
    form._choose_purpose("message.purpose.loan")
    form._choose_callback(form.choices[0][0])
    form.submit()  # refused: the number has letters
    shot("message-form-error")
    form.composers["phone"].set_text(SAMPLE["phone"])
    form.edit("phone")
    shot("message-form")
    form.submit()
    shot("message-sent")
    window.navigate(("feedback",))  # a card, kept with the notes: not delivered either
    card = window.current_page()
    card._choose("yellow")
    card._category("unkind")
    card.go("details")
    card.details.name.set_text(SAMPLE["name"])
    card.details.phone_field.set_text(SAMPLE["phone"])
    card.send()
    shot("feedback-sent")
    window.navigate(("home",))
    return shots


def _who(directory, person) -> tuple[str, str]:
    """The person and their department, in Korean and English, as the kiosk sends it."""
    dept = directory.department(person.department)
    return tuple(f"{person.name.get(x)} · {dept.name.get(x)}" if dept else person.name.get(x)
                 for x in ("ko", "en"))


def _messages(directory, away) -> dict[str, Note]:
    """One message due within the hour, one overdue."""
    now, who = time.time(), _who(directory, away)
    notes = {}
    for minutes_ago, fields in ((20, {"purpose": "대출·반납 문의", "callback": "asap", **SAMPLE}),
                                (75, {"purpose": "Papers and certificates", "callback": "asap",
                                      "name": "Kim Younghee", "phone": "02-3677-0000"})):
        at = now - minutes_ago * 60
        note = Note.new("message", "lobby", away.department, fields, at, 7 * 86400,
                        staff=away.id, due=at + 3600, recipient=who)
        notes[note.id] = note
    return notes


def _cards(directory, away) -> dict[str, Note]:
    """Feedback cards as the kiosk sends them: an apology due, an improvement overdue, praise
    for a person, and a card without a contact."""
    now, day, praised = time.time(), 86400.0, _who(directory, away)
    desk = ("민원실", "Complaints desk")
    notes = {}
    for hours_ago, colour, category, text, contact, due_after, who in (
            (2, "yellow", "unkind", "너무 오래 기다렸어요", SAMPLE["phone"], day, desk),
            (170, "yellow", "improvement", "의자를 더 놓아 주세요", "02-3677-0000", 7 * day, desk),
            (5, "green", "praise", "친절하게 길을 알려 주셨어요", "010-5555-1212", 3 * day,
             praised),
            (1, "yellow", "facilities", "화장실 안내가 잘 안 보여요", "", None, desk)):
        at = now - hours_ago * 3600
        fields = {"colour": colour, "category": category, "text": text,
                  "contact": contact.replace("-", ""), "name": SAMPLE["name"] if contact else ""}
        note = Note.new("feedback", "lobby", away.department, fields, at, 7 * day,
                        staff=away.id if colour == "green" else "",
                        due=None if due_after is None else at + due_after, recipient=who)
        notes[note.id] = note
    return notes


def _console(notes: dict[str, Note], lang: str, out_dir: Path, name: str) -> Path:
    from kiosk.ui.console.call_list import ConsoleContext
    from kiosk.ui.console.messages_panel import MessagesPanel
    from kiosk.ui.console.window import DESK_ZOOM
    from kiosk.ui.theme import NORMAL, Theme

    theme = Theme()
    theme.set_look(DESK_ZOOM, NORMAL)  # the console's own look: the visitor's profile is not its
    ctx = ConsoleContext(theme, lang, time.time())
    panel = MessagesPanel(ctx, adapter=None)
    panel.setStyleSheet(theme.stylesheet())
    panel.resize(700, 220 + 200 * len(notes))  # every row in view
    panel.show_notes(notes, connected=True)
    panel.show()
    _settle()
    path = out_dir / f"{name}.png"
    panel.grab().save(str(path))
    panel.close()
    panel.deleteLater()
    theme.deleteLater()
    return path
