"""What a scrolled page shows above its fold (the edge of the view it scrolls in: the footer's
top, or the reach band's edge when lowered): each block of it whole, or wholly below.

A page taller than its view is cut wherever the view ends, across a line of words as often as
not ("...계단이나 턱이", half a button). One gap, put before the first block the fold would
cut, moves it and what follows down to start under the fold, scrolled to; the view's scroll
bar says there is more. The route screen, a floor's screen (the plan's hint, the places) and
the floors' list each keep one; this decides, for all of them, what fits above the fold.

The blocks are the widgets of the page's upright layouts, a row of widgets as one block, the
columns of a row each on its own; the gap is an empty spacer item, so it brings no spacing of
its own.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect
from PySide6.QtWidgets import (
    QBoxLayout,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from kiosk.ui.widgets.layout_parts import geometry, indexed_parts, inner_layouts, is_empty, widgets_in


def first_across(blocks: list[tuple[int, int]], *folds: int) -> int | None:
    """The index of the first block, (top, height) in the page's order, that a fold cuts:
    starting above it and ending under it."""
    return next((i for i, (top, height) in enumerate(blocks)
                 if any(top < fold < top + height for fold in folds)), None)


def _invalidate(layout: QLayout) -> None:
    """`layout` and those around it measured again and laid out, and the page asks its scroll
    area for its new height: a nested layout invalidated alone leaves its parents' heights
    cached, and asks for no new layout where it was not laid out since its last change."""
    page = layout.parentWidget()
    while isinstance(layout, QLayout):
        layout.invalidate()
        layout = layout.parent()
    if page is None:
        return
    page.updateGeometry()
    QCoreApplication.postEvent(page, QEvent(QEvent.LayoutRequest))
    # The scroll area that sizes the page does so only on events of its own.
    holder = page.parentWidget().parentWidget() if page.parentWidget() else None
    if isinstance(holder, QScrollArea):
        QCoreApplication.postEvent(holder, QEvent(QEvent.LayoutRequest))


def _columns(layout: QLayout) -> bool:
    return bool(inner_layouts(layout))


def _upright(layout: QLayout) -> bool:
    return isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.TopToBottom, QBoxLayout.BottomToTop)


def _drawn(layout: QLayout) -> QRect:
    """Where a layout kept together draws: its widgets, without the room a stretch under
    them takes (a floor's places in portrait at 200 %: the page, taller by the gap, gave the
    stretch under the list 92 px, which then lay across the fold and kept the gap there)."""
    drawn = QRect()
    for widget in widgets_in(layout):
        if not is_empty(widget):
            drawn = drawn.united(widget.geometry())
    return drawn if drawn.isValid() else layout.geometry()


class FoldGap(QObject):
    """The gap of one page: `place()` is called after each of its layouts, and `refit()` as
    the view it scrolls in changes height; the first calls `clear()`, which puts the gap
    where the fold cuts, the second fits the page to the new height first."""

    def __init__(self, page: QWidget, place, refit) -> None:
        super().__init__(page)
        self.page, self._place, self._refit = page, place, refit
        self._view: QWidget | None = None
        self.item = QSpacerItem(0, 0, QSizePolicy.Minimum, QSizePolicy.Fixed)
        self.layout: QBoxLayout | None = None  # the layout it lies in now, if any
        self.height = 0
        page.installEventFilter(self)
        self._follow(page.parentWidget())

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is self.page and kind == QEvent.LayoutRequest and self.page.isVisible() \
                and self.page.layout() is not None:
            self.page.layout().activate()  # laid out now, as Qt would next: where it cuts
            self._place()
        elif obj is self.page and kind == QEvent.Resize \
                and event.size().height() != event.oldSize().height():
            # Its scroll area sized it anew (shorter, once a gap taken out is laid out): the
            # blocks lie where they will stay only now. Measured before, the stretches still
            # spread over the old height held the greeting under the fold, and home, shrunk
            # to its words, then left it across the fold under the closing question.
            QCoreApplication.postEvent(self.page, QEvent(QEvent.LayoutRequest))
        elif obj is self.page and kind == QEvent.ParentChange:
            self._follow(self.page.parentWidget())
        elif obj is self._view and kind == QEvent.Resize \
                and event.size().height() != event.oldSize().height():
            # The fold moves (a title taking a second line shortens the view) while the
            # page, taller, keeps its size and gets no event of its own.
            self._refit()
        return False

    def _follow(self, view: QWidget | None) -> None:
        if self._view is not None:
            self._view.removeEventFilter(self)
        self._view = view
        if view is not None:
            view.installEventFilter(self)

    def natural_top(self, top: int) -> int:
        """Where something now at `top` on the page lies without the gap."""
        if self.height and not self._pending() and top >= self.item.geometry().y() + self.height:
            return top - self.height
        return top

    def _pending(self) -> bool:
        """Put in a layout not laid out since: what is on the page lies as without it."""
        return self.layout is not None and self.item.geometry().height() != self.height

    def remove(self) -> None:
        """Out of its layout (before the page's layouts are arranged anew)."""
        if self.layout is not None:
            self.layout.removeItem(self.item)
            _invalidate(self.layout)
        self.layout, self.height = None, 0
        self.item.changeSize(0, 0, QSizePolicy.Minimum, QSizePolicy.Fixed)

    def _blocks(self, layout: QLayout, skip, together=()) -> list[tuple[QBoxLayout, int, QRect]]:
        """(layout, index, geometry) of each block of `layout`, with where a gap before it
        goes: the widgets of its upright layouts; a row of widgets as one block (a call beside
        a step, a code beside its words); the columns of a row of columns each on its own (the
        steps beside the plan), a column kept `together` moved from its top."""
        out, upright = [], _upright(layout)
        for index, part in indexed_parts(layout):  # the gap, a spacer, is never a part
            if is_empty(part) or part in skip:
                continue
            inner = part if isinstance(part, QLayout) else None
            if inner is not None and inner not in together and (_upright(inner)
                                                                or _columns(inner)):
                out += self._blocks(inner, skip, together)
            elif upright:
                out.append((layout, index, _drawn(inner) if inner in together else
                            geometry(part)))
            elif inner is not None:  # a column of a row: the gap goes at its top
                out.append((inner, 0, geometry(part)))
        return out

    def clear(self, roots: list[QLayout], fold: int, margin: int, skip=(),
              together=(), above: int = 0) -> None:
        """Puts the gap before the first block of `roots` (upright layouts, top-down; `skip`:
        widgets never moved, such as a plan fitted to the view; `together`: layouts moved as
        one block, a list under its title) that lies across `fold`, the page's height in
        view, or across a second fold `above` it (where something may come to lie over the
        view's bottom edge), so that it starts `margin` under `fold`; or takes it away."""
        if self._pending():
            return  # placed again once its layout is done
        blocks = sorted((b for root in roots for b in self._blocks(root, skip, together)),
                        key=lambda block: block[2].y())
        # Where each block lies without the gap (those under it moved down by it).
        natural = [(self.natural_top(g.y()), g.height()) for _layout, _index, g in blocks]
        across = first_across(natural, fold, fold - above)
        if across is None:
            where, height = None, 0
        else:
            where, height = blocks[across][:2], fold - natural[across][0] + margin
        now = (self.layout, self.layout.indexOf(self.item)) if self.layout else None
        if where is not None and now is not None and where[0] is now[0] \
                and where[1] > now[1]:
            where = (where[0], where[1] - 1)  # counted with the gap before it, taken out
        if (where, height) == (now, self.height):
            return
        self.remove()
        if where is not None:
            self.item.changeSize(0, height, QSizePolicy.Minimum, QSizePolicy.Fixed)
            where[0].insertItem(where[1], self.item)
            self.layout, self.height = where[0], height
            self.item.setGeometry(QRect())  # not laid out here yet
            _invalidate(where[0])
