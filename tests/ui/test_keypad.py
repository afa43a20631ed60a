"""The keypad on the real window, as a visitor presses it: directions that go where they
point, no stop without a control and a ring, and the goals of a visit within a few presses."""
from __future__ import annotations

import pytest
from helpers import FakeSpeech, keep_messages
from keypad_support import (
    DIRECTION_KEYS,
    PAD,
    RING_CHANGE,
    assert_focus_visible,
    draws_ring,
    focus_at,
    focused,
    name,
    press,
    ring_against,
    ring_change,
    ring_gaps,
    shown_part,
)
from looks import LARGEST, Look, wear
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QWidget
from staff_support import staff_views

from kiosk.directory import config
from kiosk.directory.accessibility import Profile
from kiosk.ui.app import build
from kiosk.ui.screenshots.visitor import tour

READING_ROOM = "2F-general"  # its card lists services, then the staff there
READING_TEAM = "pi-general-room"  # the team of the room's name: one card for both
# Each shape, the largest text and the high contrast: where the stops move or the ring changes.
in_layouts = pytest.mark.parametrize("look", [
    Look("ko", "landscape", 1.0), Look("ko", "portrait", 1.0), Look("ko", "landscape", LARGEST),
    Look("ko", "landscape", 1.0, high_contrast=True)], ids=str)


def start(qtbot, window, route=("home",)) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigate(route)


def kiosk(qtbot, demo, tmp_path, speech=None, size=(1920, 1080)):
    win = build(demo, config.Config({"data.folder": str(tmp_path)}), speech)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    start(qtbot, win)
    return win


def stops(window) -> list[QWidget]:
    return window.keypad.focusables()


def place(widget: QWidget) -> QRect:
    """Where a widget shows; scrolled out of view, where it would be (global)."""
    shown = shown_part(widget)
    return shown if not shown.isEmpty() else QRect(widget.mapToGlobal(QPoint(0, 0)),
                                                   widget.size())


def every_view(qtbot, window, demo, tmp_path):
    """The screenshot tour (every screen, its dialogs, the end of a visit, a message), then
    the staff PIN pad and the staff screen behind it (an update's preview, the versions, the
    question before rolling back)."""
    yield from tour(window, demo)
    window.navigate(("home",))
    pad = window.staff_flow().pad
    pad.open()
    yield type(pad).__name__
    pad.close_overlay()
    yield from staff_views(qtbot, window, demo, tmp_path / "sticks")


# -- no invisible stops --------------------------------------------------------------------------
def laid_out(qtbot, demo, tmp_path, look):
    window = kiosk(qtbot, demo, tmp_path, size=look.size)
    keep_messages(window, tmp_path / "notes")  # the cards offer a message: its screens too
    return wear(window, look)


@pytest.mark.usefixtures("built_in_assets")  # the staff screen applies an update
@in_layouts
def test_every_focus_stop_is_a_control_that_shows_its_ring(qtbot, demo, tmp_path, look):
    window = laid_out(qtbot, demo, tmp_path, look)
    wrong, views = [], []
    for view in every_view(qtbot, window, demo, tmp_path):
        views.append(view)
        can_focus = [w for w in window.findChildren(QWidget) if w.isVisible()
                     and w.isEnabled() and w.focusPolicy() & Qt.TabFocus]
        wrong += [f"{view}: {name(w)} takes the focus, no control" for w in can_focus
                  if not isinstance(w, (QAbstractButton, QAbstractItemView))]
        for widget in stops(window):
            focus_at(widget)
            if not (shown_part(widget).height() > 0 and draws_ring(window, widget)):
                wrong.append(f"{view}: {name(widget)} shows no ring")
            elif (change := ring_change(window, widget)) < RING_CHANGE:
                wrong.append(f"{view}: {name(widget)}'s ring changes it by {change:.2f}:1")
            elif (against := ring_against(window, widget)) < RING_CHANGE:
                wrong.append(f"{view}: {name(widget)}'s ring stands out {against:.2f}:1")
    assert {"message-form", "PinPad", "staff-preview", "staff-versions",
            "staff-versions-confirm"} <= set(views)
    assert wrong == []


# -- directions ----------------------------------------------------------------------------------
def lies_that_way(direction: str, src: QRect, dest: QRect) -> bool:
    """Wholly beyond the source's edge, and in line with it."""
    if direction == "down":
        return dest.top() > src.bottom() and dest.left() < src.right() and src.left() < dest.right()
    if direction == "up":
        return dest.bottom() < src.top() and dest.left() < src.right() and src.left() < dest.right()
    if direction == "right":
        return dest.left() > src.right() and dest.top() < src.bottom() and src.top() < dest.bottom()
    return dest.right() < src.left() and dest.top() < src.bottom() and src.top() < dest.bottom()


def went_that_way(direction: str, src: QRect, dest: QRect) -> bool:
    return {"down": dest.center().y() > src.center().y(),
            "up": dest.center().y() < src.center().y(),
            "right": dest.center().x() > src.center().x(),
            "left": dest.center().x() < src.center().x()}[direction]


