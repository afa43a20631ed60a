"""The console's messages: visitors' messages for absent staff and feedback cards for the
departments this console serves, soonest due first, and "Called back" ("Answered" for a card,
"Read" for one without a contact), which the kiosk records (this console, the time) before it
destroys the note's personal data.

The window feeds it each snapshot (`show`) and each tick (`tick`); it asks the window to chime
(`chime_wanted`) for a new message and once more when a message becomes overdue.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.directory.strings import tr
from kiosk.ui.console import note_rows
from kiosk.ui.console.call_list import ConsoleContext
from kiosk.ui.console.note_list import NoteListModel, note_view
from kiosk.ui.widgets.basic import button, label


class MessagesPanel(QWidget):
    chime_wanted = Signal()

    def __init__(self, ctx: ConsoleContext, adapter, parent=None):
        super().__init__(parent)
        self.ctx, self.adapter = ctx, adapter
        self.selected_key: tuple[str, str] | None = None  # (kiosk, note id)
        self.problem = ""
        self._known: set[tuple[str, str]] = set()
        self._late: set[tuple[str, str]] = set()
        self.heading = label(role="heading")
        self.heading.setObjectName("MessagesHeading")
        self.model = NoteListModel(ctx, self)
        self.view = note_view(ctx, self.model)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.hint = label(role="muted")
        self.hint.setObjectName("MessagesHint")
        self.called_back = button(role="action", name="CalledBackButton")
        self.called_back.setFocusPolicy(Qt.StrongFocus)
        self.called_back.clicked.connect(self.call_back)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addWidget(self.view, 1)
        box.addWidget(self.hint)
        box.addWidget(self.called_back)
        self.box = box

    def overdue_words(self) -> str:
        """How many are overdue, in words ("" for none): the heading says it after the
        count, in view where the rows themselves are scrolled below."""
        late = sum(note_rows.overdue(n, self.ctx.now) for n in self.model.notes)
        return tr("console.warn.overdue", self.ctx.language, n=late) if late else ""

    def show_notes(self, notes: dict, connected: bool) -> None:
        """A new snapshot: the messages, and whether the console can act on them now."""
        self.connected = connected
        shown = note_rows.messages(notes.values())
        fresh = {n.key for n in shown} - self._known
        self._known |= {n.key for n in shown}
        keep = self.selected_key
        self.model.set_notes(shown)
        self._select(self.model.row_of(keep) if keep else (0 if fresh else -1))
        if fresh:
            self.chime_wanted.emit()
        self.tick()

    def tick(self) -> None:
        """The clock moved on: countdowns repaint; a message just overdue chimes once."""
        late = {n.key for n in self.model.notes if note_rows.overdue(n, self.ctx.now)}
        if late - self._late:
            self.chime_wanted.emit()
        self._late = late
        self.model.repaint()
        self.retranslate()

    def call_back(self) -> None:
        note = self.selected()
        if note is None:
            return
        try:
            self.adapter.called_back(note.key)
            self.problem = ""
        except Exception as exc:  # shown to the attendant: the kiosk did not hear of it
            self.problem = str(exc) or type(exc).__name__
        self.retranslate()

    def selected(self):
        row = self.model.row_of(self.selected_key) if self.selected_key else -1
        return self.model.notes[row] if row >= 0 else None

    def select(self, key: tuple[str, str]) -> None:
        """Choose the note (kiosk, id)."""
        self._select(self.model.row_of(key))

    def _select(self, row: int) -> None:
        selection = self.view.selectionModel()
        if row < 0:
            selection.clearSelection()
            self.selected_key = None
        else:
            index = self.model.index(row)
            selection.select(index, selection.SelectionFlag.ClearAndSelect)
            selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
            self.selected_key = self.model.notes[row].key
        self.retranslate()

    def _selection_changed(self, *_args) -> None:
        chosen = self.view.selectionModel().selectedRows()
        self.selected_key = self.model.notes[chosen[0].row()].key if chosen else None
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.ctx.language
        n = len(self.model.notes)
        heading = tr("console.notes", lang, n=n) if n else tr("console.notes.none", lang)
        late = self.overdue_words()
        self.heading.setText(f"{heading} · {late}" if late else heading)
        note = self.selected()
        self.called_back.setText(note_rows.action(note, lang))
        self.called_back.setEnabled(note is not None and getattr(self, "connected", False))
        self.view.setVisible(n > 0)
        self.called_back.setVisible(n > 0)
        self.hint.setVisible(n > 0)
        if self.problem:
            self.hint.setText(tr("console.action_failed", lang, reason=self.problem))
        else:
            cards = note is not None and note_rows.is_card(note)
            self.hint.setText(tr("console.card.select" if cards else "console.message.select",
                                 lang))
