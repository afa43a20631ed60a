"""The message form: name, phone number and purpose typed on the kiosk's own keyboard, the
purpose also in one tap, the time to be called back in one tap. The values are checked by
calls/note_form.py; `clear()` forgets everything typed (after sending, Back, the idle reset).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.calls import note_form
from kiosk.calls.note_form import FormError
from kiosk.search.hangul_input import HangulComposer
from kiosk.ui.widgets.basic import Tile, button, clear_layout, label
from kiosk.ui.widgets.keyboard import TouchKeyboard

FIELDS = (("name", "message.field.name", note_form.NAME_MAX),
          ("phone", "message.field.phone", 20),
          ("purpose", "message.field.purpose", note_form.PURPOSE_MAX))
PURPOSES = ("message.purpose.loan", "message.purpose.material", "message.purpose.program",
            "message.purpose.document")


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
        self.boxes = {}
        for name, _key, _limit in FIELDS:
            box = Tile(role="rowtile", name=f"MessageField-{name}")
            box.clicked.connect(lambda _=False, n=name: self.edit(n))
            self.boxes[name] = box
        self.purpose_buttons = []
        for key in PURPOSES:
            b = button(role="row", name=f"Purpose-{key.rsplit('.', 1)[1]}")
            b.clicked.connect(lambda _=False, k=key: self._choose_purpose(k))
            self.purpose_buttons.append((key, b))
        self.callback_title = label(role="heading")
        self.callback_grid = QGridLayout()
        self.callback_buttons: list = []
        self.error = label(role="heading")
        self.error.setObjectName("MessageError")
        self.send_button = button(role="primary", name="MessageSend")
        self.send_button.clicked.connect(self.submit)
        self.cancel_button = button(name="MessageCancel")
        self.cancel_button.clicked.connect(self.cancelled)
        self.keyboard = TouchKeyboard(ctx)
        self.keyboard.key_pressed.connect(self.type_key)
        self.keyboard.backspace_pressed.connect(self.backspace)
        self.keyboard.clear_pressed.connect(self.clear_field)

        left = QVBoxLayout()
        for name, _key, _limit in FIELDS:
            left.addWidget(self.boxes[name])
        self.purpose_grid = QGridLayout()
        left.addLayout(self.purpose_grid)
        left.addWidget(self.callback_title)
        left.addLayout(self.callback_grid)
        left.addStretch(1)
        self.left = left
        # The keys, what is wrong and the buttons together: where the visitor's hands are.
        self.actions = QBoxLayout(QBoxLayout.LeftToRight)
        self.actions.addWidget(self.cancel_button, 1)
        self.actions.addWidget(self.send_button, 1)
        right = QVBoxLayout()
        right.addWidget(self.keyboard)
        right.addWidget(self.error)
        right.addLayout(self.actions)
        right.addStretch(1)
        self.right = right
        self.body = QBoxLayout(QBoxLayout.LeftToRight, self)
        self.body.addLayout(left, 5)
        self.body.addLayout(right, 6)
        ctx.theme.changed.connect(self.relayout)
        self.relayout()

    # -- the values -------------------------------------------------------------------------
    def start(self, choices: list[tuple[str, float | None]]) -> None:
        """A new form: nothing typed, these callback times offered."""
        self.clear()
        self.choices = choices
        clear_layout(self.callback_grid)
        self.callback_buttons = []
        for i, (text, _at) in enumerate(choices):
            b = button(role="row", name=f"Callback-{i}")
            b.clicked.connect(lambda _=False, t=text: self._choose_callback(t))
            self.callback_buttons.append((text, b))
        self._arrange()
        self.retranslate()

    def _arrange(self) -> None:
        """Choices two a row; one a row on a magnified portrait screen, where two would be
        cut."""
        theme = self.ctx.theme
        columns = 1 if theme.portrait and theme.zoom > 1.0 else 2
        for grid, buttons in ((self.purpose_grid, self.purpose_buttons),
                              (self.callback_grid, self.callback_buttons)):
            clear_layout(grid, keep_widgets=True)
            for i, (_key, b) in enumerate(buttons):
                grid.addWidget(b, i // columns, i % columns)

    def clear(self) -> None:
        """Forget everything typed and chosen."""
        for composer in self.composers.values():
            composer.clear()
        self.callback = ""
        self.error.setText("")
        self.error.setVisible(False)
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
        self.error.setText("⚠ " + self.ctx.session.tr(exc.key))
        self.error.setVisible(True)
        if field is not None:
            self.edit(field)
        # Magnified, the form scrolls: bring the words of the problem into view.
        scroller = self.parentWidget()
        while scroller is not None and not isinstance(scroller, QScrollArea):
            scroller = scroller.parentWidget()
        if scroller is not None:
            QTimer.singleShot(0, lambda: scroller.ensureWidgetVisible(self.error))
        self.ctx.voice.say(self.error.text())

    # -- typing ------------------------------------------------------------------------------
    def edit(self, name: str) -> None:
        self.active = name
        if name == "phone":
            self.keyboard.set_mode("digits")
        elif self.keyboard.mode not in ("ko", "en"):
            self.keyboard.set_mode(self.ctx.session.language)
        self.retranslate()

    def type_key(self, char: str) -> None:
        composer = self.composers[self.active]
        limit = next(n for f, _k, n in FIELDS if f == self.active)
        if len(composer.text) >= limit:
            return
        if self.active == "phone" or self.keyboard.mode == "initials":
            composer.set_text(composer.text + char)  # nothing to compose
        else:
            composer.press(char)
        self._show(self.active)

    def backspace(self) -> None:
        self.composers[self.active].backspace()
        self._show(self.active)

    def clear_field(self) -> None:
        self.composers[self.active].clear()
        self._show(self.active)

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

    def _choose_callback(self, text: str) -> None:
        self.callback = text
        self.retranslate()

    # -- showing -----------------------------------------------------------------------------
    def _show(self, name: str) -> None:
        s = self.ctx.session
        key = next(k for f, k, _n in FIELDS if f == name)
        text = self.composers[name].text or s.tr("message.field.empty")
        editing = f"✎ {s.tr('message.field.editing')}" if name == self.active else ""
        self.boxes[name].set_texts(f"{s.tr(key)}: {text}", editing)

    def callback_text(self, text: str) -> str:
        s = self.ctx.session
        return (s.tr("message.callback.asap") if text == note_form.ASAP
                else s.tr("message.callback.at", time=text))

    def retranslate(self) -> None:
        s = self.ctx.session
        for name, _key, _limit in FIELDS:
            self._show(name)
        for key, b in self.purpose_buttons:
            b.setText(s.tr(key))
        self.callback_title.setText(s.tr("message.field.callback"))
        for text, b in self.callback_buttons:
            b.setText(("✓ " if text == self.callback else "") + self.callback_text(text))
        self.send_button.setText(s.tr("message.send"))
        self.cancel_button.setText(s.tr("message.cancel"))

    def relayout(self) -> None:
        theme = self.ctx.theme
        px = theme.px
        stacked = theme.portrait or theme.zoom > 1.0
        self.body.setDirection(QBoxLayout.TopToBottom if stacked else QBoxLayout.LeftToRight)
        self.actions.setDirection(QBoxLayout.TopToBottom if stacked else QBoxLayout.LeftToRight)
        for box in self.boxes.values():
            box.set_padding(px(24), px(10))
        self.body.setContentsMargins(px(24), px(16), px(24), px(16))
        self.body.setSpacing(px(24))
        self.left.setSpacing(px(12))
        self.right.setSpacing(px(16))
        for grid in (self.purpose_grid, self.callback_grid):
            grid.setSpacing(px(10))
        self._arrange()
        self.actions.setSpacing(px(16))
