"""Dialogs over the screen and the keys, on the whole kiosk: a dialog takes the focus as it
opens, no key or keypad press reaches the screen behind it while it is open, and closing it
gives the focus back to the control that had it."""
from __future__ import annotations

from helpers import FakeKioskAlerts, focus_on, keys, tap
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui.app import build
from kiosk.ui.widgets.dialog_focus import controls

KP = Qt.KeypadModifier
SELECT, HELP, HOME = (Qt.Key_5, KP), (Qt.Key_Slash, KP), (Qt.Key_0, KP)
MOVES = (Qt.Key_Tab, Qt.Key_Backtab, Qt.Key_Down, Qt.Key_Up, Qt.Key_Right, Qt.Key_Left,
         (Qt.Key_2, KP), (Qt.Key_8, KP), (Qt.Key_6, KP), (Qt.Key_4, KP))
UPSTAIRS = ("rooms", "4F-director")


def focused():
    return QApplication.focusWidget()


def name(widget) -> str:
    return (widget.objectName() or type(widget).__name__) if widget is not None else "nothing"


def wander(qtbot, window, dialog) -> None:
    """Every move key, each more times than the dialog has controls: round and round it."""
    rounds = len(controls(dialog)) + 2
    for key in MOVES:
        for _ in range(rounds):
            keys(qtbot, window, key)
            assert dialog.isAncestorOf(focused()), f"{key}: the focus left for {name(focused())}"


def start(qtbot, window, route) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigate(route)


def test_the_select_key_under_help_leaves_a_step_free_route_step_free(qtbot, window):
    """As found with the keypad alone: step-free on, help, select. The select key closed
    nothing and turned the route behind the dialog back to the stairs."""
    start(qtbot, window, ("route", *UPSTAIRS))
    page = window.page("route")
    focus_on(qtbot, window, "StepFreeToggle")
    keys(qtbot, window, SELECT)
    assert page.step_free
    keys(qtbot, window, HELP)
    dialog = window.help_overlay
    assert dialog.isVisible()
    keys(qtbot, window, SELECT)
    assert page.step_free and window.route == ("route", *UPSTAIRS)
    assert not dialog.isVisible()  # the select key pressed the dialog's own Close
    assert focused() is page.free_toggle


def test_help_from_its_button_holds_the_keys_and_gives_them_back(qtbot, window):
    start(qtbot, window, ("floors",))
    tap(qtbot, window.help_button)  # a touch: the window had the focus, and has it again
    tap(qtbot, window.help_overlay.close_button)
    assert focused() is window
    focus_on(qtbot, window, "HelpButton")
    keys(qtbot, window, Qt.Key_Return)
    dialog = window.help_overlay
    assert dialog.isVisible() and focused() is dialog.close_button
    wander(qtbot, window, dialog)
    keys(qtbot, window, HOME)  # answers the dialog; the screen behind stays as it was
    assert not dialog.isVisible() and window.route == ("floors",)
    assert focused() is window.help_button


def test_with_a_call_open_the_select_key_keeps_the_call(qtbot, demo, cfg):
    """Help calls as it opens; its first control must not be Cancel, which ends the call."""
    alerts = FakeKioskAlerts()
    window = build(demo, cfg, alerts=alerts)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    start(qtbot, window, ("floors",))
    keys(qtbot, window, HELP)
    dialog = window.help_overlay
    assert alerts.raised == 1 and focused() is dialog.close_button
    focus_on(qtbot, window, "Need-mobility")
    keys(qtbot, window, SELECT)
    assert alerts.open_call.need == "mobility"
    alerts.console_does("delivered")
    alerts.console_does("acknowledged", "김민지")  # the choices go, the focused one with them
    qtbot.waitUntil(lambda: not dialog.needs["mobility"].isVisible())
    assert dialog.isAncestorOf(focused())
    keys(qtbot, window, HOME)
    assert not dialog.isVisible() and alerts.open_call is not None


