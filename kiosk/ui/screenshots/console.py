"""The whole desk console in the screenshot tour, as an attendant sees it with calls open: two
visitors waiting at one kiosk (each row names the other), a call answered hours ago, a kiosk
offline, the messages (one overdue by more than a day) and today's history, at the tour's
text size on the desk's own scale and in its palette (desk_theme), on a desk PC's screen.

No broker: the console reads a still transport (`StillAlerts`, the state ConsoleAlerts would
hold at that moment) through its real adapter, and rings a silent chime.
"""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from kiosk.calls.call import Call
from kiosk.calls.presence_message import Place
from kiosk.directory.accessibility import Profile
from kiosk.directory.directory import Directory
from kiosk.directory.model import EMPTY, Room, Text

ATTENDANT = "김지원"
# A desk PC's screen for each of the tour's shapes: full HD, and the narrowest the console
# is made for (README: never wider than a 1280 px screen), not the kiosk's portrait panel.
DESK_SCREENS = {"landscape": (1920, 1080), "portrait": (1280, 1024)}
# The places the visitors in the pictures ask to be taken to: a reading room and an office,
# by the names the directory gives them (by kind where it has no room of that id).
DESTINATIONS = (("2F-general", "reading_room"), ("4F-planning", "office"))
# The kiosks the calls and cards come from, by their places (a kiosk's name says its floor
# or not: the consoles say the floor once, rows.where).
PLACES = {"lobby": Place(Text("1층 로비", "1F lobby"), Text("1층", "1F")),
          "reading": Place(Text("자료실 앞", "By the reading room"), Text("2층", "2F"))}


def _room(directory: Directory, room_id: str, kind: str) -> Room | None:
    return directory.room(room_id) or next((r for r in directory.rooms if r.kind == kind), None)


class StillAlerts:
    """ConsoleAlerts' state at one moment, as the adapter reads it; nothing changes it."""

    def __init__(self, now: float, directory: Directory):
        self.connected, self.problem, self.problem_code, self.on_change = True, "", "", None
        self.places = PLACES
        self.kiosks = {"lobby": True, "reading": True, "annex": False}
        hours = 3600
        general, planning = (r.name if r else EMPTY
                             for r in (_room(directory, *d) for d in DESTINATIONS))
        calls = [Call.raise_new("lobby", "1F", now - 90, "mobility", general),
                 Call.raise_new("lobby", "1F", now - 30, "reading", planning),
                 Call.raise_new("reading", "2F", now - 3 * hours - 600, "low_vision")
                 .advance("acknowledged", now - 3 * hours, ATTENDANT),
                 Call.raise_new("reading", "2F", now - 2 * hours, "hearing")
                 .advance("acknowledged", now - 2 * hours + 20, ATTENDANT)
                 .advance("resolved", now - 600, ATTENDANT)]
        self.calls = {c.key: c for c in calls}
        self.opened = {c.key: c.time_of("raised") for c in calls}  # on the same clock


class StillNotes:
    """ConsoleNotes' messages at one moment."""

    def __init__(self, notes: dict):
        self.notes = notes

    def forget_expired(self) -> bool:
        return False


class SilentChime(QObject):
    """The chime's signals; a picture makes no sound."""

    requested = Signal()
    problem_changed = Signal()
    problem = ""

    def play(self) -> None:
        self.requested.emit()


def desk_theme(profile: Profile):
    """The console's theme in the tour's look: its text size on the desk's own scale (the
    desk's 100 % is DESK_ZOOM), and its palette."""
    from kiosk.ui.console.window import DESK_ZOOM
    from kiosk.ui.theme import HIGH_CONTRAST, NORMAL, Theme

    theme = Theme()
    theme.set_look(DESK_ZOOM * profile.zoom, HIGH_CONTRAST if profile.high_contrast else NORMAL)
    return theme


def desk_window(directory: Directory, notes: dict, lang: str, theme, size: tuple[int, int],
                now: float | None = None):
    """The console as the tour pictures it at `now` (the wall clock when not given), shown
    at `size` and laid out."""
    from kiosk.ui.console import ConsoleAdapter, ConsoleWindow

    now = time.time() if now is None else now
    clock = [now - 4 * 3600]  # started 4 hours before: it heard the history's call close
    adapter = ConsoleAdapter(StillAlerts(now, directory), notes=StillNotes(notes))
    window = ConsoleWindow(adapter, ATTENDANT, theme=theme, chime=SilentChime(),
                           clock=lambda: clock[0], ticks=lambda: clock[0], language=lang)
    theme.setParent(window)
    adapter.setParent(window)
    clock[0] = now
    window.refresh()
    window.resize(*size)
    window.show()
    for _ in range(8):  # laid out, then again for the rows' heights at the lists' widths
        QApplication.instance().processEvents()
    return window


def render_desk(directory: Directory, notes: dict, lang: str, theme, shape: str,
                path: Path) -> Path:
    window = desk_window(directory, notes, lang, theme, DESK_SCREENS[shape])
    window.grab().save(str(path))
    window.tick.stop()
    window.close()
    window.deleteLater()
    return path
