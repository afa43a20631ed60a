"""The floors' directory: every floor with what is on it, a tap to its screen (floors.py)."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.widgets.basic import Tile, scroll_area
from kiosk.ui.widgets.fold_gap import FoldGap
from kiosk.ui.widgets.scroll_strip import more_below


class FloorsPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.floors = ctx.directory.floors_top_down()
        content = QWidget()
        self.rows = QVBoxLayout(content)
        self.tiles = []
        for floor in self.floors:
            tile = Tile(role="rowtile", name=f"Floor-{floor.id}")
            tile.clicked.connect(lambda _=False, f=floor.id: ctx.navigate(("floor", f)))
            self.rows.addWidget(tile)
            self.tiles.append(tile)
        self.rows.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = scroll_area(content)
        more_below(self.scroll, ctx)  # the floors under the fold: the visitor's own, 1F
        outer.addWidget(self.scroll)
        # A floor the view cannot show whole starts under its fold (magnified, portrait).
        self.fold = FoldGap(content, self._clear_fold, self._clear_fold)
        ctx.theme.changed.connect(self.relayout)
        self.relayout()
        self.retranslate()

    def title(self) -> str:
        return self.ctx.session.tr("floors.title")

    def _clear_fold(self) -> None:
        self.fold.clear([self.rows], self.scroll.viewport().height(),
                        self.ctx.theme.px(16))

    def relayout(self) -> None:
        theme = self.ctx.theme
        px = theme.px
        self.fold.remove()
        self.rows.setContentsMargins(px(40), px(24), px(40), px(24))
        self.rows.setSpacing(px(18))
        for i, tile in enumerate(self.tiles):
            tile.set_padding(px(28), px(18))
            # A portrait screen's height is shared by the floors, not left empty under them.
            self.rows.setStretch(i, 1 if theme.portrait else 0)
        self.rows.setStretch(len(self.tiles), 0 if theme.portrait else 1)

    def retranslate(self) -> None:
        lang = self.ctx.session.language
        for tile, floor in zip(self.tiles, self.floors):
            tile.set_texts(floor.name.get(lang), floor.summary.get(lang))
