"""The kiosk's voice: speaks screens, focused items and messages when the visitor chose speech.

A thin adapter over speech.engine.Speech (whose worker thread owns the engine): it follows the
visit's profile and language, stops speaking at any touch or key, and reports from the worker
thread to the GUI thread through a signal, so screens can say when speech is unavailable.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Voice(QObject):
    state_changed = Signal()  # availability became known or changed
    spoken = Signal(str)  # every text handed to the engine (tests and the screen log use it)
    _state_from_worker = Signal(bool, str)

    def __init__(self, session, speech=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.speech = speech
        self.available = False
        self.problem = "…"
        self._state_from_worker.connect(self._set_state)
        self.problem = "no speech engine was started"
        self._factory = None
        if speech is not None:
            self.attach(speech)
        session.profile_changed.connect(self._profile_changed)
        session.reset_requested.connect(self.reset)

    def prepare(self, factory, problem: str) -> None:
        """Speech will come from `factory()` when a visitor first asks for it; `problem` is
        what a quick check found ("" when speech should work)."""
        self._factory = factory
        if self.speech is None:
            self._set_state(not problem, problem)

    def attach(self, speech) -> None:
        """Use this speech service (the kiosk starts it after its first frame)."""
        self.speech = speech
        # Called from the speech worker's thread; the signal carries it to this one.
        speech.on_state = lambda ok, why: self._state_from_worker.emit(ok, why)
        if speech.wait_ready(0):
            self._set_state(speech.available, speech.problem)

    @property
    def on(self) -> bool:
        return self.available and self.session.profile.speech

    def _set_state(self, available: bool, problem: str) -> None:
        self.available, self.problem = available, problem
        self.state_changed.emit()

    def _profile_changed(self, profile) -> None:
        if profile.speech and self.speech is None and self._factory is not None:
            self.attach(self._factory())  # the engine loads now, in its own thread
        if not profile.speech:
            self.stop()

    # -- speaking ----------------------------------------------------------------------------
    def say(self, text: str) -> None:
        """Say `text` in the visitor's language, interrupting whatever was being said."""
        text = " ".join(text.split())
        if self.on and text:
            self.speech.say(text, self.session.language)
            self.spoken.emit(text)

    def stop(self) -> None:
        if self.speech is not None:
            self.speech.stop()

    def pause(self) -> None:
        if self.speech is not None:
            self.speech.pause()

    def repeat(self) -> None:
        if self.on:
            self.speech.repeat()

    def change_rate(self, delta: int) -> None:
        if self.speech is not None:
            self.speech.set_rate(self.speech.rate + delta)

    def change_volume(self, delta: float) -> None:
        if self.speech is not None:
            self.speech.set_volume(self.speech.volume + delta)

    def reset(self) -> None:
        if self.speech is not None:
            self.speech.reset()

    def interrupt(self) -> None:
        """Any action stops speech; what the action shows next is spoken afresh."""
        if self.on:
            self.speech.stop()
