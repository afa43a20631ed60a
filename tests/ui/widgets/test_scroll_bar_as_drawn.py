"""A scroll bar is the one sign of more below that every view has, so it must be seen: its
track's edge against the ground it lies on, its handle against its track, 3:1 at least as
drawn (non-text contrast). Its fill alone had been 1.11:1 on the page, white on white in a
dialog's sheet, and its handle 3.07:1 on the track."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.directory.accessibility import contrast_ratio
from kiosk.ui.theme import HIGH_CONTRAST, NORMAL, Theme


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
    track = _hex(image, middle, origin.y() + bar.height() - 20)
    edge = _hex(image, origin.x(), origin.y() + bar.height() // 2)
    beside = _hex(image, 8, 8)  # the ground round the area
    assert beside == getattr(palette, ground)
    assert contrast_ratio(handle, track) >= 3.0, (handle, track)
    assert contrast_ratio(edge, beside) >= 3.0, (edge, beside)
