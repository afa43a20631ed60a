"""Driving the real widgets as a visitor does: taps on buttons, list rows and the plan."""
from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QApplication, QListView, QWidget

from kiosk.calls.memory_alerts import MemoryAlerts
from kiosk.ui.screenshots.visitor import scenes


def tap(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    assert widget.isVisible(), f"{widget.objectName() or widget} is not on screen"
    qtbot.mouseClick(widget, Qt.LeftButton, pos=pos or widget.rect().center())


def find(window: QWidget, name: str, kind=QWidget) -> QWidget:
    found = [w for w in window.findChildren(kind, name) if w.isVisible()]
    assert found, f"no visible {name!r}"
    return found[0]


def tap_row(qtbot, view: QListView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    tap(qtbot, view.viewport(), rect.center())


def row_of(view: QListView, table: str, item_id: str) -> int:
    items = view.model().items
    return next(i for i, (t, x, _m) in enumerate(items) if (t, x) == (table, item_id))


def keys(qtbot, window: QWidget, *names) -> None:
    """Keys pressed as a keyboard or the keypad sends them: to the focused widget. A name is
    a key, or (key, modifiers) as (Qt.Key_5, Qt.KeypadModifier) for the keypad's 5."""
    for name in names:
        key, modifier = (name, Qt.NoModifier) if not isinstance(name, tuple) else name
        qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def focus_on(qtbot, window: QWidget, object_name: str, limit: int = 80) -> None:
    """Tab until the control named `object_name` has the focus."""
    for _ in range(limit):
        focus = QApplication.focusWidget()
        if focus is not None and focus.objectName() == object_name:
            return
        keys(qtbot, window, Qt.Key_Tab)
    raise AssertionError(f"Tab never reached {object_name}")


class FakeSpeech:
    """Stands in for speech.engine.Speech in screen tests: records what would be said."""

    def __init__(self, available: bool = True, problem: str = ""):
        self.available, self.problem = available, problem
        self.on_state = None
        self.said: list[tuple[str, str]] = []
        self.stopped = 0
        self.rate, self.volume = 170, 1.0

    def wait_ready(self, timeout=None) -> bool:
        return True

    def say(self, text, lang="ko"):
        self.said.append((text, lang))

    def stop(self):
        self.stopped += 1

    def pause(self):
        self.stopped += 1

    def repeat(self):
        if self.said:
            self.said.append(self.said[-1])

    def set_rate(self, rate):
        self.rate = rate

    def set_volume(self, volume):
        self.volume = min(1.0, max(0.0, volume))

    def reset(self):
        self.rate, self.volume = 170, 1.0


def keep_messages(window, folder) -> None:
    """A store for the kiosk's messages and feedback cards in `folder`, as the running kiosk
    has (no broker: what is sent stays kept on the kiosk). The cards then offer a message, and
    the screenshot tour walks the message screens."""
    from kiosk.calls.note_box import KioskNotes, NoteBox
    from kiosk.directory.store import Store

    window.ctx.messages.attach(KioskNotes("lobby", NoteBox(Store(folder))))


def visit_every_screen(window, directory):
    """Open every screen worth looking at (as the screenshots do); yields each one's name."""
    for name, route, text in scenes(directory):
        window.navigate(route)
        if route[0] == "search":
            window.page("search").set_query(text)
        for _ in range(3):
            QApplication.processEvents()
        yield name


def each_route(window, directory):
    """Open each route screen of the screenshot tour, its way drawn whole and laid out; yields
    each one's name."""
    for name, route, _text in scenes(directory):
        if route[0] != "route":
            continue
        window.navigate(route)
        window.page("route").map.finish_animation()
        for _ in range(6):
            QApplication.processEvents()
        yield name


class FakeKioskAlerts(MemoryAlerts):
    """calls.memory_alerts.MemoryAlerts (KioskAlerts' rules, in memory), with what a
    console's answer or the broker link would change, reported from another thread as the
    network thread does (through on_change)."""

    def __init__(self, connected=True, consoles_online=1, clock=None):
        import time

        super().__init__(connected=connected, consoles_online=consoles_online,
                         clock=clock or time.time)

    def _find(self, call_id):
        if call_id is None:
            return self.open_call
        return next(c for c in self.open_calls if c.id == call_id)

    def console_does(self, state, attendant="", call_id=None):
        """What a console's answer would do (to the call raised last, or `call_id`),
        reported from another thread."""
        def work():
            self._put(self._find(call_id).advance(state, self.clock(), attendant))
        self._from_network(work)

    def console_receives(self, console="desk", call_id=None):
        """A console's receipt recorded by the kiosk, reported from another thread."""
        def work():
            self._put(self._find(call_id).receive(console, self.clock()))
        self._from_network(work)

    def consoles_change(self, online, connected=True):
        """Presence (or the broker link) changed, as the network thread reports it."""
        def work():
            self.consoles_online, self.connected = online, connected
        self._from_network(work)

    def _from_network(self, work):
        import threading

        def run():
            work()
            self._changed()

        thread = threading.Thread(target=run)
        thread.start()
        thread.join()


class SilentChime(QObject):
    """The console's chime (ui/console/chime.py), counted instead of played (no sound card in
    tests); `requested` is emitted as the real one does, rung or not."""

    requested = Signal()
    problem_changed = Signal()

    def __init__(self, problem: str = ""):
        super().__init__()
        self.problem = problem
        self.played = 0

    def play(self) -> None:
        self.played += 1
        self.requested.emit()


def end_a_visit(qtbot, window):
    """A visit that opened a screen ends at home: the closing question's strip, once it shows
    and home is laid out under it."""
    from looks import settle

    window.navigate(("floors",))
    qtbot.mouseClick(window.home_button, Qt.LeftButton)
    strip = window.visit_end.strip
    qtbot.waitUntil(strip.asking, timeout=20000)
    settle(qtbot)
    return strip
