"""Emptying a layout frees what it took out: PySide6 never frees a layout item that Python
merely drops, so a screen that lays itself out again at every text size, language or
window change would grow for as long as the kiosk runs."""
from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.widgets.wrap_bar import WrapBar
from kiosk.ui.widgets.layout_parts import clear_layout


def items_of(layout) -> list:
    out = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        out.append(item)
        if item.layout() is not None and item.layout() is not layout:
            out += items_of(item.layout())
    return out


def test_clear_layout_frees_every_item_and_its_widgets(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    inner = QHBoxLayout()
    labels = [QLabel(str(i)) for i in range(3)]
    for widget in labels[:2]:
        outer.addWidget(widget)
    inner.addWidget(labels[2])
    inner.addStretch(1)
    outer.addLayout(inner)
    taken = items_of(outer)
    assert len(taken) == 5
    clear_layout(outer)
    assert outer.count() == 0
    assert not any(shiboken6.isValid(item) for item in taken)
    assert all(w.isHidden() for w in labels)


def test_kept_widgets_stay_while_their_items_go(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    buttons = [QPushButton(str(i), host) for i in range(2)]
    for widget in buttons:
        outer.addWidget(widget)
    taken = items_of(outer)
    clear_layout(outer, keep_widgets=True)
    assert not any(shiboken6.isValid(item) for item in taken)
    assert all(shiboken6.isValid(w) and w.parent() is host for w in buttons)


def test_a_wrap_bar_arranged_again_frees_its_old_rows(qtbot):
    bar = WrapBar("bar")
    qtbot.addWidget(bar)
    buttons = [QPushButton(f"button {i}") for i in range(6)]
    for widget in buttons:
        bar.add(widget)
    bar.arrange(400, 8, 8)
    rows = bar.layout()
    taken = items_of(rows)
    assert len(taken) > len(buttons)  # the rows and the buttons' items
    bar.arrange(2000, 8, 8)  # one row now
    assert not any(shiboken6.isValid(item) for item in taken)
    assert rows.count() == 1 and rows.itemAt(0).layout().count() == len(buttons)
    assert all(shiboken6.isValid(w) for w in buttons)


def test_the_accessibility_panel_laid_out_again_frees_its_old_items(window, qtbot):
    panel = window.access_panel
    panel.open()
    qtbot.waitUntil(panel.isVisible)
    taken = items_of(panel.grid)
    assert len(taken) > 10
    panel.relayout()  # as at every text size, language and window change
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(item) for item in taken))  # next turn
    assert panel.grid.count() == len(taken)
    panel.close_overlay()
