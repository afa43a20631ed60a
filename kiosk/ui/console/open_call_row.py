"""An open call's row on the console: large, flashing while nobody answered, every text
whole (side by side where the row is wide enough, else compact: compact_call_row.py)."""
from __future__ import annotations

import re

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath

from kiosk.calls.call import Call
from kiosk.directory.strings import tr
from kiosk.ui.console import compact_call_row, rows
from kiosk.ui.console.call_row import CALL_ROLE, CallRowDelegate


class OpenCallDelegate(CallRowDelegate):
    """Side by side where every text of the row fits whole on its line:
        [⚠ URGENT / NEW]  floor · kiosk                 waiting mm:ss
                          need                      who is on the way
                          + the other visitors waiting there
    else (a narrow window, large text) compact, each text wrapped whole, none cut
    (compact_call_row.py)."""

    height = 150
    others_height = 50  # a third line, the width of the row: the other visitors waiting there

    def sizeHint(self, option, index) -> QSize:
        call = index.data(CALL_ROLE)
        size = super().sizeHint(option, index)
        if call is None:
            return size
        if self.compact(call, self._row_width()):
            return QSize(size.width(), compact_call_row.lay_out(self, call, self._row_width())[0])
        if self._others(call):
            size.setHeight(size.height() + self.ctx.theme.px(self.others_height))
        return size

    def _others(self, call: Call | None) -> str:
        return rows.others_text(call, self.ctx.open_calls, self.ctx.language) if call else ""

    def _texts(self, call: Call) -> dict[str, str]:
        ctx = self.ctx
        return {"where": rows.where(call, ctx.places, ctx.language),
                "need": rows.need_text(call, ctx.language),
                "waiting": rows.waiting_text(call, ctx.now, ctx.language, ctx.open_for(call.key)),
                "state": rows.state_text(call, ctx.language),
                "others": self._others(call)}

    def _fonts(self, call: Call) -> dict[str, QFont]:
        """At large text every word is the body's size or near it, emphasis by weight: the
        desk's sizes doubled left room for one row on a 1024 px screen."""
        font, large = self.ctx.theme.font, self.ctx.large
        return {"where": font(28 if large else 38, bold=True), "need": font(26 if large else 30),
                "waiting": font(28 if large else 40, bold=True),
                "state": font(24 if large else 28, bold=call.state in ("acknowledged", "arrived")),
                "others": font(26 if large else 30, bold=True)}

    def _columns(self, rect: QRect, call: Call) -> tuple[QRect, QRect, QRect, QRect]:
        """The side-by-side row's tag column, left and right columns and the others' line.
        The right column is as wide as the waiting time needs, and the state up to 2/5."""
        px, pad = self.ctx.theme.px, self.ctx.theme.px(20)
        inner = rect.adjusted(pad, px(14), -pad, -px(14))
        others = QRect()
        if self._others(call):
            inner.setBottom(inner.bottom() - px(self.others_height))
        texts, fonts = self._texts(call), self._fonts(call)
        # Room for the waiting time as it will grow, so the row keeps its shape each second.
        waiting = re.sub(r"\d", "0", texts["waiting"])
        need = max(QFontMetrics(fonts["waiting"]).horizontalAdvance(waiting),
                   min(QFontMetrics(fonts["state"]).horizontalAdvance(texts["state"]),
                       inner.width() * 2 // 5)) + px(4)
        right_width = max(px(260), need)
        tag_width = px(200)
        tags = QRect(inner.left(), inner.top(), tag_width, inner.height())
        right = QRect(inner.right() - right_width, inner.top(), right_width, inner.height())
        left = QRect(inner.left() + tag_width + pad, inner.top(),
                     right.left() - inner.left() - tag_width - 2 * pad, inner.height())
        if self._others(call):
            others = QRect(left.left(), inner.bottom(), inner.right() - left.left(),
                           px(self.others_height))
        return tags, left, right, others

    def compact(self, call: Call, width: int) -> bool:
        """Whether the row at `width` is laid out compact (compact_call_row.py): at large
        text, and wherever the side-by-side row cannot hold every text whole."""
        if self.ctx.large:
            return True
        texts, fonts = self._texts(call), self._fonts(call)
        _tags, left, right, others = self._columns(
            QRect(0, 0, width, self.ctx.theme.px(self.height)), call)
        room = {"where": left, "need": left, "waiting": right, "state": right,
                "others": others}
        texts["waiting"] = re.sub(r"\d", "0", texts["waiting"])
        return not all(QFontMetrics(fonts[k]).horizontalAdvance(t) <= room[k].width()
                       for k, t in texts.items() if t)

    def _pill_font(self) -> QFont:
        return self.ctx.theme.font(24 if self.ctx.large else 28, bold=True)

    def pill_height(self) -> int:
        """A tag's height: a finger's width at the desk's size; its word and a margin at
        large text, where the word alone is as tall."""
        px = self.ctx.theme.px
        return (QFontMetrics(self._pill_font()).height() + px(6) if self.ctx.large
                else px(60))

    def _pill_need(self, pill: tuple[str, str, str, bool]) -> int:
        """A tag's least width: its word whole, its padding, its triangle (_paint_pill)."""
        px, (_fill, _ink, word, symbol) = self.ctx.theme.px, pill
        need = QFontMetrics(self._pill_font()).horizontalAdvance(word)
        return need + 2 * px(10) + (self.pill_height() * 70 // 100 + px(8) if symbol else 0) + 1

    def paint(self, painter: QPainter, option, index) -> None:
        call: Call = index.data(CALL_ROLE)
        self._start(index)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        rect = self._background(painter, option,
                                rows.needs_attention(call) and self.ctx.flash_on)
        if self._overdue(call):  # the alert colour down its edge, as an overdue message's
            painter.fillRect(rect.adjusted(0, 0, -rect.width() + self.ctx.theme.px(12), 0),
                             self.ctx.theme.color("help"))
        if self.compact(call, rect.width()):
            compact_call_row.paint(self, painter, rect, call)
        else:
            self._paint_beside(painter, rect, call)
        painter.restore()

    def _paint_beside(self, painter: QPainter, rect: QRect, call: Call) -> None:
        theme = self.ctx.theme
        texts, fonts = self._texts(call), self._fonts(call)
        tags, left, right, others = self._columns(rect, call)
        self._paint_tags(painter, tags, call)
        top_h = left.height() * 55 // 100
        upper = (left.top(), top_h)
        lower = (left.top() + top_h, left.height() - top_h)
        for key, column, (y, h), align in (("where", left, upper, Qt.AlignLeft),
                                           ("need", left, lower, Qt.AlignLeft),
                                           ("waiting", right, upper, Qt.AlignRight),
                                           ("state", right, lower, Qt.AlignRight),
                                           ("others", others, (others.top(), others.height()),
                                            Qt.AlignLeft)):
            if texts[key]:
                painter.setFont(fonts[key])
                painter.setPen(theme.color(self._ink(call, key)))
                self._draw(painter, QRect(column.left(), y, column.width(), h), texts[key],
                     align | Qt.AlignVCenter)

    def _overdue(self, call: Call) -> bool:
        return rows.overdue(call, self.ctx.now, self.ctx.open_for(call.key))

    def _ink(self, call: Call, key: str) -> str:
        if rows.needs_attention(call) and self.ctx.flash_on:
            return "highlight_text"  # on the flashing row's highlight
        if key == "waiting" and self._overdue(call):
            return "help"  # with the OVERDUE tag beside it: never colour alone
        return "primary" if key == "state" and call.state == "acknowledged" else "text"

    def _pills(self, call: Call) -> list[tuple[str, str, str, bool]]:
        lang = self.ctx.language
        pills = []
        if call.escalated:
            pills.append(("help", "help_text", tr("console.urgent", lang), True))
        if rows.is_new(call):
            pills.append(("text", "surface", tr("console.new", lang), False))
        if self._overdue(call):
            pills.append(("help", "help_text", tr("console.overdue", lang), True))
        return pills

    def _paint_tags(self, painter: QPainter, rect: QRect, call: Call) -> None:
        """The pills one above the other in the side-by-side row's tag column."""
        px = self.ctx.theme.px
        pills = self._pills(call)
        if not pills:
            return
        pill_h = min(px(52), (rect.height() - px(8)) // 2) if len(pills) == 2 else px(60)
        gap = px(8)
        top = rect.top() + (rect.height() - len(pills) * pill_h - (len(pills) - 1) * gap) // 2
        for pill in pills:
            self._paint_pill(painter, QRect(rect.left(), top, rect.width(), pill_h), pill)
            top += pill_h + gap

    def _paint_pill(self, painter: QPainter, pill: QRect,
                    what: tuple[str, str, str, bool]) -> None:
        theme, px = self.ctx.theme, self.ctx.theme.px
        fill, ink, word, symbol = what
        path = QPainterPath()
        path.addRoundedRect(pill, px(10), px(10))
        painter.fillPath(path, theme.color(fill))
        text_rect = pill.adjusted(px(10), 0, -px(10), 0)
        if symbol:
            side = pill.height() * 70 // 100
            icon = QRect(text_rect.left(), pill.top() + (pill.height() - side) // 2, side, side)
            self._paint_warning(painter, icon, ink, fill)
            text_rect.setLeft(icon.right() + px(8))
        painter.setFont(self._pill_font())
        painter.setPen(theme.color(ink))
        # Through text_fit like every other text: a word cut in a narrow pill is counted.
        self._draw(painter, text_rect, word,
             (Qt.AlignHCenter if not symbol else Qt.AlignLeft) | Qt.AlignVCenter)

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


