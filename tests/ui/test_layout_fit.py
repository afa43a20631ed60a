"""Nothing clipped, nothing overlapping: every screen, both languages, both orientations,
normal and larger text. Checked on the real widgets, not on pictures."""
from __future__ import annotations

from helpers import visit_every_screen
from looks import in_looks, wear
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea

from kiosk.ui.widgets.basic import Tile


def _inside_scroll_area(widget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def problems(window) -> list[str]:
    out = []
    win_rect = window.rect()
    if window.size() != window.expected_size:
        out.append(f"the window grew to {window.width()}x{window.height()} to fit its content")
    for lab in window.findChildren(QLabel):
        if not lab.isVisible() or not lab.text():
            continue
        rect = lab.contentsRect()
        metrics = lab.fontMetrics()
        if lab.wordWrap():
            # a wrapped label is clipped when it needs more height than it got
            need = lab.heightForWidth(lab.width())
            if need > lab.height() + 2:
                out.append(f"label {lab.text()!r}: needs {need}px height, has {lab.height()}")
        elif metrics.horizontalAdvance(lab.text()) > rect.width() + 2:
            out.append(f"label {lab.text()!r}: needs {metrics.horizontalAdvance(lab.text())}px,"
                       f" has {rect.width()}")
        top_left = lab.mapTo(window, lab.rect().topLeft())
        if top_left.x() < 0 or top_left.x() + lab.width() > win_rect.width() + 1:
            out.append(f"label {lab.text()!r} leaves the screen sideways")
    buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
    for b in buttons:
        if b.text() and not isinstance(b, Tile):
            need = b.fontMetrics().horizontalAdvance(b.text())
            if need > b.contentsRect().width():
                out.append(f"button {b.text()!r}: needs {need}px, has {b.width()}")
        if b.width() < 40 or b.height() < 40:
            out.append(f"button {b.text() or b.objectName()!r} is only {b.width()}x{b.height()}")
    placed = [(b, QRect(b.mapTo(window, b.rect().topLeft()), b.size())) for b in buttons
              if not _inside_scroll_area(b)]
    for i, (a, ra) in enumerate(placed):
        for b, rb in placed[i + 1:]:
            if a.parentWidget() is b.parentWidget() and ra.intersects(rb):
                out.append(f"buttons {a.text()!r} and {b.text()!r} overlap")
    return out


@in_looks()
def test_every_screen_fits(window, demo, look):
    window.expected_size = QSize(*look.size)
    wear(window, look)
    found = []
    for name in visit_every_screen(window, demo):
        found += [f"{name}: {p}" for p in problems(window)]
    assert found == []
