"""The closing question, compact: one strip above the footer ("Did you find what you needed?",
a tap to answer, Close) that opens into the faces (screens/survey.py) only when tapped.

It lies over home's bottom edge (the only screen it shows on), in the room home keeps for it
(screens/home_room.py): the ways in never move as it comes and goes nor lie under it, it
covers no control, and, lowered, it sits in the reach band above the footer. It leaves by
itself after survey.SHOW_SECONDS (twice that for a visitor who chose any help), with Close,
when another screen opens, and at the idle reset; home keeps its room until it is left, so
nothing moves under a finger as it goes. It takes no focus: keys act on the screen while it
shows, and reach its two controls as any others. When to show it is visit_end.py's.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from kiosk.ui.screens import strip_size as size
from kiosk.ui.widgets.basic import Tile
from kiosk.ui.widgets.faces import face_pixmap

SMILE = 5  # the face on the strip: the question is about being satisfied


class SurveyStrip(QWidget):
    def __init__(self, ctx, home, open_faces: Callable[[], None], seconds: Callable[[], float]):
        super().__init__(home)
        self.ctx = ctx
        self.home = home
        self.setObjectName("SurveyStrip")
        self.ask = Tile(role="rowtile", name="SurveyAsk")  # the question is the way to answer
        self.ask.clicked.connect(open_faces)
        self.close_button = Tile(role="rowtile", name="SurveyStripClose")
        self.close_button.clicked.connect(self.close_strip)
        row = QHBoxLayout(self)
        row.addWidget(self.ask, 1)
        row.addWidget(self.close_button, 0)
        self._seconds = seconds
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.close_strip)
        ctx.session.language_changed.connect(self.retranslate)
        ctx.theme.changed.connect(self.restyle)
        ctx.session.reset_requested.connect(self.release)  # a new visitor: no old question
        self.hide()
        self.restyle()
        self.retranslate()

    def show_question(self) -> None:
        self.retranslate()
        self.show()
        self.home.room.cover(self)
        self.timer.start(int(self._seconds() * self.ctx.session.profile.time_factor * 1000))
        s = self.ctx.session  # the whole question, whichever form shows
        self.ctx.voice.say(f"{s.tr('survey.title')}. {s.tr('survey.strip.answer')}")

    def asking(self) -> bool:
        return not self.isHidden()  # shown over home, even while another screen is on view

    def close_strip(self) -> None:
        """The question leaves; home keeps its room while it shows: given back, it would
        move what lay under the question on its way to a finger (release() gives it back)."""
        self.timer.stop()
        if not self.asking():
            return
        had_focus = self.isAncestorOf(QApplication.focusWidget())
        self.hide()
        if had_focus:  # the window holds the keys' focus: the next key starts the screen over
            self.window().setFocus(Qt.OtherFocusReason)

    def release(self) -> None:
        """Home is left, or the visit is over: home's room goes back to it."""
        self.close_strip()
        if self.home.room.over is self:
            self.home.room.uncover()

    def restyle(self) -> None:
        """Sized by strip_size.py, from which home knows its room before the strip is built."""
        theme = self.ctx.theme
        gap = theme.touch(28)  # home's margins and gaps, so it lines up with the ways in
        edge = size.margin(theme)
        self.layout().setContentsMargins(gap * 2, edge, gap * 2, edge)
        self.layout().setSpacing(gap // 2)
        for tile in (self.ask, self.close_button):
            tile.set_padding(theme.touch(24), size.padding(theme))
            tile.layout().setSpacing(size.spacing(theme))
            tile.heading.setStyleSheet(f"font-size: {size.title_px(theme)}px; font-weight: bold;")
        self.ask.subtitle.setStyleSheet(f"font-size: {size.cue_px(theme)}px;")
        side = size.face_px(theme)
        self.ask.set_icon(face_pixmap(SMILE, side, theme.color("text"),
                                      self.devicePixelRatioF()), theme.touch(16))
        self.ask.subtitle.setVisible(size.cue_shown(theme))
        self._fit()  # its words for the new sizes (a new width fits them again as it comes)
        if self.asking():  # a new look while it shows: along home's edge at its new size
            self.home.room.place()

    def retranslate(self) -> None:
        s = self.ctx.session
        self.ask.set_texts(s.tr("survey.title"), s.tr("survey.strip.answer"))
        self.close_button.set_texts(s.tr("survey.close"))
        self.restyle()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """One line: the whole question where it fits beside Close, else its short form,
        else without the face before it (a second line would take a way in's room)."""
        s, theme = self.ctx.session, self.ctx.theme
        margins = self.layout().contentsMargins()
        self.close_button.ensurePolished()
        room = (self.width() - margins.left() - margins.right() - self.layout().spacing()
                - self.close_button.sizeHint().width() - 2 * theme.touch(24))
        self.ask.heading.ensurePolished()
        metrics = self.ask.heading.fontMetrics()
        face = self.ask.icon.width()
        words = next((w for w in (s.tr("survey.title"), s.tr("survey.strip.short"))
                      if metrics.horizontalAdvance(w) <= room - face), s.tr("survey.strip.short"))
        self.ask.icon.setVisible(metrics.horizontalAdvance(words) <= room - face)
        self.ask.heading.setText(words)
