""""Did you find what you needed?" opened, once the visitor taps the compact question
(screens/survey_strip.py): five faces, each named in words, then, optionally, one reason
from a fixed list. It sits low on
the home screen without dimming it: every tap outside it reaches what it was meant for and
closes the question, and so does a tap on the panel beside its buttons (magnified, it lies over
the ways in), and it closes by itself after SHOW_SECONDS (twice that for a visitor who
chose any help). Keys reach its controls as in any dialog; 0, . and Esc close it. An answer is
kept as a "survey" record the moment a face is tapped; a reason updates that same record.
When to ask is screens/visit_end.py's.
"""
from __future__ import annotations

import logging
import time
import uuid

from PySide6.QtCore import QEvent, QPoint, QTimer
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.feedback.survey import FACES, REASONS, survey_record
from kiosk.ui.widgets.basic import button, clear_layout, label
from kiosk.ui.widgets.faces import FaceButton
from kiosk.ui.widgets.fit_scroll import FitScroll
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

    def relayout(self) -> None:
        super().relayout()
        theme = self.ctx.theme
        # Above the footer, whose Help and Accessibility stay in reach.
        footer = getattr(self.parent(), "chrome", None)
        below = footer.footer.sizeHint().height() if footer is not None else 0
        self.layout().setContentsMargins(0, 0, 0, below + theme.px(24))
        self.asked.setSpacing(self.body.spacing())
        if theme.zoom > 1.0 or theme.portrait:
            # Magnified words need the width the dialog's margins would take: margins by
            # the screen, the panel as wide as the window allows.
            self.panel.setFixedWidth(self.width() - theme.touch(24))
            pad = theme.touch(20)
            self.frame.setContentsMargins(pad, pad, pad, pad)
            for box in (self.frame, self.body, self.asked):
                box.setSpacing(theme.touch(20))
        # Between the header and the footer, whose controls stay in use and in sight: the
        # panel never grows over them (its reasons scroll instead; the question and its faces
        # do not).
        self.panel.setMaximumHeight(self.height() - below - theme.px(24)
                                    - self._header_bottom() - theme.px(12))
        self._restyle_faces()
        self._arrange_reasons()

    def _header_bottom(self) -> int:
        """Where the window's header ends, in this overlay's coordinates (0 with none over
        it)."""
        chrome = getattr(self.parent(), "chrome", None)
        if chrome is None or not chrome.header.isVisible():
            return 0
        header = chrome.header
        end = header.mapTo(self.parent(), QPoint(0, header.height())).y()
        return max(0, end - self.y())

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
        theme = self.ctx.theme
        self.face_row.setSpacing(theme.touch(8))
        # The drawings by the screen, not the text size: magnified, the words grow and the
        # faces stay as they are, so all five fit with their words.
        # Once one is tapped, smaller: the reasons under them need the room.
        answered = self.record is not None
        for face in self.faces.values():
            face.set_look(theme.touch(52 if answered else 84), theme.color("text"),
                          theme.touch(6))
        faces = list(self.faces.values())
        clear_layout(self.face_row, keep_widgets=True)
        columns = next((n for n in (5, 3, 2) if self._faces_fit(n)), 1)
        fits = columns > 1 or self._faces_fit(1)
        in_a_row = columns == 5
        for face in faces:  # measured on one line where they fit so (a dialog that scrolls
            face.words.setWordWrap(not fits)  # measures them narrower, wrapped)
        if not in_a_row:  # more rows: smaller drawings, so the dialog need not scroll
            for face in faces:
                face.set_look(theme.touch(60), theme.color("text"), theme.touch(6))
        # Answered, the faces keep their words (the chosen one with its ✓) and give their
        # drawings' room to the reasons: lowered at 200 %, a reason showed whole no more.
        for face in faces:
            face.face.setVisible(not answered)
        # Faces on more rows in the low position's short band leave no room for the note
        # that no answer is needed (still spoken): the faces come first.
        # Once a face is tapped the note has been answered: its room goes to the reasons.
        self.text.setVisible(self.record is None
                             and (in_a_row or not self.ctx.session.profile.low_position))
        # Each face takes two cells of a row's 2 x columns; a shorter last row is centred
        # (three over two; two, two and one where three a row would split a face's words).
        for i, face in enumerate(faces):
            row, place = divmod(i, columns)
            in_row = min(columns, len(faces) - row * columns)
            self.face_row.addWidget(face, row, 2 * place + columns - in_row, 1, 2)
        for column in range(10):
            self.face_row.setColumnStretch(column, 1 if column < 2 * columns else 0)
        # Where the dialog is short (lowered in landscape at 200 %), faces on two rows leave
        # no room: asked, their drawings give way (their words say the same); answered, the
        # question gives way to a whole reason (the face with its ✓ says what was answered;
        # the thanks shows in its place).
        self.title.setVisible(True)
        if not answered and not self._fits():
            for face in faces:
                face.face.setVisible(False)
        self.title.setVisible(not answered or self._fits(next(iter(self.reasons.values()))))

    def _fits(self, reason: QWidget | None = None) -> bool:
        """The question, its faces as they are now, `reason` with its heading under them and
        Close fit in the dialog's greatest height."""
        for face in self.faces.values():
            face.layout().invalidate()
        self.face_row.invalidate()
        frame = self.frame.contentsMargins()
        inner = self.panel.width() - frame.left() - frame.right()
        need = (frame.top() + frame.bottom() + self.title.heightForWidth(inner)
                + self.asked.spacing() + self.face_row.sizeHint().height()
                + self.frame.spacing() + self.close_button.sizeHint().height())
        if reason is not None:  # under its heading, which scrolls with it
            need += (self.frame.spacing() + self.why.heightForWidth(inner)
                     + self.body.spacing() + reason.sizeHint().height())
        return need <= self.panel.maximumHeight()

    def _faces_fit(self, columns: int) -> bool:
        """Each face's words fit whole on one line in its share of the panel's width, clear
        of its border, with the ✓ an answer puts before them (so the faces keep their places
        when one is tapped): a phrase is never split, nor touches its border."""
        theme = self.ctx.theme
        room = (self.panel.width() - self.frame.contentsMargins().left()
                - self.frame.contentsMargins().right() - theme.px(24))  # the scroll bar
        share = (room - (columns - 1) * self.face_row.spacing()) // columns
        border = theme.px(6)  # as drawn when focused (the ring)
        for n, face in self.faces.items():
            face.words.ensurePolished()
            metrics = face.words.fontMetrics()
            words = "✓ " + self.ctx.session.tr(FACE_KEYS[n])
            margins = face.layout().contentsMargins()
            if (metrics.horizontalAdvance(words) + margins.left() + margins.right()
                    + 2 * border + 2 * theme.touch(8) > share):
                return False
        return True

    def _arrange_reasons(self) -> None:
        """Three reasons a row where they fit, else two, else one (larger text)."""
        px = self.ctx.theme.px
        columns = self._columns(list(self.reasons.values()), 3)
        clear_layout(self.reason_grid, keep_widgets=True)
        self.reason_grid.setSpacing(px(16))
        for i, b in enumerate(self.reasons.values()):
            self.reason_grid.addWidget(b, i // columns, i % columns)

    def _show_reasons(self, on: bool) -> None:
        # Empty until a face is tapped, the sheet takes no room (nor the spacing over the
        # buttons): lowered at 200 %, the faces need it to show whole.
        self.sheet.setVisible(on)
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
