"""The visitor's "▼ More below" over a scroll area of a screen or a dialog (see more_below.py),
in the visitor's language, laid over it once the area first scrolls: most areas never do, and
a strip follows every widget of what it holds. A module of its own: more_below.py imports the
item views, whose Python enums PySide6 would build before home's first frame, which scrolls in
no area that has a strip."""
from __future__ import annotations

from PySide6.QtWidgets import QScrollArea


def more_below(area: QScrollArea, ctx) -> None:
    made: list = []

    def scrolls(_low: int, high: int) -> None:
        if high > 0 and not made:
            from kiosk.ui.widgets.more_below import MoreBelow

            made.append(MoreBelow(area, ctx.theme, lambda: ctx.session.tr("more_below")))
            made[0].follow()

    area.verticalScrollBar().rangeChanged.connect(scrolls)
