"""What a layout holds, read without asking PySide6 for the layout's items, and a layout
emptied so that every item it gives up is freed.

PySide6 keeps the wrapper of each item that `QLayout.itemAt` hands Python, as a child of the
layout, for as long as the layout lives. Qt deletes the item itself whenever its widget leaves
the layout (`removeWidget`, a widget deleted or given another parent), and the wrapper is left
registered at the freed address. The next object Qt makes there then reaches Python as that
dead item: a button's new style came back as a `QWidgetItem`, and the help sheet failed to
open ("'QWidgetItem' object has no attribute 'subElementRect'"). So the kiosk reads a layout
through its widgets and nested layouts (`QLayout.indexOf` compares in C++), and the only items
it ever holds are those it takes out and deletes at once (`clear_layout`)."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QSizePolicy, QWidget

Part = QWidget | QLayout


def indexed_parts(layout: QLayout) -> list[tuple[int, Part]]:
    """(index, widget or layout) of what lies directly in `layout`, in its order; spacers and
    stretches are left out. Widgets are found among the children of the widget the layout is
    installed on, which is where a layout puts every widget it is given."""
    found: list[tuple[int, Part]] = []
    host = layout.parentWidget()
    if host is not None:
        for widget in host.findChildren(QWidget, options=Qt.FindDirectChildrenOnly):
            index = layout.indexOf(widget)
            if index >= 0:
                found.append((index, widget))
    for inner in layout.findChildren(QLayout, options=Qt.FindDirectChildrenOnly):
        index = layout.indexOf(inner)
        if index >= 0:
            found.append((index, inner))
    found.sort(key=lambda pair: pair[0])
    return found


def parts(layout: QLayout) -> list[Part]:
    """The widgets and layouts directly in `layout`, in its order."""
    return [part for _index, part in indexed_parts(layout)]


def widgets_in(layout: QLayout) -> list[QWidget]:
    """The widgets directly in `layout`, in its order."""
    return [part for part in parts(layout) if isinstance(part, QWidget)]


def inner_layouts(layout: QLayout) -> list[QLayout]:
    """The layouts directly in `layout`, in its order."""
    return [part for part in parts(layout) if isinstance(part, QLayout)]


def forget_sizes(layout) -> None:
    """Forgets the sizes `layout` and the layouts inside it keep, so they are asked again."""
    for inner in inner_layouts(layout):
        forget_sizes(inner)
    layout.invalidate()


def is_empty(part: Part) -> bool:
    """Whether the part takes no room in its layout, as its layout item would say: a hidden
    widget (unless it keeps its room when hidden), a window, or a layout of such."""
    if isinstance(part, QLayout):
        return part.isEmpty()
    return ((part.isHidden() and not part.sizePolicy().retainSizeWhenHidden())
            or part.isWindow())


def geometry(part: Part) -> QRect:
    """Where the part lies in the widget its layout is installed on."""
    return part.geometry()


def asked_height(widget: QWidget, width: int) -> int:
    """The height the widget's layout item asks for at `width`: its height for that width
    where it has one, else its size hint, within its least and greatest height."""
    if is_empty(widget):
        return 0
    if widget.hasHeightForWidth():
        inner = widget.layout()
        height = (inner.totalHeightForWidth(width) if inner is not None
                  else widget.heightForWidth(width))
    else:
        if widget.sizePolicy().verticalPolicy() == QSizePolicy.Ignored:
            return 0
        hint: QSize = widget.sizeHint().expandedTo(widget.minimumSizeHint())
        height = hint.height()
    return max(widget.minimumHeight(), min(height, widget.maximumHeight()))


def clear_layout(layout: QLayout, keep_widgets: bool = False, start: int = 0) -> None:
    """Empty `layout` from its item `start` on, nested layouts included, and free every item
    taken out: Qt hands a taken item to the caller, and PySide6 never frees one that Python
    merely drops (about 100 bytes at every relayout, for as long as the kiosk runs). Widgets
    are deleted too, unless `keep_widgets` (they are laid out again)."""
    while layout.count() > start:
        item = layout.takeAt(start)
        widget, inner = item.widget(), item.layout()
        if widget is not None and not keep_widgets:
            widget.hide()  # gone from the screen now, not at the next event loop turn
            widget.deleteLater()
        if inner is not None:
            clear_layout(inner, keep_widgets)
        shiboken6.delete(item)  # the item only (a widget item does not own its widget)
