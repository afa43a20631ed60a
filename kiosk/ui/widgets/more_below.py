"""The strip that says more lies below, over what a view's bottom edge would cut: half a call
read as a whole one ("NEW · Waiting 01:30", its place and need cut off), half a line of words
as nothing at all. A list paints it over its rows (rows_below.py); a scroll area of widgets
lays `MoreBelow` over its view (every screen's and dialog's area that scrolls; the
console's side panel of kiosks, messages and today's history; the staff screen's versions).
A tap on a strip scrolls what it covers to the top of the view, and never opens what lies
under it.

A strip starts at the top of the first row, line of a label's words or button the edge cuts,
and covers it and what lies under it (the lines of a long label above it show), and the lines
in the band its cue takes where what is cut leaves less, but never a control that shows
whole. What begins above the view's top edge is never covered: taller than the view, it is
scrolled through.
Where the edge cuts nothing but more lies below (between two blocks, or under a fold gap,
fold_gap.py), the cue alone lies on blank ground at the edge (fold_cue.py)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QScrollArea, QWidget

from kiosk.ui.widgets.bar_cue import BarCue
from kiosk.ui.widgets.fold_cue import cue_place, cue_room
from kiosk.ui.widgets.strip_cue import cue_band, paint_cue, paint_strip
from kiosk.ui.widgets.view_spans import drawn_in, strip_rect


CARD_EDGE = 1  # px of a card's border (theme.py): a strip over the card stays inside it
_MOVES = frozenset({QEvent.Resize, QEvent.Move, QEvent.Show, QEvent.Hide, QEvent.LayoutRequest})
_CHILD_ADDED = QEvent.ChildAdded
_HEEDED = _MOVES | {_CHILD_ADDED, QEvent.Paint}


def card_of(widget: QWidget | None) -> QWidget | None:
    """The card or panel `widget` lies on, if any: its ground is the surface, framed."""
    while widget is not None:
        if widget.objectName() == "Card" or widget.property("role") == "panel":
            return widget
        widget = widget.parentWidget()
    return None


def ground_of(area: QWidget, inside: QWidget | None = None) -> str:
    """The theme's colour behind what `area` shows (where `inside`, a widget on its page,
    lies): a card, a panel, a dialog's sheet or a list is "surface", a screen "background"."""
    if card_of(inside) is not None:
        return "surface"
    widget = area
    while widget is not None:
        if widget.inherits("QListView") or widget.objectName() == "DialogSheet":
            return "surface"
        widget = widget.parentWidget()
    return "background"


