"""What soak.py does at each step: one visitor's (or the desk's, or staff's) interaction,
chosen with a seeded random generator, on the real widgets of the running window.

Taps land where a finger would: at the middle of the visible part of a control, delivered
to whatever widget is there (an overlay above it gets the tap, as on the screen). Rows are
tapped in their list's viewport. Keys go to the focused widget, as a keyboard's do.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QWidget

from kiosk.directory.accessibility import ZOOMS, Profile

PIN = "246810"
WEIGHTS = {"tap": 50, "row": 14, "type": 8, "keys": 4, "help": 3, "desk": 4, "language": 4,
           "help mode": 3, "stick": 2, "pin": 3, "idle": 2}
TYPED = ["김", "민지", "도서관", "열람실", "어린이", "ㄱㄴ", "ㅎ", "a", "study", "desk", "1",
         "0371", " ", "\t", "\x00", "\x7f", "🙂", "x" * 300, "가" * 80, "é", "%", "\\", "'"]
KEYS = [Qt.Key_Tab, Qt.Key_Backtab, Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down,
        Qt.Key_Return, Qt.Key_Space, Qt.Key_Escape, Qt.Key_Backspace]


def settle(app) -> None:
    """Handle what the step posted, painting included, as the kiosk's event loop would. The
    soak runs no event loop (app.exec), and without one processEvents never deletes what
    deleteLater asked for: those are sent explicitly, as a return to the loop would."""
    app.processEvents()
    app.sendPostedEvents(None, QEvent.DeferredDelete)


@dataclass
class Calls:
    """The kiosk's call link and an attendant console, on a Mosquitto of their own."""

    broker: object
    alerts: object
    console: object
    store: object

    def stop(self) -> None:
        self.console.stop()
        self.alerts.stop()
        self.store.close()
        self.broker.stop()


def start_calls(folder: Path, port: int, place) -> Calls | None:
    """`place`: the kiosk's name and floor, as its start gives them (ui/call_system.py kiosk_place)."""
    from kiosk.calls.broker import ManagedBroker, find_mosquitto
    from kiosk.calls.broker_settings import BrokerSettings
    from kiosk.calls.console_side import ConsoleAlerts
    from kiosk.calls.kiosk_side import KioskAlerts
    from kiosk.calls.outbox import CallOutbox
    from kiosk.directory.store import Store
    from kiosk.records.log import records_of

    if find_mosquitto() is None:
        print("  no mosquitto: calls for help are soaked without a broker (the desk's number)")
        return None
    broker = ManagedBroker(folder / "broker", port=port, bind="127.0.0.1", kiosks=["lobby"],
                           consoles=["desk"])
    if not broker.start():
        print(f"  the broker did not start ({broker.problem}): calls soaked without it")
        return None

    def settings(account: str) -> BrokerSettings:
        user, password = broker.credentials(account)
        return BrokerSettings(host="127.0.0.1", port=broker.port, username=user,
                              password=password)

    store = Store(folder / "calls")
    # As the kiosk builds it (ui/app.py): finished calls move to the records, out of the store.
    outbox = CallOutbox(store, records_of(folder / "calls"))
    alerts = KioskAlerts("lobby", "1F", settings("lobby"), outbox, place=place)
    console = ConsoleAlerts("desk", "Soak", settings("desk"))
    alerts.start()
    console.start()
    return Calls(broker, alerts, console, store)


