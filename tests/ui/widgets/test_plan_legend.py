"""The floor plans' key: every pictogram named in the visitor's language, inside its strip."""
from __future__ import annotations

from looks import LARGEST, SMALLEST, in_looks, wear
from PySide6.QtGui import QFontMetrics

from kiosk.ui.widgets.plan_legend import PICTOGRAMS, PLAN_ENTRIES, ROUTE_ENTRIES, PlanLegend


@in_looks(shape="landscape", zoom=(SMALLEST, LARGEST))  # the strip's widths are the test's own
def test_entries_flow_inside_the_strip(qtbot, window, look):
    wear(window, look)
    legend = PlanLegend(window.ctx, ROUTE_ENTRIES)
    qtbot.addWidget(legend)
    heights = []
    for width in (1800, 900, 500):
        places = legend._places(width)
        assert [key for key, _icon, _text in places] == list(ROUTE_ENTRIES)
        for key, icon, text in places:
            assert text.right() <= width and icon.left() >= 0, (key, width)
        heights.append(legend.heightForWidth(width))
    assert heights == sorted(heights) and heights[-1] > heights[0]  # narrower: more rows


def test_floor_page_shows_the_key(window):
    window.navigate(("floor", "2F"))
    legend = window.page("floor").findChild(PlanLegend)
    assert legend.isVisible() and legend.height() >= legend.heightForWidth(legend.width())
    assert "엘리베이터" in legend.accessibleName()
    assert set(ROUTE_ENTRIES) <= set(PICTOGRAMS)


@in_looks(shape="landscape", zoom=LARGEST)
def test_entries_stand_in_columns_where_rows_overrun_the_room(qtbot, window, look):
    """Given less room than its rows take, the key stands in columns: shorter, every entry
    in order inside the strip, none over another, words on two lines at most."""
    wear(window, look)
    legend = PlanLegend(window.ctx, PLAN_ENTRIES)  # every mark of a floor's plan
    qtbot.addWidget(legend)
    width = legend.widest() * 17 // 10  # beside a plan, a column and a bit
    rows = legend.heightForWidth(width)
    legend.set_most_height(rows - 1)
    assert legend.heightForWidth(width) < rows
    places = legend._places(width)
    assert [key for key, _icon, _text in places] == list(PLAN_ENTRIES)
    assert len({text.left() for _key, _icon, text in places}) >= 2  # columns
    line = QFontMetrics(window.ctx.theme.font(24)).lineSpacing()
    for i, (key, icon, text) in enumerate(places):
        assert icon.left() >= 0 and text.right() <= width and text.height() <= 2 * line + 1
        for other_key, other_icon, other_text in places[i + 1:]:
            assert not text.united(icon).intersects(other_text.united(other_icon)), \
                (key, other_key)
    legend.set_most_height(None)
    assert legend.heightForWidth(width) == rows
