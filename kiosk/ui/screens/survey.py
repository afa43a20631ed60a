""""Did you find what you needed?": asked once as a visit ends, never in the next one's way.

Five faces, each named in words, then, optionally, one reason from a fixed list. It sits low on
the home screen without dimming it: every tap outside it reaches what it was meant for and
closes the question, and it closes by itself after SHOW_SECONDS (twice that for a visitor who
chose any help). Keys reach its controls as in any dialog; 0, . and Esc close it. An answer is
kept as a "survey" record the moment a face is tapped; a reason updates that same record.
When to ask is screens/visit_end.py's.
"""
from __future__ import annotations

import logging
import time
import uuid

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from kiosk.feedback.survey import FACES, REASONS, survey_record
from kiosk.ui.widgets.basic import button, clear_layout, label
from kiosk.ui.widgets.faces import FaceButton
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


class SurveyOverlay(Overlay):
    def __init__(self, ctx, window):
        super().__init__(ctx, window)
        self.setObjectName("SurveyOverlay")  # no dimmed backdrop: the home screen stays usable
        outer = self.layout()
        outer.takeAt(outer.count() - 1)  # sits at the bottom, not in the middle
        self.record: dict | None = None
        self.faces = {n: FaceButton(n, name=f"Face-{n}") for n in FACES}
        self.face_row = QGridLayout()
        for n, face in self.faces.items():
            face.clicked.connect(lambda _=False, n=n: self.choose_face(n))
        self.body.addLayout(self.face_row)
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
        ctx.theme.changed.connect(self._restyle_faces)

    # -- showing and hiding --------------------------------------------------------------------
    def open(self) -> None:
        self.record = None
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
        return super().eventFilter(obj, event)

    def relayout(self) -> None:
        super().relayout()
        # Above the footer, whose Help and Accessibility stay in reach.
        footer = getattr(self.parent(), "chrome", None)
        below = footer.footer.sizeHint().height() if footer is not None else 0
        self.layout().setContentsMargins(0, 0, 0, below + self.ctx.theme.px(24))
        self._restyle_faces()
        self._arrange_reasons()

    def _columns(self, buttons, most: int) -> int:
        """As many side by side as fit in the panel (fewer with larger text), at least one."""
        px = self.ctx.theme.px
        # Less the dialog's margins and room for its scroll bar, which shows once the reasons
        # make the question taller than the screen.
        room = self.panel.width() - 2 * px(44) - 2 * px(24)
        widest = max(b.sizeHint().width() for b in buttons)
        return next((n for n in range(most, 1, -1)
                     if n * widest + (n - 1) * px(16) <= room), 1)

    def _restyle_faces(self) -> None:
        px = self.ctx.theme.px
        self.face_row.setSpacing(px(16))
        for face in self.faces.values():
            face.set_look(px(84), self.ctx.theme.color("text"), px(12))
        faces = list(self.faces.values())
        columns = self._columns(faces, len(faces))
        clear_layout(self.face_row, keep_widgets=True)
        for i, face in enumerate(faces):
            self.face_row.addWidget(face, i // columns, i % columns)

    def _arrange_reasons(self) -> None:
        """Three reasons a row where they fit, else two, else one (larger text)."""
        px = self.ctx.theme.px
        columns = self._columns(list(self.reasons.values()), 3)
        clear_layout(self.reason_grid, keep_widgets=True)
        self.reason_grid.setSpacing(px(16))
        for i, b in enumerate(self.reasons.values()):
            self.reason_grid.addWidget(b, i // columns, i % columns)

    def _show_reasons(self, on: bool) -> None:
        self.why.setVisible(on)
        for b in self.reasons.values():
            b.setVisible(on)

    # -- answers -----------------------------------------------------------------------------
    def choose_face(self, face: int) -> None:
        kiosk = self.ctx.kiosk.id if self.ctx.kiosk is not None else ""
        self.record = survey_record(face, "", kiosk=kiosk, lang=self.ctx.session.language,
                                    at=time.time(), record_id=uuid.uuid4().hex)
        self._keep()
        for n, b in self.faces.items():
            b.set_words(("✓ " if n == face else "") + self.ctx.session.tr(FACE_KEYS[n]))
        self._show_reasons(True)
        self._arrange_reasons()
        self._wait(SHOW_SECONDS)

    def choose_reason(self, reason: str) -> None:
        if self.record is None:
            return
        self.record = dict(self.record, reason=reason)
        self._keep()
        self._show_reasons(False)
        for b in self.faces.values():
            b.setVisible(False)
        self.title.setText(self.ctx.session.tr("survey.thanks"))
        self.text.setText("")
        self.ctx.voice.say(self.title.text())
        self._wait(THANKS_SECONDS)

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
            b.set_words(("✓ " if n == chosen else "") + s.tr(FACE_KEYS[n]))
        for reason, b in self.reasons.items():
            b.setText(s.tr(REASON_KEYS[reason]))
        self.close_button.setText(s.tr("survey.close"))
        self._restyle_faces()  # words of another length: as many a row as fit now
        self._arrange_reasons()
