"""No line of words cut in half by the edge of a view, anywhere on the screenshot tour (every
state of ui/screenshots/visitor.py's tour), in Korean and English, landscape and portrait, at
100, 150 and 200 %, at full height and lowered (mounted where the reach band cuts the screen;
high contrast has the same sizes). At rest, as each state first shows: each line of each label,
each button and each painted list row shows whole in its view (a scroll area's, a list's, the
dialog's; above the footer, inside the reach band) or lies wholly out of it, or under the "▼
more below" strip that says more lies there. Measured on the drawn geometry of the running
kiosk, one kiosk for each shape and position, put in each look in turn: as the screenshots
picture it, one whose desk can be called (help's needs), then one with no call system.

The same walk checks that a screen at rest stays at rest: nothing on it hides, shows, lays
itself out or paints again turn after turn of the event loop (a cue that did so kept the CPU
busy for as long as home showed it)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fold_check import cut_in_view, hollow_scrolls, silent_folds
from helpers import keep_messages
from looks import BAND_CUTS, POSITIONS, SHAPES, SMALLEST, Look, kiosk_in, looks, settle, wear
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QScrollArea, QWidget

from kiosk.directory import config
from kiosk.ui.screenshots.desk import PicturedDesk
from kiosk.ui.screenshots.visit import no_call_states
from kiosk.ui.screenshots.visitor import tour


def at_rest(window) -> None:
    """As the visitor sees it a moment later: a list lays its rows out again after a resize,
    and a strip follows its view on the next turn of the event loop."""
    settle()
    for view in window.findChildren(QAbstractItemView):
        if view.isVisible():
            view.doItemsLayout()
    settle()


def cut_now(window) -> list[str]:
    """What shows only in part on the window now: inside the open dialog, if one is."""
    dialog = window.keypad.dialog()
    return cut_in_view(window, dialog if dialog is not None else window,
                       window.content_rect())


def silent_now(window, bar: bool = False) -> list[str]:
    """Each view of the window (of the open dialog, if one is) with more below and no cue in
    it, or, given `bar`, none in its scroll bar's track either."""
    dialog = window.keypad.dialog()
    return silent_folds(dialog if dialog is not None else window, bar)


def hollow_now(window) -> list[str]:
    """Each view of the window (of the open dialog, if one is) that scrolls only into blank."""
    dialog = window.keypad.dialog()
    return hollow_scrolls(dialog if dialog is not None else window)


# Work a screen does for itself: shown, hidden, laid out, painted, or a call queued for later.
WORK = frozenset({QEvent.Show, QEvent.Hide, QEvent.LayoutRequest, QEvent.Paint,
                  QEvent.UpdateRequest, QEvent.MetaCall})
TURNS = 8  # of the event loop, at rest


class WorkSeen(QObject):
    """Counts the work events each object receives while installed on the application."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: Counter = Counter()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in WORK:
            self.seen[(event.type().name, type(obj).__name__, obj.objectName())] += 1
        return False


def restless() -> list[str]:
    """What keeps working over TURNS turns of an event loop with nothing to do: an object that
    receives the same kind of work on most turns."""
    app = QApplication.instance()
    counter = WorkSeen()
    app.installEventFilter(counter)
    try:
        for _ in range(TURNS):
            app.processEvents()
    finally:
        app.removeEventFilter(counter)
    return [f"{kind} to {cls} '{name}' {n} times" for (kind, cls, name), n in counter.seen.items()
            if n > TURNS // 2]


@dataclass
class Walk:
    names: set = field(default_factory=set)
    cut: list = field(default_factory=list)  # lines cut by a view's edge
    restless: list = field(default_factory=list)  # screens that keep working at rest
    silent: list = field(default_factory=list)  # views with more below and no cue in view
    mute: list = field(default_factory=list)  # nor in their scroll bar
    hollow: list = field(default_factory=list)  # views that scroll only into blank


@pytest.fixture(scope="module", params=[(shape, low) for shape in SHAPES for low in POSITIONS],
                ids=lambda p: f"{p[0]}-{'low' if p[1] else 'full'}")
def walked(request, qapp, demo, tmp_path_factory) -> Walk:
    """The tour walked in each look of one shape and position (every language and text size;
    high contrast has the same sizes), with a desk to call and with none."""
    shape, low = request.param
    settings = BAND_CUTS[shape] if low else {}
    desk = PicturedDesk(config.Config(settings)["kiosk.id"])
    first = Look("ko", shape, SMALLEST, low_position=low)
    folder = tmp_path_factory.mktemp("lines")
    window = kiosk_in(first, demo, folder / "desk", None, settings, alerts=desk)
    alone = kiosk_in(first, demo, folder / "alone", None, settings)
    walk = Walk()
    try:
        keep_messages(window, folder / "notes")  # the cards offer a message: its screens too
        for look in looks(shape=shape, low_position=low):
            for kiosk, states in ((window, tour), (alone, no_call_states)):
                wear(kiosk, look)
                for name in states(kiosk, demo if states is tour else settle):
                    walk.names.add(name)
                    at_rest(kiosk)
                    walk.cut += [f"{look} {name}: {problem}" for problem in cut_now(kiosk)]
                    walk.restless += [f"{look} {name}: {what}" for what in restless()]
                    walk.silent += [f"{look} {name}: {what}" for what in silent_now(kiosk)]
                    walk.mute += [f"{look} {name}: {what}" for what in silent_now(kiosk, True)]
                    walk.hollow += [f"{look} {name}: {what}" for what in hollow_now(kiosk)]
    finally:
        for kiosk in (window, alone):
            kiosk.close()
            kiosk.deleteLater()
    return walk


def test_no_line_is_cut_by_a_views_edge_on_the_tour(walked):
    assert {"home", "search-ko", "help", "message-sent", "nocall-help"} <= walked.names
    assert walked.cut == [], "\n".join(walked.cut) + f"\n({len(walked.cut)} in all)"


def test_every_screen_of_the_tour_comes_to_rest(walked):
    assert {"home", "search-ko", "help", "message-sent", "nocall-help"} <= walked.names
    assert walked.restless == [], "\n".join(walked.restless)


def silent_key(found: str) -> str:
    """'state: view' of a walk's finding 'look state: view: what lies under it'."""
    return ":".join(found.split(":")[:2]).split(" ", 1)[1]


