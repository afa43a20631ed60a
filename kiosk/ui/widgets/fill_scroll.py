"""A scroll area that takes the height its screen has left, and asks for no more than its
tallest row: what a step offers besides its field, its keys and its way on (the form's fields
and one-tap choices, a consent's words) scrolls in it, so those stay in view together at every
text size. Never shorter than its tallest control, so each one in it can be shown whole (a
strip thinner than one row left some out of reach); words may be scrolled through."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer
from PySide6.QtWidgets import QLayout, QScrollArea, QSizePolicy, QWidget

from kiosk.ui.widgets.fit_scroll import FitScroll
from kiosk.ui.widgets.layout_parts import asked_height, parts
from kiosk.ui.widgets.view_spans import cut_at_top


class FillScroll(FitScroll):
    _kept: tuple[QWidget, ...] = ()  # what stays in view (events come before __init__ ends)

    def __init__(self, content: QWidget, name: str = "", parent: QWidget | None = None):
        super().__init__(content, name, parent)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)

    def keep_in_view(self, *widgets: QWidget) -> None:
        """Scrolled to show `widgets` (the last whole where not all fit), now and whenever
        the area or what it holds is laid out again: a field grows as it is chosen, a problem
        shows under it, and a scroll made before that would leave them cut."""
        self._kept = widgets
        self._show_kept()

    def _show_kept(self) -> None:
        """Each shown, the last whole; and where the view's top edge then cuts what lies
        above them (the name's field sliced through its words), the first at the top of the
        view: what it cut goes wholly above it (what the bottom edge cuts lies under "▼ More
        below")."""
        content = self.widget()
        shown = [widget for widget in self._kept if widget.isVisibleTo(content)]
        for widget in shown:
            self.ensureWidgetVisible(widget, 0, 0)
        if shown and cut_at_top(self):
            bar, layout = self.verticalScrollBar(), content.layout()
            top = shown[0].mapTo(content, QPoint(0, 0)).y()
            gap = layout.spacing() if layout is not None else 0
            if bar.value() < top - gap:
                bar.setValue(top - gap)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.widget() and self._kept and event.type() in (QEvent.Resize,
                                                                    QEvent.LayoutRequest):
            QTimer.singleShot(0, self._show_kept)  # once its layout has placed them
        return super().eventFilter(obj, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._kept:
            self._show_kept()

    def _tallest_row(self) -> int:
        layout = self.widget().layout()
        if layout is None:
            return 0
        margins = layout.contentsMargins()
        return (_tallest(layout, max(1, self.viewport().width())) + margins.top()
                + margins.bottom() + 2 * self.frameWidth())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._tallest_row())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._tallest_row())


def _tallest(layout, width: int) -> int:
    """The tallest control shown in `layout` and the layouts in it (a grid's rows one by
    one); words, which take no focus, are scrolled through instead."""
    tallest = 0
    for part in parts(layout):
        if isinstance(part, QLayout):
            tallest = max(tallest, _tallest(part, width))
        elif part.focusPolicy() != Qt.NoFocus:
            tallest = max(tallest, asked_height(part, width))
    return tallest


def enclosing_scroll(widget: QWidget) -> QScrollArea | None:
    """The scroll area `widget` is in (a magnified screen scrolls in its window), if any."""
    scroller = widget.parentWidget()
    while scroller is not None and not isinstance(scroller, QScrollArea):
        scroller = scroller.parentWidget()
    return scroller
