"""How a row is painted on the console's lists: the rows' common background (the selection
framed as well as filled, the flash of a call nobody answered), the one stack that lays out
every row whose texts go one under the other (today's closed calls, the messages, an open
call too narrow for its texts side by side), and today's closed calls. An open call's row is
open_call_row.py, a message's note_list.py."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from kiosk.calls.call import Call
from kiosk.ui.console import rows
from kiosk.ui.widgets.row_ground import paint_rule
from kiosk.ui.widgets.text_fit import draw, fit

CALL_ROLE = Qt.UserRole + 1


class CallRowDelegate(QStyledItemDelegate):
    height = 100
    role = CALL_ROLE  # the model's role holding what a row shows
    # Off: the rows are painted without their words, so a check of contrast on the pixels
    # can tell the words' colour from what is behind them (text_areas says where they are).
    words = True

    def __init__(self, ctx: ConsoleContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._areas: dict[int, list] = {}  # row -> (text, rect) of each text it last painted
        self._row = -1

    def text_areas(self, _rect: QRect, index) -> list[tuple[str, QRect]]:
        """Where the row's texts were painted last (tests/support/pixel_contrast.py)."""
        return self._areas.get(index.row(), [])

    def _start(self, index) -> None:
        """A row's painting begins: its texts are recorded afresh."""
        self._row = index.row()
        self._areas[self._row] = []

    def _draw(self, painter: QPainter, rect: QRect, text: str, flags, **options) -> None:
        """Every text of every row is drawn here: fitted (text_fit.draw) and recorded."""
        self._areas.setdefault(self._row, []).append((text, QRect(rect)))
        if self.words:
            draw(painter, rect, text, flags, **options)

    def sizeHint(self, option, index) -> QSize:
        """As tall as the row's stack at the list's width (`_lines`), never below `height`."""
        px, item = self.ctx.theme.px, index.data(self.role)
        stack = self._lines(item, self._row_width())[0] if item is not None else 0
        return QSize(px(400), max(stack, px(self.height)))

    def _lines(self, item, width: int) -> tuple[int, list]:
        """The row's stack at `width`: its height and its blocks (none: a row of its own
        shape, as the open calls' side by side)."""
        return 0, []

    def _stack(self, texts: list, left: int, top: int, pad: int = 8) -> tuple[int, list]:
        """(font, ink, text, width) each wrapped whole at its width, one under the other
        from (left, top): the row's height (the bottom they reach and `pad` px below it)
        and their blocks to paint. Every stacked row of the console is laid out here."""
        blocks, y = [], top
        for font, ink, text, room in texts:
            lines = len(fit(font, text, room, max_lines=12, count=False)) if text else 0
            height = QFontMetrics(font).lineSpacing() * lines
            blocks.append((font, ink, text, QRect(left, y, room, height), lines))
            y += height
        return y + self.ctx.theme.px(pad), blocks

    def _paint_stack(self, painter: QPainter, rect: QRect, blocks: list, left: int,
                     height: int) -> QPoint:
        """The blocks of a stack `height` px tall inside the row's `rect`, centred in its
        height where it is taller; a block right of `left` is set flush right (a total
        beside a title). Returns where the stack's top left was put."""
        top = rect.topLeft() + QPoint(0, max(0, rect.height() - height) // 2)
        for font, ink, text, box, lines in blocks:
            if lines:
                painter.setFont(font)
                painter.setPen(self.ctx.theme.color(ink))
                align = Qt.AlignRight if box.left() > left else Qt.AlignLeft
                self._draw(painter, box.translated(top), text, align | Qt.AlignTop,
                           max_lines=lines)
        return top

    def _row_width(self) -> int:
        """The width the row is painted at: the list's, less its spacing on each side."""
        view = self.parent()
        if view is None:
            return self.ctx.theme.px(1200)
        return view.viewport().width() - 2 * view.spacing()

    def _background(self, painter: QPainter, option, flash: bool) -> QRect:
        theme, px = self.ctx.theme, self.ctx.theme.px
        rect = option.rect
        selected = bool(option.state & QStyle.State_Selected)
        color = "highlight" if flash else "primary_soft" if selected else "surface"
        painter.fillRect(rect, theme.color(color))
        if selected:  # a frame as well as a fill: the selection shows through the flashing
            width = px(5)  # and the frame ends the row, darker than the rule
            # On the flash, the flash's own ink: high contrast's primary is its yellow.
            painter.setPen(QPen(theme.color("highlight_text" if flash else "primary"), width))
            painter.setBrush(Qt.NoBrush)
            painter.drawRect(rect.adjusted(width // 2, width // 2, -(width + 1) // 2,
                                           -(width + 1) // 2))
        else:
            paint_rule(painter, theme, rect)
        return rect


class ClosedCallDelegate(CallRowDelegate):
    """14:05  floor · kiosk        total 06:03
    how it ended (resolved by whom, or cancelled)
    the need
    acknowledged after 00:12 · arrived after 02:40
    Each line wrapped whole at the list's width (large text, a narrow column): the total
    goes under the title where it does not fit beside it."""

    height = 150

    def _lines(self, call: Call, width: int) -> tuple[int, list]:
        """The row's height at `width` and its blocks: (font, ink, text, rect) each."""
        theme, px, lang = self.ctx.theme, self.ctx.theme.px, self.ctx.language
        inner = width - 2 * px(18)
        title = (f"{rows.raised_moment(call, self.ctx.now, lang)}  "
                 f"{rows.where(call, self.ctx.places, lang)}")
        total = rows.history_total(call, lang)
        ended = "presence_in" if call.state == "resolved" else "text_muted"
        head = theme.font(26, bold=True)
        total_w = QFontMetrics(head).horizontalAdvance(total) + px(4)
        beside = (QFontMetrics(head).horizontalAdvance(title) + px(12) + total_w <= inner)
        texts = [(head, "text", title, inner - total_w - px(12) if beside else inner)]
        if not beside:
            texts.append((head, "text_muted", total, inner))
        texts += [(theme.font(24, bold=True), ended, rows.state_text(call, lang), inner),
                  (theme.font(24), "text", rows.need_text(call, lang), inner),
                  (theme.font(24), "text_muted", rows.history_steps(call, lang), inner)]
        height, blocks = self._stack(texts, px(18), px(8))
        if beside:
            first = blocks[0][3]
            blocks.append((head, "text_muted", total,
                           QRect(px(18) + inner - total_w, first.top(), total_w,
                                 QFontMetrics(head).lineSpacing()), 1))
        return height, blocks

    def paint(self, painter: QPainter, option, index) -> None:
        call: Call = index.data(CALL_ROLE)
        self._start(index)
        painter.save()
        rect = self._background(painter, option, False)
        height, blocks = self._lines(call, rect.width())
        self._paint_stack(painter, rect, blocks, self.ctx.theme.px(18), height)
        painter.restore()
