"""The card's last step: what really became of it, told like a message's (message_page.py).

"The desk has your card", and the date of its answer, only once a console's receipt is in the
kiosk's record; "sent, waiting for the desk" while a console is online but has not confirmed,
the date said as what follows its confirmation; "kept on this kiosk, not delivered yet" when no
console can get it now (no broker, or none of its department online): sent when one can, the
date said as counted from now but no call possible before the desk has it, and the desk's
phone as what works now. While the footer's help would reach a console (one of other
departments), it says the card waits for the staff who handle it, never for the desk to
connect (MessageService.delivery, HELD). A card kept while the kiosk's notes were not open
(their store failed at start) stays in the records only, and the step says the staff collect
it there, the date and the phone told as for a card kept here. It changes as the consoles answer
(MessageService.changed) and says the change aloud.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.directory.charter_text import date_text
from kiosk.ui.services.message_service import HELD
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.text_fit import breakable

# state -> (title key, body key, the answer's date key, the desk's phone as what works now);
# RECORDED: kept in the records only, never sent.
RECORDED = "recorded"
STATES = {"received": ("feedback.delivery.received", "", "feedback.sent.due", False),
          "done": ("feedback.delivery.received", "", "feedback.sent.due", False),
          "waiting": ("feedback.delivery.waiting", "feedback.delivery.waiting.body",
                      "feedback.waiting.due", False),
          "stored": ("feedback.delivery.stored", "feedback.queued.body", "feedback.queued.due",
                     True),
          HELD: ("feedback.delivery.stored", "feedback.held.body", "feedback.queued.due", True),
          RECORDED: ("feedback.sent.title", "feedback.sent.stored", "feedback.queued.due",
                     True)}
WARNED = ("waiting", "stored", HELD)  # not (yet) with the desk: the title says so with a sign


class CardDone(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.note_id: str | None = None
        self.due: float | None = None
        self.state = ""  # "" (nothing sent), "failed", RECORDED or a delivery state
        self.title = label(role="title")
        self.title.setObjectName("CardDoneTitle")
        self.text = label(role="fact")
        self.text.setObjectName("CardDoneText")
        self.finish = button(role="primary", name="CardDone")
        self.finish.clicked.connect(lambda: ctx.navigate(("home",)))
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.text, self.finish):
            self.box.addWidget(widget)
        self.box.addStretch(1)
        ctx.messages.changed.connect(self.refresh)
        ctx.session.profile_changed.connect(self._place_finish)
        self._place_finish()

    def _place_finish(self, *_profile) -> None:
        """Lowered, the way back comes right under the title, within reach unscrolled: the
        words of a card not yet with the desk are long enough, at 200 %, to push it under
        the reach band."""
        at = 1 if self.ctx.session.profile.low_position else 2
        if self.box.indexOf(self.finish) != at:
            self.box.removeWidget(self.finish)
            self.box.insertWidget(at, self.finish)

    def clear(self) -> None:
        self.note_id, self.due, self.state = None, None, ""
        self.title.setText("")
        self.text.setText("")

    def sent(self, note_id: str | None, due: float | None) -> None:
        """Kept: as a note sent to the consoles (`note_id`), or in the records only (None)."""
        self.note_id, self.due = note_id, due
        self.state = RECORDED if note_id is None else self.ctx.messages.delivery(
            note_id, self.ctx.calls.can_call)
        self.retranslate()

    def failed(self) -> None:
        self.note_id, self.due, self.state = None, None, "failed"
        self.retranslate()

    def refresh(self) -> None:
        """The consoles' word may have changed what the visitor can be told."""
        if self.note_id is None:
            return
        state = self.ctx.messages.delivery(self.note_id, self.ctx.calls.can_call)
        if state == self.state:
            return
        self.state = state
        self.retranslate()
        if self.isVisible() and self.ctx.voice is not None:
            self.ctx.voice.say(f"{self.title.text()}. {self.text.text()}")

    def retranslate(self) -> None:
        # The desk's number may break after its "~": at 200 % in portrait, "안내데스크(02-…)에"
        # is one word wider than the screen, and pushed the page sideways.
        s, phone = self.ctx.session, breakable(self.ctx.desk_phone)
        self.finish.setText(s.tr("feedback.done"))
        if self.state == "failed":
            self.title.setText(s.tr("feedback.failed.title"))
            self.text.setText(s.tr("feedback.failed.body", phone=phone))
            return
        if self.state not in STATES:
            return
        title, body, due, now = STATES[self.state]
        answer = (s.tr("feedback.sent.anonymous") if self.due is None else
                  s.tr(due, date=date_text(dt.date.fromtimestamp(self.due), s.language)))
        self.title.setText(("⚠ " if self.state in WARNED else "") + s.tr(title))
        self.text.setText(" ".join(t for t in (s.tr(body, phone=phone) if body else "", answer,
                                               s.tr("feedback.queued.now", phone=phone)
                                               if now else "") if t))
