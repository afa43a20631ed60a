"""Where a label's words are drawn, line by line: a card's opening hours take two short lines
in a label as wide as the card, and the blank beside them is ground where "▼ More below" may
lie. Measured as wide as the label, a department's card at 150 % had 550 px of blank beside
its hours at the view's edge and said nothing of its duties below."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.label_lines import line_inks, line_rows
from kiosk.ui.widgets.more_below import MoreBelow
from kiosk.ui.widgets.view_spans import drawn_in

HOURS = "Mon–Fri 09:00–18:00\nSat 09:00–13:00"


def test_each_line_inks_only_its_words(qtbot):
    label = QLabel(HOURS)
    qtbot.addWidget(label)
    label.resize(800, 120)
    metrics = QFontMetrics(label.font())
    inks = line_inks(label)
    assert len(inks) == len(line_rows(label)) == 2
    for (left, right), words in zip(inks, HOURS.split("\n")):
        assert left == label.contentsRect().left()
        assert abs((right - left + 1) - metrics.horizontalAdvance(words)) <= 2
        assert right < 400  # far short of the label's 800 px


def test_wrapped_lines_right_aligned_end_at_the_right(qtbot):
    label = QLabel(" ".join(["Opening hours of the reading room on weekdays"] * 4))
    qtbot.addWidget(label)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignRight | Qt.AlignTop)
    label.resize(300, 400)
    inks = line_inks(label)
    assert len(inks) == len(line_rows(label)) > 2
    assert all(right == label.contentsRect().right() for _left, right in inks)
    assert all(left >= label.contentsRect().left() for left, _right in inks)


def test_the_cue_lies_beside_two_lines_of_hours(qtbot):
    theme = Theme()
    area = QScrollArea()
    qtbot.addWidget(area)
    page = QWidget()
    layout = QVBoxLayout(page)
    hours, duties = QLabel(HOURS), QLabel("Duties: lending, returns, library cards")
    layout.addSpacing(250)  # a photo, say: the view is tall enough for the cue's words
    layout.addWidget(QLabel("Lending and returns"))
    layout.addWidget(hours)
    layout.addSpacing(400)  # the next block lies well under the view's edge
    layout.addWidget(duties)
    area.setWidget(page)
    area.setWidgetResizable(True)
    strip = MoreBelow(area, theme, lambda: "More below")
    area.resize(900, 400)
    area.show()
    qtbot.waitUntil(lambda: page.height() > 400)
    view = area.viewport()
    # The view's edge falls a few px under the hours' last line: no blank row under them
    # holds the cue's arrow, only the blank beside them.
    bottom = hours.mapTo(view, hours.rect().bottomLeft()).y()
    area.resize(900, 400 + (bottom + 4 - view.height()))
    qtbot.waitUntil(lambda: strip.isVisible() and not strip.covers)
    ink_right = max(part.right() for part in drawn_in(area, view)
                    if part.intersects(strip.geometry().adjusted(-2000, 0, 0, 0)))
    assert strip.geometry().left() > ink_right  # beside the words, over none of them
    assert strip.geometry().bottom() == view.height() - 1
    assert strip.geometry().height() == QFontMetrics(theme.font(22)).height()  # its words
