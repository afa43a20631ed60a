"""The console window: open calls with three large actions, offline kiosks, today's history,
and whether the console is connected (and why not) in plain view.

Two timers, no more: `tick` (1 s) moves the waiting times on and alternates the highlight of
calls nobody answered (so a row changes at most once a second, far below the 3 Hz where
flashing becomes a hazard); `chime_timer` (10 s) rings again while any call is unanswered,
as nurse-call practice asks. Every change of the transport comes as the adapter's queued
signal: nothing polls the transport.
"""
from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.calls.call import Call, CallKey
from kiosk.directory.strings import tr
from kiosk.ui.console import pages, rows, status_words, window_layout
from kiosk.ui.console.adapter import ConsoleAdapter, Snapshot
from kiosk.ui.console.call_list import ConsoleContext
from kiosk.ui.console.chime import Chime
from kiosk.ui.console.window_layout import DESK_ZOOM
from kiosk.ui.theme import NORMAL, Theme
from kiosk.ui.widgets.basic import set_accessible

CHIME_EVERY_MS = 10_000
TICK_MS = 1_000
ACTIONS = (  # (action, button name, string key, states it applies to)
    ("acknowledge", "AcknowledgeButton", "console.acknowledge", rows.UNACKNOWLEDGED),
    ("arrived", "ArrivedButton", "console.arrived", rows.UNACKNOWLEDGED + ("acknowledged",)),
    ("resolve", "ResolveButton", "console.resolve",
     rows.UNACKNOWLEDGED + ("acknowledged", "arrived")),
)
NEXT_STEP = {"raised": "acknowledge", "delivered": "acknowledge", "acknowledged": "arrived",
             "arrived": "resolve"}


