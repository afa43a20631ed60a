"""A page of text that is built again whole: the charter's pledges, the notices. Its content
sits in a scroll area (magnified text may not fit), with margins by the screen, not the text
size, and is rebuilt when the look or the language changes."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.widgets.basic import scroll_area
from kiosk.ui.widgets.layout_parts import clear_layout
from kiosk.ui.widgets.scroll_strip import more_below


class ScrolledPage(QWidget):
    SPACING = 12  # between the page's blocks, before the theme's touch scale

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        content = QWidget()
        self.content = QVBoxLayout(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area = scroll_area(content)
        more_below(area, ctx)
        outer.addWidget(area)
        ctx.theme.changed.connect(self.rebuild)

    def retranslate(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        touch = self.ctx.theme.touch  # magnified words need the room the margins would take
        self.content.setContentsMargins(touch(48), touch(24), touch(48), touch(24))
        self.content.setSpacing(touch(self.SPACING))
        clear_layout(self.content)
        self.fill()  # each page's own: adds its widgets to self.content
        self.content.addStretch(1)
