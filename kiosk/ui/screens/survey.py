""""Did you find what you needed?" opened, once the visitor taps the compact question
(screens/survey_strip.py): five faces, each named in words, then, optionally, one reason
from a fixed list. It sits low on
the home screen without dimming it: every tap outside it reaches what it was meant for and
closes the question, and so does a tap on the panel beside its buttons (magnified, it lies over
the ways in), and it closes by itself after SHOW_SECONDS (twice that for a visitor who
chose any help). Keys reach its controls as in any dialog; 0, . and Esc close it. An answer is
kept as a "survey" record the moment a face is tapped; a reason updates that same record.
When to ask is screens/visit_end.py's; how it is arranged in each look,
screens/survey_layout.py's.
"""
from __future__ import annotations

import logging
import time
import uuid

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.feedback.survey import FACES, REASONS, survey_record
from kiosk.ui.screens.survey_layout import SurveyLayout
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.faces import FaceButton
from kiosk.ui.widgets.fit_scroll import FitScroll
from kiosk.ui.widgets.layout_parts import clear_layout
from kiosk.ui.widgets.overlays import Overlay

log = logging.getLogger(__name__)
SHOW_SECONDS = 12
THANKS_SECONDS = 2
FACE_KEYS = {1: "survey.face.1", 2: "survey.face.2", 3: "survey.face.3", 4: "survey.face.4",
             5: "survey.face.5"}
REASON_KEYS = {"place": "survey.reason.place", "person": "survey.reason.person",
               "service": "survey.reason.service", "reading": "survey.reason.reading",
               "using": "survey.reason.using", "other": "survey.reason.other"}
TOUCHES = (QEvent.MouseButtonPress, QEvent.TouchBegin)


