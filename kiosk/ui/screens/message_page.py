"""Leave a message for absent staff: consent first (Personal Information Protection Act, art.
15: purpose, items, how long kept, the right to refuse and what refusing means), then the form,
then a confirmation that says only what the kiosk knows: a console's receipt, or that the
message is only kept on the kiosk, with the desk's number.

Nothing personal stays on screen: the form is cleared when the message is sent, when the
visitor goes back or elsewhere (the page is hidden), and at the idle reset.
"""
from __future__ import annotations

import logging
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.calls import note_form
from kiosk.directory.office_time import due_words, office_for
from kiosk.ui.screens.message_form import MessageForm
from kiosk.ui.services.message_service import HELD
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.fill_scroll import FillScroll, enclosing_scroll
from kiosk.ui.widgets.scroll_strip import more_below
from kiosk.ui.widgets.step_stack import StepStack
from kiosk.ui.widgets.text_fit import breakable

log = logging.getLogger(__name__)
CONSENT = (("message.consent.purpose.h", "message.consent.purpose"),
           ("message.consent.items.h", "message.consent.items"),
           ("message.consent.keep.h", "message.consent.keep"),
           ("message.consent.refuse.h", "message.consent.refuse"))
SENT = {"received": ("message.sent.received", "message.sent.received.body"),
        "done": ("message.sent.received", "message.sent.received.body"),
        "waiting": ("message.sent.waiting", "message.sent.waiting.body"),
        "stored": ("message.sent.stored", "message.sent.stored.body"),
        HELD: ("message.sent.stored", "message.sent.held.body")}