@pytest.mark.usefixtures("built_in_assets")  # the staff screen applies an update
@in_layouts
def test_directions_go_where_they_point_on_every_screen(qtbot, demo, tmp_path, look):
    window = laid_out(qtbot, demo, tmp_path, look)
    wrong = []
    for view in every_view(qtbot, window, demo, tmp_path):
        for widget in stops(window):
            for direction, key in DIRECTION_KEYS.items():
                focus_at(widget)
                places = {w: place(w) for w in stops(window)}
                shown = {w: shown_part(w) for w in places}
                row = widget.currentIndex().row() if isinstance(widget, QAbstractItemView) else 0
                press(qtbot, window, key, check=False)
                now = focused()
                if now is widget:
                    if isinstance(widget, QAbstractItemView) and widget.currentIndex().row() != row:
                        continue  # moved along the list's rows
                    ahead = [w for w, r in shown.items() if w is not widget and r.height() > 0
                             and lies_that_way(direction, shown[widget], r)]
                    if ahead:
                        wrong.append(f"{view}: {direction} from {name(widget)} stays; "
                                     f"{name(ahead[0])} lies that way")
                elif now not in places:
                    wrong.append(f"{view}: {direction} from {name(widget)} to {name(now)}")
                elif not went_that_way(direction, places[widget], places[now]):
                    wrong.append(f"{view}: {direction} from {name(widget)} went to {name(now)}")
    assert wrong == []


@pytest.mark.usefixtures("built_in_assets")  # the staff screen applies an update
@in_layouts
def test_every_control_is_reached_from_the_first_by_directions(qtbot, demo, tmp_path, look):
    window = laid_out(qtbot, demo, tmp_path, look)
    missed = []
    for view in every_view(qtbot, window, demo, tmp_path):
        controls = stops(window)
        seen, todo = {controls[0]}, [controls[0]]
        while todo:
            widget = todo.pop()
            for key in DIRECTION_KEYS.values():
                focus_at(widget)
                if isinstance(widget, QAbstractItemView):  # from either end of its rows
                    widget.setCurrentIndex(widget.model().index(
                        0 if key in "84" else widget.model().rowCount() - 1, 0))
                press(qtbot, window, key, check=False)
                if focused() in controls and focused() not in seen:
                    seen.add(focused())
                    todo.append(focused())
        missed += [f"{view}: {name(w)}" for w in controls if w not in seen]
    assert missed == []


def test_down_from_the_last_service_reaches_the_staff_not_the_footer(qtbot, window, demo):
    """Found with the keypad: the room's card went from its last service to the footer."""
    start(qtbot, window, ("card", "rooms", READING_ROOM))
    services = {s.name.ko for s in demo.services_in(READING_ROOM)}
    staff = [p.name.ko for p in demo.staff_in_room(READING_ROOM)]
    assert services and staff
    page = window.page("card")
    links = [t for t in page.findChildren(QAbstractButton) if t.isVisible()
             and t.property("role") == "rowtile"]
    last_service = [t for t in links if t.accessibleName() in services][-1]
    focus_at(last_service)
    press(qtbot, window, "2")
    assert focused().accessibleName().startswith(staff[0])
    while window.page("card").isAncestorOf(focused()):
        press(qtbot, window, "2")  # every staff row on the way, each in view
    assert window.chrome.footer.isAncestorOf(focused())


# -- the goals of a visit, by keypad alone ------------------------------------------------------
def test_speech_and_english_by_keypad(qtbot, demo, tmp_path):
    speech = FakeSpeech()
    window = kiosk(qtbot, demo, tmp_path, speech)
    # down to the footer (past the row of today's hours, service windows and pledges, and
    # the cards: sideways, keys leave the screen's content only on one line), left to
    # Accessibility, open it, "I cannot see" under the first choice, close it, up to English
    # (at 200 % home's card and its tables stand in one column: one stop more on the way up)
    used = press(qtbot, window, "2 2 2 2 2 4 5 2 5 . 8 8 8 8 8 5")
    assert used <= 16
    assert window.ctx.session.profile.speech and window.ctx.voice.on
    assert window.ctx.session.language == "en"
    qtbot.waitUntil(lambda: speech.said[-1][1] == "en")  # the screen, read in English


def test_a_room_its_step_free_way_help_and_home_by_keypad(qtbot, demo, tmp_path):
    window = kiosk(qtbot, demo, tmp_path)
    # Floors, down to 2F, its plan; down into the list of places, the first is the room,
    # whose card is the one of the room and the team of its name
    used = press(qtbot, window, "2 5 2 2 5 2 5")
    assert used <= 12 and window.route == ("card", "departments", READING_TEAM)
    assert focused().objectName() == "ShowWayButton"  # a screen opened by a key: its first
    used = press(qtbot, window, "5")  # the way: the keys start on Next, the step to act on
    page = window.page("route")
    assert focused() is page.pager.next
    used += press(qtbot, window, "8 5")  # up to step-free
    assert used <= 3 and window.route == ("route", "departments", READING_TEAM)
    assert page.step_free
    assert press(qtbot, window, "/") == 1 and window.help_overlay.isVisible()
    assert press(qtbot, window, ".") == 1 and not window.help_overlay.isVisible()
    assert focused() is page.free_toggle and page.step_free  # help changed nothing
    assert press(qtbot, window, "0") == 1 and window.route == ("home",)
    assert focused().objectName() == "Tile-floors"


