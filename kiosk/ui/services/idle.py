"""Idle reset: after a while without a touch, ask "Need more time?", then start over.

Any touch, click or key (ui/services/input_events.py) restarts a single-shot timer.
Starting over returns home, restores the default language and text size, and clears input.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from kiosk.directory.units import keep_units
from kiosk.ui.widgets.basic import button
from kiosk.ui.widgets.overlays import Overlay

ACTIVITY = {QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.TouchBegin,
            QEvent.TouchUpdate, QEvent.KeyPress, QEvent.Wheel}


class CountdownOverlay(Overlay):
    """Closing it by any means (its button, Escape, a touch beside it) means: more time."""

    def __init__(self, ctx, window):
        super().__init__(ctx, window)
        self.remaining = 0
        self.on_close = self.hide
        self.more_button = button(role="primary", name="IdleMore")  # as help's Close
        self.done_button = button(name="IdleDone")
        self.buttons.addWidget(self.more_button, 2)
        self.buttons.addWidget(self.done_button, 1)

    def close_overlay(self) -> None:
        self.on_close()

    def relayout(self) -> None:
        super().relayout()
        self.arrange_buttons()  # "Yes, more time" with room beside its words

    def retranslate(self) -> None:
        s = self.ctx.session
        self.title.setText(s.tr("idle.title"))
        self.text.setText(keep_units(s.tr("idle.body", n=self.remaining)))  # "40 s" together
        self.more_button.setText(s.tr("idle.more"))
        self.done_button.setText(s.tr("idle.done"))
        self.arrange_buttons()  # its words' width changes with the language


class IdleWatcher(QObject):
    countdown_started = Signal()
    visit_reset = Signal()

    def __init__(self, ctx, window, inputs, timeout_s: float, countdown_s: float):
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.timeout_s, self.base_countdown_s = timeout_s, int(countdown_s)
        self._overlay: CountdownOverlay | None = None  # built when first asked (see overlay)
        # True while something must not be reset under a visitor's feet (the staff screen).
        self.hold: Callable[[], bool] = lambda: False
        self.idle_timer = QTimer(self, singleShot=True, interval=int(timeout_s * 1000))
        ctx.session.profile_changed.connect(self._profile_changed)
        self.idle_timer.timeout.connect(self._idle)
        self.tick_timer = QTimer(self, interval=1000)
        self.tick_timer.timeout.connect(self._tick)
        inputs.activity.connect(self._activity)
        self.idle_timer.start()

    @property
    def overlay(self) -> CountdownOverlay:
        """"Need more time?": built the first time it is needed, not before the home screen's
        first frame (the kiosk builds it once that frame is on screen)."""
        if self._overlay is None:
            self._overlay = CountdownOverlay(self.ctx, self.window)
            self._overlay.on_close = self.extend
            self._overlay.more_button.clicked.connect(self.extend)
            self._overlay.done_button.clicked.connect(self.reset_visit)
        return self._overlay

    def _hide_overlay(self) -> None:
        if self._overlay is not None:
            self._overlay.hide()

    @property
    def countdown_s(self) -> int:
        return int(self.base_countdown_s * self.ctx.session.profile.time_factor)

    def _profile_changed(self, profile) -> None:
        # Whoever chose help gets twice the time, for reading and for reaching.
        self.idle_timer.setInterval(int(self.timeout_s * profile.time_factor * 1000))
        if not self.tick_timer.isActive():
            self.idle_timer.start()

    def _activity(self) -> None:
        if not self.tick_timer.isActive():  # during the countdown only its buttons count
            self.idle_timer.start()

    def visit_in_progress(self) -> bool:
        return (self.window.route[:1] != ("home",) or self.ctx.session.visit_in_progress
                or self.window.help_visible())

    def _idle(self) -> None:
        if self.hold():
            self.idle_timer.start()
            return
        # A visitor whose own call is open may be waiting for staff without a touch: asked,
        # not reset silently (their call would be told as an earlier visitor's).
        if not self.visit_in_progress() and not self.ctx.calls.own_open:
            # Nobody to ask, but whatever was typed or scrolled must not greet the next visitor.
            self.ctx.session.reset()
            self.idle_timer.start()
            return
        self.overlay.remaining = self.countdown_s
        self.overlay.open()
        self.tick_timer.start()
        self.countdown_started.emit()

    def _tick(self) -> None:
        if self.hold():  # the staff screen opened during the countdown
            self.extend()
            return
        self.overlay.remaining -= 1
        if self.overlay.remaining <= 0:
            self.reset_visit()
        else:
            self.overlay.retranslate()

    def extend(self) -> None:
        self.tick_timer.stop()
        self._hide_overlay()
        self.idle_timer.start()

    def reset_visit(self) -> None:
        self.tick_timer.stop()
        self._hide_overlay()
        self.ctx.session.reset()
        self.idle_timer.start()
        self.visit_reset.emit()
