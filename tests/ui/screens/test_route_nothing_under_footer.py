"""Nothing on the route screen lies half under the footer in landscape, where the plan and the
steps lie side by side in the first view: what it cannot show whole (magnified, the QR code and
its words, the plan's key) starts below it, scrolled to, never cut by the footer's edge (or the
reach band's); in every text size, both languages, full height and lowered. (In portrait the
page is one long column that scrolls.)"""
from __future__ import annotations

from helpers import each_route
from looks import POSITIONS, in_looks, wear
from PySide6.QtWidgets import QLabel

PARTS = ("qr", "qr_caption", "legend", "summary")


def cut_at_the_fold(window, page) -> list[str]:
    """Each part of the route screen (and each label in it) that shows only in part: the
    rest lies under the footer (or above the reach band's edge)."""
    found = []
    widgets = [(name, getattr(page, name)) for name in PARTS]
    widgets += [(repr(w.text()), w) for w in page.findChildren(QLabel) if w.text()]
    for what, widget in widgets:
        if not widget.isVisible():
            continue
        shown = widget.visibleRegion().boundingRect()
        if not shown.isEmpty() and shown.height() < widget.height():
            found.append(f"{what}: {shown.height()} of {widget.height()} px show")
    return found


@in_looks(shape="landscape", low_position=POSITIONS)
def test_nothing_on_the_route_lies_half_under_the_footer(window, demo, look):
    wear(window, look)
    found = []
    for name in each_route(window, demo):
        found += [f"{name}: {problem}"
                  for problem in cut_at_the_fold(window, window.page("route"))]
    assert found == [], "\n".join(found)
