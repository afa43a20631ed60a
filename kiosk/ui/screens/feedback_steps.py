"""Steps of the card flow (screens/feedback.py) that hold more than a list of buttons: the
words of the card, and the name and phone given after consent."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.feedback.cards import MAX_NAME, MAX_TEXT, phone_digits
from kiosk.search.hangul_input import HangulComposer
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.layout_parts import clear_layout

PHRASES = {
    "green": ("feedback.phrase.kind", "feedback.phrase.quick", "feedback.phrase.clear"),
    "yellow": ("feedback.phrase.wait", "feedback.phrase.clean", "feedback.phrase.book",
               "feedback.phrase.signs"),
}
FIELD_KEYS = {"name": "feedback.name", "phone": "feedback.phone"}
MAX_PHONE = 15  # characters: 010-1234-5678 with room for spaces


def choice_step(widgets: list[QWidget], keys_at: int | None = None) -> QWidget:
    """A step that is a column of choices (or words) from the top; one typed into says where
    in it the keys go when they are inside the step (`keys_at`, in portrait)."""
    page = QWidget()
    page.setProperty("keys_at", keys_at)
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        box.addWidget(widget)
    box.addStretch(1)
    return page


def query_label() -> QWidget:
    """A box showing what is typed, its end in view however long it grows."""
    box = label(role="query", wrap=True)
    box.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
    return box


class Limited(HangulComposer):
    """A composer that takes no more keys past `limit` characters."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def press(self, key: str) -> None:
        if len(self.text) < self.limit:
            super().press(key)


class PhoneField:
    """The phone number as typed: digits and the keyboard's - only."""

    def __init__(self):
        self.text = ""

    def press(self, key: str) -> None:
        if (key.isdigit() and key.isascii() or key == "-") and len(self.text) < MAX_PHONE:
            self.text += key

    def set_text(self, text: str) -> None:
        self.text = ""
        for key in text:
            self.press(key)

    def backspace(self) -> None:
        self.text = self.text[:-1]

    def clear(self) -> None:
        self.text = ""


class TextStep(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.composer = Limited(MAX_TEXT)
        self.colour = ""
        self.columns = 2  # phrases side by side; one a row when magnified
        self.praised = label(role="fact")
        self.box = query_label()
        self.box.setObjectName("CardText")
        self.grid = QGridLayout()
        self.phrases: list = []
        self.next = button(role="primary", name="CardNext")
        # Next right under the words, then the keys (in portrait), the phrases after them.
        self.setProperty("keys_at", 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.praised, self.box, self.next):
            layout.addWidget(widget)
        layout.addLayout(self.grid)
        layout.addStretch(1)

    @property
    def text(self) -> str:
        return self.composer.text

    def clear(self) -> None:
        self.composer.clear()
        self.show_text()

    def _phrase(self, key: str) -> None:
        self.composer.set_text(self.ctx.session.tr(key))
        self.show_text()

    def show_text(self) -> None:
        text = self.composer.text
        self.box.setText(text or self.ctx.session.tr("feedback.text.prompt"))
        self.box.setProperty("empty", not text)
        self.box.style().unpolish(self.box)
        self.box.style().polish(self.box)

    def retranslate(self, colour: str, praised: str) -> None:
        s = self.ctx.session
        if colour != self.colour or not self.phrases:
            self.colour = colour
            clear_layout(self.grid)
            self.phrases = []
            for i, key in enumerate(PHRASES.get(colour, ())):
                b = button(role="row", name=f"Phrase-{i}")
                b.clicked.connect(lambda _=False, k=key: self._phrase(k))
                b.setProperty("key", key)
                self.phrases.append(b)
            self._arrange()
        for b in self.phrases:
            b.setText(s.tr(b.property("key")))
        self.praised.setText(s.tr("feedback.staff.chosen", name=praised) if praised else "")
        self.praised.setVisible(bool(praised))
        self.next.setText(s.tr("feedback.next"))
        self.show_text()

    def _arrange(self) -> None:
        clear_layout(self.grid, keep_widgets=True)
        for i, b in enumerate(self.phrases):
            self.grid.addWidget(b, i // self.columns, i % self.columns)

    def relayout(self, gap: int, columns: int) -> None:
        self.grid.setSpacing(gap)
        self.layout().setSpacing(gap)
        self.columns = columns
        self._arrange()


class DetailsStep(QWidget):
    """Name and phone, typed on the kiosk's keyboard; tap a field to type into it."""

    field_changed = Signal(str)
    problem_changed = Signal()  # the warning shown or gone: the card screen places it

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.name = Limited(MAX_NAME)
        self.phone_field = PhoneField()
        self.active = "name"
        self.fields = {f: button(role="row", name=f"Field-{f}") for f in ("name", "phone")}
        for f, b in self.fields.items():
            b.clicked.connect(lambda _=False, f=f: self.choose(f))
        # Bold and marked, as the message form's; the card screen shows it in its question's
        # place, so that the warning adds no height over the keys and Send.
        self.problem = label(role="heading")
        self.problem.setObjectName("CardProblem")
        self.send = button(role="primary", name="CardSend")
        self.setProperty("keys_at", 3)  # in portrait, under the fields and Send
        self.short = False  # lowered in portrait at 200 %: see refresh
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (*self.fields.values(), self.send):
            layout.addWidget(widget)
        layout.addStretch(1)

    @property
    def phone(self) -> str:
        return self.phone_field.text

    def field(self):
        return self.name if self.active == "name" else self.phone_field

    def choose(self, field: str) -> None:
        self.active = field
        self.refresh()
        self.field_changed.emit(field)

    def clear(self) -> None:
        self.name.clear()
        self.phone_field.clear()
        self.active = "name"
        self.problem.setText("")
        self.refresh()

    def show_problem(self, text: str) -> None:
        self.problem.setText("⚠ " + text)
        self.refresh()
        self.ctx.voice.say(text)

    def typed(self) -> None:
        """A key typed: the warning (it is always about the phone) goes once the number is
        right, since a warning over a valid number would tell the visitor something false."""
        if self.problem.text() and phone_digits(self.phone):
            self.problem.setText("")
        self.refresh()

    def refresh(self) -> None:
        s = self.ctx.session
        for f, b in self.fields.items():
            value = self.name.text if f == "name" else self.phone
            mark = "✎ " if f == self.active else ""  # where the keys type, not by colour alone
            b.setText(f"{mark}{s.tr(FIELD_KEYS[f])}: {value}")
            b.setProperty("current", f == self.active)
            b.style().unpolish(b)
            b.style().polish(b)
        self.problem.setVisible(bool(self.problem.text()))
        # Short of room, the name (kept as typed) gives way to the warning about the phone
        # while it shows: the warning, the phone, Send and every key then show whole.
        self.fields["name"].setVisible(not (self.short and self.problem.text()))
        self.problem_changed.emit()

    def retranslate(self) -> None:
        self.send.setText(self.ctx.session.tr("feedback.send"))
        self.refresh()

    def relayout(self, gap: int, short: bool = False) -> None:
        self.layout().setSpacing(gap)
        if short != self.short:
            self.short = short
            # Short of room the warning is still bold, a size smaller: on two lines, not
            # three, it leaves the phone, Send and every key whole under it.
            self.problem.setProperty("role", "note-title" if short else "heading")
            self.problem.style().unpolish(self.problem)
            self.problem.style().polish(self.problem)
            self.refresh()
