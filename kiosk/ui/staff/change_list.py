"""The preview of an update: one row per person, place or service added, removed or changed,
painted by a delegate (no widget per row: a bundle may change 5,000 staff at once). A changed
row says each field's old and new value ("phone: 02-3677-0311 → 02-3677-0312",
bundle/change_values.py, the formatter the report on the stick uses too), wrapped onto as many lines as it takes, never cut: the row grows. People's
rows show the old and the new photo side by side; photos are decoded at row size when a row
is first painted, and cached."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QListView, QStyledItemDelegate

from kiosk.bundle.change_values import changed_lines, item_name
from kiosk.bundle.report_lines import table_label
from kiosk.directory.strings import tr
from kiosk.ui.widgets.basic import kinetic
from kiosk.ui.widgets.photos import PhotoCache
from kiosk.ui.widgets.rows_below import StripList
from kiosk.ui.widgets.row_ground import paint_rule
from kiosk.ui.widgets import text_fit
from kiosk.ui.widgets.text_fit import breakable, wrap

CHANGE_ROLE = Qt.UserRole + 1
DETAIL_ROLE = Qt.UserRole + 2
KIND_KEYS = {"added": "staff.change.added", "removed": "staff.change.removed",
             "changed": "staff.change.changed"}


def change_title(change, lang: str) -> str:
    return item_name(change.after if change.after is not None else change.before, lang)


def change_detail(change, lang: str, before=None, after=None) -> str:
    """The words under a row's title, a line each: for a changed record, its fields' old and
    new values as the report on the stick says them (bundle/change_values.py
    changed_lines); else the position and id."""
    if change.kind == "changed" and change.fields:
        return "\n".join(changed_lines(change, lang, before, after))
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
        self.before = self.after = None

    def set_changes(self, changes, before=None, after=None) -> None:
        """`before`, `after`: the directories now and in the update, which name the records
        a changed field refers to (a room, a department)."""
        self.beginResetModel()
        self.changes = list(changes)
        self.before, self.after = before, after
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.changes)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.changes):
            return None
        change, lang = self.changes[index.row()], self.session.language
        if role == Qt.DisplayRole:
            return change_title(change, lang)
        if role == DETAIL_ROLE:
            return change_detail(change, lang, self.before, self.after)
        if role == Qt.AccessibleTextRole:
            return ", ".join((tr(KIND_KEYS[change.kind], lang), table_label(change.table, lang),
                              change_title(change, lang),
                              change_detail(change, lang, self.before, self.after)))
        if role == CHANGE_ROLE:
            return change
        return None


class ChangeDelegate(QStyledItemDelegate):
    """`photos(change)` gives (before, after) photo paths of a person's row."""

    def __init__(self, theme, session, photos: Callable, parent=None):
        super().__init__(parent)
        self.theme, self.session, self.photos = theme, session, photos
        self.thumbnails = PhotoCache(lambda path: path, size=200)
        self._lines: dict[tuple, list[str]] = {}

    def narrow(self) -> bool:
        """Too narrow for badge, words and both photos on one line (magnified, portrait):
        the photos then go on a line of their own under the words."""
        px = self.theme.px
        return self._width() < px(150) + px(360) + 2 * (px(150) - 2 * px(14)) + 5 * px(14)

    def _width(self) -> int:
        return self.parent().viewport().width() if self.parent() is not None else 0

    def _photos_width(self, change) -> int:
        """Room the photos take beside the words (none when they go under them)."""
        side = self.theme.px(150) - 2 * self.theme.px(14)
        return 2 * side + self.theme.px(14) if change.table == "staff" and not self.narrow() \
            else 0

    def _detail_lines(self, detail: str, width: int) -> list[str]:
        """The detail's lines as painted: each of its lines wrapped at `width`, none cut."""
        return self._wrapped(self.theme.font(24), detail, width)

    def _title_lines(self, change, width: int) -> list[str]:
        """The title's lines: a long name wraps (magnified, in portrait, "General Affairs
        Division" was cut to "General Aff…"), never cut; the row grows."""
        return self._wrapped(self.theme.font(32, bold=True),
                             change_title(change, self.session.language), width)

    def _wrapped(self, font, text: str, width: int) -> list[str]:
        """`text`'s lines at `width` in `font`. Measured once per text and width: a bundle
        of 5,000 changed people is laid out row by row."""
        key = (text, width, font.pixelSize(), font.pointSizeF(), font.bold())
        lines = self._lines.get(key)
        if lines is None:
            if len(self._lines) > 50_000:
                self._lines.clear()
            metrics = QFontMetrics(font)
            # a line that fits is not laid out; a phone range may break before its "~"
            lines = self._lines[key] = [
                part for line in text.split("\n")
                for part in ([line] if metrics.horizontalAdvance(line) <= width
                             else wrap(font, breakable(line), width) or [""])] if text else []
        return lines

    def _title_height(self, change, width: int) -> int:
        """The title's band: the head's upper half, or its lines where they need more."""
        lines = len(self._title_lines(change, width))
        spacing = QFontMetrics(self.theme.font(32, bold=True)).lineSpacing()
        return max((self.theme.px(150) - 2 * self.theme.px(14)) // 2, lines * spacing)

    def _text_width(self, change, width: int) -> int:
        px = self.theme.px
        left = px(14) + px(150) + px(14) * 2
        return max(px(40), width - left - px(14) * 2 - self._photos_width(change))

    def _heights(self, change, detail: str, width: int) -> tuple[int, int]:
        """(the words' height, the row's height): the head (badge, title, photos beside)
        is 150 px; a detail of more lines than its lower half holds makes the row taller."""
        px, pad = self.theme.px, self.theme.px(14)
        side = px(150) - 2 * pad
        spacing = QFontMetrics(self.theme.font(24)).lineSpacing()
        text_width = self._text_width(change, width)
        lines = len(self._detail_lines(detail, text_width))
        words = max(side, self._title_height(change, text_width) + lines * spacing)
        row = max(px(150), words + 2 * pad)
        if change.table == "staff" and self.narrow():
            row += side + pad  # the photos' own line
        return words, row

    def sizeHint(self, option, index) -> QSize:
        change = index.data(CHANGE_ROLE)
        return QSize(self.theme.px(300),
                     self._heights(change, index.data(DETAIL_ROLE) or "", self._width())[1])

    def paint(self, painter: QPainter, option, index) -> None:
        change = index.data(CHANGE_ROLE)
        detail = index.data(DETAIL_ROLE) or ""
        theme, lang, px = self.theme, self.session.language, self.theme.px
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        paint_rule(painter, theme, option.rect)
        rect = QRect(option.rect.topLeft(), QSize(option.rect.width(), px(150)))
        pad = px(14)
        side = rect.height() - 2 * pad
        words_height, _row = self._heights(change, detail, option.rect.width())
        if change.table == "staff":
            width = 2 * side + pad
            if self.narrow():  # under the words, lined up with them
                left = rect.left() + pad * 3 + px(150)
                below = rect.top() + pad + words_height + pad
                self._paint_photos(painter, QRect(left, below, width, side), change)
            else:
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
        text_fit.draw(painter, under, table_label(change.table, lang), Qt.AlignCenter)
        left = badge.right() + pad * 2
        text = QRect(left, rect.top() + pad, self._text_width(change, option.rect.width()), side)
        painter.setPen(theme.color("text"))
        painter.setFont(theme.font(32, bold=True))
        top = QRect(text.left(), text.top(), text.width(),
                    self._title_height(change, text.width()))
        title = self._title_lines(change, text.width())
        step = painter.fontMetrics().lineSpacing()
        first = top.top() + (top.height() - step * len(title)) // 2
        for n, line in enumerate(title):
            painter.drawText(QRect(top.left(), first + n * step, top.width(), step),
                             Qt.AlignLeft | Qt.AlignVCenter, line)
        painter.setPen(theme.color("text_muted"))
        painter.setFont(theme.font(24))
        spacing = painter.fontMetrics().lineSpacing()
        for n, line in enumerate(self._detail_lines(detail, text.width())):
            painter.drawText(QRect(text.left(), top.bottom() + n * spacing, text.width(),
                                   spacing), Qt.AlignLeft | Qt.AlignVCenter, line)
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
    view = StripList(objectName="ChangeList")
    # A row under the first that the bottom edge would slice lies under "▼ 2 more below".
    view.strip = (theme, lambda below: session.tr("staff.more_below.rows", n=below))
    view.setModel(model)
    view.setItemDelegate(ChangeDelegate(theme, session, photos, parent=view))
    view.setUniformItemSizes(False)  # a row grows with its changed values' lines
    view.setLayoutMode(QListView.Batched)  # 5,000 rows measured without freezing the screen
    view.setResizeMode(QListView.Adjust)  # rows re-measured when the width changes
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    view.setSelectionMode(QListView.NoSelection)
    # Magnified, a row of many lines is taller than the list: it shows from its top and
    # scrolls through by pixels (kinetic), as search's answers do (widgets/touch_list.py).
    view.rows_whole = False
    view.setFocusPolicy(Qt.TabFocus)
    kinetic(view)
    theme.changed.connect(view.doItemsLayout)
    session.language_changed.connect(view.doItemsLayout)  # a row's lines differ by language
    return view
