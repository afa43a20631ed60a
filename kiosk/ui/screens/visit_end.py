"""When to ask "did you find what you needed?": once, as a visit that used the kiosk ends.
First compact (screens/survey_strip.py: one strip over home's bottom edge that covers nothing), then,
only when the visitor taps it, the faces (screens/survey.py). Kept apart from both, which load
the first time a visit ends: the home screen's first frame does not wait for them.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer


class VisitEnd(QObject):
    """Shows the question when a visit that used the kiosk ends: the visitor went home, or
    the idle reset did. A visit is a screen opened besides home; the home screen alone asks
    nothing."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._survey = None  # survey.SurveyOverlay, built the first time it is opened
        self._strip = None  # survey_strip.SurveyStrip, built the first time a visit ends
        self.used = False
        window.page_shown.connect(self._shown)

    @property
    def survey(self):
        if self._survey is None:
            from kiosk.ui.screens.survey import SurveyOverlay
            self._survey = SurveyOverlay(self.window.ctx, self.window)
        return self._survey

    @property
    def strip(self):
        """The strip over the home screen now on the window (a directory update builds home
        again: a new strip for it)."""
        if self._strip is None or self._strip.home is not self.window.page("home"):
            from kiosk.ui.screens.survey_strip import SurveyStrip
            self._strip = SurveyStrip(self.window.ctx, self.window.page("home"),
                                      self.open_faces, self._show_seconds)
        return self._strip

    @staticmethod
    def _show_seconds() -> float:
        from kiosk.ui.screens import survey
        return survey.SHOW_SECONDS

    def showing(self) -> bool:
        """The question shows, compact or open."""
        return ((self._strip is not None and self._strip.home is self.window.page("home")
                 and self._strip.asking())
                or (self._survey is not None and self._survey.isVisible()))

    def open_faces(self) -> None:
        """The visitor tapped the compact question: the faces, in its place."""
        self.strip.close_strip()
        self.survey.open()

    def close(self) -> None:
        """No question shows, compact or open, and the strip's row goes back to the screen."""
        if self._strip is not None and self._strip.home is self.window.page("home"):
            self._strip.release()
        if self._survey is not None and self._survey.isVisible():
            self._survey.close_overlay()

    def _shown(self, route) -> None:
        if route[:1] != ("home",):
            self.used = True
            self.close()
            return
        if not self.used:
            return
        self.used = False
        # After the reset's own clearing (which hides every dialog), not before it.
        QTimer.singleShot(0, self._ask)

    def _ask(self) -> None:
        w = self.window
        busy = (w.help_visible() or w.ctx.calls.open_call is not None
                or w.idle.hold() or w.route[:1] != ("home",))
        if not busy:
            self.strip.show_question()
