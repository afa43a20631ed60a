"""Services: every service window of the building (library cards, certificates, programmes…)."""
from __future__ import annotations

from kiosk.ui.widgets.answer_list import ListPage


class ServicesPage(ListPage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "ServiceList", parent=parent, way=True)
        self.model.set_items(("services", s.id, "") for s in ctx.directory.services)
        self.retranslate()

    def title(self) -> str:
        return self.ctx.session.tr("services.title")

    def retranslate(self) -> None:
        self.heading.setText(self.ctx.session.tr("services.choose"))