class SurveyOverlay(SurveyLayout, Overlay):
    def __init__(self, ctx, window):
        super().__init__(ctx, window)
        self.setObjectName("SurveyOverlay")  # no dimmed backdrop: the home screen stays usable
        outer = self.layout()
        clear_layout(outer, start=outer.count() - 1)  # sits at the bottom, not in the middle
        self.record: dict | None = None
        self.faces = {n: FaceButton(n, name=f"Face-{n}") for n in FACES}
        self.face_row = QGridLayout()
        for n, face in self.faces.items():
            face.clicked.connect(lambda _=False, n=n: self.choose_face(n))
        # The question and its faces stay above what scrolls: bringing the reasons into view
        # must not scroll away the question, nor the face the visitor chose.
        asked = QVBoxLayout()
        for widget in (self.title, self.text):
            self.body.removeWidget(widget)
            asked.addWidget(widget)
        asked.addLayout(self.face_row)
        self.asked = asked
        holder = QWidget()
        holder.setLayout(asked)
        asked.setContentsMargins(0, 0, 0, 0)
        # As tall as its wrapped words need at the panel's width (a plain layout measured
        # them on one line and squeezed them).
        self.frame.insertWidget(0, FitScroll(holder, name="SurveyQuestion"))
        self.why = label(role="heading")
        self.body.addWidget(self.why)
        self.reasons = {r: button(role="row", name=f"Reason-{r}") for r in REASONS}
        for reason, b in self.reasons.items():
            b.clicked.connect(lambda _=False, r=reason: self.choose_reason(r))
        self.reason_grid = QGridLayout()
        self.body.addLayout(self.reason_grid)
        self.close_button = button(name="SurveyClose")
        self.close_button.clicked.connect(self.close_overlay)
        self.buttons.addWidget(self.close_button)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.close_overlay)
        self.panel.installEventFilter(self)
        self._follow_reasons = False  # a face was tapped: its reasons are brought into view
        self.sheet.verticalScrollBar().rangeChanged.connect(self._reasons_in_view)
        ctx.theme.changed.connect(self._restyle_faces)

    # -- showing and hiding --------------------------------------------------------------------
    def open(self) -> None:
        self.record = None
        self._follow_reasons = False
        self._show_reasons(False)
        super().open()
        self._restyle_faces()
        self._arrange_reasons()
        self._wait(SHOW_SECONDS)
        self._mask()
        QApplication.instance().installEventFilter(self)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    def first_control(self) -> QWidget | None:
        """Close: a ring on a face would look like an answer chosen for the visitor."""
        return self.close_button

    def _mask(self) -> None:
        self.setMask(QRegion(self.panel.geometry()))  # touches elsewhere pass through

    def _wait(self, seconds: float) -> None:
        self.timer.start(int(seconds * self.ctx.session.profile.time_factor * 1000))

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is self.panel and kind in (QEvent.Resize, QEvent.Move):
            self._mask()
        elif (kind in TOUCHES and self.isVisible() and isinstance(obj, QWidget)
              and obj.window() is self.window() and not self.isAncestorOf(obj)):
            self.close_overlay()  # a tap elsewhere: the next visitor; the tap goes on
        elif kind == QEvent.MouseButtonPress and self.isVisible() and self._beside_controls(obj):
            return self._pass_through(event.globalPosition().toPoint())
        return super().eventFilter(obj, event)

    def _beside_controls(self, obj) -> bool:
        """A press on the panel's question or margins, on none of its buttons. Once a face
        is tapped the panel is the visitor's: a press may flick its reasons."""
        if self.record is not None or not isinstance(obj, QWidget) or not (
                obj is self.panel or self.panel.isAncestorOf(obj)):
            return False
        while obj is not None and obj is not self.panel:
            if isinstance(obj, QAbstractButton):
                return False
            obj = obj.parentWidget()
        return True

    def _pass_through(self, at) -> bool:
        """Magnified, the panel lies over the home screen's ways in: a press beside its
        buttons is meant for what lies under it, which it closes the question for and
        reaches, as a tap beside the panel does."""
        self.close_overlay()
        under = QApplication.widgetAt(at)
        while under is not None and not isinstance(under, QAbstractButton):
            under = under.parentWidget()
        if under is not None and under.window() is self.window() and under.isEnabled():
            under.click()
        return True

    # -- answers -----------------------------------------------------------------------------
    def choose_face(self, face: int) -> None:
        kiosk = self.ctx.kiosk.id if self.ctx.kiosk is not None else ""
        self.record = survey_record(face, "", kiosk=kiosk, lang=self.ctx.session.language,
                                    at=time.time(), record_id=uuid.uuid4().hex)
        self._keep()
        for n, b in self.faces.items():
            b.set_words(self.face_words(n, chosen=n == face))
        self._show_reasons(True)
        self.relayout()
        self._arrange_reasons()
        self._follow_reasons = True
        QTimer.singleShot(0, self._reasons_in_view)
        self._wait(SHOW_SECONDS)

    def _reasons_in_view(self) -> None:
        """The reasons come under the faces: scrolled into view where the dialog is short
        (again as the dialog grows to hold them, until it has)."""
        if not self._follow_reasons or not self.why.isVisible():
            return
        last = list(self.reasons.values())[-1]
        self.sheet.ensureWidgetVisible(last, 0, 0)
        self.sheet.ensureWidgetVisible(self.why, 0, 0)

    def choose_reason(self, reason: str) -> None:
        if self.record is None:
            return
        self.record = dict(self.record, reason=reason)
        self._follow_reasons = False
        self._keep()
        self._show_reasons(False)
        for b in self.faces.values():
            b.setVisible(False)
        self.title.setVisible(True)
        self.title.setText(self.ctx.session.tr("survey.thanks"))
        self.text.setText("")
        self.ctx.voice.say(self.title.text())
        self._wait(THANKS_SECONDS)

    def face_words(self, face: int, chosen: bool = False) -> str:
        """A face's words, with the ✓ of an answer when `chosen`."""
        return ("✓ " if chosen else "") + self.ctx.session.tr(FACE_KEYS[face])

    def _keep(self) -> None:
        keep = self.ctx.keep_record
        if keep is None:
            return
        try:
            keep("survey", self.record)
        except OSError:
            log.exception("could not keep a survey answer")  # the visitor is not bothered

    def retranslate(self) -> None:
        s = self.ctx.session
        self.title.setText(s.tr("survey.title"))
        self.text.setText(s.tr("survey.note"))
        self.why.setText(s.tr("survey.why"))
        chosen = self.record["face"] if self.record else None
        for n, b in self.faces.items():
            b.setVisible(True)
            b.set_words(self.face_words(n, chosen=n == chosen))
        for reason, b in self.reasons.items():
            b.setText(s.tr(REASON_KEYS[reason]))
        self.close_button.setText(s.tr("survey.close"))
        self._restyle_faces()  # words of another length: as many a row as fit now
        self._arrange_reasons()
