"""What speech says about a screen or a control, read off the widgets themselves.

A screen is read in reading order (top to bottom, then left to right): its labels, buttons
and the first rows of its lists, so every screen is spoken without a script of its own and
what is said always matches what is shown.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.directory.strings import tr
from kiosk.ui.widgets.spatial import is_list

LIST_ROWS_READ = 5


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        name = widget.accessibleName() or widget.text()
        return name if not widget.accessibleDescription() else \
            f"{name}, {widget.accessibleDescription()}"
    if is_list(widget):
        model = widget.model()
        rows = min(model.rowCount(), LIST_ROWS_READ)
        return ". ".join(model.index(r, 0).data(Qt.AccessibleTextRole) or "" for r in range(rows))
    return ""


def _readable(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not (isinstance(widget, (QLabel, QAbstractButton))
                                          or is_list(widget)):
            continue
        if isinstance(widget.parentWidget(), QAbstractButton):
            continue  # a tile's own labels: the tile speaks for them
        found.append(widget)
    return found


def read_screen(title: str, root: QWidget, limit: int = 40) -> str:
    """The title, then everything on the screen in reading order."""
    widgets = _readable(root)
    widgets.sort(key=lambda w: (w.mapTo(root, QPoint(0, 0)).y() // 20,
                                w.mapTo(root, QPoint(0, 0)).x()))
    parts = [title] + [t for t in (_text_of(w) for w in widgets[:limit]) if t]
    return ". ".join(p.strip() for p in parts if p.strip())


def describe(widget: QWidget | None, lang: str) -> str:
    """A focused control as a screen reader names it: "button, 3F, general reading room"."""
    if widget is None:
        return ""
    if isinstance(widget, QAbstractButton):
        return f"{tr('role.button', lang)}, {_text_of(widget)}"
    if is_list(widget):
        index = widget.currentIndex()
        row = index.data(Qt.AccessibleTextRole) if index.isValid() else ""
        name = widget.accessibleName()
        return ", ".join(p for p in (tr("role.list", lang), name, row) if p)
    return widget.accessibleName()
