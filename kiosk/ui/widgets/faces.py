"""The survey's five faces: a large button with a drawn face (no emoji font needed) and its
meaning in words under it (beside it where the room is short), so neither colour nor the
drawing alone says what it means."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
)

from kiosk.ui.widgets.basic import label


def face_pixmap(score: int, side: int, colour: QColor, ratio: float = 1.0) -> QPixmap:
    """A round face: its mouth curves down for 1, is straight for 3, smiles for 5."""
    pixmap = QPixmap(round(side * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    stroke = max(2.0, side / 14)
    painter.setPen(QPen(colour, stroke, Qt.SolidLine, Qt.RoundCap))
    inset = stroke
    painter.drawEllipse(QRectF(inset, inset, side - 2 * inset, side - 2 * inset))
    painter.setBrush(colour)
    eye = side / 14
    for x in (side * 0.36, side * 0.64):
        painter.drawEllipse(QPointF(x, side * 0.4), eye, eye)
    painter.setBrush(Qt.NoBrush)
    bend = (score - 3) / 2 * side * 0.16  # >0: a smile
    mouth = QPainterPath(QPointF(side * 0.3, side * 0.66 - bend / 2))
    mouth.quadTo(QPointF(side * 0.5, side * 0.66 + bend * 1.5),
                 QPointF(side * 0.7, side * 0.66 - bend / 2))
    painter.drawPath(mouth)
    painter.end()
    return pixmap


class FaceButton(QPushButton):
    def __init__(self, score: int, name: str = "", parent=None):
        super().__init__(parent)
        self.score = score
        self.setProperty("role", "row")
        # Its layout's margins pad its drawing and words: a row's padding on top of them made
        # each face taller than its words, and faces on three rows pushed the reasons away.
        self.setProperty("face", True)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.TabFocus)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.face = QLabel(alignment=Qt.AlignCenter)
        self.words = label(role="face-words")
        self.words.setAlignment(Qt.AlignCenter)
        # Stretches around the drawing and words: they keep their own sizes and stay in the
        # middle, over each other or side by side.
        box = QVBoxLayout(self)
        for item in (None, self.face, self.words, None):
            if item is None:
                box.addSpacerItem(QSpacerItem(0, 0, QSizePolicy.Expanding, QSizePolicy.Expanding))
            else:
                box.addWidget(item)
        for child in (self.face, self.words):
            child.setAttribute(Qt.WA_TransparentForMouseEvents, True)

    def set_words(self, text: str) -> None:
        self.words.setText(text)
        self.setAccessibleName(text)

    def set_look(self, side: int, colour: QColor, padding: int) -> None:
        self.face.setPixmap(face_pixmap(self.score, side, colour, self.devicePixelRatioF()))
        self.layout().setContentsMargins(padding, padding, padding, padding)

    def set_beside(self, beside: bool) -> None:
        """The drawing beside its words (a short row), or over them; beside, the two side by
        side in the middle (the stretches around them take what is left), a sixth of the
        drawing apart."""
        self.layout().setDirection(QBoxLayout.LeftToRight if beside else QBoxLayout.TopToBottom)
        gap = self.face.pixmap().width() // 6 if beside and self.face.pixmap() else 0
        self.face.setContentsMargins(0, 0, round(gap / self.devicePixelRatioF()), 0)

    def beside_width(self) -> int:
        """The width the drawing takes beside the words (0 over them)."""
        if self.layout().direction() != QBoxLayout.LeftToRight or not self.face.isVisibleTo(self):
            return 0
        return self.face.sizeHint().width() + 2 * max(0, self.layout().spacing())

    def sizeHint(self):
        return self.layout().sizeHint()

    def minimumSizeHint(self):
        return self.layout().minimumSize()
