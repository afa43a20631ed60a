"""The kept versions of the directory (the last 5), newest first: tap one to go back to it.
The version in use is shown but cannot be chosen. Everything scrolls, Back included: with
magnified text five versions are taller than the screen."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.widgets.basic import Tile, button, clear_layout, label, scroll_area


class VersionsPanel(QWidget):
    chosen = Signal(object)  # the VersionInfo to roll back to

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.items: list = []
        self.heading = label(role="heading")
        self.none = label(role="muted")
        self.rows = QVBoxLayout()
        self.back = button(name="VersionsBack")
        content = QWidget(objectName="VersionsContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.none)
        layout.addLayout(self.rows)
        layout.addStretch(1)
        layout.addWidget(self.back)
        self.layout_ = layout
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(content))

    def set_versions(self, versions) -> None:
        self.items = sorted(versions, key=lambda v: v.number, reverse=True)
        self.retranslate()

    def describe(self, version) -> tuple[str, str]:
        """(which version, when and how many staff): a row's two lines, each wrapping."""
        s = self.ctx.session
        try:
            when = datetime.fromisoformat(version.saved_at).astimezone()
            stamp = when.strftime("%Y-%m-%d %H:%M")
        except ValueError:
            stamp = version.saved_at
        title = s.tr("staff.versions.number", number=version.number)
        if version.current:
            title = f"{title} · {s.tr('staff.versions.current')}"
        return title, s.tr("staff.versions.detail", when=stamp,
                           staff=version.counts.get("staff", 0))

    def retranslate(self) -> None:
        s, px = self.ctx.session, self.ctx.theme.px
        self.heading.setText(s.tr("staff.versions.title"))
        self.back.setText(s.tr("staff.versions.back"))
        earlier = [v for v in self.items if not v.current]
        self.none.setText(s.tr("staff.versions.none"))
        self.none.setVisible(not earlier)
        clear_layout(self.rows)
        self.layout_.setSpacing(px(14))
        self.rows.setSpacing(px(12))
        for version in self.items:
            row = Tile(role="rowtile", name=f"Version-{version.number}")
            row.set_texts(*self.describe(version))
            row.set_padding(px(28), px(12))
            row.setEnabled(not version.current)
            row.clicked.connect(lambda _=False, v=version: self.chosen.emit(v))
            self.rows.addWidget(row)
