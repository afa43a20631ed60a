"""Home: the charter's greeting, four large ways in (floors, people, search, services) and,
under them, the green and yellow cards (screens/feedback.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.basic import Tile, label, scroll_area

TILES = (  # (route, title key, subtitle key)
    (("floors",), "home.floors", "home.floors.sub"),
    (("people",), "home.people", "home.people.sub"),
    (("search",), "home.search", "home.search.sub"),
    (("services",), "home.services", "home.services.sub"),
)


class HomePage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.greeting = label(role="greeting")
        self.greeting.setAlignment(Qt.AlignCenter)
        self.building = label(role="muted")
        self.building.setAlignment(Qt.AlignCenter)
        self.note = label(role="muted")
        self.note.setAlignment(Qt.AlignCenter)
        self.tiles = []
        self.grid = QGridLayout()
        for route, _title, _sub in TILES:
            tile = Tile(role="tile", name=f"Tile-{route[0]}")
            tile.clicked.connect(lambda _=False, r=route: ctx.navigate(r))
            self.tiles.append(tile)
        self.feedback = Tile(role="rowtile", name="Tile-feedback")
        self.feedback.clicked.connect(lambda: ctx.navigate(("feedback",)))
        content = QWidget()
        self.layout_ = QVBoxLayout(content)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.greeting)
        self.layout_.addWidget(self.building)
        self.layout_.addStretch(1)
        self.layout_.addLayout(self.grid, 4)
        self.layout_.addWidget(self.note)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(content))  # magnified, the tiles scroll instead of shrink
        ctx.theme.changed.connect(self.relayout)
        self.relayout()
        self.retranslate()

    def title(self) -> str:
        return self.ctx.session.tr("app.title")

    def relayout(self) -> None:
        theme = self.ctx.theme
        columns = 1 if theme.portrait or theme.zoom > 1.0 else 2
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
            tile.set_padding(theme.px(36), theme.px(20))
        self.grid.addWidget(self.feedback, len(self.tiles) // columns + 1, 0, 1, columns)
        self.feedback.set_padding(theme.px(36), theme.px(12))
        gap = theme.px(28)
        self.grid.setSpacing(gap)
        self.layout_.setContentsMargins(gap * 2, gap, gap * 2, gap)
        self.layout_.setSpacing(gap // 2)

    def retranslate(self) -> None:
        s = self.ctx.session
        lang = s.language
        self.greeting.setText(s.tr("home.greeting"))
        building = self.ctx.directory.building
        self.building.setText(building.name.get(lang))
        self.note.setText(building.sample_note.get(lang))
        for tile, (_route, title, sub) in zip(self.tiles, TILES):
            tile.set_texts(s.tr(title), s.tr(sub))
        self.feedback.set_texts(s.tr("home.feedback"), s.tr("home.feedback.sub"))
