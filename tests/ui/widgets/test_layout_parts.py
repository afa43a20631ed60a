"""The kiosk reads its layouts without holding PySide6's wrappers of Qt's layout items: such a
wrapper outlives its item once the item's widget leaves the layout, and the next object Qt
makes at that address then reached Python as the dead item (the help sheet failed to open:
"'QWidgetItem' object has no attribute 'subElementRect'")."""
from __future__ import annotations

import gc
import pathlib
import re
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

import kiosk
from kiosk.ui.widgets import fill_scroll
from kiosk.ui.widgets.fold_gap import FoldGap
from kiosk.ui.widgets.layout_parts import (
    asked_height,
    forget_sizes,
    indexed_parts,
    is_empty,
    parts,
    widgets_in,
)

KIOSK = pathlib.Path(kiosk.__file__).parent


def held_items() -> list:
    """Wrappers alive in Python of layout items Qt made (layouts themselves, and items made
    by Python, tell PySide6 when they go)."""
    gc.collect()
    return [o for o in gc.get_objects()
            if type(o) not in weakref.ProxyTypes  # a dead proxy raises at isinstance
            and isinstance(o, QLayoutItem) and not isinstance(o, QLayout)
            and shiboken6.isValid(o) and not shiboken6.createdByPython(o)]


def dead_items(window: QWidget, before: list) -> list[str]:
    """Wrappers made since `before` (those of other tests' windows left aside) of items that
    are no longer in any layout of the window: Qt deleted them, and PySide6 does not know."""
    laid = {shiboken6.getCppPointer(layout.itemAt(i))[0]
            for layout in window.findChildren(QLayout) for i in range(layout.count())}
    known = {id(o) for o in before}
    return [shiboken6.dump(o).split("parent")[-1].strip() for o in held_items()
            if id(o) not in known and shiboken6.getCppPointer(o)[0] not in laid]


def test_parts_are_the_widgets_and_layouts_in_order_without_spacers(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    first, second, inside = QLabel("1"), QPushButton("2"), QLabel("3")
    second.setObjectName("Named")  # found whatever its name (a named button was missed)
    row = QHBoxLayout()
    outer.addWidget(first)
    outer.addStretch(1)
    outer.addLayout(row)
    row.addWidget(inside)
    outer.addWidget(second)
    assert indexed_parts(outer) == [(0, first), (2, row), (3, second)]
    assert parts(row) == [inside]
    second.hide()
    assert is_empty(second) and not is_empty(first)
    keeps = second.sizePolicy()
    keeps.setRetainSizeWhenHidden(True)
    second.setSizePolicy(keeps)
    assert not is_empty(second)


def test_the_height_asked_is_the_layout_items(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    box = QVBoxLayout(host)
    words = QLabel("a few words that wrap onto more than one line " * 3)
    words.setWordWrap(True)
    tall = QPushButton("tall")
    tall.setMinimumHeight(140)
    ignored = QPushButton("ignored")
    ignored.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Ignored)
    for widget in (words, tall, ignored):
        box.addWidget(widget)
    for index, widget in enumerate((words, tall, ignored)):
        item = box.itemAt(index)  # the reference; the host and its items go with the test
        expected = (item.heightForWidth(200) if item.hasHeightForWidth()
                    else item.sizeHint().height())
        assert asked_height(widget, 200) == expected, widget.text()


def test_reading_a_layout_leaves_no_wrapper_to_outlive_its_items(qtbot):
    """Each of the kiosk's readers of layouts (the fold's blocks, a filling scroll area's
    tallest row, sizes forgotten, a dialog's buttons) reads a page; then its widgets leave
    their layouts as screens rebuild them: deleted, moved to another widget, or moved to
    another row. No wrapper may be left behind pointing at the items Qt deleted."""
    before = held_items()  # kept alive, so their ids stay theirs
    page = QWidget()
    qtbot.addWidget(page)
    outer = QVBoxLayout(page)
    row, column = QHBoxLayout(), QVBoxLayout()
    widgets = [QPushButton(f"button {n}") for n in range(6)]
    outer.addWidget(widgets[0])
    outer.addStretch(1)
    outer.addLayout(row)
    row.addWidget(widgets[1])
    row.addLayout(column)
    for widget in widgets[2:]:
        column.addWidget(widget)
    page.show()
    qtbot.waitExposed(page)
    FoldGap(page, lambda: None, lambda: None)._blocks(outer, ())
    fill_scroll._tallest(outer, 300)
    forget_sizes(outer)
    widgets_in(column)
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    widgets[0].deleteLater()
    widgets[1].setParent(elsewhere)
    row.addWidget(widgets[2])  # moved by Qt from the column
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert dead_items(page, before) == []


def test_only_layout_parts_asks_a_layout_for_its_items():
    """The rule, over the kiosk's code: a layout's items are read through layout_parts."""
    asking = re.compile(r"\.(itemAt|takeAt|itemAtPosition|replaceWidget)\(")
    found = [f"{path.relative_to(KIOSK)}:{number}"
             for path in KIOSK.rglob("*.py") if path.name != "layout_parts.py"
             for number, line in enumerate(path.read_text().splitlines(), 1)
             if asking.search(line) and not line.lstrip().startswith("def ")]
    assert found == []