def test_typing_never_reaches_the_search_behind_help(qtbot, window):
    start(qtbot, window, ("search",))  # the search screen takes the keys for a real keyboard
    page = window.page("search")
    keys(qtbot, window, HELP)
    assert window.help_overlay.isAncestorOf(focused())
    qtbot.keyClicks(focused(), "lift")
    assert page.composer.text == ""
    keys(qtbot, window, Qt.Key_Escape)
    assert focused() is page
    qtbot.keyClicks(focused(), "lift")
    assert page.composer.text == "lift"


def test_the_accessibility_panel_holds_the_keys_and_gives_them_back(qtbot, window):
    start(qtbot, window, ("floors",))
    profile = window.ctx.session.profile
    focus_on(qtbot, window, "AccessButton")
    keys(qtbot, window, Qt.Key_Return)
    panel = window.access_panel
    # This kiosk has no voice: the control that says so comes first.
    assert panel.isVisible() and focused() is panel.speech_note
    wander(qtbot, window, panel)
    assert window.ctx.session.profile == profile  # moves alone choose nothing
    keys(qtbot, window, Qt.Key_Escape)
    assert not panel.isVisible() and window.route == ("floors",)
    assert focused() is window.access_button


def test_the_idle_countdown_holds_the_keys_and_gives_them_back(qtbot, window):
    start(qtbot, window, ("floors",))
    focus_on(qtbot, window, "Floor-2F")
    opener = focused()
    idle = window.idle
    with qtbot.waitSignal(idle.countdown_started):
        idle.idle_timer.start(1)
    idle.idle_timer.setInterval(600_000)  # no second countdown during the test
    assert focused() is idle.overlay.more_button
    wander(qtbot, window, idle.overlay)
    keys(qtbot, window, HOME)  # as back: more time, and the screen stays
    assert not idle.overlay.isVisible() and window.route == ("floors",)
    assert focused() is opener


def test_code_behind_a_dialog_cannot_take_the_keys_from_it(qtbot, window):
    start(qtbot, window, ("floors",))
    keys(qtbot, window, HELP)
    window.navigate(("search",))  # the search screen takes the focus as it opens
    assert window.help_overlay.isAncestorOf(focused())
    qtbot.keyClicks(focused(), "lift")
    assert window.page("search").composer.text == ""


def test_a_dialog_whose_opener_is_gone_gives_the_keys_to_the_screen(qtbot, window):
    start(qtbot, window, ("floors",))
    focus_on(qtbot, window, "Floor-2F")
    keys(qtbot, window, HELP)
    window.navigate(("services",))  # code behind the dialog changed the screen
    assert window.help_overlay.isAncestorOf(focused())
    keys(qtbot, window, Qt.Key_Escape)
    assert window.page("services").isAncestorOf(focused())


def test_the_staff_pin_pad_and_screen_hold_the_keys(qtbot, window, tmp_path):
    start(qtbot, window, ("floors",))
    focus_on(qtbot, window, "Floor-2F")
    flow = window.staff_flow()
    flow.pin.set("2468")
    flow.stick_inserted(tmp_path)  # a stick with an update: the PIN pad opens over the screen
    pad = flow.pad
    assert pad.isVisible() and focused() is pad.digits["1"]
    keys(qtbot, window, SELECT, SELECT, SELECT, SELECT)  # the PIN's digits, not the floor
    assert pad.entered == "1111" and window.route == ("floors",)
    focus_on(qtbot, window, "PinOk")
    keys(qtbot, window, SELECT)  # a wrong PIN: OK is disabled under the focus
    assert pad.status == "wrong" and pad.isAncestorOf(focused())
    wander(qtbot, window, pad)
    assert window.route == ("floors",)
    pad.hide()  # the PIN was right: the staff screen replaces the pad
    flow.screen.open()
    assert flow.screen.isAncestorOf(focused())
    wander(qtbot, window, flow.screen)
    assert window.route == ("floors",)
