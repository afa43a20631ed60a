"""A layout that sets its widgets side by side when the width it is given holds them all,
and otherwise in as many rows as it takes, each row as full as it can be (a flow).

A row of buttons asks for the sum of their widths: the console's three actions, their words
already wrapped to the widest one (fitted_text.py), still asked at 200 % text for more than a
1280 px screen has room for beside the kiosks' panel. This layout asks only for its widest
widget, and its height follows the width it gets (height for width), so the window never
grows past its screen sideways.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLayout, QWidgetItem


class FlowRows(QLayout):
    """Widgets added with add(), laid out in rows of even shares."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list = []

    # -- QLayout's bookkeeping ----------------------------------------------------------------
    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def add(self, widget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    # -- sizes --------------------------------------------------------------------------------
    def _shown(self) -> list:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, width: int) -> list[list]:
        """The widgets in rows, in order, each row as many as their least widths allow."""
        rows: list[list] = [[]]
        used = 0
        for item in self._shown():
            need = item.minimumSize().width()
            if rows[-1] and used + self.spacing() + need > width:
                rows.append([])
                used = 0
            used += need + (self.spacing() if rows[-1] else 0)
            rows[-1].append(item)
        return [row for row in rows if row]

    def _cells(self, rect: QRect) -> list[tuple[object, QRect]]:
        gap, cells, y = max(0, self.spacing()), [], rect.y()
        for row in self._rows(rect.width()):
            widths = _shares(rect.width() - gap * (len(row) - 1),
                             [item.minimumSize().width() for item in row])
            height = max(_height(item, w) for item, w in zip(row, widths))
            x = rect.x()
            for item, w in zip(row, widths):
                cells.append((item, QRect(x, y, w, height)))
                x += w + gap
            y += height + gap
        return cells

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        cells = self._cells(QRect(0, 0, width, 0))
        return max((r.bottom() + 1 for _i, r in cells), default=0)

    def minimumSize(self) -> QSize:
        """As narrow as the widest widget; the rows' height follows the width given."""
        width = max((item.minimumSize().width() for item in self._shown()), default=0)
        return QSize(width, self.heightForWidth(self._row_width()))

    def sizeHint(self) -> QSize:
        width = self._row_width()
        return QSize(width, self.heightForWidth(width))

    def _row_width(self) -> int:
        items = self._shown()
        return sum(item.sizeHint().width() for item in items) \
            + self.spacing() * max(0, len(items) - 1)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        for item, cell in self._cells(rect):
            item.setGeometry(cell)


def _shares(room: int, least: list[int]) -> list[int]:
    """`room` split as evenly as the least widths allow: those wider than an even share keep
    their own, the rest share what is left alike (one long word does not make the others
    wrap onto three lines)."""
    wide: set[int] = set()
    while True:
        even = (room - sum(least[i] for i in wide)) // max(1, len(least) - len(wide))
        wider = {i for i, w in enumerate(least) if w > even}
        if wider <= wide:
            return [max(w, even) for w in least]
        wide |= wider


def _height(item, width: int) -> int:
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return max(item.sizeHint().height(), item.minimumSize().height())
