"""Service windows and contacts: the charter's table of services, each with its department,
person in charge, phone and fax, then the complaint windows (unkind service included)."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.widgets.basic import label
from kiosk.ui.widgets.window_list import WindowListModel, window_view


class ServiceTablesPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.intro = label(role="fact")
        self.empty = label(role="fact")
        self.model = WindowListModel(ctx, self)
        self.model.set_directory(ctx.directory)
        self.list = window_view(ctx, self.model)
        self.list.setObjectName("WindowList")
        self._layout = QVBoxLayout(self)
        for widget in (self.intro, self.empty):
            self._layout.addWidget(widget)
        self._layout.addWidget(self.list, 1)
        ctx.theme.changed.connect(self.relayout)
        self.relayout()
        self.retranslate()

    def title(self) -> str:
        return self.ctx.session.tr("tables.title")

    def relayout(self) -> None:
        touch = self.ctx.theme.touch  # by the screen: magnified words need the room
        self._layout.setContentsMargins(touch(40), touch(20), touch(40), touch(20))
        self._layout.setSpacing(touch(16))

    def retranslate(self) -> None:
        s = self.ctx.session
        self.intro.setText(s.tr("tables.intro"))
        none = not self.model.rowCount()
        self.empty.setText(s.tr("tables.none", phone=self.ctx.desk_phone) if none else "")
        self.empty.setVisible(none)
        self.list.setVisible(not none)
