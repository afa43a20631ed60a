"""One list model and delegate for every list of places, services and people.

Rows are `Answer`s (search/answers.py). The delegate paints each row (no widget per row), and
people's photos are decoded at row size only when a row is first painted, then cached, so a
list of 5,000 staff opens and scrolls smoothly.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QVBoxLayout, QWidget

from kiosk.directory.paths import staff_thumbnail
from kiosk.directory.strings import tr
from kiosk.search.answers import Answer, answer
from kiosk.ui.widgets.basic import kinetic, label
from kiosk.ui.widgets.photos import PhotoCache

ANSWER_ROLE = Qt.UserRole + 1
PRESENCE_MARK = {"in": "●", "away": "◐", "leave": "○"}  # shape as well as colour
WAY_TABLES = ("rooms", "departments", "staff", "services", "amenities")  # rows that can show the way


class AnswerListModel(QAbstractListModel):
    """Rows are (table, id) pairs; each row's Answer is made when first shown, per language."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[tuple[str, str, str]] = []  # (table, id, match)
        self._answers: dict[int, Answer] = {}
        ctx.session.language_changed.connect(self._language_changed)

    def set_items(self, items) -> None:
        self.beginResetModel()
        self.items = [(t, i, m) for t, i, m in items]
        self._answers.clear()
        self.endResetModel()

    def answer(self, row: int) -> Answer:
        found = self._answers.get(row)
        if found is None:
            table, item_id, match = self.items[row]
            found = answer(self.ctx.directory, table, item_id, self.ctx.session.language, match)
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
            return ", ".join(p for p in (row.kind, row.name, row.detail, row.floor, row.room,
                                         row.phone) if p)
        if role == ANSWER_ROLE:
            return row
        return None


def staff_photos(size: int = 400) -> PhotoCache:
    """Round photos of list rows, from the small copy made when the bundle was applied when
    there is one, cut square from the middle."""
    return PhotoCache(staff_thumbnail, size=size, square=True)


