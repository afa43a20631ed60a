"""Home's room for the closing question (screens/survey_strip.py), which lies over home's
bottom edge: home's four ways in never move as it comes and goes, and it covers no control.

The question's height is known from the look alone (screens/strip_size.py), so home keeps its
room from its first frame, before the strip is ever built. Two parts, both measured on home as
laid out:
- At rest, the ways in leave the question's height free under them in view. Where they do
  not, home makes room for good in that look (so nothing moves when the question comes), one
  step at a time while the room is short: the greeting goes under the ways in, then the gaps
  between them are the least, then a way in's second line that wraps is set smaller (not under
  the 150 % size) to stay one line.
- While the question lies over home, home's view ends above it wherever home shows anything
  under it, with its content kept as tall as before: the ways in stay put and what lay under
  the question scrolls. The scroll bar's room is kept at every look, so a scroll bar that
  appears narrows nothing.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget

from kiosk.ui.screens.strip_size import strip_height

LAST_STEP = 3  # greeting under the ways in, least gaps, second lines on one line


class QuestionRoom:
    def __init__(self, home):
        self.home = home
        self.step = 0  # the room home has made at rest in this look (LAST_STEP: all it can)
        self.over = None  # the question, while it lies over home
        self._ends_above = False  # home's view ends above the question (it shows things there)
        self._stale = True  # laid out while hidden: measured when next shown
        self._fitting = self._again = False
        area = home.scroll
        bar = area.verticalScrollBar()
        # Always laid out beside the view, shown only while there is something to scroll to.
        area.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        bar.rangeChanged.connect(self.show_bar)
        bar.setVisible(False)

    @property
    def height(self) -> int:
        """The question's height in this look, known before the strip is built."""
        return strip_height(self.home.ctx.theme)

    def show_bar(self, *_args) -> None:
        """The scroll bar shows while something lies below the view: not where home scrolls
        only into its bottom margin, the question's room. At some hours the hours' words
        made home 4 px taller than its view in Korean at 100 %: the bar showed, under the
        question, for a scroll into blank."""
        bar = self.home.scroll.verticalScrollBar()
        bar.setVisible(bar.maximum() > self.home.layout_.contentsMargins().bottom())

    # -- at rest ---------------------------------------------------------------------------
    def restart(self) -> None:
        """The look, the words or the view changed: home is laid out afresh, with the room it
        needs measured as drawn; while the question shows, with the room it has (the ways in
        stay put under it)."""
        if self.over is not None or not self.home.isVisible():
            self.home.make_room(self.step)
            self._stale = self.over is None
            return
        if self._fitting:  # home resized as its layout was done: measured again after
            self._again = True
            return
        self._stale, self._fitting, self._again = False, True, True
        try:
            while self._again:
                self._again = False
                for step in range(LAST_STEP + 1):  # each only while the room is still short
                    self.step = step
                    self.home.make_room(step)
                    if not self.short():
                        break
        finally:
            self._fitting = False

    def shown(self) -> None:
        if self._stale:
            self.restart()

    def short(self) -> bool:
        """The ways in leave less than the question's height under them in home's view."""
        self._lay_out()
        last = self.home.tiles[-1]
        bottom = last.mapTo(self.home.scroll.widget(), last.rect().bottomLeft()).y() + 1
        return self.home.scroll.viewport().height() - bottom < self.height

    def _lay_out(self) -> None:
        """Home laid out now as its next layout pass would, touching nothing else: its tiles'
        own layouts (new words or paddings tell the page only once these are done), the
        view's size, the content's least size, then the content sized by its scroll area
        (which does so on a layout request of its own). Sending every widget's posted layout
        requests instead let a dialog paint a frame arranged for the look before."""
        home = self.home
        area, content = home.scroll, home.scroll.widget()
        for tile in (*home.tiles, *home.link_tiles.values(), home.feedback):
            tile.layout().activate()
        home.layout().activate()
        content.layout().activate()
        QCoreApplication.sendEvent(area, QEvent(QEvent.LayoutRequest))
        content.layout().activate()

    # -- while the question shows ----------------------------------------------------------
    def cover(self, widget) -> None:
        """`widget` lies over home's bottom edge: the view ends above it where home shows
        anything there, its content as tall as at rest."""
        content, area = self.home.scroll.widget(), self.home.scroll
        if self.over is None:  # measured on home at rest
            lowest = max((w.mapTo(content, w.rect().bottomLeft()).y() + 1
                          for w in content.findChildren(QWidget,
                                                        options=Qt.FindDirectChildrenOnly)
                          if w.isVisibleTo(content)), default=0)
            free = area.viewport().height() - (lowest - area.verticalScrollBar().value())
            self._ends_above = free < self.height
        self.over = widget
        self.place()

    def uncover(self) -> None:
        """The question is gone for good (home left, or the visit over): the view back whole."""
        self.over, self._ends_above = None, False
        self.home.scroll.widget().setMinimumHeight(0)
        self.home.layout().setContentsMargins(0, 0, 0, 0)

    def place(self) -> None:
        """The question along home's bottom edge, over everything home shows."""
        widget = self.over
        if widget is not None:
            height = self.height
            widget.setGeometry(0, self.home.height() - height, self.home.width(), height)
            widget.raise_()
            if self._ends_above:  # all it covers scrolls; the content as tall as at rest
                self.home.scroll.widget().setMinimumHeight(self.home.height())
                self.home.layout().setContentsMargins(0, 0, 0, height)
