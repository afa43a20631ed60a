"""The preview of an update: one row per person, place or service added, removed or changed,
painted by a delegate (no widget per row: a bundle may change 5,000 staff at once). People's
rows show the old and the new photo side by side; photos are decoded at row size when a row
is first painted, and cached."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QListView, QStyledItemDelegate

from kiosk.bundle.report_lines import table_label
from kiosk.directory.strings import tr
from kiosk.ui.widgets.basic import kinetic
from kiosk.ui.widgets.photos import PhotoCache

CHANGE_ROLE = Qt.UserRole + 1
KIND_KEYS = {"added": "staff.change.added", "removed": "staff.change.removed",
             "changed": "staff.change.changed"}
# What a changed row names; fields not listed (plan geometry, map positions) keep the name
# they have in the bundle's files.
FIELD_KEYS = {"name": "staff.field.name", "position": "staff.field.position",
              "department": "staff.field.department", "duties": "staff.field.duties",
              "extension": "staff.field.extension", "room": "staff.field.room",
              "presence": "staff.field.presence", "photo": "staff.field.photo",
              "phone": "staff.field.phone", "fax": "staff.field.fax",
              "parent": "staff.field.parent", "keywords": "staff.field.keywords",
              "hours": "staff.field.hours", "description": "staff.field.description",
              "floor": "staff.field.floor", "items": "staff.field.items"}


def item_name(item, lang: str) -> str:
    """Its name; a notice's title, a pledge's text; else its id."""
    for attr in ("name", "title", "text"):
        value = getattr(item, attr, None)
        if hasattr(value, "get") and value.get(lang):
            return value.get(lang)
    return str(getattr(item, "id", ""))


def change_title(change, lang: str) -> str:
    return item_name(change.after if change.after is not None else change.before, lang)


def change_detail(change, lang: str) -> str:
    if change.kind == "changed" and change.fields:
        names = (tr(FIELD_KEYS[f], lang) if f in FIELD_KEYS else f for f in change.fields)
        return tr("staff.change.fields", lang, fields=", ".join(names))
    item = change.after if change.after is not None else change.before
    position = getattr(item, "position", None)
    return " · ".join(p for p in (position.get(lang) if position is not None else "",
                                  str(getattr(item, "id", ""))) if p)


def photo_slots(change, before, after) -> list[tuple[int, tuple]]:
    """(slot, (photo, caption key)) of a person's row: the old photo and the new one side by
    side; an added person's new one and a removed person's old one alone, each in its own
    slot; a person whose photo did not change, theirs once, without "before" and "after"
    (the same face twice read as a new photo)."""
    if change.kind == "changed" and "photo" not in change.fields:
        return [(0, (after, ""))]
    slots = [(0, (before, "staff.photo.before")), (1, (after, "staff.photo.after"))]
    hidden = {"added": 0, "removed": 1}.get(change.kind)
    return [slot for slot in slots if slot[0] != hidden]


class ChangeListModel(QAbstractListModel):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.changes: list = []

    def set_changes(self, changes) -> None:
        self.beginResetModel()
        self.changes = list(changes)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.changes)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.changes):
            return None
        change, lang = self.changes[index.row()], self.session.language
        if role == Qt.DisplayRole:
            return change_title(change, lang)
        if role == Qt.AccessibleTextRole:
            return ", ".join((tr(KIND_KEYS[change.kind], lang), table_label(change.table, lang),
                              change_title(change, lang), change_detail(change, lang)))
        if role == CHANGE_ROLE:
            return change
        return None


class ChangeDelegate(QStyledItemDelegate):
    """`photos(change)` gives (before, after) photo paths of a person's row."""

    def __init__(self, theme, session, photos: Callable, parent=None):
        super().__init__(parent)
        self.theme, self.session, self.photos = theme, session, photos
        self.thumbnails = PhotoCache(lambda path: path, size=200)

    def narrow(self) -> bool:
        """Too narrow for badge, words and both photos on one line (magnified, portrait):
        the photos then go on a line of their own under the words."""
        px = self.theme.px
        width = self.parent().viewport().width() if self.parent() is not None else 0
        return width < px(150) + px(360) + 2 * (px(150) - 2 * px(14)) + 5 * px(14)

    def sizeHint(self, option, index) -> QSize:
        px = self.theme.px
        return QSize(px(300), px(150) + (px(150) - px(14) if self.narrow() else 0))

    def paint(self, painter: QPainter, option, index) -> None:
        change = index.data(CHANGE_ROLE)
        theme, lang, px = self.theme, self.session.language, self.theme.px
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(theme.color("surface_alt"))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        rect = QRect(option.rect.topLeft(), QSize(option.rect.width(), px(150)))
        pad = px(14)
        side = rect.height() - 2 * pad
        photos_width = 0
        if change.table == "staff":
            width = 2 * side + pad
            if self.narrow():  # under the words, lined up with them
                left = rect.left() + pad * 3 + px(150)
                self._paint_photos(painter, QRect(left, rect.bottom(), width, side), change)
            else:
                photos_width = width
                self._paint_photos(painter, QRect(rect.right() - pad - width, rect.top() + pad,
                                                  width, side), change)
        badge = QRect(rect.left() + pad, rect.top() + pad, px(150), px(52))
        colors = {"added": "presence_in", "removed": "help", "changed": "primary"}
        painter.setPen(Qt.NoPen)
        painter.setBrush(theme.color(colors[change.kind]))
        painter.drawRoundedRect(badge, px(10), px(10))
        painter.setPen(theme.color("surface"))
        painter.setFont(theme.font(24, bold=True))
        painter.drawText(badge, Qt.AlignCenter, tr(KIND_KEYS[change.kind], lang))
        painter.setPen(theme.color("text_muted"))
        painter.setFont(theme.font(22))
        under = QRect(badge.left(), badge.bottom() + px(6), badge.width(), px(40))
        painter.drawText(under, Qt.AlignCenter, painter.fontMetrics().elidedText(
            table_label(change.table, lang), Qt.ElideRight, under.width()))
        left = badge.right() + pad * 2
        text = QRect(left, rect.top() + pad, rect.right() - pad * 2 - photos_width - left, side)
        painter.setPen(theme.color("text"))
        painter.setFont(theme.font(32, bold=True))
        top = QRect(text.left(), text.top(), text.width(), side // 2)
        painter.drawText(top, Qt.AlignLeft | Qt.AlignVCenter, painter.fontMetrics().elidedText(
            change_title(change, lang), Qt.ElideRight, top.width()))
        painter.setPen(theme.color("text_muted"))
        painter.setFont(theme.font(24))
        bottom = QRect(text.left(), top.bottom(), text.width(), side - top.height())
        painter.drawText(bottom, Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap,
                         change_detail(change, lang))
        painter.restore()

    def _paint_photos(self, painter: QPainter, rect: QRect, change) -> None:
        theme, lang, px = self.theme, self.session.language, self.theme.px
        before, after = self.photos(change)
        side = rect.height()
        for i, (path, key) in photo_slots(change, before, after):
            box = QRect(rect.left() + i * (side + px(14)), rect.top(), side, side)
            painter.setPen(theme.color("border"))
            painter.setBrush(theme.color("surface_alt"))
            painter.drawRect(box)
            caption = QRect(box.left(), box.bottom() - px(30), box.width(), px(30))
            pixmap = self.thumbnails.get(path, side - px(32))
            if pixmap is not None:
                target = QRect(0, 0, pixmap.width(), pixmap.height())
                target.moveCenter(box.adjusted(0, 0, 0, -px(30)).center())
                painter.drawPixmap(target, pixmap)
            else:
                painter.setPen(theme.color("text_muted"))
                painter.setFont(theme.font(20))
                painter.drawText(box.adjusted(px(4), 0, -px(4), -px(30)),
                                 Qt.AlignCenter | Qt.TextWordWrap, tr("staff.photo.none", lang))
            if key:
                painter.setPen(theme.color("text"))
                painter.setFont(theme.font(20, bold=True))
                painter.drawText(caption, Qt.AlignCenter, tr(key, lang))


def change_view(theme, session, model: ChangeListModel, photos: Callable) -> QListView:
    view = QListView(objectName="ChangeList")
    view.setModel(model)
    view.setItemDelegate(ChangeDelegate(theme, session, photos, parent=view))
    view.setUniformItemSizes(True)
    view.setResizeMode(QListView.Adjust)  # rows re-measured when the width changes
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    view.setSelectionMode(QListView.NoSelection)
    view.setFocusPolicy(Qt.TabFocus)
    kinetic(view)
    theme.changed.connect(view.doItemsLayout)
    session.language_changed.connect(view.viewport().update)
    return view
