"""The service-window table as a list: a heading row per kind of window (services, then
complaints), then one row per service naming its department, person in charge, phone and fax
(kiosk.directory.charter_text.window_lines). Rows are painted, wrapped to the list's width
and as tall as their text: a phone number is never cut short, at any text size."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QListView, QStyledItemDelegate

from kiosk.directory.charter_text import window_lines
from kiosk.directory.strings import tr
from kiosk.ui.widgets.basic import kinetic
from kiosk.ui.widgets.row_ground import paint_row_ground
from kiosk.ui.widgets.touch_list import TouchList, rows_below

ROW_ROLE = Qt.UserRole + 1  # (kind, title, lines): kind "section" or "service"
WRAP = Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap


def table_rows(directory) -> list[tuple[str, str]]:
    """(kind, id) rows: the windows, then the complaint windows, each under its heading."""
    out = []
    for section, complaint in (("tables.services", False), ("tables.complaints", True)):
        services = [s for s in directory.services if s.complaint_window == complaint]
        if services:
            out.append(("section", section))
            out += [("service", s.id) for s in services]
    return out


class WindowListModel(QAbstractListModel):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[tuple[str, str]] = []
        self._made: dict[int, tuple[str, str, list[str]]] = {}
        ctx.session.language_changed.connect(self.refresh)

    def set_directory(self, directory) -> None:
        self.beginResetModel()
        self.rows = table_rows(directory)
        self._made.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.beginResetModel()  # row heights change with the language's text
        self._made.clear()
        self.endResetModel()

    def row(self, number: int) -> tuple[str, str, list[str]]:
        made = self._made.get(number)
        if made is None:
            kind, key = self.rows[number]
            lang, directory = self.ctx.session.language, self.ctx.directory
            if kind == "section":
                made = (kind, tr(key, lang), [])
            else:
                service = directory.get("services", key)
                made = (kind, service.name.get(lang), window_lines(directory, service, lang))
            self._made[number] = made
        return made

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index):
        if index.isValid() and self.rows[index.row()][0] == "section":
            return Qt.ItemIsEnabled  # a heading: the keys stop on it (it is read), a tap is idle
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        kind, title, lines = self.row(index.row())
        if role == Qt.DisplayRole:
            return title
        if role == Qt.AccessibleTextRole:
            return ". ".join([title, *lines])
        if role == ROW_ROLE:
            return kind, title, lines
        return None


class WindowDelegate(QStyledItemDelegate):
    """Paints a row as wrapped lines; its height is that of its text at the list's width."""

    def __init__(self, ctx, view: QListView):
        super().__init__(view)
        self.ctx, self.view = ctx, view
        self.words = True

    def _fonts(self, kind: str):
        theme = self.ctx.theme
        if kind == "section":
            return theme.font(34, bold=True), None
        return theme.font(30, bold=True), theme.font(26)

    def _blocks(self, kind: str, title: str, lines: list[str], width: int):
        """(font, text, height) of each paragraph of a row at `width`."""
        title_font, line_font = self._fonts(kind)
        out = []
        for font, text in [(title_font, title)] + [(line_font, line) for line in lines]:
            height = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), WRAP,
                                                     text).height()
            out.append((font, text, height))
        return out

    def _text_width(self) -> int:
        viewport = self.view.viewport().width() - 2 * self.view.spacing()
        return max(viewport - 2 * self.ctx.theme.px(24), 100)

    def sizeHint(self, option, index) -> QSize:
        px = self.ctx.theme.px
        blocks = self._blocks(*index.data(ROW_ROLE), self._text_width())
        height = sum(h for _f, _t, h in blocks) + px(6) * (len(blocks) - 1) + 2 * px(16)
        return QSize(self.view.viewport().width() - 2 * self.view.spacing(), max(height, px(72)))

    def placed(self, rect: QRect, index) -> list[tuple[QFont, str, QRect]]:
        """Where each paragraph of the row at `rect` is painted."""
        kind, title, lines = index.data(ROW_ROLE)
        px = self.ctx.theme.px
        out, top = [], rect.top() + px(16)
        for font, text, height in self._blocks(kind, title, lines, rect.width() - 2 * px(24)):
            out.append((font, text, QRect(rect.left() + px(24), top, rect.width() - 2 * px(24),
                                          height)))
            top += height + px(6)
        return out

    def text_areas(self, rect: QRect, index) -> list[tuple[str, QRect]]:
        """(text, where it is painted) of a row: for the checks of contrast as drawn."""
        return [(text, area) for _font, text, area in self.placed(rect, index)]

    def paint(self, painter: QPainter, option, index) -> None:
        kind = index.data(ROW_ROLE)[0]
        theme = self.ctx.theme
        painter.save()
        rect = option.rect
        paint_row_ground(painter, theme, option)
        if self.words:  # off only while a check paints the rows without them
            painter.setPen(theme.color("primary" if kind == "section" else "text"))
            for font, text, area in self.placed(rect, index):
                painter.setFont(font)
                painter.drawText(area, WRAP, text)
        painter.restore()


def window_view(ctx, model: WindowListModel) -> QListView:
    """The list: rows of their own heights, re-wrapped when the width or text size changes;
    a tap (or select) on a service opens its card."""
    view = TouchList()
    rows_below(view, ctx)
    view.setModel(model)
    view.setItemDelegate(WindowDelegate(ctx, view))
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.Adjust)
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    view.setSelectionMode(QListView.NoSelection)
    view.setFocusPolicy(Qt.TabFocus)
    # Rows clear of the list's edges, where its focus ring is drawn; rows apart as targets.
    view.setSpacing(ctx.theme.px(4))
    kinetic(view)

    def open_card(index) -> None:
        kind, key = model.rows[index.row()]
        if kind == "service":
            ctx.navigate(("card", "services", key))

    view.clicked.connect(open_card)
    view.activated.connect(open_card)
    def respace() -> None:
        if shiboken6.isValid(view):  # a screen replaced by a directory update is gone
            view.setSpacing(ctx.theme.px(4))

    ctx.theme.changed.connect(respace)
    ctx.theme.changed.connect(view.doItemsLayout)
    return view
