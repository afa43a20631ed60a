"""A list row's description wraps onto the lines it needs, the row as tall as they are: a
narrow row at 100 % (a floor's places beside its plan) cut "Books for babies and children to
read and bor…" to one line, uncounted."""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from kiosk.ui.widgets import text_fit
from kiosk.ui.widgets.answer_row import ANSWER_ROLE


def test_a_description_wraps_whole_and_its_row_grows(window):
    window.navigate(("floor", "1F"))
    view = window.page("floor").list
    delegate, index = view.itemDelegate(), view.model().index(0, 0)
    row = index.data(ANSWER_ROLE)
    heights = {}
    for width in (900, 480):  # the narrower, the more lines and the taller the row
        _avatar, _way, drawn, height = delegate.layout(QRect(0, 0, width, 0), row)
        description = next(d for d in drawn if row.detail in d[3])
        area, font, text, most = description[0], description[1], description[3], description[5]
        lines = text_fit.fit(font, text, area.width(), most, count=False)
        assert not lines[-1].endswith("…"), f"{text!r} cut at {width} px: {lines}"
        assert area.height() == text_fit.lines_height(font, len(lines))
        heights[width] = (len(lines), height)
    assert heights[480][0] > 1 and heights[480][1] > heights[900][1]
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 480, heights[480][1])
    image = QImage(480, heights[480][1], QImage.Format_RGB32)
    painter = QPainter(image)
    with text_fit.watch_elisions() as cut:
        delegate.paint(painter, option, index)
    painter.end()
    assert cut == []


def test_a_cut_description_is_counted(window):
    """Longer than a row can hold, it is cut: and counted, so the tour's check sees it."""
    font = window.ctx.theme.font(24)
    text = "Books for babies and children to read and borrow. " * 20
    with text_fit.watch_elisions() as cut:
        text_fit.fit(font, text, 300, 2)
    assert cut == [text]
