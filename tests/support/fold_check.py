"""What a screen shows only in part at the fold: the edge of the view its page scrolls in (the
footer's top, or the reach band's edge when lowered). A label, a button or a block of the
screen is whole in view or wholly out of it, scrolled to; never cut across its words."""
from __future__ import annotations

from label_lines import line_spans
from looks import settle
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QListView,
    QScrollArea,
    QWidget,
)


def laid_out(page, turns: int = 30) -> None:
    """Events handled until the page's widgets stop moving: a block moved under the fold
    grows the page, which its scroll area then resizes, a turn of the event loop each."""
    def where():
        return page.size(), [w.geometry() for w in page.findChildren(QWidget)]

    for _ in range(turns):
        before = where()
        settle()
        if where() == before:
            return


def _cut(widget) -> str:
    if not widget.isVisible():
        return ""
    shown = widget.visibleRegion().boundingRect()
    if not shown.isEmpty() and shown.height() < widget.height() and not (
            isinstance(widget, QLabel) and _whole_lines(widget, shown)):
        return f"{shown.height()} of {widget.height()} px show"
    return ""


def _whole_lines(label, shown: QRect) -> bool:
    """Each line of `label`'s words shows whole or not at all in `shown` (its own rows): the
    lines down to a "more below" strip, the rest under it."""
    top, bottom = shown.top(), shown.bottom() + 1
    return all(end <= top or start >= bottom or (top <= start and end <= bottom)
               for _words, start, end in line_spans(label, label))


def cut_at_the_fold(page, parts=()) -> list[str]:
    """Each of `parts` ((name, widget)) and each label and button with words on `page` that
    shows only in part."""
    widgets = list(parts)
    widgets += [(repr(w.text()), w) for w in page.findChildren(QLabel)
                + page.findChildren(QAbstractButton) if w.text()]
    return [f"{what}: {problem}" for what, widget in widgets if (problem := _cut(widget))]


def rows_cut_at_the_fold(page) -> list[str]:
    """Each painted row of a list on `page` that the page's fold cuts: part of it shows in
    the list's view, the rest lies under the fold (the list's own edge, where it scrolls by
    itself, is not the fold)."""
    found = []
    for view in page.findChildren(QListView):
        if not view.isVisible() or view.model() is None:
            continue
        shown = view.viewport().visibleRegion().boundingRect()
        inside = view.viewport().rect()
        for row in range(view.model().rowCount()):
            rect = view.visualRect(view.model().index(row, 0)).intersected(inside)
            seen = rect.intersected(shown)
            if not seen.isEmpty() and seen.height() < rect.height():
                found.append(f"{view.objectName()} row {row}: {seen.height()} of "
                             f"{rect.height()} px show")
    return found


def _shown_rows(window, widget, bound: QRect) -> tuple[int, int] | None:
    """The window's rows of `widget` that show (not cut away by a view's edge, nor under a
    strip or another widget over it), within `bound`; None where none shows."""
    shown = widget.visibleRegion().boundingRect()
    if shown.isEmpty():
        return None
    rect = QRect(widget.mapTo(window, shown.topLeft()), shown.size()) & bound
    return None if rect.isEmpty() else (rect.top(), rect.bottom() + 1)


def _partly(span: tuple[int, int], rows: tuple[int, int], view: int) -> bool:
    """`span` shows in part in `rows`: some of it in, some out; but not what is taller than
    the view it lies in and shows from its top (it is scrolled through)."""
    (top, bottom), (first, last) = span, rows
    if top >= last or bottom <= first or (first <= top and bottom <= last):
        return False
    return not (bottom - top > view and first <= top)


def _rows(view) -> tuple[int, int] | None:
    """The rows of `view`'s viewport where its rows show: above its "more below" strip,
    where it paints one."""
    cut = view.cut() if getattr(view, "strip", None) is not None else None
    return (0, view.viewport().height() if cut is None else cut[0])


