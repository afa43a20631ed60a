"""Where the keys' focus goes: the controls a key can reach, in reading order, and the nearest
one in a direction (up, down, left, right) by where the controls are on the screen.

Content that scrolls is measured as if unrolled: a control scrolled out of view still lies
below the one above it, not below the footer that happens to cover its place on the screen.
A move first looks inside the scrolling area it starts in; only when nothing lies that way
there does it leave the area, for what shows on the screen around it (sideways, only for a
control on the same line: the header's buttons lie above the screen, not beside it).
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget

DIRECTIONS = ("up", "down", "left", "right")
ROW = 24  # controls whose tops are this close (px) share a line of reading order


def is_list(widget: QWidget) -> bool:
    """A list (QAbstractItemView), imported when keys first move: PySide6 builds a Qt class's
    Python enums when the class is first imported, and the home screen, which has no list,
    need not wait for them before its first frame."""
    from PySide6.QtWidgets import QAbstractItemView

    return isinstance(widget, QAbstractItemView)


def is_control(widget: QWidget) -> bool:
    """Something a visitor can use: a button, or a list with rows to choose."""
    if is_list(widget):
        return widget.model() is not None and widget.model().rowCount() > 0
    return isinstance(widget, QAbstractButton)


def stops(root: QWidget, covered=lambda w: False) -> list[QWidget]:
    """The controls keys can focus inside `root`, in reading order; `covered(w)` leaves out
    what a dialog hides."""
    found = [c for c in root.findChildren(QWidget)
             if c.isVisible() and c.isEnabled() and c.focusPolicy() & Qt.TabFocus
             and is_control(c) and not covered(c)]
    return sorted(found, key=lambda c: reading_key(c, root))


def scroll_areas(widget: QWidget, root: QWidget) -> list[QScrollArea]:
    """The scrolling areas `widget` lies in below `root`, the innermost first."""
    found, parent = [], widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QScrollArea) and parent.widget() is not None \
                and parent.widget().isAncestorOf(widget):
            found.append(parent)
        parent = parent.parentWidget()
    return found


def reading_key(widget: QWidget, root: QWidget) -> list[tuple[int, int]]:
    """Top to bottom, then left to right, each scrolling area read whole where it stands."""
    key, inner = [], widget
    for area in scroll_areas(widget, root):
        p = inner.mapTo(area.widget(), QPoint(0, 0))
        key.append((p.y() // ROW, p.x()))
        inner = area
    p = inner.mapTo(root, QPoint(0, 0))
    key.append((p.y() // ROW, p.x()))
    return key[::-1]


def on_screen(widget: QWidget) -> QRect:
    """The part of `widget` that shows (global coordinates): clipped by every parent."""
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        rect &= QRect(parent.mapToGlobal(QPoint(0, 0)), parent.size())
        parent = parent.parentWidget()
    return rect


def focus_rect(widget: QWidget, space: QWidget | None = None) -> QRect:
    """Where the focus is within `widget` (a list: its current row), in the coordinates of
    `space` (None: global)."""
    rect = widget.rect()
    origin = QPoint(0, 0)
    if is_list(widget) and widget.currentIndex().isValid():
        rect = widget.visualRect(widget.currentIndex())
        origin = widget.viewport().mapTo(widget, QPoint(0, 0))
    top_left = widget.mapTo(space, origin + rect.topLeft()) if space is not None else \
        widget.mapToGlobal(origin + rect.topLeft())
    return QRect(top_left, rect.size())


# -- the nearest control in a direction (as TV and phone focus finders choose) ------------------
def _edges(r: QRect) -> tuple[int, int, int, int]:
    return r.x(), r.y(), r.x() + r.width(), r.y() + r.height()


def lies_towards(direction: str, src: QRect, dest: QRect) -> bool:
    sl, st, sr, sb = _edges(src)
    dl, dt, dr, db = _edges(dest)
    if direction == "down":
        return (st < dt or sb <= dt) and sb < db
    if direction == "up":
        return (sb > db or st >= db) and st > dt
    if direction == "right":
        return (sl < dl or sr <= dl) and sr < dr
    return (sr > dr or sl >= dr) and sl > dl


def _in_beam(direction: str, src: QRect, dest: QRect) -> bool:
    sl, st, sr, sb = _edges(src)
    dl, dt, dr, db = _edges(dest)
    if direction in ("up", "down"):
        return dl < sr and sl < dr
    return dt < sb and st < db


def _major(direction: str, src: QRect, dest: QRect, far: bool = False) -> int:
    sl, st, sr, sb = _edges(src)
    dl, dt, dr, db = _edges(dest)
    gap = {"down": (db if far else dt) - sb, "up": st - (dt if far else db),
           "right": (dr if far else dl) - sr, "left": sl - (dl if far else dr)}[direction]
    return max(0 if not far else 1, gap)


def _minor(direction: str, src: QRect, dest: QRect) -> int:
    if direction in ("up", "down"):
        return abs(src.center().x() - dest.center().x())
    return abs(src.center().y() - dest.center().y())


def _beam_beats(direction: str, src: QRect, a: QRect, b: QRect) -> bool:
    """`a`, in line with the source, wins over `b`, beside the line, unless `b` is closer."""
    if _in_beam(direction, src, b) or not _in_beam(direction, src, a):
        return False
    if direction in ("left", "right"):
        return True
    return _major(direction, src, a) < _major(direction, src, b, far=True)


def _score(direction: str, src: QRect, dest: QRect) -> int:
    major, minor = _major(direction, src, dest), _minor(direction, src, dest)
    return 13 * major * major + minor * minor


def nearest(direction: str, src: QRect, candidates: list[tuple[QWidget, QRect]]):
    best = None
    for widget, rect in candidates:
        if rect.isEmpty() or not lies_towards(direction, src, rect):
            continue
        if best is None or _beam_beats(direction, src, rect, best[1]) or (
                not _beam_beats(direction, src, best[1], rect)
                and _score(direction, src, rect) < _score(direction, src, best[1])):
            best = (widget, rect)
    return best[0] if best is not None else None


def towards(focus: QWidget, direction: str, root: QWidget, controls: list[QWidget]):
    """The control `direction` leads to from `focus`, or None when nothing lies that way."""
    searched: list[QScrollArea] = []
    for area in scroll_areas(focus, root):  # first within what scrolls, unrolled
        content = area.widget()
        inside = [(c, QRect(c.mapTo(content, QPoint(0, 0)), c.size())) for c in controls
                  if c is not focus and content.isAncestorOf(c)]
        found = nearest(direction, focus_rect(focus, content), inside)
        if found is not None:
            return found
        searched.append(area)
    # From what shows of it: a list's row scrolled out of view counts as the list's visible part.
    src = focus_rect(focus) & on_screen(focus)
    if src.isEmpty():
        src = on_screen(focus) if not on_screen(focus).isEmpty() else focus_rect(focus)
    around = [(c, on_screen(c)) for c in controls
              if c is not focus and not any(a.isAncestorOf(c) for a in searched)]
    if searched and direction in ("left", "right"):
        # Sideways, a move leaves the screen's content only for a control on its own line:
        # from the route's Next, "right" never lands on the header's language button.
        around = [(c, r) for c, r in around if _in_beam(direction, src, r)]
    # A scrolling area that shows none of its controls (magnified text fills it) stands for
    # them where it shows; chosen, it gives the focus to its control nearest to view.
    hidden: dict[QScrollArea, list[QWidget]] = {}
    for c, rect in around:
        outer = scroll_areas(c, root)[-1:] if rect.isEmpty() else []
        if outer and not outer[0].isAncestorOf(focus):
            hidden.setdefault(outer[0], []).append(c)
    for area, inside in list(hidden.items()):
        if any(area.isAncestorOf(c) and not r.isEmpty() for c, r in around):
            del hidden[area]  # some show: those are reached, and the rest from them
        else:
            around.append((area, on_screen(area.viewport())))
    found = nearest(direction, src, around)
    if found in hidden:
        return _nearest_to_view(found, hidden[found], direction)
    return found


def _nearest_to_view(area: QScrollArea, inside: list[QWidget], direction: str) -> QWidget:
    shown = on_screen(area.viewport())

    def distance(c: QWidget) -> int:
        r = QRect(c.mapToGlobal(QPoint(0, 0)), c.size())  # where it lies, scrolled out
        return max(0, r.top() - shown.bottom(), shown.top() - r.bottom(),
                   r.left() - shown.right(), shown.left() - r.right())
    order = inside if direction in ("down", "right") else inside[::-1]
    return min(order, key=distance)  # ties: the first met in the move's direction
