"""The list of the kiosk's screens: it scrolls by itself, and is never squeezed shorter than
its tallest row.

A module of its own, not in basic.py: the home screen has no list, and importing QListView
makes PySide6 build the Python enums of the item views before the first frame.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListView

from kiosk.ui.widgets.rows_below import RowsBelow


class RowsFollowWidth:
    """For a QListView whose rows' heights follow its width: the rows are laid out again as
    soon as the width changes. Qt waits 100 ms, and meanwhile paints rows wrapped for the
    new width into the heights of the old one (a magnified screen that moves its columns as
    the visitor types, say)."""

    _laid_width = -1  # the viewport's width when the rows were last laid out here

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._lay_out()

    def paintEvent(self, event) -> None:
        # A scroll bar that comes as the rows are first laid out narrows the viewport with no
        # resize of the list: a floor's places were first drawn overlapping, each row
        # wrapped for the narrower width in the place the wider one left it.
        if self.viewport().width() != self._laid_width:
            self._lay_out()
        super().paintEvent(event)

    def _lay_out(self) -> None:
        self._laid_width = self.viewport().width()
        self.doItemsLayout()


class TouchList(RowsBelow, QListView):
    """A list that scrolls by itself, never squeezed shorter than its tallest row: lowered or
    magnified, a page has little height for its lists, and a row taller than its own list
    could never be seen whole (nor its words read). The page scrolls instead. A row its bottom
    edge would slice lies under "▼ 2 more below" (`rows_below`)."""

    _tallest = 0  # measured as the rows are laid out (new rows, width or text size)
    # Off where something else must show whole and the list gives way to it (search's keys,
    # lowered in portrait at 200 %): a row taller than the list is then scrolled through.
    rows_whole = True

    def keep_rows_whole(self, whole: bool) -> None:
        if whole != self.rows_whole:
            self.rows_whole = whole
            self.updateGeometry()

    def updateGeometries(self) -> None:  # after each layout of the rows
        super().updateGeometries()
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        measured = min(rows, 1) if self.uniformItemSizes() else rows  # long lists: alike
        tallest = max((self.sizeHintForRow(i) for i in range(measured)), default=0)
        if tallest != self._tallest:
            self._tallest = tallest
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        # Giving way, it asks for no height either: a page's height for its width counts
        # what its parts ask for, and Qt's 192 px had made the search page taller than a
        # lowered band with the hint over the empty list, so it scrolled (and once narrowed
        # by its scroll bar, its words wrapped onto more lines and kept it scrolling).
        return hint if self.rows_whole else QSize(hint.width(), 0)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self.rows_whole:
            return QSize(hint.width(), 0)  # it takes what is left: the page's layout gives it
        need = self._tallest + 2 * self.spacing() + 2 * self.frameWidth() if self._tallest else 0
        return QSize(hint.width(), max(hint.height(), need))


def rows_below(view: TouchList, ctx) -> None:
    """`view`'s strip says, in the visitor's language, how many rows lie below it."""
    view.strip = (ctx.theme, lambda below: ctx.session.tr("more_below.rows", n=below))
