"""A bar of controls that wraps onto more rows rather than widening the window: the kiosk's
header and footer, and the staff screen's header and actions.

Apart from the small building blocks (basic.py) because it is a layout of its own, measured
anew at every arrangement: which controls fit a row, which optional ones are left out.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.layout_parts import clear_layout, forget_sizes


class WrapBar(QWidget):
    """A bar of controls that wraps onto more rows when the screen is too narrow for one row,
    as happens magnified on a portrait screen, instead of widening the window."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAttribute(Qt.WA_StyledBackground, True)
        self._items: list[tuple[QWidget, int, int]] = []  # widget, stretch, minimum width
        self._optional: set[QWidget] = set()  # left out rather than starting a new row
        self._rows = QVBoxLayout(self)

    def add(self, widget: QWidget, stretch: int = 0, min_width: int = 0,
            optional: bool = False) -> None:
        widget.setParent(self)
        self._items.append((widget, stretch, min_width))
        if optional:
            self._optional.add(widget)

    def set_optional(self, widget: QWidget, optional: bool) -> None:
        if optional:
            self._optional.add(widget)
        else:
            self._optional.discard(widget)
            widget.setVisible(True)

    def set_order(self, widgets: list[QWidget]) -> None:
        """The controls in this order (those not named keep theirs, after them)."""
        rank = {w: i for i, w in enumerate(widgets)}
        self._items.sort(key=lambda item: rank.get(item[0], len(rank)))

    def set_min_width(self, widget: QWidget, min_width: int) -> None:
        self._items = [(w, s, min_width if w is widget else m) for w, s, m in self._items]

    def arrange(self, width: int, spacing: int, margin: int) -> None:
        self._rows.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._rows.setSpacing(spacing)
        available = width - 2 * margin

        def need(widget, min_width):
            # Measured now, not as last laid out: a control's layout keeps the size its words
            # had before a new text size until the event loop turns (home, the first screen,
            # had its footer arranged with the help button's 100 % words).
            if widget.layout() is not None:
                forget_sizes(widget.layout())
            return max(min_width, widget.sizeHint().width() if not min_width else 0)

        # The controls that must show, in as few rows as fit ...
        rows: list[list[tuple[QWidget, int]]] = [[]]
        used = [0]
        for widget, stretch, min_width in self._items:
            if widget in self._optional or widget.isHidden():
                continue
            if rows[-1] and used[-1] + spacing + need(widget, min_width) > available:
                rows.append([])
                used.append(0)
            rows[-1].append((widget, stretch))
            used[-1] += need(widget, min_width) + spacing
        # ... then the optional ones, only where a row still has room for them.
        for position, (widget, stretch, min_width) in enumerate(self._items):
            if widget not in self._optional:
                continue
            before = {w for w, _s, _m in self._items[:position]}
            row = max((i for i, r in enumerate(rows) if any(w in before for w, _ in r)),
                      default=0)
            fits = used[row] + spacing + need(widget, min_width) <= available
            widget.setVisible(fits)
            if fits:
                at = sum(1 for w, _ in rows[row] if w in before)
                rows[row].insert(at, (widget, stretch))
                used[row] += need(widget, min_width) + spacing
        clear_layout(self._rows, keep_widgets=True)
        for items in rows:
            row = QHBoxLayout()
            row.setSpacing(spacing)
            for widget, stretch in items:
                row.addWidget(widget, stretch)
            self._rows.addLayout(row)
