"""A card's colour as a broad stripe inside a tile's border, at its left, beside the words:
drawn on the tile, it never covers their first letters nor replaces the tile's border. A
colour too light to stand out from the page by itself (yellow) is drawn inside an edge that
does."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget


class Stripe(QWidget):
    def __init__(self, tile: QWidget):
        super().__init__(tile)
        self.setAttribute(Qt.WA_TransparentForMouseEvents, True)
        self.colour = QColor()
        self.edge, self.edge_width = QColor(), 0
        self.inset = 0
        self.radius = 0
        tile.installEventFilter(self)

    def set_look(self, colour: QColor, width: int, inset: int, radius: int,
                 edge: QColor | None = None, edge_width: int = 0) -> None:
        """`width` px wide, `inset` px inside the tile's edges (its border and a gap), in an
        `edge` of `edge_width` px if given."""
        self.colour, self.inset, self.radius = colour, inset, radius
        self.edge, self.edge_width = edge or QColor(), edge_width if edge is not None else 0
        self.setFixedWidth(width)
        self._follow()
        self.update()

    def room(self) -> int:
        """What the words must leave free at the tile's left."""
        return self.inset + self.width()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parent() and event.type() == QEvent.Resize:
            self._follow()
        return False

    def _follow(self) -> None:
        tile = self.parentWidget()
        self.setGeometry(self.inset, self.inset, self.width(),
                         max(0, tile.height() - 2 * self.inset))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        band = QRectF(self.rect())
        if self.edge_width:
            half = self.edge_width / 2
            painter.setPen(QPen(self.edge, self.edge_width))
            band.adjust(half, half, -half, -half)
        else:
            painter.setPen(Qt.NoPen)
        painter.setBrush(self.colour)
        painter.drawRoundedRect(band, self.radius, self.radius)
        painter.end()
