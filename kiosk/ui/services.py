"""Services: every service window of the building (library cards, certificates, programs…)."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from .answer_list import AnswerListModel, answer_view


class ServicesPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = AnswerListModel(ctx, self)
        self.model.set_items(("services", s.id, "") for s in ctx.directory.services)
        self.list = answer_view(ctx, self.model)
        self.list.setObjectName("ServiceList")
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.list, 1)
        ctx.theme.changed.connect(self.relayout)
        self.relayout()

    def title(self) -> str:
        return self.ctx.session.tr("services.title")

    def relayout(self) -> None:
        px = self.ctx.theme.px
        self._layout.setContentsMargins(px(40), px(20), px(40), px(20))

    def retranslate(self) -> None:
        pass  # the list model follows the language by itself
