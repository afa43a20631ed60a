"""One list model and view for every list of places, services and people.

Rows are `Answer`s (search/answers.py), made when first shown. The delegate (answer_row.py)
paints each row: no widget per row, so a list of 5,000 staff opens and scrolls smoothly.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from kiosk.search.answers import Answer, answer
from kiosk.ui.widgets.answer_row import ANSWER_ROLE, UNIFORM_FROM, AnswerDelegate
from kiosk.ui.widgets.basic import kinetic, label
from kiosk.ui.widgets.touch_list import RowsFollowWidth, TouchList, rows_below


class AnswerListModel(QAbstractListModel):
    """Rows are (table, id) pairs; each row's Answer is made when first shown, per language."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[tuple[str, str, str]] = []  # (table, id, match)
        self._directory = ctx.directory
        self._answers: dict[int, Answer] = {}
        ctx.session.language_changed.connect(self._language_changed)

    def set_items(self, items) -> None:
        self.beginResetModel()
        self.items = [(t, i, m) for t, i, m in items]
        # Rows are read from the directory their ids came from: a screen dropped when a new
        # directory arrives may still lay out its rows before it is gone.
        self._directory = self.ctx.directory
        self._answers.clear()
        self.endResetModel()

    def answer(self, row: int) -> Answer:
        found = self._answers.get(row)
        if found is None:
            table, item_id, match = self.items[row]
            found = answer(self._directory, table, item_id, self.ctx.session.language, match)
            self._answers[row] = found
        return found

    def _language_changed(self) -> None:
        self._answers.clear()
        if self.items:
            self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        if role not in (Qt.DisplayRole, Qt.AccessibleTextRole, ANSWER_ROLE):
            return None
        row = self.answer(index.row())
        if role == Qt.DisplayRole:
            return row.name
        if role == Qt.AccessibleTextRole:
            return ", ".join(p for p in (row.kind, row.name, row.detail, row.duties, row.floor,
                                         row.room, row.phone) if p)
        if role == ANSWER_ROLE:
            return row
        return None

def card_route(table: str, item_id: str) -> tuple:
    return ("card", table, item_id)


def answer_view(ctx, model: AnswerListModel, route=card_route, way: bool = False,
                scrolls: bool = True) -> QListView:
    """A touch list of answers: rows as tall as their words, kinetic scrolling, a tap opens `route(row)`;
    with `way`, a tap on a row's way button opens the route to it. Without `scrolls`, the
    list is as tall as its rows, for a page that scrolls as a whole (a card)."""
    view = AnswerView() if scrolls else WholeList()
    rows_below(view, ctx)
    view.setModel(model)
    if model.parent() is None:
        model.setParent(view)
    delegate = AnswerDelegate(ctx, parent=view, way=way)
    delegate.name_line = scrolls
    view.setItemDelegate(delegate)
    # Rows are as tall as their words need at the list's width, laid out again when it
    # changes (see UNIFORM_FROM for long lists).
    view.setResizeMode(QListView.Adjust)
    model.modelReset.connect(lambda: view.setUniformItemSizes(model.rowCount() > UNIFORM_FROM))
    view.setUniformItemSizes(model.rowCount() > UNIFORM_FROM)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    view.setSelectionMode(QListView.NoSelection)
    view.setFocusPolicy(Qt.TabFocus)  # as buttons: focus comes from keys, not touches
    view.setSpacing(ctx.theme.touch(4))  # rows are separate targets, 2.5 mm apart on any screen
    if scrolls:
        kinetic(view)
    else:
        view.fit()
        ctx.theme.changed.connect(view.fit)
        model.modelReset.connect(view.fit)

    def open_card(index) -> None:
        table, item_id, _match = model.items[index.row()]
        way_tapped, delegate.way_tapped = delegate.way_tapped, False
        ctx.navigate(("route", table, item_id) if way_tapped else route(table, item_id))

    view.clicked.connect(open_card)
    view.activated.connect(open_card)
    ctx.theme.changed.connect(view.doItemsLayout)
    ctx.session.reset_requested.connect(view.scrollToTop)
    return view


class AnswerView(RowsFollowWidth, TouchList):
    """A list of answers, each row wrapped at the list's width."""


class WholeList(AnswerView):
    """A list as tall as all its rows, inside a page that scrolls as a whole."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

    def fit(self) -> None:
        rows = self.model().rowCount() if self.model() is not None else 0
        heights = sum(self.sizeHintForRow(i) + 2 * self.spacing() for i in range(rows))
        self.setFixedHeight(heights + 2 * self.frameWidth())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # rows wrap anew at this width
            self.fit()


class ListPage(QWidget):
    """A screen that is a heading over one touch list of answers."""

    def __init__(self, ctx, list_name: str, route=card_route, parent=None, way: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.heading = label(role="heading")
        self.model = AnswerListModel(ctx, self)
        self.list = answer_view(ctx, self.model, route, way)
        self.list.setObjectName(list_name)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.list, 1)
        ctx.theme.changed.connect(self.relayout)
        self.relayout()

    def relayout(self) -> None:
        # Margins by the screen, not the text: at 200 % they had taken 144 px of the list's
        # height in landscape (a department's people showed one whole row).
        touch = self.ctx.theme.touch
        self._layout.setContentsMargins(touch(40), touch(20), touch(40), touch(20))
        self._layout.setSpacing(touch(16))
