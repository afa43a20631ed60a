"""A scrolling dialog part grabs or lets go of its flick gesture on the next turn of the event
loop, never while the tap that changed its height is still being handled: the soak crashed in
Qt's gesture manager when a choice in the accessibility panel made the panel start or stop
scrolling during the tap (benchmarks/soak.py, 1,000 steps)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.widgets.fit_scroll import FitScroll
from kiosk.ui.widgets.layout_parts import clear_layout, parts


def test_the_flick_follows_the_height_after_the_tap(qtbot):
    content = QWidget()
    box = QVBoxLayout(content)
    grow = QPushButton("more")
    box.addWidget(grow)
    area = FitScroll(content)
    qtbot.addWidget(area)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    during = []

    def add_lines():
        for n in range(30):
            box.addWidget(QLabel(f"line {n}"))
        area.verticalScrollBar().setRange(0, 500)  # as the layout will: inside the tap
        during.append((area.verticalScrollBar().maximum() > 0, area._flick))

    grow.clicked.connect(add_lines)
    qtbot.mouseClick(grow, Qt.LeftButton)
    assert during == [(True, False)]  # scrolling already, the gesture not yet grabbed
    qtbot.waitUntil(lambda: area._flick)  # grabbed once the tap is over
    for _ in range(30):
        parts(box)[1].setParent(None)
    area.verticalScrollBar().setRange(0, 0)
    qtbot.waitUntil(lambda: not area._flick)


def test_the_flick_is_registered_once_however_often_it_comes_and_goes(qtbot):
    """Qt registers a new recognizer and gesture type at each QScroller.grabGesture and keeps
    the old ones: a dialog part that starts and stops scrolling must not add one each time."""
    from kiosk.ui.widgets.basic import flick_gesture

    content = QWidget()
    box = QVBoxLayout(content)
    area = FitScroll(content)
    qtbot.addWidget(area)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    types = set()
    for _ in range(4):
        for n in range(30):
            box.addWidget(QLabel(f"line {n}"))
        qtbot.waitUntil(lambda: area._flick)
        types.add(area._gesture)
        clear_layout(box)
        qtbot.waitUntil(lambda: not area._flick)
    assert types == {flick_gesture()}