class Driver:
    def __init__(self, window: QWidget, app: QApplication, rng: random.Random, folder: Path,
                 calls: Calls | None):
        from kiosk.bundle.export import export_bundle
        from kiosk.bundle.staff_pin import StaffPin
        from kiosk.directory.files import load_demo

        self.window, self.app, self.rng, self.calls = window, app, rng, calls
        StaffPin(folder / "data").set(PIN)
        self.stick = export_bundle(load_demo(), folder / "export-data", folder / "stick")
        self.kinds, self.weights = zip(*WEIGHTS.items())

    def step(self) -> tuple[str, str]:
        kind = self.rng.choices(self.kinds, self.weights)[0]
        what = getattr(self, "do_" + kind.replace(" ", "_"))()
        return (kind, what) if what else ("tap", self.do_tap())

    def close(self) -> None:
        flow = self.window.staff
        if flow is not None and flow.active:
            flow.close()

    # -- taps -------------------------------------------------------------------------------
    def tap_at(self, widget: QWidget, point: QPoint) -> bool:
        """A tap at `point` of `widget`, as the touchscreen delivers one: to the kiosk's
        window, which finds what is on top there at the press and again at the release
        (QTest.mouseClick on a child widget sends both to the widget found before the press,
        which a press that rebuilds the screen can leave dangling). A point off the window is
        not tapped (no finger reaches it): False."""
        at = widget.mapTo(self.window, point)
        if not self.window.rect().contains(at):
            return False
        QTest.mouseClick(self.window.windowHandle(), Qt.LeftButton, Qt.NoModifier, at)
        return True

    def tap(self, widget: QWidget) -> bool:
        """A tap on the middle of what shows of `widget` (False when none of it shows)."""
        shown = widget.visibleRegion().boundingRect()
        return not shown.isEmpty() and self.tap_at(widget, shown.center())

    def do_tap(self) -> str:
        controls = [b for b in self.window.findChildren(QAbstractButton)
                    if b.isVisible() and b.isEnabled() and not b.visibleRegion().isEmpty()]
        if not controls:
            return ""
        control = self.rng.choice(controls)
        what = control.objectName() or control.text()[:30] or type(control).__name__
        return what if self.tap(control) else ""

    def do_row(self) -> str:
        views = [v for v in self.window.findChildren(QAbstractItemView)
                 if v.isVisible() and v.model() is not None and v.model().rowCount() > 0]
        if not views:
            return ""
        view = self.rng.choice(views)
        row = self.rng.randrange(view.model().rowCount())
        index = view.model().index(row, 0)
        view.scrollTo(index)
        # The part of the row a visitor can see: a list inside a scrolled card can have its
        # viewport partly below the window, so clip by what the viewport shows, not its rect.
        rect = view.visualRect(index).intersected(view.viewport().visibleRegion().boundingRect())
        # Named before the tap: a row of a card's list opens another card, and the list goes.
        what = f"row {row} of {view.objectName() or type(view).__name__}"
        if rect.isEmpty() or not self.tap_at(view.viewport(), rect.center()):
            return ""
        return what

    # -- keys -------------------------------------------------------------------------------
    def send_key(self, key: int, text: str = "") -> None:
        target = QApplication.focusWidget() or self.window
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.NoModifier, text))

    def do_type(self) -> str:
        if self.window.route[:1] != ("search",):
            if self.window.help_overlay.isVisible() or self._overlay_open():
                return ""
            self.window.navigate(("search",))
            self.app.processEvents()
        text = self.rng.choice(TYPED)
        for char in text:
            self.send_key(Qt.Key_A if char.isalnum() else 0, char)
        if self.rng.random() < 0.3:
            self.send_key(Qt.Key_Backspace)
        return f"typed {text[:12]!r}{'…' if len(text) > 12 else ''} ({len(text)} chars)"

    def do_keys(self) -> str:
        keys = [self.rng.choice(KEYS) for _ in range(self.rng.randint(1, 6))]
        for key in keys:
            self.send_key(key, "\r" if key == Qt.Key_Return else " " if key == Qt.Key_Space
                          else "")
        return f"{len(keys)} keys"

    def _overlay_open(self) -> bool:
        from kiosk.ui.widgets.overlays import Overlay
        return any(o.isVisible() for o in self.window.findChildren(Overlay))

    # -- the visit --------------------------------------------------------------------------
    def do_help(self) -> str:
        button = self.window.help_button
        if not button.isVisible() or not self.tap(button):
            return ""
        return "HelpButton (call for help)"

    def do_desk(self) -> str:
        if self.calls is None:
            return ""
        console = self.calls.console
        for key, call in console.calls.items():
            if call.state in ("raised", "delivered"):
                console.acknowledge(key)
                return "the desk acknowledges"
            if call.state == "acknowledged":
                (console.arrived if self.rng.random() < 0.5 else console.resolve)(key)
                return "the desk arrives or resolves"
            if call.state == "arrived":
                console.resolve(key)
                return "the desk resolves"
        return ""

    def do_language(self) -> str:
        button = self.window.lang_button
        if button.isVisible() and self.tap(button):
            return "LanguageButton"
        return ""

    def do_help_mode(self) -> str:
        rng = self.rng
        profile = Profile(zoom=rng.choice(ZOOMS), high_contrast=rng.random() < 0.3,
                          low_position=rng.random() < 0.3, step_free=rng.random() < 0.2,
                          speech=rng.random() < 0.1)
        self.window.ctx.session.set_profile(profile)
        return (f"help mode zoom {profile.zoom:g}, contrast {profile.high_contrast}, low "
                f"{profile.low_position}, speech {profile.speech}")

    def do_idle(self) -> str:
        return self.idle_reset(countdown_done=self.rng.random() < 0.5)

    def idle_reset(self, countdown_done: bool) -> str:
        """The idle timer fires (the countdown opens if a visit is on); when `countdown_done`,
        the countdown also runs out and the kiosk starts over."""
        idle = self.window.idle
        idle._idle()  # what the timer's timeout runs; waiting out the real minutes would not do
        if countdown_done and idle.tick_timer.isActive():
            idle.reset_visit()
            return "idle: countdown ran out, visit reset"
        return "idle: the timer fired"

    # -- staff ------------------------------------------------------------------------------
    def do_stick(self) -> str:
        flow = self.window.staff_flow()
        if not flow.active:
            flow.stick_inserted(self.stick)
            return "a stick with a directory update is inserted"
        if not flow.busy and self.rng.random() < 0.5:
            flow.stick_removed(self.stick)
            return "the stick is taken out"
        return ""

    def do_pin(self) -> str:
        flow = self.window.staff
        if flow is None or flow.state != "pin" or not flow.pad.isVisible():
            return ""
        right = self.rng.random() < 0.3
        pin = PIN if right else "".join(self.rng.choice("0123456789")
                                        for _ in range(self.rng.randint(1, 13)))
        pad = flow.pad
        for digit in pin:
            key = pad.digits[digit]
            if not key.isEnabled():  # locked out
                break
            self.tap(key)
        if pad.ok_key.isEnabled():
            self.tap(pad.ok_key)
        return f"staff PIN attempt ({'right' if right else 'wrong'}, {len(pin)} digits)"
