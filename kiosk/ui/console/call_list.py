"""The console's two lists, one model and delegate pattern as ui/widgets/answer_list.py: the
open calls (large rows that flash while nobody answered) and today's closed calls (smaller rows with
their times). The delegates paint from the Call records; nothing per row ticks by itself:
the window's one timer moves `ctx.now` on and asks the models to repaint.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView

from kiosk.calls.call import Call, CallKey
from kiosk.calls.presence_message import Place
from kiosk.directory.strings import tr
from kiosk.ui.console import rows
from kiosk.ui.console.call_row import CALL_ROLE, ClosedCallDelegate
from kiosk.ui.console.open_call_row import OpenCallDelegate
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.touch_list import RowsFollowWidth, TouchList


DESK_ZOOM = 0.8  # the kiosk's sizes are for arm's length; a desk monitor is read closer
LARGE_TEXT = 1.2 * DESK_ZOOM  # from 150 % on, the console's layout for large text


def large_text(theme: Theme) -> bool:
    """150 % and more: compact rows and bars, emphasis by weight rather than size."""
    return theme.zoom >= LARGE_TEXT - 1e-9


@dataclass
class ConsoleContext:
    """What the lists paint with; the window owns it and moves `now` and `flash_on` on."""

    theme: Theme
    language: str = "ko"
    now: float = field(default_factory=time.time)
    flash_on: bool = True  # the highlight phase of rows nobody answered yet
    places: dict[str, Place] = field(default_factory=dict)  # kiosk id -> its name and floor
    ticks: float = 0.0  # now on the transport's monotonic clock (ConsoleAlerts.ticks)
    opened: dict[CallKey, float] = field(default_factory=dict)  # raised, on that clock
    open_calls: list[Call] = field(default_factory=list)  # every open call (rows.need_line)

    @property
    def large(self) -> bool:
        return large_text(self.theme)

    def open_for(self, key: CallKey) -> float | None:
        """Seconds since the call (kiosk, id) was raised, measured by this console (None:
        unknown)."""
        start = self.opened.get(key)
        return None if start is None else self.ticks - start


class CallListModel(QAbstractListModel):
    """Rows are Call records, in the order given (see rows.open_calls / rows.closed_today)."""

    def __init__(self, ctx: ConsoleContext, closed: bool = False, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.closed = closed
        self.calls: list[Call] = []

    def set_calls(self, calls: list[Call]) -> None:
        if [c.key for c in calls] == [c.key for c in self.calls]:
            # Same rows: the selection stays where it is; a row whose words changed (who is
            # on the way) may change its height.
            self.layoutAboutToBeChanged.emit()
            self.calls = list(calls)
            self.layoutChanged.emit()
            return
        self.beginResetModel()
        self.calls = list(calls)
        self.endResetModel()

    def repaint(self) -> None:
        """Every row again: the waiting times moved on, or the flash changed phase."""
        if self.calls:
            self.dataChanged.emit(self.index(0), self.index(len(self.calls) - 1))

    def row_of(self, key: CallKey) -> int:
        """The row of the call (kiosk, id); -1 when none."""
        return next((i for i, c in enumerate(self.calls) if c.key == key), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.calls)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.calls):
            return None
        call, ctx = self.calls[index.row()], self.ctx
        if role == CALL_ROLE:
            return call
        if role == Qt.DisplayRole:
            return rows.kiosk_label(call.kiosk, ctx.places, ctx.language)
        if role == Qt.AccessibleTextRole:
            if self.closed:
                return rows.describe_closed(call, ctx.now, ctx.language, ctx.places)
            return rows.describe_open(call, ctx.now, ctx.language, ctx.places,
                                      ctx.open_for(call.key), ctx.open_calls)
        return None


class CallView(RowsFollowWidth, TouchList):
    """An open call's row is as tall as its words wrapped at the list's width. A row taller
    than the list (large text on a small screen) scrolls by the pixel: the window is never
    made taller than the desk's screen for it. The lists in the side panels, which scroll,
    are never shorter than their tallest row (TouchList): the messages' showed its one row
    sliced through its due time ("⚠ OVERDUE by 1 day" and half a line). A row the list's
    bottom edge would slice lies under the strip that says how many more lie below."""


def call_view(ctx: ConsoleContext, model: CallListModel, name: str,
              selectable: bool) -> QListView:
    view = CallView()
    view.strip = (ctx.theme, lambda below: tr("console.more_below", ctx.language, n=below))
    view.keep_rows_whole(not selectable)  # the open calls' list sets its own least height
    view.setObjectName(name)
    view.setModel(model)
    delegate = ClosedCallDelegate(ctx, view) if model.closed else OpenCallDelegate(ctx, view)
    view.setItemDelegate(delegate)
    view.setUniformItemSizes(False)  # rows as tall as their words wrapped at the width
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    # The open calls scroll by whole rows: none sliced at the top either.
    view.setVerticalScrollMode(QAbstractItemView.ScrollPerItem if selectable
                               else QAbstractItemView.ScrollPerPixel)
    view.setSelectionMode(QAbstractItemView.SingleSelection if selectable
                          else QAbstractItemView.NoSelection)
    view.setFocusPolicy(Qt.StrongFocus if selectable else Qt.NoFocus)
    view.setSpacing(ctx.theme.px(3))
    return view
