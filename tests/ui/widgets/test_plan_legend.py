"""The floor plans' key: every pictogram named in the visitor's language, inside its strip."""
from __future__ import annotations

from looks import LARGEST, SMALLEST, in_looks, wear

from kiosk.ui.widgets.plan_legend import PICTOGRAMS, ROUTE_ENTRIES, PlanLegend


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
