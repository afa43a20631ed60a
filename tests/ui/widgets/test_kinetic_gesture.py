"""Every kinetic list and scroll area grabs the same flick gesture: QScroller.grabGesture
registers a new recognizer and gesture type at every call, which Qt keeps after the view is
gone, and PySide6 makes a Python enum class for each new number (2.9 KB a view, for as long
as the kiosk runs: the soak's lists and cards are built again at every visit)."""
from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget

from kiosk.ui.widgets.basic import kinetic, viewport


def a_list(rows: int = 0) -> QListWidget:
    view = QListWidget()
    view.addItems([f"row {n}" for n in range(rows)])
    return view


def python_types() -> int:
    gc.collect()
    # type(o), not isinstance: a weak proxy whose object is gone raises on any other look
    return sum(1 for o in gc.get_objects() if issubclass(type(o), type))


def test_views_built_and_dropped_leave_no_gesture_type_behind(qtbot):
    gestures = set()
    for _ in range(3):  # the first views make what any view makes once (PySide's types)
        view = a_list()
        gestures.add(kinetic(view))
        view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    before = python_types()
    for _ in range(20):
        view = a_list()
        gestures.add(kinetic(view))
        view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert python_types() == before
    assert len(gestures) == 1


def test_a_list_built_after_another_was_dropped_still_flicks(qtbot):
    first = a_list(200)
    kinetic(first)
    first.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    view = a_list(200)
    qtbot.addWidget(view)
    kinetic(view)
    view.resize(300, 300)
    view.show()
    qtbot.waitExposed(view)
    window, area = view.windowHandle(), viewport(view)
    at = lambda y: area.mapTo(view, QPoint(150, y))  # noqa: E731
    QTest.mousePress(window, Qt.LeftButton, Qt.NoModifier, at(250))
    for y in range(240, 30, -10):  # a finger drawn up the list
        QTest.mouseMove(window, at(y))
    QTest.mouseRelease(window, Qt.LeftButton, Qt.NoModifier, at(30))
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0, timeout=20000)


LEAVES = """
from PySide6.QtWidgets import QApplication, QListWidget
app = QApplication([])
from kiosk.ui.widgets.basic import kinetic
view = QListWidget()
kinetic(view)
"""


def test_a_process_that_made_a_list_kinetic_ends_cleanly():
    """The gesture's owner goes before the application: owned by the application, it went
    after Qt's gesture manager, and letting go of its gesture crashed the process at exit."""
    root = Path(__file__).resolve().parents[3]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, "-c", LEAVES], env=env, cwd=root, timeout=120,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
