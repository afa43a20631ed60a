"""How a call's row is painted on the console's lists: the rows' common background (the
selection framed as well as filled, the flash of a call nobody answered) and today's closed
calls. An open call's row is open_call_row.py."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from kiosk.calls.call import Call
from kiosk.ui.console import rows

CALL_ROLE = Qt.UserRole + 1


def _elided(painter: QPainter, rect: QRect, text: str, align) -> None:
    painter.drawText(rect, align | Qt.AlignVCenter,
                     painter.fontMetrics().elidedText(text, Qt.ElideRight, rect.width()))


class CallRowDelegate(QStyledItemDelegate):
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


class ClosedCallDelegate(CallRowDelegate):
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


