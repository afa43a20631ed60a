"""The message form: name, phone number and purpose typed on the kiosk's own keyboard, the
purpose also in one tap, the time to be called back in one tap. The values are checked by
calls/note_form.py; `clear()` forgets everything typed (after sending, Back, the idle reset).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QVBoxLayout, QWidget

from kiosk.calls import note_form
from kiosk.calls.note_form import FormError
from kiosk.search.hangul_input import HangulComposer
from kiosk.ui.screens.message_form_layout import arrange, arrange_choices
from kiosk.ui.widgets.basic import Tile, button, label
from kiosk.ui.widgets.layout_parts import clear_layout
from kiosk.ui.widgets.fill_scroll import FillScroll
from kiosk.ui.widgets.keyboard import TouchKeyboard
from kiosk.ui.widgets.scroll_strip import more_below

FIELDS = (("name", "message.field.name", note_form.NAME_MAX),
          ("phone", "message.field.phone", 20),
          ("purpose", "message.field.purpose", note_form.PURPOSE_MAX))
CHECKS = {"name": note_form.check_name, "phone": note_form.check_phone,
          "purpose": note_form.check_purpose}


class MessageForm(QWidget):
    submitted = Signal(dict, object)  # the checked fields, the preferred time (None: asap)
    cancelled = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setProperty("takes_text", True)  # the keypad's digits type here (the phone)
        self.composers = {name: HangulComposer() for name, _k, _n in FIELDS}
        self.active = "name"
        self.choices: list[tuple[str, float | None]] = []
        self.callback: str = ""
        self.problem_field: str | None = None  # the field the problem shown is about
        self.boxes = {}
        for name, _key, _limit in FIELDS:
            box = Tile(role="rowtile", name=f"MessageField-{name}")
            box.clicked.connect(lambda _=False, n=name: self.edit(n))
            self.boxes[name] = box
        self.purpose_buttons = []
        for key in note_form.PURPOSES:
            b = button(role="row", name=f"Purpose-{key.rsplit('.', 1)[1]}")
            b.clicked.connect(lambda _=False, k=key: self._choose_purpose(k))
            self.purpose_buttons.append((key, b))
        self.callback_title = label(role="heading")
        self.callback_buttons: list = []
        self.error = label(role="heading")
        self.error.setObjectName("MessageError")
        self.send_button = button(role="primary", name="MessageSend")
        self.send_button.clicked.connect(self.submit)
        self.cancel_button = button(name="MessageCancel")
        self.cancel_button.clicked.connect(self.cancelled)
        self.keyboard = TouchKeyboard(ctx)
        self.keyboard.offer(("ko", "en", "digits"))  # no initials: a name is written whole
        self.keyboard.key_pressed.connect(self.type_key)
        self.keyboard.backspace_pressed.connect(self.backspace)
        self.keyboard.clear_pressed.connect(self.clear_field)

        # The fields with what is wrong under them, the one-tap choices and Cancel scroll in
        # the room the keys and Send leave (beside them in landscape, above them in portrait):
        # the field being typed (scrolled to), the keys and Send show together at every text
        # size, lowered too; the page itself does not scroll.
        form = QWidget()
        self.form_box = QVBoxLayout(form)
        self.form_box.setContentsMargins(0, 0, 0, 0)
        for name, _key, _limit in FIELDS:
            self.form_box.addWidget(self.boxes[name])
        self.purpose_grid = QGridLayout()
        self.callback_grid = QGridLayout()
        self.form_box.addWidget(self.error)
        self.form_box.addLayout(self.purpose_grid)
        self.form_box.addWidget(self.callback_title)
        self.form_box.addLayout(self.callback_grid)
        self.form_box.addWidget(self.cancel_button)
        self.form_box.addStretch(1)
        self.scroll = FillScroll(form, "MessageFormScroll")
        more_below(self.scroll, ctx)
        self.columns = (QVBoxLayout(), QVBoxLayout())
        self.body = QBoxLayout(QBoxLayout.LeftToRight, self)
        self.body.addLayout(self.columns[0], 5)
        self.body.addLayout(self.columns[1], 6)
        ctx.theme.changed.connect(self.relayout)
        self.relayout()

    # -- the values -------------------------------------------------------------------------
    def start(self, choices: list[tuple[str, float | None]]) -> None:
        """A new form: nothing typed, these callback times offered, the keys in the visitor's
        language (an English visitor's name is not typed on 한글 keys)."""
        self.clear()
        self.keyboard.set_mode(self.ctx.session.language)
        self.choices = choices
        clear_layout(self.callback_grid)
        self.callback_buttons = []
        for i, (text, _at) in enumerate(choices):
            b = button(role="row", name=f"Callback-{i}")
            b.clicked.connect(lambda _=False, t=text: self._choose_callback(t))
            self.callback_buttons.append((text, b))
        self._arrange()
        self.retranslate()

    def clear(self) -> None:
        """Forget everything typed and chosen."""
        for composer in self.composers.values():
            composer.clear()
        self.callback = ""
        self._no_problem()
        self.edit("name")

    def values(self) -> dict[str, str]:
        return {name: c.text for name, c in self.composers.items()}

    def submit(self) -> None:
        """Check every value; the first problem is shown (and its field opened), else sent."""
        typed = self.values()
        try:
            fields = {"name": note_form.check_name(typed["name"])}
        except FormError as exc:
            return self._problem(exc, "name")
        try:
            fields["phone"] = note_form.check_phone(typed["phone"])
        except FormError as exc:
            return self._problem(exc, "phone")
        try:
            fields["purpose"] = note_form.check_purpose(typed["purpose"])
        except FormError as exc:
            return self._problem(exc, "purpose")
        try:
            callback, preferred = note_form.check_callback(self.callback, self.choices)
        except FormError as exc:
            return self._problem(exc, None)
        fields["callback"] = callback
        self.submitted.emit(fields, preferred)

    def _problem(self, exc: FormError, field: str | None) -> None:
        self.problem_field = field
        self.error.setText("⚠ " + self.ctx.session.tr(exc.key))
        self.error.setVisible(True)
        # Right under the field it is about (the call-back times: over them).
        anchor = self.boxes[field] if field is not None else self.callback_title
        self.form_box.removeWidget(self.error)
        self.form_box.insertWidget(self.form_box.indexOf(anchor) + (field is not None),
                                   self.error)
        if field is not None:
            self.edit(field)
        self._keep_in_view()  # the words of the problem too
        self.ctx.voice.say(self.error.text())

    def _no_problem(self) -> None:
        field, self.problem_field = self.problem_field, None
        self.error.setText("")
        self.error.setVisible(False)
        if field is not None:
            self._show(field)  # its "typing here" back

    def _fixed(self, field: str | None) -> None:
        """The problem shown goes once `field`, the one it is about, is right: a warning
        over a number now valid would tell the visitor something false."""
        if not self.error.isVisibleTo(self) or field != self.problem_field:
            return
        try:
            if field is None:
                note_form.check_callback(self.callback, self.choices)
            else:
                CHECKS[field](self.composers[field].text)
        except FormError:
            return
        self._no_problem()

    # -- typing ------------------------------------------------------------------------------
    def edit(self, name: str) -> None:
        self.active = name
        if name == "phone":
            self.keyboard.set_mode("digits")
        elif self.keyboard.mode not in ("ko", "en"):
            self.keyboard.set_mode(self.ctx.session.language)
        self.retranslate()
        self._fixed(name)
        self._keep_in_view()

    def _typed(self) -> None:
        self._show(self.active)
        if self.active == "purpose":
            self._mark_purpose()
        self._fixed(self.active)
        self._keep_in_view()

    def _keep_in_view(self) -> None:
        """The field the keys type into scrolled into view beside (or above) them, with what
        is wrong with it under it (that whole, where both cannot show)."""
        kept = [self.boxes[self.active]]
        if self.problem_field in (None, self.active):
            kept.append(self.error)  # shown only while there is a problem
        self.scroll.keep_in_view(*kept)

    def type_key(self, char: str) -> None:
        composer = self.composers[self.active]
        limit = next(n for f, _k, n in FIELDS if f == self.active)
        if len(composer.text) >= limit:
            return
        if self.active == "phone" or self.keyboard.mode == "initials":
            composer.set_text(composer.text + char)  # nothing to compose
        else:
            composer.press(char)
        self._typed()

    def backspace(self) -> None:
        self.composers[self.active].backspace()
        self._typed()

    def clear_field(self) -> None:
        self.composers[self.active].clear()
        self._typed()

    def keyPressEvent(self, event) -> None:
        """A physical keyboard types into the field being edited."""
        if event.key() == Qt.Key_Backspace:
            self.backspace()
        elif event.text() and event.text().isprintable():
            for char in event.text()[:note_form.PURPOSE_MAX]:
                self.type_key(char)
        else:
            super().keyPressEvent(event)

    def _choose_purpose(self, key: str) -> None:
        self.composers["purpose"].set_text(self.ctx.session.tr(key))
        self.edit("purpose")
        self._fixed("purpose")

    def _choose_callback(self, text: str) -> None:
        self.callback = text
        self.retranslate()
        self._fixed(None)

    # -- showing -----------------------------------------------------------------------------
    def _show(self, name: str) -> None:
        s = self.ctx.session
        key = next(k for f, k, _n in FIELDS if f == name)
        text = self.composers[name].text or s.tr("message.field.empty")
        # Under a refused field the problem says what to type there, in place of its "typing
        # here": lowered in portrait at 200 %, the field with what was typed and the problem
        # fit the room above the keys together only so.
        editing = (f"✎ {s.tr('message.field.editing')}"
                   if name == self.active and name != self.problem_field else "")
        self.boxes[name].set_texts(f"{s.tr(key)}: {text}", editing)

    def callback_text(self, text: str) -> str:
        s = self.ctx.session
        return (s.tr("message.callback.asap") if text == note_form.ASAP
                else s.tr("message.callback.at", time=text))

    def retranslate(self) -> None:
        s = self.ctx.session
        for name, _key, _limit in FIELDS:
            self._show(name)
        self._mark_purpose()
        self.callback_title.setText(s.tr("message.field.callback"))
        for text, b in self.callback_buttons:
            b.setText(("✓ " if text == self.callback else "") + self.callback_text(text))
        self.send_button.setText(s.tr("message.send"))
        self.cancel_button.setText(s.tr("message.cancel"))

    def _mark_purpose(self) -> None:
        """The purpose chosen marked, as the call-back time is; none once words are typed."""
        s, purpose = self.ctx.session, self.composers["purpose"].text
        for key, b in self.purpose_buttons:
            b.setText(("✓ " if purpose and purpose == s.tr(key) else "") + s.tr(key))

    def relayout(self) -> None:
        arrange(self)

    def _arrange(self) -> None:
        arrange_choices(self)
