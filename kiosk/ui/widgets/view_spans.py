"""Where in a scroll area's view what it shows lies: the lines of its labels' words, its
buttons and its lists' rows (what a strip covers where the view's bottom edge cuts one), and
everything else it draws (where the "▼ More below" cue must not go, fold_cue.py); and so
where the strip over what the edge cuts lies (more_below.py)."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QScrollArea,
    QWidget,
)

from kiosk.ui.widgets.label_lines import line_inks, line_rows, plain

EDGE = 6  # px of a card's frame, its rounded corner and border: the cue keeps off them


def _holder(widget: QWidget) -> QWidget | None:
    """The nearest area around `widget` that scrolls."""
    parent = widget.parentWidget()
    while parent is not None and not parent.inherits("QAbstractScrollArea"):
        parent = parent.parentWidget()
    return parent


def _shown(area: QScrollArea) -> list[QWidget]:
    """What `area` shows itself: not what an area inside it scrolls (that area covers its
    own), nothing where its page is taken away (a dialog closing)."""
    holder = area.widget()
    return [widget for widget in (holder.findChildren(QWidget) if holder is not None else [])
            if widget.isVisible() and _holder(widget) is area]


def _words_spans(widget: QWidget, view: QWidget, ink: bool) -> list[QRect]:
    """Where in `view` `widget` draws its words, buttons or rows: each line of a label's words
    (as wide as the label, or only as its words where `ink`), a button whole, the part of
    each row a list shows."""
    origin = widget.mapTo(view, QPoint(0, 0))
    if isinstance(widget, QLabel) and widget.text() and plain(widget):
        rows = line_rows(widget)  # each line: the edge cuts one of them
        inks = line_inks(widget) if ink else [(0, widget.width() - 1)] * len(rows)
        return [QRect(origin.x() + left, origin.y() + top, right - left + 1, bottom - top + 1)
                for (top, bottom), (left, right) in zip(rows, inks)]
    if isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.text():
        return [QRect(origin, widget.size())]
    if widget.inherits("QListView") and widget.model() is not None:
        rows, inner, spans = widget.model(), widget.viewport(), []
        for row in range(rows.rowCount()):
            shown = widget.visualRect(rows.index(row, 0)).intersected(inner.rect())
            if not shown.isEmpty():
                spans.append(QRect(inner.mapTo(view, shown.topLeft()), shown.size()))
        return spans
    return []


def _controls(area: QScrollArea, view: QWidget) -> list[QRect]:
    """Where in `view` lies each button and list row `area` shows."""
    return [span for widget in _shown(area)
            if isinstance(widget, QAbstractButton) or widget.inherits("QListView")
            for span in _words_spans(widget, view, False)]


def spans(area: QScrollArea, view: QWidget) -> list[QRect]:
    """Where in `view` lies each label with words and each button `area` shows (a tile's
    words are labels on it: it is covered whole), and the part of each list row its list
    shows."""
    return [span for widget in _shown(area) for span in _words_spans(widget, view, False)]


def drawn_in(area: QScrollArea, view: QWidget) -> list[QRect]:
    """Where in `view` anything `area` shows is drawn: its words (as wide as they are),
    buttons and rows, every other widget that paints and holds nothing (a plan, a code), and
    the edges of one that paints around what it holds (a card's frame: inside, it is blank
    ground too)."""
    drawn = []
    for widget in _shown(area):
        if isinstance(widget, (QLabel, QAbstractButton)) or widget.inherits("QListView"):
            drawn += _words_spans(widget, view, True)
            if not isinstance(widget, QLabel) or widget.text():
                continue
        origin = widget.mapTo(view, QPoint(0, 0))
        if hasattr(widget, "drawn_parts"):  # a drawing that says where it draws (a plan's key)
            drawn += [part.translated(origin) for part in widget.drawn_parts()]
            continue
        rect = QRect(origin, widget.size())
        holds = any(child.isWidgetType() and child.isVisible() for child in widget.children())
        if not holds or widget.inherits("QAbstractScrollArea"):
            drawn.append(rect)
        elif (isinstance(widget, QFrame) and widget.frameShape() != QFrame.NoFrame) \
                or widget.autoFillBackground() or widget.testAttribute(Qt.WA_StyledBackground):
            drawn += frame_edges(rect, EDGE)
    return drawn


def frame_edges(rect: QRect, width: int) -> list[QRect]:
    """The four edges, `width` thick, of a frame drawn around `rect` (its corners in them)."""
    return [QRect(rect.left(), rect.top(), width, rect.height()),
            QRect(rect.right() + 1 - width, rect.top(), width, rect.height()),
            QRect(rect.left(), rect.top(), rect.width(), width),
            QRect(rect.left(), rect.bottom() + 1 - width, rect.width(), width)]


def cut_at_top(area: QScrollArea) -> bool:
    """`area`'s view's top edge cuts a label, a button or a list row."""
    return any(span.top() < 0 <= span.bottom() for span in spans(area, area.viewport()))


def first_cut(area: QScrollArea) -> int | None:
    """Where in `area`'s view the strip starts: the top of the first thing its bottom edge
    cuts; None where nothing is cut, or only what begins above the view."""
    rect = strip_rect(area)
    return None if rect is None else rect.top()


def strip_rect(area: QScrollArea, band: int = 0, least: int = 0) -> QRect | None:
    """Where in `area`'s view the strip lies: from the top of the first thing its bottom
    edge cuts (or, given a `band`, that lies across or in the band that tall at that edge)
    down to that edge, as wide as the view but for what shows whole beside what is cut (the
    keys beside a step's words, the places beside a floor's key), which it leaves uncovered;
    None where nothing is cut, or only what begins above the view, or where the band would
    cover a control that shows whole (it is tapped). Given `least`, a strip shorter than it
    (a button's top 7 px) rises over the blank above it, to be `least` tall or to reach what
    shows whole above it: its arrow had been 7 px tall (`_risen`)."""
    view = area.viewport()
    edge = view.height()
    parts = spans(area, view)
    cut = [span for span in parts if span.top() < edge <= span.bottom()
           or band and span.top() < edge and span.bottom() >= edge - band]
    top = min((span.top() for span in cut), default=0)
    if top <= 0:
        return None
    if band and any(top <= control.bottom() < edge and control.top() >= 0
                    for control in _controls(area, view)):
        return None
    if least and edge - top < least:
        top = _risen(parts, top, edge, least)
        if top is None:
            return None
        cut = [span for span in parts if span.bottom() >= top and span.top() < edge]
    left, right = min(s.left() for s in cut), max(s.right() for s in cut)
    rect = QRect(0, top, view.width(), edge - top)
    for span in parts:
        if span.bottom() < top or span.top() >= edge or span.bottom() >= edge:
            continue  # above the strip, under the edge, or cut
        if span.left() > right:
            rect.setRight(min(rect.right(), span.left() - 1))
        elif span.right() < left:
            rect.setLeft(max(rect.left(), span.right() + 1))
    return rect


def _risen(parts: list[QRect], top: int, edge: int, least: int) -> int | None:
    """Where a strip from `top` to `edge` starts, risen over the blank above it to be `least`
    tall, or up to what ends less than that above it (it covers nothing that shows whole:
    a question's answers stay in view); None where it would reach the view's top."""
    above = [span.bottom() for span in parts if top - least <= span.bottom() < top]
    top = max(above) + 1 if above else edge - least
    return top if top > 0 else None
