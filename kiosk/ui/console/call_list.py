"""The console's two lists, one model and delegate pattern as ui/widgets/answer_list.py: the
open calls (large rows that flash while nobody answered) and today's closed calls (smaller rows with
their times). The delegates paint from the Call records; nothing per row ticks by itself:
the window's one timer moves `ctx.now` on and asks the models to repaint.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate

from kiosk.calls.call import Call
from kiosk.calls.protocol import Place
from kiosk.directory.strings import tr
from kiosk.ui.console import rows
from kiosk.ui.theme import Theme

CALL_ROLE = Qt.UserRole + 1


@dataclass
class ConsoleContext:
    """What the lists paint with; the window owns it and moves `now` and `flash_on` on."""

    theme: Theme
    language: str = "ko"
    now: float = field(default_factory=time.time)
    flash_on: bool = True  # the highlight phase of rows nobody answered yet
    places: dict[str, Place] = field(default_factory=dict)  # kiosk id -> its name and floor
    ticks: float = 0.0  # now on the transport's monotonic clock (ConsoleAlerts.ticks)
    opened: dict[str, float] = field(default_factory=dict)  # call id -> raised, on that clock
    open_calls: list[Call] = field(default_factory=list)  # every open call (rows.need_line)

    def open_for(self, call_id: str) -> float | None:
        """Seconds since the call was raised, measured by this console (None: unknown)."""
        start = self.opened.get(call_id)
        return None if start is None else self.ticks - start


class CallListModel(QAbstractListModel):
    """Rows are Call records, in the order given (see rows.open_calls / rows.closed_today)."""

    def __init__(self, ctx: ConsoleContext, closed: bool = False, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.closed = closed
        self.calls: list[Call] = []

    def set_calls(self, calls: list[Call]) -> None:
        if [c.id for c in calls] == [c.id for c in self.calls]:
            self.calls = list(calls)  # same rows: the selection stays where it is
            self.repaint()
            return
        self.beginResetModel()
        self.calls = list(calls)
        self.endResetModel()

    def repaint(self) -> None:
        """Every row again: the waiting times moved on, or the flash changed phase."""
        if self.calls:
            self.dataChanged.emit(self.index(0), self.index(len(self.calls) - 1))

    def row_of(self, call_id: str) -> int:
        return next((i for i, c in enumerate(self.calls) if c.id == call_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.calls)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.calls):
            return None
        call, ctx = self.calls[index.row()], self.ctx
        if role == CALL_ROLE:
            return call
        if role == Qt.DisplayRole:
            return rows.kiosk_label(call.kiosk, ctx.places, ctx.language)
        if role == Qt.AccessibleTextRole:
            if self.closed:
                return rows.describe_closed(call, ctx.language, ctx.places)
            return rows.describe_open(call, ctx.now, ctx.language, ctx.places,
                                      ctx.open_for(call.id), ctx.open_calls)
        return None


def _elided(painter: QPainter, rect: QRect, text: str, align) -> None:
    painter.drawText(rect, align | Qt.AlignVCenter,
                     painter.fontMetrics().elidedText(text, Qt.ElideRight, rect.width()))


class _Delegate(QStyledItemDelegate):
    height = 100

    def __init__(self, ctx: ConsoleContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx

    def sizeHint(self, option, index) -> QSize:
        return QSize(self.ctx.theme.px(400), self.ctx.theme.px(self.height))

    def _background(self, painter: QPainter, option, flash: bool) -> QRect:
        theme, px = self.ctx.theme, self.ctx.theme.px
        rect = option.rect
        selected = bool(option.state & QStyle.State_Selected)
        color = "highlight" if flash else "primary_soft" if selected else "surface"
        painter.fillRect(rect, theme.color(color))
        if selected:  # a frame as well as a fill: the selection shows through the flashing
            width = px(5)
            painter.setPen(QPen(theme.color("primary"), width))
            painter.setBrush(Qt.NoBrush)
            painter.drawRect(rect.adjusted(width // 2, width // 2, -(width + 1) // 2,
                                           -(width + 1) // 2))
        else:
            painter.setPen(theme.color("surface_alt"))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        return rect


class OpenCallDelegate(_Delegate):
    """[⚠ URGENT / NEW]  floor · kiosk, need  ...  waiting mm:ss, who is on the way."""

    height = 150
    others_height = 50  # a third line, the width of the row: the other visitors waiting there

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        if self._others(index.data(CALL_ROLE)):
            size.setHeight(size.height() + self.ctx.theme.px(self.others_height))
        return size

    def _others(self, call: Call | None) -> str:
        return rows.others_text(call, self.ctx.open_calls, self.ctx.language) if call else ""

    def paint(self, painter: QPainter, option, index) -> None:
        call: Call = index.data(CALL_ROLE)
        ctx = self.ctx
        theme, px, lang = ctx.theme, ctx.theme.px, ctx.language
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        rect = self._background(painter, option, rows.needs_attention(call) and ctx.flash_on)
        pad = px(20)
        inner = rect.adjusted(pad, px(14), -pad, -px(14))
        others = self._others(call)
        if others:
            inner.setBottom(inner.bottom() - px(self.others_height))
        tag_width = px(200)
        self._paint_tags(painter, QRect(inner.left(), inner.top(), tag_width, inner.height()),
                         call)
        # The waiting time is never cut short: the right column is as wide as it needs; the
        # kiosk's name gives way first (elided), then who is on the way.
        waiting = rows.waiting_text(call, ctx.now, lang, ctx.open_for(call.id))
        state = rows.state_text(call, lang)
        painter.setFont(theme.font(40, bold=True))
        need = painter.fontMetrics().horizontalAdvance(waiting)
        painter.setFont(theme.font(28, bold=True))
        need = max(need, min(painter.fontMetrics().horizontalAdvance(state),
                             inner.width() * 2 // 5)) + px(4)
        right_width = max(px(260), need)
        right = QRect(inner.right() - right_width, inner.top(), right_width, inner.height())
        left = QRect(inner.left() + tag_width + pad, inner.top(),
                     right.left() - inner.left() - tag_width - 2 * pad, inner.height())
        top_h = inner.height() * 55 // 100
        painter.setPen(theme.color("text"))
        painter.setFont(theme.font(38, bold=True))
        _elided(painter, QRect(left.left(), left.top(), left.width(), top_h),
                rows.where(call, ctx.places, lang), Qt.AlignLeft)
        painter.setFont(theme.font(30))
        _elided(painter, QRect(left.left(), left.top() + top_h, left.width(),
                               left.height() - top_h), rows.need_text(call, lang), Qt.AlignLeft)
        painter.setFont(theme.font(40, bold=True))
        _elided(painter, QRect(right.left(), right.top(), right.width(), top_h), waiting,
                Qt.AlignRight)
        painter.setFont(theme.font(28, bold=call.state in ("acknowledged", "arrived")))
        painter.setPen(theme.color("primary" if call.state == "acknowledged" else "text"))
        _elided(painter, QRect(right.left(), right.top() + top_h, right.width(),
                               right.height() - top_h), state, Qt.AlignRight)
        if others:
            painter.setPen(theme.color("text"))
            painter.setFont(theme.font(30, bold=True))
            _elided(painter, QRect(left.left(), inner.bottom(), inner.right() - left.left(),
                                   px(self.others_height)), others, Qt.AlignLeft)
        painter.restore()

    def _paint_tags(self, painter: QPainter, rect: QRect, call: Call) -> None:
        theme, px, lang = self.ctx.theme, self.ctx.theme.px, self.ctx.language
        pills = []
        if call.escalated:
            pills.append(("help", "help_text", tr("console.urgent", lang), True))
        if rows.is_new(call):
            pills.append(("text", "surface", tr("console.new", lang), False))
        if not pills:
            return
        pill_h = min(px(52), (rect.height() - px(8)) // 2) if len(pills) == 2 else px(60)
        gap = px(8)
        top = rect.top() + (rect.height() - len(pills) * pill_h - (len(pills) - 1) * gap) // 2
        painter.setFont(theme.font(28, bold=True))
        for fill, ink, word, symbol in pills:
            pill = QRect(rect.left(), top, rect.width(), pill_h)
            path = QPainterPath()
            path.addRoundedRect(pill, px(10), px(10))
            painter.fillPath(path, theme.color(fill))
            text_rect = pill.adjusted(px(10), 0, -px(10), 0)
            if symbol:
                side = pill_h * 70 // 100
                icon = QRect(text_rect.left(), pill.top() + (pill_h - side) // 2, side, side)
                self._paint_warning(painter, icon, ink, fill)
                text_rect.setLeft(icon.right() + px(8))
            painter.setPen(theme.color(ink))
            _elided(painter, text_rect, word, Qt.AlignHCenter if not symbol else Qt.AlignLeft)
            top += pill_h + gap

    def _paint_warning(self, painter: QPainter, rect: QRect, fill: str, ink: str) -> None:
        """A warning triangle with "!": the symbol does not depend on a font having ⚠."""
        theme = self.ctx.theme
        path = QPainterPath()
        path.moveTo(QPointF(rect.center().x(), rect.top()))
        path.lineTo(QPointF(rect.right(), rect.bottom()))
        path.lineTo(QPointF(rect.left(), rect.bottom()))
        path.closeSubpath()
        painter.fillPath(path, theme.color(fill))
        painter.setPen(theme.color(ink))
        font = theme.font(1, bold=True)
        font.setPixelSize(max(1, rect.height() * 70 // 100))
        painter.setFont(font)
        painter.drawText(rect.adjusted(0, rect.height() // 5, 0, 0), Qt.AlignCenter, "!")
        painter.setFont(theme.font(28, bold=True))


class ClosedCallDelegate(_Delegate):
    """14:05  floor · kiosk        total 06:03
    how it ended (resolved by whom, or cancelled)
    the need
    acknowledged after 00:12 · arrived after 02:40"""

    height = 150

    def paint(self, painter: QPainter, option, index) -> None:
        call: Call = index.data(CALL_ROLE)
        ctx = self.ctx
        theme, px, lang = ctx.theme, ctx.theme.px, ctx.language
        painter.save()
        rect = self._background(painter, option, False)
        inner = rect.adjusted(px(18), px(8), -px(18), -px(8))
        line = inner.height() // 4

        def at(n: int, left: int = 0, width: int = 0) -> QRect:
            return QRect(inner.left() + left, inner.top() + n * line, width or inner.width(), line)

        painter.setFont(theme.font(26, bold=True))
        painter.setPen(theme.color("text_muted"))
        total = rows.history_total(call, lang)
        total_w = painter.fontMetrics().horizontalAdvance(total) + px(4)
        _elided(painter, at(0, inner.width() - total_w, total_w), total, Qt.AlignRight)
        painter.setPen(theme.color("text"))
        title = (f"{rows.time_of_day(rows.raised_at(call))}  "
                 f"{rows.where(call, ctx.places, lang)}")
        _elided(painter, at(0, 0, inner.width() - total_w - px(12)), title, Qt.AlignLeft)
        painter.setFont(theme.font(24, bold=True))
        painter.setPen(theme.color("presence_in" if call.state == "resolved" else "text_muted"))
        _elided(painter, at(1), rows.state_text(call, lang), Qt.AlignLeft)
        painter.setFont(theme.font(24))
        painter.setPen(theme.color("text"))
        _elided(painter, at(2), rows.need_text(call, lang), Qt.AlignLeft)
        painter.setPen(theme.color("text_muted"))
        _elided(painter, at(3), rows.history_steps(call, lang), Qt.AlignLeft)
        painter.restore()


def call_view(ctx: ConsoleContext, model: CallListModel, name: str,
              selectable: bool) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)
    delegate = ClosedCallDelegate(ctx, view) if model.closed else OpenCallDelegate(ctx, view)
    view.setItemDelegate(delegate)
    view.setUniformItemSizes(model.closed)  # an open call's row grows for other visitors
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
    view.setSelectionMode(QAbstractItemView.SingleSelection if selectable
                          else QAbstractItemView.NoSelection)
    view.setFocusPolicy(Qt.StrongFocus if selectable else Qt.NoFocus)
    view.setSpacing(ctx.theme.px(3))
    return view
