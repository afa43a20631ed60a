"""Counts the searches that found nothing, once per search, not once per keystroke.

A search runs from the first key to the box being emptied or the visitor leaving the screen.
When it stands at no results and the visitor stops typing (QUIET_MS) or leaves, it is kept as a
"searches" record; typing on and stopping again at no results updates that same record (same
id: the last line wins), so one search is counted once. The text is withheld by the rule of
kiosk/search/unfound.py (digits, staff names).
"""
from __future__ import annotations

import logging
import time
import uuid

from PySide6.QtCore import QObject, QTimer

from kiosk.search.unfound import staff_name_forms, unfound_record

log = logging.getLogger(__name__)
QUIET_MS = 4000  # no key for this long: the visitor has stopped typing


class UnfoundSearches(QObject):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self, singleShot=True, interval=QUIET_MS)
        self.timer.timeout.connect(self.settle)
        self._names: frozenset[str] | None = None  # the staff list's names, built once
        self._id = uuid.uuid4().hex  # this search's record
        self._at = 0.0
        self._text, self._kept = "", ""  # what stands in the box; what the record says
        self._lang = ""

    def typed(self, text: str, results: int) -> None:
        """The box now holds `text`, with `results` answers."""
        if not text.strip():
            self.ended()
            return
        if not self._at:
            self._at = time.time()
        self._text = text if results == 0 else ""
        self._lang = self.ctx.session.language  # the visitor's, before a reset restores it
        if self._text:
            self.timer.start()
        else:
            self.timer.stop()

    def settle(self) -> None:
        """The visitor stopped at no results: keep (or update) this search's record."""
        self.timer.stop()
        text, keep = self._text, self.ctx.keep_record
        if not text or text == self._kept or keep is None:
            return
        if self._names is None:
            self._names = staff_name_forms(self.ctx.directory)
        kiosk = self.ctx.kiosk.id if self.ctx.kiosk is not None else ""
        record = unfound_record(text, self._names, kiosk=kiosk, lang=self._lang,
                                at=self._at, record_id=self._id)
        try:
            keep("searches", record)
            self._kept = text
        except OSError:
            log.exception("could not keep an unfound search")  # counted as lost, no more

    def ended(self) -> None:
        """The box was emptied or the visitor left: the next key starts a new search."""
        self.settle()
        self._id, self._at, self._text, self._kept = uuid.uuid4().hex, 0.0, "", ""