class MoreBelow(QWidget):
    """`words` ("▼ More below") over a scroll area's bottom edge, wherever the edge cuts
    something, or on blank ground there where it cuts nothing but more lies below; a click
    on it scrolls what it covers to the top of the view. It follows the area as it scrolls,
    and as it is laid out again or its lists change (on the next turn of the event loop,
    once laid out)."""

    def __init__(self, area: QScrollArea, theme, words: Callable[[], str]) -> None:
        super().__init__(area.viewport())
        self.setObjectName(f"{area.objectName()}MoreBelow")
        self.setAttribute(Qt.WA_OpaquePaintEvent)  # what it covers counts as hidden
        self.setCursor(Qt.PointingHandCursor)
        self.area, self.theme, self.words = area, theme, words
        self._queued = False
        self.covers = True  # a strip over what the edge cuts; else the cue alone (fold_cue.py)
        self.hide()
        bar = area.verticalScrollBar()
        BarCue(bar, theme)  # the arrow under the handle, where the view has no room for one
        bar.valueChanged.connect(self._place)  # at once: a control scrolled to shows whole
        bar.rangeChanged.connect(self.follow)
        area.viewport().installEventFilter(self)
        holder = area.widget()
        for widget in [holder] + holder.findChildren(QWidget) if holder is not None else []:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        # Every event of every widget on the page comes here (1,500 as search first opens):
        # its kind is asked once and looked up in sets made once, not as QEvent's attributes.
        kind = event.type()
        if kind not in _HEEDED:
            return False
        if kind is _CHILD_ADDED:
            child = event.child()
            if child.isWidgetType() and child is not self:
                for widget in [child] + child.findChildren(QWidget):
                    widget.installEventFilter(self)  # a page built again, a row of a card
        elif kind in _MOVES or (obj.parent() is not None
                                and obj.parent().inherits("QListView")):
            self.follow()  # a list's rows move with no event of its own but a repaint
        return False

    def follow(self, *_args) -> None:
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self, self._place)

    def _place(self, *_args) -> None:
        self._queued = False
        view, bar = self.area.viewport(), self.area.verticalScrollBar()
        rect = strip_rect(self.area)
        band = cue_band(self.theme, view.rect(), view.height()).height()
        if rect is not None and rect.height() < band:
            # Too short for the cue's words (8 px over a phone number's top, its arrow a dot
            # and "Phone" left over it): it covers the lines in its band too.
            rect = strip_rect(self.area, band) or rect
        if rect is not None and rect.height() < cue_room(self.theme):
            # Still too short for an arrow that is seen (7 px over a button's top): it rises
            # over the blank above it (strip_cue.cue_room).
            rect = strip_rect(self.area, least=cue_room(self.theme)) or rect
        if rect is not None:
            rect = self._inside_card(rect)
        covers = rect is not None
        drawn = drawn_in(self.area, view) if not covers and bar.value() < bar.maximum() else []
        if any(part.bottom() >= view.height() for part in drawn):  # none cut, more below
            rect = cue_place(self.theme, view.rect(), drawn, self.words())
        if covers != self.covers:  # the cue alone lies on blank ground: it lets it show
            self.covers = covers
            self.setAttribute(Qt.WA_OpaquePaintEvent, covers)
            self.update()
        if rect is None:
            self.hide()
            return
        # Qt can leave it with "updates disabled" (made while its panel was being built):
        # then never painted, it let what lay under the dialog show through (the footer's
        # words, in the accessibility panel at 150 and 200 %).
        if not self.updatesEnabled():
            self.setUpdatesEnabled(True)
            self.update()
        if self.isVisible() and self.geometry() == rect:
            return  # its own move repainted the lists under it: nothing changed
        self.setGeometry(rect)
        self.show()
        self.raise_()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        if self.covers:
            paint_strip(painter, self.theme, self.rect(), self.words(),
                        self.theme.color(self._ground()), self.area.viewport().height())
        else:
            paint_cue(painter, self.theme, self.rect(), self.words())
        painter.end()

    def _under_top(self, rect: QRect | None) -> QWidget | None:
        """The widget of the page under the middle of `rect`'s top edge (in the view)."""
        page = self.area.widget()
        if page is None or rect is None:
            return None
        return page.childAt(page.mapFrom(self.area.viewport(),
                                         QPoint(rect.center().x(), rect.top())))

    def _inside_card(self, rect: QRect) -> QRect:
        """A strip over a card on the page lies inside the card's frame: across the view, its
        white cut the card's sides off with a bar over the page's margins."""
        card = card_of(self._under_top(rect))
        page = self.area.widget()
        if card is None or page is None or not page.isAncestorOf(card):
            return rect
        x = card.mapTo(self.area.viewport(), QPoint(0, 0)).x()
        left = max(rect.left(), x + CARD_EDGE)
        right = min(rect.right(), x + card.width() - 1 - CARD_EDGE)
        return QRect(left, rect.top(), max(1, right - left + 1), rect.height())

    def _ground(self) -> str:
        """The ground of what it covers: a card's, where it lies on one."""
        return ground_of(self.area, self._under_top(self.geometry()))

    def mousePressEvent(self, event) -> None:
        bar = self.area.verticalScrollBar()
        bar.setValue(bar.value() + self.y())
        event.accept()