class AnswerDelegate(QStyledItemDelegate):
    """Paints a row; with `way`, rows of places end in a "show me the way" button."""

    def __init__(self, ctx, photos: PhotoCache | None = None, parent=None, way: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.photos = photos or staff_photos()
        self.way = way
        self.way_tapped = False  # the last tap on a row landed on its way button

    def way_rect(self, rect: QRect, row: Answer) -> QRect | None:
        if not self.way or row.table not in WAY_TABLES or not row.room_id:
            return None
        pad = self.ctx.theme.px(12)
        width = max(rect.height(), min(self.ctx.theme.px(210), rect.width() // 4))
        return QRect(rect.right() - width - pad, rect.top() + pad, width,
                     rect.height() - 2 * pad)

    def editorEvent(self, event, model, option, index) -> bool:
        if event.type() == QEvent.MouseButtonRelease:
            button = self.way_rect(option.rect, index.data(ANSWER_ROLE))
            self.way_tapped = button is not None and button.contains(event.position().toPoint())
        return super().editorEvent(event, model, option, index)

    def _paint_way(self, painter: QPainter, rect: QRect) -> None:
        theme = self.ctx.theme
        painter.setPen(Qt.NoPen)
        painter.setBrush(theme.color("primary"))
        painter.drawRoundedRect(rect, theme.px(14), theme.px(14))
        painter.setPen(theme.color("primary_text"))
        text = f"➜ {tr('route.show', self.ctx.session.language)}"
        inner = rect.adjusted(theme.px(8), theme.px(4), -theme.px(8), -theme.px(4))
        for size in (26, 23, 20, 18):  # the largest that fits, wrapped if need be
            painter.setFont(theme.font(size, bold=True))
            bounds = painter.fontMetrics().boundingRect(inner, Qt.AlignCenter | Qt.TextWordWrap,
                                                        text)
            if bounds.width() <= inner.width() and bounds.height() <= inner.height():
                break
        painter.drawText(inner, Qt.AlignCenter | Qt.TextWordWrap, text)

    def sizeHint(self, option, index) -> QSize:
        theme = self.ctx.theme
        return QSize(theme.px(300), theme.px(120))

    def paint(self, painter: QPainter, option, index) -> None:
        row: Answer = index.data(ANSWER_ROLE)
        theme, lang = self.ctx.theme, self.ctx.session.language
        px = theme.px
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        rect = option.rect
        if option.state & (QStyle.State_Selected | QStyle.State_HasFocus):
            painter.fillRect(rect, theme.color("primary_soft"))
        painter.setPen(theme.color("surface_alt"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        way = self.way_rect(rect, row)
        if way is not None:
            self._paint_way(painter, way)
            rect = QRect(rect.left(), rect.top(), way.left() - rect.left(), rect.height())
        pad = px(16)
        side = rect.height() - 2 * pad
        avatar = QRect(rect.left() + pad, rect.top() + pad, side, side)
        self._paint_avatar(painter, avatar, row)
        left = avatar.right() + pad
        # Wide rows put where and whom to call in a column on the right; narrow rows (a
        # magnified screen, a half-width list) put them on a third line under the name.
        wide = rect.right() - left >= px(640)
        right_width = max(px(220), rect.width() // 3) if wide else 0
        text_rect = QRect(left, rect.top() + pad, rect.right() - left - right_width - pad,
                          side)
        name_share = 55 if wide else 40
        if wide:
            place_rect = QRect(rect.right() - right_width, rect.top() + pad, right_width - pad,
                               side)
        else:
            place_rect = QRect(left, rect.top() + pad + side * 70 // 100, text_rect.width(),
                               side * 30 // 100)

        painter.setFont(theme.font(32, bold=True))
        painter.setPen(theme.color("text"))
        name_rect = QRect(text_rect.left(), text_rect.top(), text_rect.width(),
                          side * name_share // 100)
        painter.drawText(name_rect, Qt.AlignLeft | Qt.AlignVCenter,
                         painter.fontMetrics().elidedText(row.name, Qt.ElideRight,
                                                          name_rect.width()))
        painter.setFont(theme.font(24))
        painter.setPen(theme.color("text_muted"))
        if row.table == "staff":
            detail = " · ".join(p for p in (row.detail, row.department) if p)
        else:
            detail = " · ".join(p for p in (row.kind, row.detail or row.department) if p)
        detail_rect = QRect(text_rect.left(), name_rect.bottom(), text_rect.width(),
                            side * (100 - name_share) // 100 if wide else side * 30 // 100)
        painter.drawText(detail_rect, Qt.AlignLeft | Qt.AlignVCenter,
                         painter.fontMetrics().elidedText(detail, Qt.ElideRight,
                                                          detail_rect.width()))
        self._paint_place(painter, place_rect, row, lang, one_line=not wide)
        painter.restore()

    def _paint_avatar(self, painter: QPainter, rect: QRect, row: Answer) -> None:
        theme = self.ctx.theme
        pixmap = self.photos.get(row.photo or None, rect.width())
        path = QPainterPath()
        path.addEllipse(rect)
        if pixmap is not None:
            painter.setClipPath(path)
            painter.drawPixmap(rect, pixmap)
            painter.setClipping(False)
            return
        painter.fillPath(path, theme.color("primary" if row.table != "staff" else "text_muted"))
        painter.setPen(theme.color("primary_text"))
        painter.setFont(theme.font(34, bold=True))
        painter.drawText(rect, Qt.AlignCenter, row.floor_id or row.name[:1])

    def _paint_place(self, painter: QPainter, rect: QRect, row: Answer, lang: str,
                     one_line: bool = False) -> None:
        theme = self.ctx.theme
        if one_line:  # place on the left, whom to call on the right, on one line
            top = QRect(rect.left(), rect.top(), rect.width() * 2 // 3, rect.height())
            bottom = QRect(top.right(), rect.top(), rect.width() - top.width(), rect.height())
        else:
            top = QRect(rect.left(), rect.top(), rect.width(), rect.height() // 2)
            bottom = QRect(rect.left(), top.bottom(), rect.width(), rect.height() - top.height())
        place_align = Qt.AlignLeft if one_line else Qt.AlignRight
        painter.setFont(theme.font(26, bold=True))
        painter.setPen(theme.color("primary"))
        place = " · ".join(p for p in (row.floor, row.room_number) if p)
        painter.drawText(top, place_align | Qt.AlignVCenter,
                         painter.fontMetrics().elidedText(place, Qt.ElideRight, top.width()))
        painter.setFont(theme.font(24))
        if row.presence:
            color = theme.color(f"presence_{row.presence}")
            text = f"{PRESENCE_MARK[row.presence]} {tr('presence.' + row.presence, lang)}"
        else:
            color, text = theme.color("text_muted"), row.phone
        painter.setPen(color)
        painter.drawText(bottom, Qt.AlignRight | Qt.AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt.ElideRight, bottom.width()))


def card_route(table: str, item_id: str) -> tuple:
    return ("card", table, item_id)


def answer_view(ctx, model: AnswerListModel, route=card_route, way: bool = False,
                scrolls: bool = True) -> QListView:
    """A touch list of answers: uniform rows, kinetic scrolling, a tap opens `route(row)`;
    with `way`, a tap on a row's way button opens the route to it. Without `scrolls`, the
    list is as tall as its rows, for a page that scrolls as a whole (a card)."""
    view = QListView() if scrolls else WholeList()
    view.setModel(model)
    if model.parent() is None:
        model.setParent(view)
    delegate = AnswerDelegate(ctx, parent=view, way=way)
    view.setItemDelegate(delegate)
    view.setUniformItemSizes(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    view.setSelectionMode(QListView.NoSelection)
    view.setFocusPolicy(Qt.TabFocus)  # as buttons: focus comes from keys, not touches
    view.setSpacing(ctx.theme.px(4))  # rows are separate targets, 2.5 mm apart on any screen
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


class WholeList(QListView):
    """A list as tall as all its rows, inside a page that scrolls as a whole."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

    def fit(self) -> None:
        rows = self.model().rowCount() if self.model() is not None else 0
        row = self.sizeHintForRow(0) if rows else 0
        self.setFixedHeight(rows * (row + 2 * self.spacing()) + 2 * self.frameWidth())


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
        px = self.ctx.theme.px
        self._layout.setContentsMargins(px(40), px(20), px(40), px(20))
        self._layout.setSpacing(px(16))