class MessagePage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.table, self.item = "", None
        self.note_id: str | None = None
        self.clock = time.time  # when the form opens: the call-back times it may offer
        self.steps = StepStack()  # as tall as the step on view, not the tallest
        self.consent = QWidget(objectName="MessageConsent")
        self.form = MessageForm(ctx)
        self.done = QWidget(objectName="MessageDone")
        for step in (self.consent, self.form, self.done):
            self.steps.addWidget(step)
        self._build_consent()
        self._build_done()
        self.form.submitted.connect(self._send)
        self.form.cancelled.connect(self._leave)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.steps)
        ctx.session.reset_requested.connect(self.reset)
        ctx.messages.changed.connect(self._show_done)
        ctx.theme.changed.connect(self.relayout)
        self.relayout()

    def _build_consent(self) -> None:
        # The words scroll where the screen is short (magnified, lowered); the answers stay
        # in view under them.
        outer = QVBoxLayout(self.consent)
        self.consent_outer = outer
        words = QWidget()
        box = QVBoxLayout(words)
        box.setContentsMargins(0, 0, 0, 0)
        self.consent_box = box
        self.consent_title = label(role="title")
        self.consent_for = label(role="fact")
        box.addWidget(self.consent_title)
        box.addWidget(self.consent_for)
        self.consent_texts = []
        for heading, text in CONSENT:
            h, t = label(role="heading"), label(role="fact")
            box.addWidget(h)
            box.addWidget(t)
            self.consent_texts.append((heading, h, text, t))
        self.agree = button(role="primary", name="ConsentAgree")
        self.agree.clicked.connect(self._agreed)
        self.decline = button(name="ConsentDecline")
        self.decline.clicked.connect(self._leave)
        self.consent_buttons = QBoxLayout(QBoxLayout.LeftToRight)
        self.consent_buttons.addWidget(self.decline, 1)
        self.consent_buttons.addWidget(self.agree, 1)
        box.addStretch(1)
        area = FillScroll(words, "MessageConsentWords")
        more_below(area, self.ctx)
        outer.addWidget(area, 1)
        outer.addLayout(self.consent_buttons)

    def _build_done(self) -> None:
        # As the consent: the words scroll where the screen is short, Done stays in view.
        self.done_outer = QVBoxLayout(self.done)
        words = QWidget()
        box = QVBoxLayout(words)
        box.setContentsMargins(0, 0, 0, 0)
        self.done_box = box
        self.done_title = label(role="title")
        self.done_title.setObjectName("MessageDoneTitle")
        self.done_text = label(role="fact")
        self.done_text.setObjectName("MessageDoneText")
        self.done_cleared = label(role="muted")
        self.finish = button(role="primary", name="MessageFinish")
        self.finish.clicked.connect(lambda: self.ctx.navigate(("home",)))
        for widget in (self.done_title, self.done_text, self.done_cleared):
            box.addWidget(widget)
        box.addStretch(1)
        area = FillScroll(words, "MessageDoneWords")
        more_below(area, self.ctx)
        self.done_outer.addWidget(area, 1)
        self.done_outer.addWidget(self.finish)

    # -- the page ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.ctx.session.tr("message.title")

    def open(self, table: str, item_id: str) -> None:
        """A message for the person (staff) or department (departments) of a card."""
        self.table, self.item = table, self.ctx.directory.get(table, item_id)
        self.reset()

    def reset(self) -> None:
        """Back to the consent screen with nothing typed (a new visitor, or leaving)."""
        self.note_id = None
        self.form.clear()
        self._step(self.consent)
        self.retranslate()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.reset()  # left by Back, Home, Help's way home or the idle reset: forget it

    def _leave(self) -> None:
        """Refused, or cancelled: back to the card, nothing kept."""
        self.form.clear()
        self.ctx.navigate(("card", self.table, self.item.id) if self.item is not None
                          else ("home",))

    def _agreed(self) -> None:
        self.form.start(note_form.callback_choices(self.clock(), self._office()))
        self._step(self.form)
        # The form takes the typing, as the search screen does: a keyboard's digits then go
        # into the phone number instead of acting as the keypad's (0 would go home).
        self.form.setFocus()
        self.ctx.voice.say(self.ctx.session.tr("message.field.name"))

    def _step(self, step: QWidget) -> None:
        """Show `step` from its top (the stack is as tall as the step shown: a short
        confirmation under the long form's height was blank below the fold), and a magnified
        screen scrolled down one step does not carry that to the next."""
        self.steps.setCurrentWidget(step)
        scroller = enclosing_scroll(self)
        if scroller is not None:
            scroller.verticalScrollBar().setValue(0)

    def _recipient(self) -> tuple[str, str]:
        """(department id, staff id or "")."""
        if self.table == "staff":
            return self.item.department, self.item.id
        return self.item.id, ""

    def _office(self):
        """The hours the charter's clock runs in for this recipient."""
        department, staff = self._recipient() if self.item is not None else ("", "")
        return office_for(self.ctx.directory, department, staff)

    def _send(self, fields: dict, preferred) -> None:
        department, staff = self._recipient()
        try:
            note = self.ctx.messages.send_message(department, staff, fields, preferred,
                                                  (self._who("ko"), self._who("en")),
                                                  self._office())
        except Exception:  # the store could not keep it: say so, keep nothing on screen
            log.exception("a visitor's message could not be kept")
            self.form.clear()
            self.note_id = None
            self._show_failure()
            return
        self.form.clear()  # sent: the name and number leave the screen at once
        self.note_id = note.id
        self._step(self.done)
        self._show_done()

    # -- words ------------------------------------------------------------------------------
    def _phone(self) -> str:
        """The desk's number, which may break after its "~": at 200 % in portrait,
        "안내데스크(02-…)에" is one word wider than the screen, and pushed the page sideways."""
        return breakable(self.ctx.desk_phone)

    def _who(self, lang: str = "") -> str:
        lang = lang or self.ctx.session.language
        if self.item is None:
            return ""
        name = self.item.name.get(lang)
        if self.table == "staff":
            dept = self.ctx.directory.department(self.item.department)
            return f"{name} · {dept.name.get(lang)}" if dept is not None else name
        return name

    def _show_failure(self) -> None:
        s = self.ctx.session
        self._step(self.done)
        self.done_title.setText("⚠ " + s.tr("message.sent.stored"))
        self.done_text.setText(s.tr("message.error.not_kept", phone=self._phone()))
        self.done_cleared.setText(s.tr("message.sent.cleared"))

    def _show_done(self) -> None:
        if self.note_id is None or self.steps.currentWidget() is not self.done:
            return
        s = self.ctx.session
        state = self.ctx.messages.delivery(self.note_id, self.ctx.calls.can_call)
        title, body = SENT.get(state, SENT["stored"])
        note = self.ctx.messages.note(self.note_id)
        due = due_words(note.due, note.at, s.language) if note and note.due else ""
        before = self.done_title.text()
        self.done_title.setText(("" if state in ("received", "done") else "⚠ ") + s.tr(title))
        self.done_text.setText(s.tr(body, due=due, phone=self._phone()) if state in (
            "received", "done") else s.tr(body, phone=self._phone()))
        self.done_cleared.setText(s.tr("message.sent.cleared"))
        if self.isVisible() and self.done_title.text() != before:
            self.ctx.voice.say(f"{self.done_title.text()}. {self.done_text.text()}")

    def retranslate(self) -> None:
        s = self.ctx.session
        self.consent_title.setText(s.tr("message.consent.title"))
        self.consent_for.setText(s.tr("message.for", who=self._who()))
        days = note_form.consent_days_for_message(self.clock(), self.ctx.messages.retention_days,
                                                  self._office())
        for heading, h, text, t in self.consent_texts:
            h.setText(s.tr(heading))
            t.setText(s.tr(text, days=days, phone=self._phone()))
        self.agree.setText(s.tr("message.consent.agree"))
        self.decline.setText(s.tr("message.consent.decline"))
        self.finish.setText(s.tr("message.finish"))
        self.form.retranslate()
        self._show_done()

    def relayout(self) -> None:
        theme = self.ctx.theme
        px = theme.px
        stacked = theme.portrait or theme.zoom > 1.0
        self.consent_buttons.setDirection(QBoxLayout.TopToBottom if stacked
                                          else QBoxLayout.LeftToRight)
        touch = theme.touch
        for box in (self.consent_outer, self.done_outer):
            box.setContentsMargins(touch(48), touch(24), touch(48), touch(24))
        for box in (self.consent_box, self.done_box, self.consent_outer, self.done_outer):
            box.setSpacing(px(12))
        self.consent_buttons.setSpacing(px(16))
        for b in (self.agree, self.decline, self.finish):
            b.setMinimumHeight(px(96))
        self.consent_title.setAlignment(Qt.AlignLeft)