# The views whose cue has no room in them in some look: a control or a drawing lies at their
# edge, so no blank ground holds the cue, nothing is cut for a strip to cover, and a control
# that shows whole is never covered (help's and the survey's last choices, the message form
# beside its keys), or the band at their edge is lower than the least arrow (a short list),
# or than the least arrow kept apart from what lies over it (the route's news beside a plan).
# The arrow under the scroll bar's handle says it there (checked on every screen below).
# Listed by screen, not by look: which looks go silent moves with the hour (a card's opening
# hours say "open now" or when it opens next). A view of a screen not listed here that has
# no cue in it fails.
KNOWN_SILENT = Path(__file__).with_name("silent_folds.txt")


def test_every_view_with_more_below_says_so_on_the_tour(walked):
    """Where a view's edge cuts nothing (the fold between two blocks, or a block a fold gap
    moved under it), the scroll bar alone had said the page went on: the floors' list hid
    the visitor's own floor so, a floor its places, the route its summary."""
    assert {"home", "floors", "floor-1F", "route-person", "help"} <= walked.names
    known = set(KNOWN_SILENT.read_text(encoding="utf-8").splitlines())
    new = [found for found in walked.silent if silent_key(found) not in known]
    assert new == [], "\n".join(new) + f"\n({len(new)} in all)"


def test_a_screen_that_keeps_working_is_found(qtbot, demo, tmp_path):
    """The check can fail: a label that, shown, hides itself on the next turn, and hidden,
    shows itself again (as home's cue once did)."""
    window = kiosk_in(Look("en", "landscape", SMALLEST), demo, tmp_path, qtbot)
    at_rest(window)
    assert restless() == []
    page = window.page("home").scroll.widget()

    class Blinker(QLabel):
        def event(self, event):
            if event.type() in (QEvent.Show, QEvent.Hide):
                QTimer.singleShot(0, self, lambda: self.setVisible(not self.isVisible()))
            return super().event(event)

    blinker = Blinker("Again", page)
    blinker.setObjectName("Blinker")
    blinker.show()
    assert any("'Blinker'" in what for what in restless())


def test_a_line_cut_by_a_views_edge_is_found(qtbot, demo, tmp_path):
    """The check can fail: a label moved to lie across the bottom edge of home's view."""
    window = kiosk_in(Look("en", "landscape", SMALLEST), demo, tmp_path, qtbot)
    at_rest(window)
    assert cut_now(window) == []
    home = window.page("home")
    view = home.scroll.viewport()
    page = home.scroll.widget()
    label = QLabel("Across the edge", page)
    label.move(0, page.mapFrom(view, view.rect().bottomLeft()).y() - 10)
    label.show()
    assert any("'Across the edge'" in problem for problem in cut_now(window))


def test_every_view_with_more_below_says_so_in_it_or_in_its_scroll_bar(walked):
    """Where the view has no room for its cue (a control at its edge, nothing cut), the
    arrow under its scroll bar's handle says it (ui/widgets/bar_cue.py): on every screen."""
    assert {"home", "help", "message-form", "survey-reasons"} <= walked.names
    assert walked.mute == [], "\n".join(walked.mute) + f"\n({len(walked.mute)} in all)"


def test_no_view_scrolls_only_into_blank(walked):
    """A view scrolls only where something lies below what it shows: else its scroll bar
    and its arrow say more lies below, and the visitor who pages finds nothing."""
    assert walked.hollow == [], "\n".join(walked.hollow) + f"\n({len(walked.hollow)} in all)"


def test_a_view_that_scrolls_only_into_blank_is_found(qtbot):
    """The check can fail: a page given blank room under all it draws."""
    root = QWidget()
    qtbot.addWidget(root)
    area = QScrollArea(root)
    area.setWidgetResizable(True)
    page = QWidget()
    QLabel("All there is", page)
    area.setWidget(page)
    area.resize(400, 300)
    root.show()
    settle(qtbot)
    assert hollow_scrolls(root) == []
    page.setMinimumHeight(600)
    settle(qtbot)
    assert area.verticalScrollBar().maximum() > 0
    assert hollow_scrolls(root) != []


def test_a_view_with_more_below_and_no_cue_is_found(qtbot, demo, tmp_path):
    """The check can fail: home at 200 %, its hours under the fold, with its cue hidden."""
    from kiosk.ui.widgets.more_below import MoreBelow

    window = kiosk_in(Look("en", "landscape", 2.0), demo, tmp_path, qtbot)
    view = window.page("home").scroll.viewport()
    qtbot.waitUntil(lambda: any(cue.isVisible() for cue in view.findChildren(MoreBelow)))
    assert silent_now(window) == []
    assert silent_now(window, bar=True) == []
    for cue in view.findChildren(MoreBelow):
        cue.hide()
    assert silent_now(window) != []
    assert silent_now(window, bar=True) == []  # the arrow under the handle says it still
    for arrow in window.page("home").scroll.verticalScrollBar().findChildren(QWidget,
                                                                              "BarCue"):
        arrow.hide()
    assert silent_now(window, bar=True) != []
