"""The service charter's pledges, under their sections' headings, numbered as the charter
prints them."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.widgets.basic import clear_layout, label, scroll_area


class PledgesPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        content = QWidget()
        self.content = QVBoxLayout(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(content))
        ctx.theme.changed.connect(self.rebuild)
        self.rebuild()

    def title(self) -> str:
        return self.ctx.session.tr("pledges.title")

    def retranslate(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        touch, lang = self.ctx.theme.touch, self.ctx.session.language
        # Margins by the screen, not the text size: magnified words need the room.
        self.content.setContentsMargins(touch(48), touch(24), touch(48), touch(24))
        self.content.setSpacing(touch(14))
        clear_layout(self.content)
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
        self.content.addStretch(1)
