"""A route's map chooses where it opens (magnified: the part of the floor the route crosses)
once, at the size it is shown at: the screen's first layout resizes the map through sizes it
never shows at, and each choice places every room's name up to six times."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from kiosk.directory.accessibility import Profile
from kiosk.ui.widgets.map_view import MapView

UPSTAIRS = ("route", "rooms", "4F-director")


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_a_route_s_first_opening_chooses_its_view_once_at_its_shown_size(window, monkeypatch,
                                                                        zoom):
    window.ctx.session.set_profile(Profile(zoom=zoom))
    settle()
    sizes = []
    choose = MapView.route_view
    monkeypatch.setattr(MapView, "route_view",
                        lambda self: (sizes.append(self.size()), choose(self))[1])
    window.navigate(UPSTAIRS)  # the route's screen, built on this tap
    settle()
    window.repaint()
    plan = window.page("route").map
    # Chosen once, at its shown size: not through the layout's passes, nor once with a scroll
    # bar that a gap under the steps, measured from how they were laid out at Qt's 640 px,
    # made the page show first (route_layout `_clear_fold`).
    assert sizes == [plan.size()]
    # The view is the one chosen afresh for that size.
    assert (plan.zoom, plan.pan) == choose(plan)


def test_a_view_chosen_later_is_the_view_chosen_at_once(window, monkeypatch):
    """Opened again at once (no paint between), the route shows the view chosen for it."""
    window.ctx.session.set_profile(Profile(zoom=2.0))
    window.navigate(UPSTAIRS)
    settle()
    plan = window.page("route").map
    plan.zoom_out()  # the visitor moved it
    moved = plan.view_transform()
    window.navigate(("home",))
    window.navigate(UPSTAIRS)  # opened anew: its opening view again
    settle()
    window.repaint()
    assert plan.view_transform() != moved
    assert plan.zoom > 1.0 and (plan.zoom, plan.pan) == plan.route_view()


class PaintCount(QObject):
    """Counts the paints a widget is sent (an event filter: replacing a Qt class's virtual
    paintEvent in a test and putting it back crashed the next test's window)."""

    def __init__(self, widget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:
        if event.type() == QEvent.Paint:
            self.count += 1
        return False


def test_choosing_the_view_while_painting_asks_for_no_second_paint(window):
    window.ctx.session.set_profile(Profile(zoom=2.0))
    settle()
    window.navigate(UPSTAIRS)
    plan = window.page("route").map
    paints = PaintCount(plan)
    plan.update()
    plan.finish_animation()
    settle()
    settle()
    assert paints.count and not plan._view_waits
    drawn = paints.count
    plan.reset_view()  # as the visitor's next floor or the window's new size asks
    settle()
    assert paints.count == drawn + 1  # one paint, which chose the view
