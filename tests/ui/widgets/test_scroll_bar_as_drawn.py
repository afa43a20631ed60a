"""A scroll bar is the one sign of more below that every view has, so it must be seen: its
track's edge against the ground it lies on, its handle against its track, 3:1 at least as
drawn (non-text contrast). Its fill alone had been 1.11:1 on the page, white on white in a
dialog's sheet, and its handle 3.07:1 on the track. While more lies below, an arrow under
the handle says so (7:1 on the track), gone at the end."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.directory.accessibility import contrast_ratio
from kiosk.ui.theme import HIGH_CONTRAST, NORMAL, Theme
from kiosk.ui.widgets.bar_cue import BarCue, room_below


def _hex(image, x: int, y: int) -> str:
    return image.pixelColor(x, y).name()


@pytest.mark.parametrize("palette", [NORMAL, HIGH_CONTRAST], ids=["normal", "high"])
@pytest.mark.parametrize("ground", ["background", "surface"])
def test_the_track_and_its_handle_are_seen(qtbot, palette, ground):
    theme = Theme(palette)
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyleSheet(theme.stylesheet() + f"QWidget#Holder {{ background: "
                                               f"{getattr(palette, ground)}; }}")
    holder.setObjectName("Holder")
    area = QScrollArea(holder)
    area.setStyleSheet("QScrollArea { border: none; background: transparent; }")
    page = QWidget()
    page.setLayout(QVBoxLayout())
    for n in range(40):
        page.layout().addWidget(QLabel(f"Line {n}"))
    area.setWidget(page)
    BarCue(area.verticalScrollBar(), theme)  # as every view's "more below" gives its bar
    area.setGeometry(20, 20, 400, 300)
    holder.resize(440, 340)
    holder.show()
    qtbot.waitExposed(holder)
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.isVisible())
    image = holder.grab().toImage()
    origin = bar.mapTo(holder, bar.rect().topLeft())
    middle = origin.x() + bar.width() // 2
    handle = _hex(image, middle, origin.y() + 20)  # at the top: the view is at its top
    track = _hex(image, origin.x() + 3, origin.y() + room_below(bar).top() + 2)
    arrow = bar.findChild(QWidget, "BarCue")  # more lies below: the arrow under the handle
    assert arrow is not None and arrow.isVisible()
    assert room_below(bar).contains(arrow.geometry())
    centre = arrow.mapTo(holder, arrow.rect().center())
    drawn = _hex(image, centre.x(), centre.y() - arrow.height() // 4)
    assert drawn == palette.text_muted and contrast_ratio(drawn, track) >= 3.0, (drawn, track)
    edge = _hex(image, origin.x(), origin.y() + bar.height() // 2)
    beside = _hex(image, 8, 8)  # the ground round the area
    assert beside == getattr(palette, ground)
    assert contrast_ratio(handle, track) >= 3.0, (handle, track)
    assert contrast_ratio(edge, beside) >= 3.0, (edge, beside)
    bar.setValue(bar.maximum())  # at the end: nothing below, no arrow
    assert not arrow.isVisible()
