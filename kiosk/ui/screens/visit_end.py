"""When to ask "did you find what you needed?" (screens/survey.py): once, as a visit that used
the kiosk ends. Kept apart from the question itself, which loads the first time it is asked:
the home screen's first frame does not wait for it.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer


class VisitEnd(QObject):
    """Opens the question when a visit that used the kiosk ends: the visitor went home, or
    the idle reset did. A visit is a screen opened besides home; the home screen alone asks
    nothing."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._survey = None  # survey.SurveyOverlay, built the first time a visit ends
        self.used = False
        window.page_shown.connect(self._shown)

    @property
    def survey(self):
        if self._survey is None:
            from kiosk.ui.screens.survey import SurveyOverlay
            self._survey = SurveyOverlay(self.window.ctx, self.window)
        return self._survey

    def _shown(self, route) -> None:
        if route[:1] != ("home",):
            self.used = True
            if self._survey is not None:
                self._survey.hide()
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
            self.survey.open()
