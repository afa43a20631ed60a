"""Words that Qt clips without a "…": a label or button whose text needs more room than its
layout gave it (a label narrower than its text, a line under its parent's edge).

The text the kiosk fits itself is fitted in one place (text_fit.py), which counts every cut;
a label or a button is laid out by Qt, which draws what fits and clips the rest silently.
`clipped(window)` measures each visible one against the room it was given, so a test can walk
every screen and assert that no word is lost either way.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from kiosk.ui.widgets.text_fit import narrowest


def _on_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _cut_by(widget: QWidget) -> str:
    """Which ancestor hides part of `widget`: sideways any, downwards one that does not
    scroll (a scroll area shows the rest when scrolled)."""
    rect = _on_window(widget)
    parent = widget.parentWidget()
    while parent is not None:
        outer = _on_window(parent)
        if rect.left() < outer.left() - 1 or rect.right() > outer.right() + 1:
            return (f"{rect.left()}..{rect.right()} px across, out of "
                    f"{parent.objectName() or type(parent).__name__}'s "
                    f"{outer.left()}..{outer.right()}")
        if isinstance(parent, QAbstractScrollArea):
            return ""
        if rect.bottom() > outer.bottom() + 1 and parent.isWindow():
            return "below the window's edge"
        parent = parent.parentWidget()
    return ""


def _words_room(widget: QWidget) -> int:
    """The width a widget's words are drawn in: a push button's inside its style sheet's
    border and padding, as its state now draws it (a focus ring is wider than a border)."""
    from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton  # tests ask
    if isinstance(widget, QPushButton):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        return widget.style().subElementRect(QStyle.SE_PushButtonContents, option,
                                             widget).width()
    return widget.contentsRect().width()


def clipped(window: QWidget) -> list[str]:
    """Each visible label or button of `window` whose words do not fit where they are drawn."""
    out = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text():
            continue
        text, metrics = getattr(widget, "shown", widget.text)(), widget.fontMetrics()
        room = _words_room(widget)
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + 2:
                out.append(f"{text!r}: needs {need} px of height, has {widget.height()}")
            words = narrowest(widget.font(), text)
            if words > room + 2:
                out.append(f"{text!r}: a word needs {words} px, has {room}")
        elif max(map(metrics.horizontalAdvance, text.split("\n"))) > room + 2:  # each line
            out.append(f"{text!r}: needs {metrics.horizontalAdvance(text)} px, has {room}")
        where = _cut_by(widget)
        if where:
            out.append(f"{text!r}: {where}")
    return out
