"""The console's list of visitors' messages and feedback cards: one model and delegate, as
call_list.py. A row says whom the message is for, the purpose, the visitor's name and phone
number, the time they prefer and the due time counting down; a card's row says its colour in
words and has a stripe of it, its words, the contact and its clock (note_rows.py). An overdue
row is painted in the alert colour and says "OVERDUE" in words. The window's one-second timer
moves `ctx.now` on and repaints.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QListView

from kiosk.calls.note import Note
from kiosk.directory.strings import tr
from kiosk.ui.console import note_rows
from kiosk.ui.console.call_list import CallView, ConsoleContext
from kiosk.ui.console.call_row import CallRowDelegate

NOTE_ROLE = Qt.UserRole + 2
STRIPES = {"green": "presence_in", "yellow": "highlight"}  # a card's colour, as at the kiosk


class NoteListModel(QAbstractListModel):
    def __init__(self, ctx: ConsoleContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.notes: list[Note] = []

    def set_notes(self, notes: list[Note]) -> None:
        if [n.key for n in notes] == [n.key for n in self.notes]:
            self.notes = list(notes)
            self.repaint()
            return
        self.beginResetModel()
        self.notes = list(notes)
        self.endResetModel()

    def repaint(self) -> None:
        if self.notes:
            self.dataChanged.emit(self.index(0), self.index(len(self.notes) - 1))

    def row_of(self, key: tuple[str, str]) -> int:
        """The row of the note (kiosk, id); -1 when none."""
        return next((i for i, n in enumerate(self.notes) if n.key == key), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.notes)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.notes):
            return None
        note = self.notes[index.row()]
        if role == NOTE_ROLE:
            return note
        if role == Qt.DisplayRole:
            return note_rows.who_for(note, self.ctx.language)
        if role == Qt.AccessibleTextRole:
            return note_rows.describe(note, self.ctx.now, self.ctx.language,
                                       self.ctx.places)
        return None


class NoteDelegate(CallRowDelegate):
    """For Choi Junyoung · Civil Affairs Team    (Yellow card: unkind service · General ..)
    ⚠ OVERDUE by 2 h 5 min (or: Due 14:05 · 42:10 left,  (Apology call by Tue 10:31)
                         or: Due by Mon 10:00)
    purpose                                         (the card's words)
    visitor's name · phone                          (name · contact, or nothing)
    prefers: as soon as possible                    (Left at lobby, 12-05 10:31)"""

    height = 200
    role = NOTE_ROLE

    def _lines(self, note: Note, width: int) -> tuple[int, list]:
        """The row's height at `width` and its blocks, each line wrapped whole."""
        theme, px, lang, now = self.ctx.theme, self.ctx.theme.px, self.ctx.language, self.ctx.now
        room = width - px(30) - px(18)
        late = note_rows.overdue(note, now)
        texts = [(theme.font(26, bold=True), "text", note_rows.who_for(note, lang), room),
                 (theme.font(26, bold=True), "help" if late else "text_muted",
                  note_rows.due_text(note, now, lang), room),
                 (theme.font(24), "text", note_rows.purpose(note, lang), room),
                 (theme.font(26, bold=True), "text", note_rows.visitor(note), room),
                 (theme.font(22), "text_muted",
                  note_rows.callback(note, self.ctx.now, lang, self.ctx.places), room)]
        return self._stack(texts, px(30), px(8))

    def paint(self, painter: QPainter, option, index) -> None:
        note: Note = index.data(NOTE_ROLE)
        self._start(index)
        theme, px = self.ctx.theme, self.ctx.theme.px
        late = note_rows.overdue(note, self.ctx.now)
        painter.save()
        rect = self._background(painter, option, False)
        stripe = ("help" if late  # the alert colour, and the word OVERDUE: never colour alone
                  else STRIPES[note_rows.colour(note)] if note_rows.is_card(note) else None)
        if stripe is not None:
            painter.fillRect(rect.adjusted(0, 0, -rect.width() + px(16), 0), theme.color(stripe))
        height, blocks = self._lines(note, rect.width())
        self._paint_stack(painter, rect, blocks, px(30), height)
        painter.restore()


def note_view(ctx: ConsoleContext, model: NoteListModel) -> QListView:
    view = CallView()
    view.strip = (ctx.theme, lambda below: tr("console.more_below", ctx.language, n=below))
    view.setObjectName("Messages")
    view.setModel(model)
    view.setItemDelegate(NoteDelegate(ctx, view))
    view.setUniformItemSizes(False)  # rows as tall as their words wrapped at the width
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setFocusPolicy(Qt.StrongFocus)
    view.setSpacing(ctx.theme.px(3))
    return view
