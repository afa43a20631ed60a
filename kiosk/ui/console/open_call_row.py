"""An open call's row on the console: large, flashing while nobody answered, every text
whole (side by side where the row is wide enough, else stacked and wrapped)."""
from __future__ import annotations

import re

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath

from kiosk.calls.call import Call
from kiosk.directory.strings import tr
from kiosk.ui.console import rows
from kiosk.ui.console.call_row import CALL_ROLE, CallRowDelegate
from kiosk.ui.widgets.text_fit import draw


class OpenCallDelegate(CallRowDelegate):
    """Side by side where every text of the row fits whole on its line:
        [⚠ URGENT / NEW]  floor · kiosk                 waiting mm:ss
                          need                      who is on the way
                          + the other visitors waiting there
    else (a narrow window, large text) stacked, each text wrapped whole, none cut:
        [⚠ URGENT] [NEW]                                waiting mm:ss
        floor · kiosk / need / who is on the way / + the other visitors"""

    height = 150
    others_height = 50  # a third line, the width of the row: the other visitors waiting there

    def sizeHint(self, option, index) -> QSize:
        call = index.data(CALL_ROLE)
        size = super().sizeHint(option, index)
        if call is None:
            return size
        stacked = self._stacked(call, self._row_width())
        if stacked is not None:
            return QSize(size.width(), stacked[0])
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
        font = self.ctx.theme.font
        return {"where": font(38, bold=True), "need": font(30), "waiting": font(40, bold=True),
                "state": font(28, bold=call.state in ("acknowledged", "arrived")),
                "others": font(30, bold=True)}

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

    def _stacked(self, call: Call, width: int) -> tuple[int, list] | None:
        """None where the side-by-side row holds every text whole; else the stacked row's
        height and its blocks at `width` (CallRowDelegate._stack), under the head line."""
        px = self.ctx.theme.px
        texts, fonts = self._texts(call), self._fonts(call)
        rect = QRect(0, 0, width, px(self.height))
        _tags, left, right, others = self._columns(rect, call)
        room = {"where": left, "need": left, "waiting": right, "state": right,
                "others": others}
        texts["waiting"] = re.sub(r"\d", "0", texts["waiting"])
        if all(QFontMetrics(fonts[k]).horizontalAdvance(t) <= room[k].width()
               for k, t in texts.items() if t):
            return None
        inner = width - 2 * px(20)
        head = self._head(call, fonts, self._texts(call)["waiting"], inner)[2]
        return self._stack([(fonts[k], self._ink(call, k), texts[k], inner)
                            for k in ("where", "need", "state", "others")],
                           px(20), px(14) + head + px(10), pad=14)

    def _head(self, call: Call, fonts: dict[str, QFont], waiting: str,
              inner: int) -> tuple[list[int], bool, int]:
        """The stacked row's head line at `inner` px: each tag's width, whether the waiting
        time goes under the tags (they do not fit beside it: at 150 % on a 1280 px screen
        they were cut to "⚠ UR…"), and the head's height. A tag takes its share of the line
        up to 200 px, and never less than its word whole."""
        px, pills = self.ctx.theme.px, self._pills(call)
        metrics = QFontMetrics(fonts["waiting"])
        waiting_w = metrics.horizontalAdvance(waiting) + px(4)
        gaps = px(8) * (len(pills) - 1)

        def widths(room: int) -> list[int]:
            share = (room - gaps) // len(pills)
            return [max(min(px(200), share), self._pill_need(p)) for p in pills]

        if not pills:
            return [], False, metrics.lineSpacing()
        # As the waiting time grows (its digits as zeros), so the head keeps its shape.
        grown = metrics.horizontalAdvance(re.sub(r"\d", "0", waiting)) + px(4)
        if sum(widths(inner - grown - px(16))) + gaps + px(16) + grown <= inner:
            return widths(inner - waiting_w - px(16)), False, max(metrics.lineSpacing(),
                                                                  px(60))
        return widths(inner), True, px(60) + px(8) + metrics.lineSpacing()

    def _pill_need(self, pill: tuple[str, str, str, bool]) -> int:
        """A tag's least width: its word whole, its padding, its triangle (_paint_pill)."""
        px, (_fill, _ink, word, symbol) = self.ctx.theme.px, pill
        need = QFontMetrics(self.ctx.theme.font(28, bold=True)).horizontalAdvance(word)
        return need + 2 * px(10) + (px(60) * 70 // 100 + px(8) if symbol else 0) + 1

    def paint(self, painter: QPainter, option, index) -> None:
        call: Call = index.data(CALL_ROLE)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        rect = self._background(painter, option,
                                rows.needs_attention(call) and self.ctx.flash_on)
        stacked = self._stacked(call, rect.width())
        if stacked is None:
            self._paint_beside(painter, rect, call)
        else:
            self._paint_stacked(painter, rect, call, stacked)
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
                draw(painter, QRect(column.left(), y, column.width(), h), texts[key],
                     align | Qt.AlignVCenter)

    def _paint_stacked(self, painter: QPainter, rect: QRect, call: Call,
                       stacked: tuple[int, list]) -> None:
        """The head line (the tags, the waiting time flush right), the stack under it."""
        theme, px = self.ctx.theme, self.ctx.theme.px
        height, blocks = stacked
        top = self._paint_stack(painter, rect, blocks, px(20), height)
        texts, fonts = self._texts(call), self._fonts(call)
        inner = QRect(top, rect.size()).adjusted(px(20), px(14), -px(20), -px(14))
        widths, below, head = self._head(call, fonts, texts["waiting"], inner.width())
        painter.setFont(fonts["waiting"])
        painter.setPen(theme.color("text"))
        waiting_w = QFontMetrics(fonts["waiting"]).horizontalAdvance(texts["waiting"]) + px(4)
        line = QFontMetrics(fonts["waiting"]).lineSpacing()
        waiting = (QRect(inner.right() - waiting_w, inner.top() + head - line, waiting_w, line)
                   if below else QRect(inner.right() - waiting_w, inner.top(), waiting_w, head))
        draw(painter, waiting, texts["waiting"], Qt.AlignRight | Qt.AlignVCenter)
        x, y = inner.left(), inner.top() + (0 if below else (head - px(60)) // 2)
        for width, pill in zip(widths, self._pills(call)):
            self._paint_pill(painter, QRect(x, y, width, px(60)), pill)
            x += width + px(8)

    @staticmethod
    def _ink(call: Call, key: str) -> str:
        return "primary" if key == "state" and call.state == "acknowledged" else "text"

    def _pills(self, call: Call) -> list[tuple[str, str, str, bool]]:
        lang = self.ctx.language
        pills = []
        if call.escalated:
            pills.append(("help", "help_text", tr("console.urgent", lang), True))
        if rows.is_new(call):
            pills.append(("text", "surface", tr("console.new", lang), False))
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
        painter.setFont(theme.font(28, bold=True))
        painter.setPen(theme.color(ink))
        # Through text_fit like every other text: a word cut in a narrow pill is counted.
        draw(painter, text_rect, word,
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
        painter.setFont(theme.font(28, bold=True))


