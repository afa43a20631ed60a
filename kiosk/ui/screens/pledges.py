"""The service charter's pledges, under their sections' headings, numbered as the charter
prints them."""
from __future__ import annotations

from kiosk.ui.screens.scrolled_page import ScrolledPage
from kiosk.ui.widgets.basic import label


class PledgesPage(ScrolledPage):
    SPACING = 14

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.rebuild()

    def title(self) -> str:
        return self.ctx.session.tr("pledges.title")

    def fill(self) -> None:
        lang = self.ctx.session.language
        section, number = None, 0
        for pledge in self.ctx.directory.pledges:
            if pledge.section.get(lang) != section:
                section, number = pledge.section.get(lang), 0
                if section:
                    self.content.addWidget(label(section, "heading"))
            number += 1
            self.content.addWidget(label(f"{number}. {pledge.text.get(lang)}", "fact"))
        if not self.ctx.directory.pledges:
            self.content.addWidget(label(self.ctx.session.tr("pledges.none"), "fact"))