def test_back_returns_to_the_row_that_was_left(qtbot, demo, tmp_path):
    window = kiosk(qtbot, demo, tmp_path)
    press(qtbot, window, "2 5 2 2 5 2 2 2")  # the plan of 2F, the third place in its list
    places = window.page("floor").list
    assert focused() is places and places.currentIndex().row() == 2
    press(qtbot, window, "5 .")  # its card, and back
    assert window.route == ("floor", "2F")
    assert focused() is places and places.currentIndex().row() == 2
    press(qtbot, window, "0")
    window.idle.reset_visit()  # a new visitor starts at the top again
    press(qtbot, window, "2 5 2 2 5")
    assert focused() is not places


@in_layouts
def test_a_lists_ring_stays_whole_on_every_row_and_on_return(qtbot, demo, tmp_path, look):
    """The rows scroll beside the list's ring, never under it: its words and the marked
    row's fill once covered the ring's top edge wherever a row stopped there."""
    window = laid_out(qtbot, demo, tmp_path, look)
    window.navigate(("floor", "2F"))
    places = window.page("floor").list
    focus_at(places)
    rows, wrong = places.model().rowCount(), []
    for row in range(1, rows):
        press(qtbot, window, "2", check=False)
        assert focused() is places and places.currentIndex().row() == row
        if gaps := ring_gaps(window, places):
            wrong.append(f"row {row}: the ring is covered at {gaps[:3]}")
    press(qtbot, window, "8 8 5 .")  # a card, and back to the row that was left
    assert focused() is places and places.currentIndex().row() == rows - 3
    assert ring_gaps(window, places) == [] and wrong == []
    assert_focus_visible(window, "back on the list")


def test_the_repeat_key_says_the_last_text_again(qtbot, demo, tmp_path):
    speech = FakeSpeech()
    window = kiosk(qtbot, demo, tmp_path, speech)
    window.ctx.session.set_profile(Profile(speech=True))
    press(qtbot, window, "2")
    last = speech.said[-1]
    press(qtbot, window, "*")
    assert speech.said[-1] == last and len([s for s in speech.said if s == last]) >= 2


@pytest.mark.parametrize("key, moved", [(Qt.Key_2, True), (Qt.Key_5, False)])
def test_the_keyboards_digits_act_as_the_keypads(qtbot, window, key, moved):
    start(qtbot, window, ("floors",))
    qtbot.keyClick(window, Qt.Key_2)  # the top row's 2, no keypad
    assert_focus_visible(window, "top-row 2") is not None
    assert focused().objectName() == "Floor-4F"
    qtbot.keyClick(focused(), key)
    assert (focused().objectName() == "Floor-3F") is moved
    assert window.route == (("floors",) if moved else ("floor", "4F"))


def test_the_search_field_keeps_the_keyboards_digits(qtbot, window):
    start(qtbot, window, ("search",))
    qtbot.keyClicks(focused(), "301")
    assert window.page("search").composer.text == "301"
    assert window.route == ("search",)
    qtbot.keyClick(focused(), *PAD["5"])  # the keypad's select, with nothing to select
    assert window.page("search").composer.text == "301"
    qtbot.keyClick(focused(), *PAD["0"])  # the keypad's keys still act
    assert window.route == ("home",)


@pytest.mark.parametrize("lang, words", [("ko", ("8 2 4 6", "5 선택", "0 처음", ". 뒤로")),
                                         ("en", ("8 2 4 6", "5 select", "0 home", ". back"))])
def test_help_names_the_keys_on_screen_and_aloud(qtbot, demo, tmp_path, lang, words):
    speech = FakeSpeech()
    window = kiosk(qtbot, demo, tmp_path, speech)
    window.ctx.session.set_profile(Profile(speech=True))
    window.ctx.session.set_language(lang)
    press(qtbot, window, "/")
    line = window.help_overlay.keys
    shown = line.text().replace("\u00a0", " ")  # each key bound to its action by a no-break space
    assert line.isVisible() and all(w in shown for w in words)
    assert shown in speech.said[-1][0]


def test_search_opened_by_a_key_rings_its_field_where_the_typing_goes(qtbot, window):
    """The page takes the typing itself; a visitor with keys sees that on the query box."""
    start(qtbot, window, ("home",))
    window.findChild(QAbstractButton, "Tile-search").setFocus(Qt.TabFocusReason)
    press(qtbot, window, "5", check=False)
    assert window.route == ("search",)
    query = window.page("search").query
    assert draws_ring(window, query), "the search field shows no ring with the typing in it"
    press(qtbot, window, "6")  # the keys go on from there, ringed
    assert not draws_ring(window, query)
