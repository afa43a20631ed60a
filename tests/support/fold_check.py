"""What a screen shows only in part at the fold: the edge of the view its page scrolls in (the
footer's top, or the reach band's edge when lowered). A label, a button or a block of the
screen is whole in view or wholly out of it, scrolled to; never cut across its words."""
from __future__ import annotations

from looks import settle
from PySide6.QtWidgets import QAbstractButton, QLabel, QListView, QWidget


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
    if not shown.isEmpty() and shown.height() < widget.height():
        return f"{shown.height()} of {widget.height()} px show"
    return ""


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
