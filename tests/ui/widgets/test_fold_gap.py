"""The fold's gap (widgets/fold_gap.py): on a page of words in a scroll area, whatever the
words and wherever the view ends, each label shows whole in the first view or lies wholly under
the fold, and the page is no taller than it needs to be for that."""
from __future__ import annotations

from fold_check import cut_at_the_fold, laid_out
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.widgets.fold_gap import FoldGap, first_across

blocks = st.lists(st.tuples(st.integers(0, 2000), st.integers(1, 400)), max_size=12)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a loaded machine
@given(blocks, st.integers(0, 2400), st.integers(0, 400))
def test_the_first_block_across_the_fold_is_found(tops, fold, above):
    """Across the fold, or across a second fold `above` it (home's, under the question)."""
    tops = sorted(tops)
    assert first_across(tops, fold) == next(
        (i for i, (top, height) in enumerate(tops) if top < fold < top + height), None)
    assert first_across(tops, fold, fold - above) == next(
        (i for i, (top, height) in enumerate(tops)
         if top < fold < top + height or top < fold - above < top + height), None)


class Page(QWidget):
    def __init__(self, lines):
        super().__init__()
        self.column = QVBoxLayout(self)
        for words in lines:
            label = QLabel(words)
            label.setWordWrap(True)
            self.column.addWidget(label)
        self.column.addStretch(1)
        self.fold = FoldGap(self, self.place, self.place)

    def place(self):
        self.fold.clear([self.column], self.parentWidget().height(), 8)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.integers(1, 6), min_size=1, max_size=10),
       view=st.integers(120, 600))
def test_no_label_shows_only_in_part(qtbot, lines, view):
    page = Page(["\n".join(["words"] * n) for n in lines])
    holder = QScrollArea(widgetResizable=True)
    holder.setWidget(page)
    qtbot.addWidget(holder)
    holder.resize(400, view)
    holder.show()
    qtbot.waitExposed(holder)
    laid_out(page)
    assert cut_at_the_fold(page) == []
    if page.fold.height:  # what it moved starts under the fold, only just
        assert page.fold.item.geometry().bottom() + 1 <= holder.viewport().height() + 8 + \
            page.column.spacing()
