"""The strip that says more lies below, over what a view's bottom edge would cut: half a call
read as a whole one ("NEW · Waiting 01:30", its place and need cut off), half a line of words
as nothing at all. A list paints it over its rows (`RowsBelow`: every list of the visitor's
screens, the console's lists, the staff screen's problems and changes); a scroll area of
widgets lays `MoreBelow` over its view (every screen's and dialog's area that scrolls, but
those whose fold a FoldGap keeps clean; the console's side panel of kiosks, messages and
today's history; the staff screen's versions). A tap on a strip scrolls what it covers to the
top of the view, and never opens what lies under it.

A strip starts at the top of the first row, line of a label's words or button the edge cuts,
and covers it and what lies under it (the lines of a long label above it show). What begins
above the view's top edge is never covered: taller than the view, it is scrolled through."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QListView,
    QScrollArea,
    QWidget,
)

from kiosk.ui.widgets.label_lines import line_rows, plain
from kiosk.ui.widgets.strip_cue import paint_strip


def ground_of(area: QWidget) -> str:
    """The theme's colour behind what `area` shows: a dialog's sheet or a list is "surface",
    a screen "background"."""
    widget = area
    while widget is not None:
        if isinstance(widget, QListView) or widget.objectName() == "DialogSheet":
            return "surface"
        widget = widget.parentWidget()
    return "background"


class RowsBelow:
    """For a QListView: a row its bottom edge would slice lies under the strip, which says how
    many rows lie below ("▼ 2 more below"). `strip`: the theme and the words for a count."""

    strip: tuple | None = None
    _on_strip = False  # the press being handled fell on the strip

    def cut(self) -> tuple[int, int] | None:
        """(where the strip starts, how many rows lie below it), None where no row is cut."""
        model, height = self.model(), self.viewport().height()
        whole = False  # a row above shows whole
        for row in range(model.rowCount() if model is not None else 0):
            rect = self.visualRect(model.index(row, 0))
            if rect.top() >= height:
                break
            if rect.top() >= 0 and rect.bottom() < height:
                whole = True
            elif whole and rect.top() < height <= rect.bottom():
                return rect.top() - self.spacing(), model.rowCount() - row
        return None

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


def _holder(widget: QWidget) -> QWidget | None:
    """The nearest area around `widget` that scrolls."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def _spans(area: QScrollArea, view: QWidget) -> list[QRect]:
    """Where in `view` lies each label with words and each button `area` shows (a tile's
    words are labels on it: it is covered whole), and the part of each list row its list
    shows; not what an area inside it scrolls (that area covers its own)."""
    spans, holder = [], area.widget()
    if holder is None:  # its page taken away (a dialog closing): nothing to cover
        return spans
    for widget in holder.findChildren(QWidget):
        if not widget.isVisible() or _holder(widget) is not area:
            continue
        if isinstance(widget, QLabel) and widget.text() and plain(widget):
            origin = widget.mapTo(view, QPoint(0, 0))  # each line: the edge cuts one of them
            spans += [QRect(origin.x(), origin.y() + top, widget.width(), bottom - top + 1)
                      for top, bottom in line_rows(widget)]
        elif isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.text():
            spans.append(QRect(widget.mapTo(view, QPoint(0, 0)), widget.size()))
        elif isinstance(widget, QListView) and widget.model() is not None:
            rows, inner = widget.model(), widget.viewport()
            for row in range(rows.rowCount()):
                shown = widget.visualRect(rows.index(row, 0)).intersected(inner.rect())
                if not shown.isEmpty():
                    spans.append(QRect(inner.mapTo(view, shown.topLeft()), shown.size()))
    return spans


def cut_at_top(area: QScrollArea) -> bool:
    """`area`'s view's top edge cuts a label, a button or a list row."""
    return any(span.top() < 0 <= span.bottom() for span in _spans(area, area.viewport()))


def first_cut(area: QScrollArea) -> int | None:
    """Where in `area`'s view the strip starts: the top of the first thing its bottom edge
    cuts; None where nothing is cut, or only what begins above the view."""
    rect = strip_rect(area)
    return None if rect is None else rect.top()


def strip_rect(area: QScrollArea) -> QRect | None:
    """Where in `area`'s view the strip lies: from the top of the first thing its bottom
    edge cuts down to that edge, as wide as the view but for what shows whole beside what is
    cut (the keys beside a step's words, the places beside a floor's key), which it leaves
    uncovered; None where nothing is cut, or only what begins above the view."""
    view = area.viewport()
    edge = view.height()
    spans = _spans(area, view)
    cut = [span for span in spans if span.top() < edge <= span.bottom()]
    top = min((span.top() for span in cut), default=0)
    if top <= 0:
        return None
    left, right = min(s.left() for s in cut), max(s.right() for s in cut)
    rect = QRect(0, top, view.width(), edge - top)
    for span in spans:
        if span.bottom() < top or span.top() >= edge or span.bottom() >= edge:
            continue  # above the strip, under the edge, or cut
        if span.left() > right:
            rect.setRight(min(rect.right(), span.left() - 1))
        elif span.right() < left:
            rect.setLeft(max(rect.left(), span.right() + 1))
    return rect


class MoreBelow(QWidget):
    """`words` ("▼ More below") over a scroll area's bottom edge, wherever the edge cuts
    something; a click on it scrolls what it covers to the top of the view. It follows the
    area as it scrolls, and as it is laid out again or its lists change (on the next turn
    of the event loop, once laid out)."""

    def __init__(self, area: QScrollArea, theme, words: Callable[[], str]) -> None:
        super().__init__(area.viewport())
        self.setObjectName(f"{area.objectName()}MoreBelow")
        self.setAttribute(Qt.WA_OpaquePaintEvent)  # what it covers counts as hidden
        self.setCursor(Qt.PointingHandCursor)
        self.area, self.theme, self.words = area, theme, words
        self._queued = False
        self.hide()
        bar = area.verticalScrollBar()
        bar.valueChanged.connect(self._place)  # at once: a control scrolled to shows whole
        bar.rangeChanged.connect(self.follow)
        area.viewport().installEventFilter(self)
        holder = area.widget()
        for widget in [holder] + holder.findChildren(QWidget) if holder is not None else []:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.ChildAdded and event.child().isWidgetType() \
                and event.child() is not self:
            for widget in [event.child()] + event.child().findChildren(QWidget):
                widget.installEventFilter(self)  # a page built again, a row of a card
        if event.type() in (QEvent.Resize, QEvent.Move, QEvent.Show, QEvent.Hide,
                            QEvent.LayoutRequest) or (
                event.type() == QEvent.Paint and isinstance(obj.parent(), QListView)):
            self.follow()  # a list's rows move with no event of its own but a repaint
        return False

    def follow(self, *_args) -> None:
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self, self._place)

    def _place(self, *_args) -> None:
        self._queued = False
        rect = strip_rect(self.area)
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
        paint_strip(painter, self.theme, self.rect(), self.words(),
                    self.theme.color(ground_of(self.area)), self.area.viewport().height())
        painter.end()

    def mousePressEvent(self, event) -> None:
        bar = self.area.verticalScrollBar()
        bar.setValue(bar.value() + self.y())
        event.accept()

