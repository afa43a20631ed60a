"""The strip over what a list's bottom edge would cut (more_below.py has the strip over a
scroll area of widgets, and how it looks): every list of the visitor's screens, the console's
lists, the staff screen's problems and changes. A module of its own: the item views it needs
are built after home's first frame, and a scroll area's strip may be before it."""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QListView

from kiosk.ui.widgets.bar_cue import BarCue
from kiosk.ui.widgets.fold_cue import cue_room
from kiosk.ui.widgets.strip_cue import paint_strip


class RowsBelow:
    """For a QListView: a row its bottom edge would slice lies under the strip, which says how
    many rows lie below ("▼ 2 more below"). `strip`: the theme and the words for a count."""

    _strip: tuple | None = None
    _on_strip = False  # the press being handled fell on the strip

    @property
    def strip(self) -> tuple | None:
        return self._strip

    @strip.setter
    def strip(self, value: tuple | None) -> None:
        if value is not None and self._strip is None:
            BarCue(self.verticalScrollBar(), value[0])  # where no row's cue fits in view
        self._strip = value

    def cut(self) -> tuple[int, int] | None:
        """(where the strip starts, how many rows lie below it), None where no row is cut
        and none lies below. Where the edge falls between two rows, the strip is the cue
        alone on the blank under the last row that shows."""
        model, height = self.model(), self.viewport().height()
        count = model.rowCount() if model is not None else 0
        whole = None  # the last row that shows whole
        for row in range(count):
            rect = self.visualRect(model.index(row, 0))
            if rect.top() >= height:
                return self._between(whole, row, count)
            if rect.top() >= 0 and rect.bottom() < height:
                whole = (row, rect)
            elif whole is not None and rect.top() < height <= rect.bottom():
                return rect.top() - self.spacing(), count - row
        return None

    def _between(self, whole, below: int, count: int) -> tuple[int, int] | None:
        """The strip where the edge falls between rows, `below` the first row under it: over
        the blank under the last row that shows, where that holds its arrow at least (a row
        that shows whole is never covered: it is tapped)."""
        if whole is None or self.strip is None:
            return None
        theme, height = self.strip[0], self.viewport().height()
        blank = height - 1 - whole[1].bottom()
        if blank < cue_room(theme):
            return None
        # The strip takes the whole blank, its cue at its top under the last row: at the
        # edge, under a blank as tall as a row, it read as the list's end.
        return whole[1].bottom() + 1, count - below

    def mousePressEvent(self, event) -> None:
        cut = self.cut() if self.strip is not None else None
        self._on_strip = cut is not None and event.position().y() >= cut[0]
        if not self._on_strip:
            super().mousePressEvent(event)
            return
        model = self.model()  # the row the strip starts at, to the top: it lies under it
        self.scrollTo(model.index(model.rowCount() - cut[1], 0), QListView.PositionAtTop)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._on_strip:  # no click: the row under the strip is not what was tapped
            self._on_strip = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        cut = self.cut()
        if cut is None or self.strip is None:
            return
        (top, below), (theme, words) = cut, self.strip
        painter = QPainter(self.viewport())
        height = self.viewport().height()
        paint_strip(painter, theme, QRect(0, top, self.viewport().width(), height - top),
                    words(below), theme.color("surface"), height)
        painter.end()


class StripList(RowsBelow, QListView):
    """A plain list whose cut row lies under the strip."""
