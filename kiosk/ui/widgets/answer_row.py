"""How one row of an answer list is laid out and painted (answer_list.py holds the list).

A row is as tall as its words need at the list's width: names, places and numbers wrap
(text_fit) instead of being cut; people's photos are decoded at row size only when a row is
first painted, then cached, so a list of 5,000 staff opens and scrolls smoothly.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath
from PySide6.QtWidgets import QListView, QStyledItemDelegate

from kiosk.directory.paths import staff_thumbnail
from kiosk.directory.strings import tr
from kiosk.search.answers import Answer
from kiosk.ui.theme import WordsAt
from kiosk.ui.widgets.compact_row import (
    DESCRIPTION_CHARS,
    DESCRIPTION_LINES,
    compact_layout,
    held_keys,
    readable_width,
    way_height,
)
from kiosk.ui.widgets.photos import PhotoCache
from kiosk.ui.widgets.row_badge import badge_font, badge_side
from kiosk.ui.widgets.row_ground import paint_row_ground
from kiosk.ui.widgets.row_layouts import RowLayouts
from kiosk.ui.widgets.text_fit import (
    breakable,
    draw,
    fit,
    lines_height,
    record_cut,
    wrap,
)

ANSWER_ROLE = Qt.UserRole + 1
PRESENCE_MARK = {"in": "●", "away": "◐", "leave": "○"}  # shape as well as colour
# A list longer than this has every row as tall as the tallest of its first SAMPLE_ROWS:
# heights of its own for each of 5,000 rows would describe every row as the list opens.
UNIFORM_FROM = 200
SAMPLE_ROWS = 20
MAX_LINES = 2  # a field of a row wraps onto a second line; a third would be cut
WAY_TABLES = ("rooms", "departments", "staff", "services", "amenities")  # rows that can show the way


def staff_photos(size: int = 400) -> PhotoCache:
    """Round photos of list rows, from the small copy made when the bundle was applied when
    there is one, cut square from the middle."""
    return PhotoCache(staff_thumbnail, size=size, square=True)


class AnswerDelegate(QStyledItemDelegate):
    """Paints a row; with `way`, rows of places end in a "show me the way" button.

    A row is as tall as its words need: names, duties, places and numbers wrap onto a second
    line rather than being cut (text_fit), and on a narrow row (larger text, a half-width
    list) each takes a line of its own, with the way button under them."""

    def __init__(self, ctx, photos: PhotoCache | None = None, parent=None, way: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.photos = photos or staff_photos()
        self.way = way
        self.way_tapped = False  # the last tap on a row landed on its way button
        # False for an instant: rows painted without their words, everything else the same,
        # so a check can tell the words' pixels from what lies behind them.
        self.words = True
        # Magnified, rows keep who does what (duties, wrapped); search, beside its keys,
        # leaves them to the cards so that two results show whole.
        self.duties = True
        self._kinds_of, self._mixed = None, True  # the rows last counted, and of how many kinds
        self._arranged: dict = {}  # each compact row's arrangement, and the width it was made at
        self.words_zoom: float | None = None  # the rows' words no larger than at this size
        self.stack = False  # magnified, every row's words under its name (compact_layout)
        # The department the screen is of (its title says it): its people's rows name only
        # their teams, as a list of one kind leaves its kind to its heading.
        self.said_department = ""
        # The place and the number on the name's line where they fit: in lists that scroll
        # by themselves; a card's list, as tall as its rows, keeps them under the name.
        self.name_line = True
        self._layouts = RowLayouts(self._lay_out, ctx.session.reset_requested, self)

    def layout(self, rect: QRect, row: Answer) -> tuple[QRect, QRect | None, list, int]:
        """(avatar, way button or None, [(rect, font, colour, text, align, lines)], height)
        of a row drawn at `rect`'s top and width: the one layout both sizeHint and paint
        follow, worked out once for all that decides it (row_layouts.py)."""
        theme = self.theme
        way_text = self._way_text() if self._has_way(row) else ""
        look = (theme.zoom, theme.unit, theme.short_side, theme.palette,
                self.ctx.session.language, self.way, self.duties, self.stack, self.name_line,
                self.said_department, self._kinds_differ())
        return self._layouts.layout(rect, row, look, self._arranged,
                                    held_keys(theme, row, way_text))

    @property
    def theme(self):
        """The kiosk's theme, its text size held at `words_zoom` where that is set."""
        theme = self.ctx.theme
        return theme if self.words_zoom is None else WordsAt(theme, self.words_zoom)

    def _has_way(self, row: Answer) -> bool:
        return self.way and row.table in WAY_TABLES and bool(row.room_id)

    def _lay_out(self, rect: QRect, row: Answer) -> tuple[QRect, QRect | None, list, int]:
        """A row's layout worked out afresh (`layout` keeps it)."""
        theme = self.theme
        px = theme.px
        pad = px(16)
        way_width = px(230) if self._has_way(row) else 0
        wide = rect.width() - px(120) - way_width >= px(640)
        side = px(88) if wide else px(64)  # a narrow row gives its words the room
        if not row.photo:
            side = badge_side(theme, row.floor_mark or row.name[:1], side)
        avatar = QRect(rect.left() + pad, rect.top() + pad, side, side)
        left = avatar.right() + pad
        detail, place, call, colour = self.words_of(row)
        body, place_font = theme.font(24), theme.font(26, bold=True)
        if wide:
            way_left = rect.right() - pad - way_width
            # The place's column holds a phone number's list ("02-3677-0322, 0325, 0328") on
            # one line or a readable measure of it, not 12 characters a line.
            least = max(readable_width(place_font, place), readable_width(body, call)) + \
                (pad if way_width else 0)
            # It takes a third of the row, less where that would wrap who does what in the
            # name's column narrower than a sentence's measure; magnified, a row that cannot
            # give both their measure is compact (150 %, Korean duties beside a phone list).
            described = max(readable_width(body, text, DESCRIPTION_CHARS)
                            for text in (detail, row.duties))
            third = min((way_left - left) // 3, way_left - left - pad - int(described) - 1)
            place_width = max(px(220), third, int(least) + 1) if place or call else 0
            wide = theme.zoom == 1.0 or way_left - left - place_width - pad >= described
        if not wide and theme.zoom > 1.0:
            return compact_layout(theme, rect, row, (detail, place, call, colour),
                                  self._way_text() if self._has_way(row) else "",
                                  duties=self.duties, kinds_differ=self._kinds_differ(),
                                  held=self._arranged, stack=self.stack,
                                  name_line=self.name_line)
        fields = [  # font, colour, text, in the text column (True) or the place column,
            # and the most lines it takes
            (theme.font(32, bold=True), theme.color("text"), row.name, True, MAX_LINES + 1),
            (body, theme.color("text_muted"), detail, True, DESCRIPTION_LINES),
            (body, theme.color("text_muted"), row.duties, True, DESCRIPTION_LINES),
            (place_font, theme.color("primary"), place, not wide, MAX_LINES),
            (body, colour, call, not wide, MAX_LINES),
        ]
        if wide:
            columns = {True: QRect(left, rect.top() + pad, way_left - left - place_width - pad,
                                   0),
                       False: QRect(way_left - place_width, rect.top() + pad,
                                    place_width - (pad if way_width else 0), 0)}
            aligns = {True: Qt.AlignLeft, False: Qt.AlignRight}
        else:
            column = QRect(left, rect.top() + pad, rect.right() - pad - left, 0)
            columns, aligns = {True: column, False: column}, {True: Qt.AlignLeft,
                                                               False: Qt.AlignLeft}
        drawn, bottoms = [], {True: rect.top() + pad, False: rect.top() + pad}
        for font, colour, text, main, most in fields:
            if not text:
                continue
            area = columns[main]
            lines = len(fit(font, text, area.width(), most, count=False))
            height = lines_height(font, lines)
            drawn.append((QRect(area.left(), bottoms[main], area.width(), height), font,
                          colour, text, aligns[main] | Qt.AlignTop, most))
            bottoms[main] += height
        text_bottom = max(bottoms.values())
        way = None
        if way_width and wide:
            way = QRect(rect.right() - pad - way_width, rect.top() + pad, way_width,
                        max(side, way_height(theme, self._way_text(), way_width)))
        elif way_width:  # under the words, as wide as they are, its words on one line
            way = QRect(left, text_bottom + pad // 2, rect.right() - pad - left,
                        max(px(64), lines_height(theme.font(26, bold=True), 1) + px(12)))
            text_bottom = way.bottom()
        height = max(avatar.bottom(), text_bottom) + pad - rect.top()
        return avatar, way, drawn, height

    def _kinds_differ(self) -> bool:
        """Whether the list holds rows of more than one kind (search's places, departments and
        people), where a row's kind tells it from another of the same name; in a list of one
        kind (the departments, a floor's places) it would say the same on every row."""
        view = self.parent()
        items = getattr(view.model(), "items", None) if isinstance(view, QListView) else None
        if items is None:
            return True
        if self._kinds_of is not items:  # a new list of rows: counted once
            self._kinds_of, self._mixed = items, len({table for table, *_ in items}) > 1
        return self._mixed

    def words_of(self, row: Answer) -> tuple[str, str, str, object]:
        """(description, place, phone or presence, the colour of the latter) of a row."""
        theme, lang = self.theme, self.ctx.session.language
        if row.table == "staff":
            department = "" if row.department == self.said_department else row.department
            detail = " · ".join(p for p in (row.detail, department) if p)
        else:
            kind = row.kind if self._kinds_differ() else ""  # the heading says it
            detail = " · ".join(p for p in (kind, row.detail or row.department) if p)
        place = " · ".join(p for p in (row.floor, row.room_number) if p)
        if row.presence:
            colour = theme.color(f"presence_{row.presence}")
            call = f"{PRESENCE_MARK[row.presence]} {tr('presence.' + row.presence, lang)}"
        else:
            colour, call = theme.color("text_muted"), breakable(row.phone)
        return detail, place, call, colour

    def _way_text(self) -> str:
        return f"➜ {tr('route.show', self.ctx.session.language)}"

    def _width(self, option) -> int:
        view = self.parent()
        if isinstance(view, QListView):  # rows are as wide as the list's inside
            return view.viewport().width() - 2 * view.spacing()
        return option.rect.width()

    def way_rect(self, rect: QRect, row: Answer) -> QRect | None:
        return self.layout(rect, row)[1]

    def editorEvent(self, event, model, option, index) -> bool:
        if event.type() == QEvent.MouseButtonRelease:
            button = self.way_rect(option.rect, index.data(ANSWER_ROLE))
            self.way_tapped = button is not None and button.contains(event.position().toPoint())
        return super().editorEvent(event, model, option, index)

    def _paint_way(self, painter: QPainter, rect: QRect) -> None:
        theme = self.theme
        painter.setPen(Qt.NoPen)
        painter.setBrush(theme.color("primary"))
        painter.drawRoundedRect(rect, theme.px(14), theme.px(14))
        if not self.words:
            return
        painter.setPen(theme.color("primary_text"))
        inner, font, _lines = self.way_words(rect)
        painter.setFont(font)
        draw(painter, inner, self._way_text(), Qt.AlignCenter, max_lines=2)

    def way_words(self, rect: QRect) -> tuple[QRect, QFont, list[str]]:
        """Where the way button at `rect` paints its words, in which font, on which lines:
        the largest size that fits on at most two."""
        theme, text = self.theme, self._way_text()
        inner = rect.adjusted(theme.px(8), theme.px(4), -theme.px(8), -theme.px(4))
        for size in (26, 23, 20):
            font = theme.font(size, bold=True)
            lines = wrap(font, text, inner.width())
            if len(lines) <= 2 and lines_height(font, len(lines)) <= inner.height():
                break
        return inner, font, lines

    def sizeHint(self, option, index) -> QSize:
        width = max(self.theme.px(300), self._width(option))
        view, rows = self.parent(), [index]
        if isinstance(view, QListView) and view.uniformItemSizes():
            model = index.model()
            rows = [model.index(r, 0) for r in range(min(SAMPLE_ROWS, model.rowCount()))]
        height = max(self.layout(QRect(0, 0, width, 0), i.data(ANSWER_ROLE))[3] for i in rows)
        return QSize(width, height)

    def paint(self, painter: QPainter, option, index) -> None:
        row: Answer = index.data(ANSWER_ROLE)
        theme = self.theme
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        rect = option.rect
        paint_row_ground(painter, theme, option)
        avatar, way, drawn, height = self.layout(rect, row)
        if height > rect.height() + 1:  # a long list's row needs more than its sampled height
            record_cut(row.name, rect.width())
            painter.setClipRect(rect)
        if way is not None:
            self._paint_way(painter, way)
        self._paint_avatar(painter, avatar, row)
        for area, font, colour, text, align, most in drawn if self.words else ():
            painter.setFont(font)
            painter.setPen(colour)
            draw(painter, area, text, align, most)
        painter.restore()

    def _paint_avatar(self, painter: QPainter, rect: QRect, row: Answer) -> None:
        theme = self.theme
        pixmap = self.photos.get(row.photo or None, rect.width())
        path = QPainterPath()
        path.addEllipse(rect)
        if pixmap is not None:
            painter.setClipPath(path)
            painter.drawPixmap(rect, pixmap)
            painter.setClipping(False)
            return
        painter.fillPath(path, theme.color("primary" if row.table != "staff" else "text_muted"))
        if not self.words:
            return
        painter.setPen(theme.color("primary_text"))
        text = row.floor_mark or row.name[:1]
        painter.setFont(badge_font(theme, text, rect.width()))
        painter.drawText(rect, Qt.AlignCenter, text)

