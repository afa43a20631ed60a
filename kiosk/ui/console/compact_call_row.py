"""An open call's row at large text (150 % and 200 %), and wherever the side-by-side row
cannot hold its words whole: as few lines as its words allow, so a 1280 x 1024 desk screen
shows three calls whole with their place, need and wait.
    [⚠ URGENT] [NEW]  floor · kiosk · +1 more visitor          waiting mm:ss
    need · destination · who is on the way (once someone acknowledged: NEW says it till then)
The other visitors at the same kiosk are counted, not described (rows.others_short): each
has its row, with its need. The place goes under the tags where the line cannot hold it beside
them and the waiting time; the waiting time under the tags where even they do not fit beside
it. Every text is wrapped whole (CallRowDelegate._stack), none cut. The delegate
(open_call_row.py) lends its words, fonts, inks and tags; this module lays them out."""
from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter

from kiosk.calls.call import Call
from kiosk.ui.console import rows

PAD = 5  # units above and below the row's words


def _texts(d, call: Call) -> dict[str, str]:
    """The row's two texts besides the tags and the waiting time."""
    texts, lang = d._texts(call), d.ctx.language
    where = " · ".join(t for t in (texts["where"],
                                   rows.others_short(call, d.ctx.open_calls, lang)) if t)
    need = texts["need"] if rows.is_new(call) else f"{texts['need']} · {texts['state']}"
    return {"where": where, "need": need, "waiting": texts["waiting"]}


def _head(d, call: Call, inner: int) -> dict:
    """The head line at `inner` px: the tags' widths, whether the place and the waiting time
    go beside them, and the line's height. The waiting time is measured with its digits as
    zeros, so the line keeps its shape as it counts."""
    px, texts, fonts = d.ctx.theme.px, _texts(d, call), d._fonts(call)
    pills = d._pills(call)
    widths = [d._pill_need(p) for p in pills]
    tags = sum(widths) + px(8) * max(0, len(pills) - 1)
    gap = px(16)
    waiting = QFontMetrics(fonts["waiting"]).horizontalAdvance(
        re.sub(r"\d", "0", texts["waiting"])) + px(4)
    where = QFontMetrics(fonts["where"]).horizontalAdvance(texts["where"]) + px(4)
    lead = tags + gap if pills else 0
    waiting_below = bool(pills) and tags + gap + waiting > inner
    pill_h = d.pill_height() if pills else 0
    line = QFontMetrics(fonts["waiting"]).lineSpacing()
    return {"widths": widths, "waiting_below": waiting_below, "lead": lead,
            "where_beside": not waiting_below and lead + where + gap + waiting <= inner,
            "height": pill_h + px(6) + line if waiting_below else max(pill_h, line),
            "waiting": waiting}


def lay_out(d, call: Call, width: int) -> tuple[int, list, dict]:
    """The row's height at `width`, the blocks of the lines under the head, and the head."""
    px = d.ctx.theme.px
    inner = width - 2 * px(18)
    head = _head(d, call, inner)
    texts, fonts = _texts(d, call), d._fonts(call)
    keys = ([] if head["where_beside"] else ["where"]) + ["need"]
    height, blocks = d._stack([(fonts[k], d._ink(call, k), texts[k], inner) for k in keys],
                              px(18), px(PAD) + head["height"] + px(2), pad=PAD)
    return height, blocks, head


def paint(d, painter: QPainter, rect: QRect, call: Call) -> None:
    theme, px = d.ctx.theme, d.ctx.theme.px
    height, blocks, head = lay_out(d, call, rect.width())
    top = d._paint_stack(painter, rect, blocks, px(18), height)
    texts, fonts = _texts(d, call), d._fonts(call)
    line = QRect(top.x() + px(18), top.y() + px(PAD), rect.width() - 2 * px(18),
                 head["height"])
    pill_h = d.pill_height()
    x = line.left()
    pill_top = line.top() if head["waiting_below"] else line.top() + (line.height() - pill_h) // 2
    for width, pill in zip(head["widths"], d._pills(call)):
        d._paint_pill(painter, QRect(x, pill_top, width, pill_h), pill)
        x += width + px(8)
    waiting_h = QFontMetrics(fonts["waiting"]).lineSpacing()
    waiting = (QRect(line.left(), line.bottom() - waiting_h + 1, line.width(), waiting_h)
               if head["waiting_below"] else line)
    painter.setFont(fonts["waiting"])
    painter.setPen(theme.color(d._ink(call, "waiting")))
    d._draw(painter, waiting, texts["waiting"], Qt.AlignRight | Qt.AlignVCenter)
    if head["where_beside"]:
        where = QRect(line.left() + head["lead"], line.top(),
                      line.width() - head["lead"] - head["waiting"] - px(16), line.height())
        painter.setFont(fonts["where"])
        painter.setPen(theme.color(d._ink(call, "where")))
        d._draw(painter, where, texts["where"], Qt.AlignLeft | Qt.AlignVCenter)
