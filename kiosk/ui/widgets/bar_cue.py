"""A down arrow in a scroll bar's track, under its handle, while more lies below: the one cue
every view has room for. "▼ More below" lies in the view, on what its edge cuts or on blank
ground at the edge (more_below.py, fold_cue.py); where a control or a drawing lies at the
edge and nothing is cut, the view had nothing to say it but the handle (help's last needs,
the survey's reasons, the message form beside its keys: 42 states of the tour's looks).

The arrow lies in the part of the track the handle leaves under it, which is there exactly
while the view can scroll down, and covers nothing but that track; a tap there pages down as
a tap on the track does (the arrow lets touches through). Where the handle leaves too little
of the track (a short view near its end), the arrow lies at the handle's foot, in the
track's colour (7:1 on the handle), and a drag there moves the handle."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPolygon
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QWidget

from kiosk.ui.widgets.strip_cue import ARROW_LEAST

MARGIN = 2  # theme units between the arrow and the track's edges


def _option(bar: QScrollBar) -> QStyleOptionSlider:
    option = QStyleOptionSlider()
    option.initFrom(bar)
    option.orientation = bar.orientation()
    option.minimum, option.maximum = bar.minimum(), bar.maximum()
    option.sliderPosition = option.sliderValue = bar.value()
    option.singleStep, option.pageStep = bar.singleStep(), bar.pageStep()
    option.upsideDown = bar.invertedAppearance()
    option.subControls = QStyle.SC_All
    return option


def room_below(bar: QScrollBar) -> QRect:
    """The track under `bar`'s handle (where a tap pages down), as its style lays it out
    (inside the track's edge, the handle's least height taken)."""
    return _part(bar, QStyle.SC_ScrollBarAddPage)


def handle(bar: QScrollBar) -> QRect:
    return _part(bar, QStyle.SC_ScrollBarSlider)


def _part(bar: QScrollBar, part) -> QRect:
    return bar.style().subControlRect(QStyle.CC_ScrollBar, _option(bar), part, bar)


class BarCue(QWidget):
    """The arrow on `bar` (vertical), shown while its view can scroll down: in the track
    under the handle, or, where the handle leaves too little of it (a short view scrolled
    near its end), at the foot of the handle itself, in the track's colour on it."""

    def __init__(self, bar: QScrollBar, theme) -> None:
        super().__init__(bar)
        self.setObjectName("BarCue")
        self.setAttribute(Qt.WA_TransparentForMouseEvents)  # the track's tap pages down
        self.bar, self.theme = bar, theme
        self.on_handle = False
        self.hide()
        bar.valueChanged.connect(self.place)
        bar.rangeChanged.connect(self.place)
        bar.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Resize, QEvent.Show, QEvent.StyleChange):
            self.place()
        return False

    def place(self, *_args) -> None:
        bar, px = self.bar, self.theme.px
        if not shiboken6.isValid(bar):
            return  # its bar being destroyed (its view's page taken away): no more to say
        if bar.value() >= bar.maximum() or not bar.isVisible():
            self.hide()
            return
        room = room_below(bar)
        side = min(room.width() - 2 * px(MARGIN), px(ARROW_LEAST))
        self.on_handle = room.height() < side + 2
        if self.on_handle:
            room = handle(bar)
            side = min(side, room.height() - 2 * px(MARGIN))
        if side < px(ARROW_LEAST) // 2:
            self.hide()
            return
        margin = min(px(MARGIN), (room.height() - side) // 2)  # off the track's end
        self.setGeometry(room.center().x() - side // 2, room.bottom() + 1 - margin - side,
                         side, side)
        self.update()  # its colour follows where it lies
        self.show()
        self.raise_()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(Qt.NoPen)
        painter.setBrush(self.theme.color("surface_alt" if self.on_handle else "text_muted"))
        side = self.width()
        painter.drawPolygon(QPolygon([QPoint(0, 0), QPoint(side, 0),
                                      QPoint(side // 2, self.height())]))
        painter.end()
