"""A list row is laid out once for what decides it (row_layouts.py): a screen's first opening
lays each row out (fits its words) once at each width it is laid out at, however often Qt asks for the
row's size, its place, its paint; the layout given is the one worked out afresh.

On main the services' 30 rows were laid out 190 times on their first opening, their words
fitted 760 times at 100 % (355 at 200 %), the rows in view 9 or 10 times each."""
from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect

from kiosk.directory.accessibility import Profile
from kiosk.ui.widgets import answer_row, compact_row
from kiosk.ui.widgets.answer_row import ANSWER_ROLE
from kiosk.ui.widgets.text_fit import fit


def counting_fits(monkeypatch) -> Counter:
    """Each fitting of a row's words, by font size, text, width and lines."""
    fits: Counter = Counter()

    def counted(font, text, width, max_lines=1, count=True):
        fits[(font.pixelSize(), font.bold(), text, width, max_lines)] += 1
        return fit(font, text, width, max_lines, count)

    for module in (answer_row, compact_row):
        monkeypatch.setattr(module, "fit", counted)
    return fits


@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_a_first_opening_fits_each_row_once_a_width(window, qtbot, monkeypatch, zoom):
    window.ctx.session.set_profile(Profile(zoom=zoom))
    fits = counting_fits(monkeypatch)
    window.navigate(("services",))
    qtbot.wait(1)  # posted layouts handled
    window.repaint()
    model = window.page("services").findChild(answer_row.QListView).model()
    names = {model.index(n, 0).data(ANSWER_ROLE).name for n in range(model.rowCount())}
    laid = {(text, width): n for (_size, _bold, text, width, _lines), n in fits.items()
            if text in names}  # a row's name: fitted once in each of its layouts
    again = {what: n for what, n in laid.items() if n > 1}
    assert len(laid) >= len(names) and not again, f"laid out more than once: {again}"


def test_a_kept_layout_is_the_one_worked_out_afresh(window, qtbot):
    """At each width, place and look the screens ask, in both arrangements a compact row
    keeps (its record written by a layout found again as by the first)."""
    window.navigate(("services",))
    view = window.page("services").findChild(answer_row.QListView)
    delegate, model = view.itemDelegate(), view.model()
    rows = [model.index(n, 0).data(ANSWER_ROLE) for n in range(model.rowCount())]
    for zoom in (1.0, 1.5, 2.0):
        window.ctx.session.set_profile(Profile(zoom=zoom))
        for width in (600, 1100, 1120, 600, 1760):  # 1100 then 1120: a row kept stacked
            for row in rows:
                rect = QRect(37, 411, width, 0)
                held = dict(delegate._arranged)
                fresh = delegate._lay_out(rect, row)
                fresh_held = dict(delegate._arranged)
                delegate._arranged.clear()
                delegate._arranged.update(held)
                assert delegate.layout(rect, row) == fresh, (zoom, width, row.name)
                assert delegate._arranged == fresh_held


def test_a_visit_ended_leaves_no_layout_kept(window, qtbot):
    window.navigate(("services",))
    window.repaint()
    kept = window.page("services").findChild(answer_row.QListView).itemDelegate()._layouts
    assert kept._kept
    window.ctx.session.reset_requested.emit()
    assert not kept._kept
