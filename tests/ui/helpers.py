"""Driving the real widgets as a visitor does: taps on buttons, list rows and the plan."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QListView, QWidget


def tap(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    assert widget.isVisible(), f"{widget.objectName() or widget} is not on screen"
    qtbot.mouseClick(widget, Qt.LeftButton, pos=pos or widget.rect().center())


def find(window: QWidget, name: str, kind=QWidget) -> QWidget:
    found = [w for w in window.findChildren(kind, name) if w.isVisible()]
    assert found, f"no visible {name!r}"
    return found[0]


def tap_row(qtbot, view: QListView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    tap(qtbot, view.viewport(), rect.center())


def row_of(view: QListView, table: str, item_id: str) -> int:
    items = view.model().items
    return next(i for i, (t, x, _m) in enumerate(items) if (t, x) == (table, item_id))


def buttons_with_text(window: QWidget, text: str) -> list[QAbstractButton]:
    return [b for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text() == text]