def _restyle(widget: QWidget, **properties) -> None:
    changed = False
    for name, value in properties.items():
        if widget.property(name) != value:
            widget.setProperty(name, value)
            changed = True
    if changed:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class ConsoleWindow(QWidget):
    chimed = Signal()  # the chime was asked to ring (whether or not this PC can sound it)

    def __init__(self, adapter: ConsoleAdapter, attendant_name: str = "", *,
                 theme: Theme | None = None, chime=None, clock=time.time, language: str = "ko",
                 server: str = "", ticks=time.monotonic,
                 chime_every_ms: int = CHIME_EVERY_MS, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ConsoleWindow")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.ClickFocus)  # holds focus until Tab moves it: no ring at start
        self.adapter = adapter
        self.attendant_name = attendant_name
        self.server = server
        self.clock = clock
        self.ticks = ticks  # the transport's monotonic clock: waits are measured on it
        if theme is None:
            theme = Theme(parent=self)
            theme.set_look(DESK_ZOOM, NORMAL)
        self.theme = theme
        self.ctx = ConsoleContext(theme, language, clock(), True)
        self.snapshot = Snapshot()
        self.selected: CallKey | None = None  # the chosen call: its (kiosk, id)
        self.action_problem = ""
        self._known: set[CallKey] = set()  # every call seen: a call is new only once
        self._escalated: set[CallKey] = set()
        self._late: set[CallKey] = set()  # acknowledged calls past the charter's 5 minutes
        self._today = time.localtime(self.ctx.now)[:3]
        # The history holds only the calls this console heard close (the broker keeps a closed
        # call a short while): on the day it started it says since when it knows.
        self._started = self.ctx.now
        self.page = "calls"  # which takes its turn where the calls and the rest are paged

        self._build()
        self.chime = chime if chime is not None else Chime(self)
        self.chime.requested.connect(self.chimed)
        self.chime.problem_changed.connect(self._show_sound)
        self.messages.chime_wanted.connect(self.chime.play)

        self.tick = QTimer(self, interval=TICK_MS)
        self.tick.timeout.connect(self._tick)
        self.chime_timer = QTimer(self, interval=chime_every_ms)
        self.chime_timer.timeout.connect(self.chime.play)
        adapter.changed.connect(self.refresh)
        theme.changed.connect(self.restyle)

        self.restyle()
        self.refresh()
        self.tick.start()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        window_layout.build(self, ACTIONS)

    def restyle(self) -> None:
        self.setStyleSheet(window_layout.stylesheet(self.theme))
        window_layout.space_out(self)
        self.retranslate()
        pages.arrange(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        pages.arrange(self)

    def show_page(self, page: str) -> None:
        """"calls" or "side": the one shown where the two take turns (pages.py)."""
        self.page = page
        pages.arrange(self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.setFocus()

    # -- language ---------------------------------------------------------------------------
    def tr(self, key: str, **values) -> str:
        return tr(key, self.ctx.language, **values)

    def set_language(self, lang: str) -> None:
        if lang != self.ctx.language:
            self.ctx.language = lang
            self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("console.title"))
        self.title.setText(self.tr("console.title"))
        self.attendant_label.setText(self.tr("console.attendant", name=self.attendant_name))
        self.lang_button.setText(self.tr("lang.switch"))
        set_accessible(self.lang_button, self.tr("lang.switch.name"))
        self._history_words()
        self.kiosk_heading.setText(self.tr("console.kiosks"))
        self.messages.retranslate()
        for action, _name, key, _states in ACTIONS:
            self.action_buttons[action].setText(self.tr(key))
        self.side_more.update()
        self._show_everything()

    # -- changes from the transport ---------------------------------------------------------
    def refresh(self) -> None:
        """The transport changed: show its new state (called in the GUI thread)."""
        snap = self.snapshot = self.adapter.snapshot()
        self.ctx.now, self.ctx.ticks = self.clock(), self.ticks()
        self.ctx.places, self.ctx.opened = snap.places, snap.opened
        calls = self.ctx.open_calls = rows.open_calls(snap.calls.values())
        fresh = self._announce(calls, snap.calls)
        keep = self.selected
        self.open_model.set_calls(calls)
        row = self.open_model.row_of(keep) if keep else -1
        if row < 0 and keep is None and fresh:
            row = 0  # nothing was selected: the most pressing call, ready for one click
        self._select(row)
        # Today's by the clock read now: past midnight, yesterday's calls leave the history
        # and its heading no longer says since when (the start was another day).
        self._today = time.localtime(self.ctx.now)[:3]
        self.history_model.set_calls(rows.closed_today(snap.calls.values(), self.ctx.now))
        self._history_words()
        self.messages.show_notes(snap.notes, snap.connected)
        self._show_everything()

    def _announce(self, calls: list[Call], every: dict[CallKey, Call]) -> set[CallKey]:
        """Chime at once for a new or newly escalated call, then every 10 s while unanswered."""
        unanswered = [c for c in calls if rows.needs_attention(c)]
        fresh = {c.key for c in unanswered} - self._known
        escalated = {c.key for c in unanswered if c.escalated} - self._escalated
        self._known |= set(every)
        self._escalated |= escalated
        if fresh or escalated:
            self.ctx.flash_on = True  # highlighted from the first moment
            self.show_page("calls")
            self.chime.play()
            self.chime_timer.start()  # (re)starts: the next ring is 10 s after this one
            QApplication.alert(self, 0)  # the taskbar, when the console is behind a window
        if not unanswered:
            self.chime_timer.stop()
        elif not self.chime_timer.isActive():
            self.chime_timer.start()
        return fresh

    def _tick(self) -> None:
        self.ctx.now, self.ctx.ticks = self.clock(), self.ticks()
        self.ctx.flash_on = not self.ctx.flash_on
        self.open_model.repaint()
        late = {c.key for c in self.open_model.calls
                if rows.overdue(c, self.ctx.now, self.ctx.open_for(c.key))}
        if late - self._late:  # once as it becomes overdue, as a message does
            self.chime.play()
        self._late = late
        pages.retranslate(self)
        if self.adapter.forget_expired():  # past the retention period: gone from here too
            self.refresh()
        self.messages.tick()
        if time.localtime(self.ctx.now)[:3] != self._today:  # past midnight
            self.refresh()

    # -- selection and actions --------------------------------------------------------------
    def _select(self, row: int) -> None:
        selection = self.calls_view.selectionModel()
        if row < 0:
            selection.clearSelection()
            self.selected = None
        else:
            index = self.open_model.index(row)
            selection.select(index, selection.SelectionFlag.ClearAndSelect)
            selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
            self.calls_view.scrollTo(index)
            self.selected = self.open_model.calls[row].key

    def _selection_changed(self, *_args) -> None:
        rows_ = self.calls_view.selectionModel().selectedRows()
        self.selected = self.open_model.calls[rows_[0].row()].key if rows_ else None
        self._show_actions()

    def selected_call(self) -> Call | None:
        row = self.open_model.row_of(self.selected) if self.selected else -1
        return self.open_model.calls[row] if row >= 0 else None

    def select_call(self, key: CallKey) -> None:
        """Choose the call (kiosk, id): the actions answer that kiosk's call."""
        self._select(self.open_model.row_of(key))
        self._show_actions()

    def act(self, action: str) -> None:
        """Acknowledge, Arrived or Resolve the selected call, through the transport."""
        call = self.selected_call()
        if call is None:
            return
        try:
            getattr(self.adapter, action)(call.key)
            self.action_problem = ""
        except Exception as exc:  # shown to the attendant: the kiosk did not hear of it
            self.action_problem = str(exc) or type(exc).__name__
        self._show_actions()

    # -- showing ----------------------------------------------------------------------------
    def _show_everything(self) -> None:
        self._show_heading()
        self._show_connection()
        self._show_sound()
        self._show_kiosks()
        self._show_history()
        self._show_actions()
        self.open_model.repaint()
        self.history_model.repaint()

    def _show_connection(self) -> None:
        banner, status, state = status_words.connection(self.snapshot, self.server,
                                                        self.ctx.language)
        self.connection_banner.setVisible(not self.snapshot.connected)
        self.connection_banner.setText(banner)
        self.status_label.setText(status)
        _restyle(self.status_label, state=state)

    def _show_heading(self) -> None:
        pages.retranslate(self)

    def _show_sound(self) -> None:
        banner, status = status_words.sound(self.chime.problem, self.ctx.language)
        self.sound_banner.setText(banner)
        self.sound_status.setText(status)
        self.sound_banner.setVisible(bool(banner))

    def _show_kiosks(self) -> None:
        text, state = status_words.kiosks(self.snapshot, self.ctx.language)
        self.offline_label.setText(text)
        _restyle(self.offline_label, state=state)

    def _history_words(self) -> None:
        heading, empty = status_words.history(self._started, self.ctx.now, self.ctx.language)
        self.today_heading.setText(heading)
        self.history_empty.setText(empty)

    def _show_history(self) -> None:
        empty = not self.history_model.calls
        self.history_empty.setVisible(empty)
        self.history_view.setVisible(not empty)

    def _show_actions(self) -> None:
        call = self.selected_call()
        connected = self.snapshot.connected
        next_step = NEXT_STEP.get(call.state) if call is not None else None
        for action, _name, _key, states in ACTIONS:
            b = self.action_buttons[action]
            b.setEnabled(connected and call is not None and call.state in states)
            _restyle(b, next="true" if b.isEnabled() and action == next_step else "false")
        # At large text the framed row says which call it is: the line only when it says
        # more (a failed action, no call chosen, not connected).
        self.selected_label.setVisible(not self.ctx.large or call is None or not connected
                                       or bool(self.action_problem))
        self.selected_label.set_texts(status_words.selected(
            call, self.action_problem, connected, self.ctx.places, self.ctx.open_calls,
            self.ctx.language))