def cut_in_view(window, root, bound: QRect) -> list[str]:
    """Each line of each label, each button and each list row under `root` that shows only in
    part: the edge of a view it lies in (a scroll area's, a list's, the dialog's, `bound`'s:
    the window's content, the reach band when lowered) cuts it, and no "more below" strip
    covers what is cut."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        rows = _shown_rows(window, widget, bound)
        if isinstance(widget, QLabel) and widget.text() and rows is not None:
            found += [f"line {words!r}: rows {top}-{bottom} of {rows[0]}-{rows[1]}"
                      for words, top, bottom in line_spans(window, widget)
                      if _partly((top, bottom), rows, rows[1] - rows[0])]
        elif isinstance(widget, QAbstractButton) and widget.text() and rows is not None:
            top = widget.mapTo(window, QPoint(0, 0)).y()
            if _partly((top, top + widget.height()), rows, rows[1] - rows[0]):
                found.append(f"button {widget.text()!r}: rows {top}-"
                             f"{top + widget.height()} of {rows[0]}-{rows[1]}")
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _list_rows_cut(window, widget, bound)
    return found


def _list_rows_cut(window, view, bound: QRect) -> list[str]:
    viewport = view.viewport()
    rows = _shown_rows(window, viewport, bound)
    if rows is None:
        return []
    origin = viewport.mapTo(window, QPoint(0, 0)).y()
    free = _rows(view)
    rows = (max(rows[0], origin + free[0]), min(rows[1], origin + free[1]))
    found = []
    for row in range(view.model().rowCount()):
        rect = view.visualRect(view.model().index(row, 0))
        span = (origin + rect.top(), origin + rect.bottom() + 1)
        if not rect.isEmpty() and _partly(span, rows, viewport.height()):
            text = view.model().index(row, 0).data() or ""
            found.append(f"{view.objectName() or type(view).__name__} row {row} "
                         f"{str(text)[:30]!r}: rows {span[0]}-{span[1]} of "
                         f"{rows[0]}-{rows[1]}")
    return found


def _below(area, view) -> str:
    """The first words, button or list `area` shows that lie wholly or partly under the bottom
    edge of its view `view`, '' where none does."""
    for widget in area.widget().findChildren(QWidget) if area.widget() is not None else []:
        if not widget.isVisibleTo(area.widget()) or widget.parentWidget() is None:
            continue
        words = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        if words or isinstance(widget, QListView):
            bottom = widget.mapTo(view, QPoint(0, widget.height())).y()
            if bottom > view.height():
                return words[:30] or type(widget).__name__
    return ""


LEAST = 16  # px: a cue lower than this says nothing


def _drawn_cue(theme, rect: QRect, view_height: int, covers: bool) -> bool:
    """A cue is drawn in `rect` (a strip's, which draws it in its bottom band, or the cue
    alone's) LEAST px tall or more: words, or an arrow as tall as its band where that is at
    least the least arrow (strip_cue.paint_cue)."""
    from kiosk.ui.widgets.strip_cue import cue_band, cue_room

    band = cue_band(theme, rect, view_height) if covers else rect
    return band.height() >= max(LEAST, cue_room(theme))


def _bar_says(scroller) -> bool:
    """An arrow LEAST px tall or more shows under `scroller`'s scroll bar's handle."""
    bar = scroller.verticalScrollBar()
    return bar.isVisible() and any(
        arrow.isVisible() and arrow.height() >= LEAST and bar.rect().contains(arrow.geometry())
        for arrow in bar.findChildren(QWidget, "BarCue"))


def silent_folds(root, in_bar: bool = False) -> list[str]:
    """Each view under `root` with more below its bottom edge and nothing that says so: a
    scroll area whose page goes on under the edge (words, a button, a list) with no "▼ more
    below" cue shown in its view, or one too low to say anything (a strip over a button's
    last 6 px), a list with rows under its edge and no strip painted. Given `in_bar`, an arrow
    under the view's scroll bar's handle says so as well."""
    from kiosk.ui.widgets.more_below import MoreBelow

    found = []
    for area in root.findChildren(QScrollArea):
        view = area.viewport()
        bar = area.verticalScrollBar()
        if not area.isVisible() or bar.value() >= bar.maximum():
            continue
        below = _below(area, view)
        cues = [cue for cue in view.children() if isinstance(cue, MoreBelow)
                and cue.isVisible() and view.rect().contains(cue.geometry())
                and _drawn_cue(cue.theme, cue.rect(), view.height(), cue.covers)]
        if below and not cues and not (in_bar and _bar_says(area)):
            found.append(f"{area.objectName() or type(area).__name__}: {below!r} under "
                         f"its edge, no cue")
    for view in root.findChildren(QListView):
        bar = view.verticalScrollBar()
        inner = view.viewport()  # a list its page's view cuts: that view's cue says it
        whole = inner.visibleRegion().boundingRect() == inner.rect()
        if view.isVisible() and whole and bar.value() < bar.maximum() \
                and view.model() is not None \
                and (getattr(view, "strip", None) is None or view.cut() is None
                     or not _drawn_cue(view.strip[0], QRect(0, view.cut()[0], inner.width(),
                                                           inner.height() - view.cut()[0]),
                                       inner.height(), True)) \
                and not (in_bar and _bar_says(view)):
            found.append(f"list {view.objectName() or type(view).__name__}: rows under its "
                         f"edge, no strip")
    return found


def hollow_scrolls(root) -> list[str]:
    """Each scroll area under `root` that scrolls, further than its page's bottom margin,
    while all it draws already shows at its top: scrolled, it shows blank, and its scroll
    bar's arrow says more lies below where nothing does (a card's phrases at 150 % scrolled
    65 px into blank: the step's stack was laid out as tall as its tallest step)."""
    from kiosk.ui.widgets.view_spans import drawn_in

    found = []
    for area in root.findChildren(QScrollArea):
        bar = area.verticalScrollBar()
        if not area.isVisible() or area.widget() is None or bar.maximum() <= 0:
            continue
        view, layout = area.viewport(), area.widget().layout()
        # A page's bottom margin may be all that scrolls (the floors at 150 %: 2 of its 36 px)
        margin = layout.contentsMargins().bottom() if layout is not None else 0
        lowest = max((rect.bottom() for rect in drawn_in(area, view)), default=-1)
        if lowest + bar.value() < view.height() and bar.maximum() > margin:
            found.append(f"{area.objectName() or type(area.widget()).__name__}: scrolls "
                         f"{bar.maximum()} px, all it draws shows at its top (to "
                         f"{lowest + bar.value() + 1} of {view.height()} px)")
    return found
