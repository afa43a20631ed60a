"""Small building blocks shared by the screens: styled labels and buttons, kinetic scrolling."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def label(text: str = "", role: str = "", wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.PlainText)
    return widget


def button(text: str = "", role: str = "", name: str = "", parent: QWidget | None = None) -> QPushButton:
    widget = QPushButton(text, parent)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    widget.setFocusPolicy(Qt.StrongFocus)
    widget.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
    return widget


def set_accessible(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


def kinetic(view: QAbstractItemView | QScrollArea) -> None:
    """Flick to scroll with one finger (or a mouse drag), as visitors expect of a touchscreen."""
    if isinstance(view, QAbstractItemView):
        view.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
    QScroller.grabGesture(view.viewport(), QScroller.LeftMouseButtonGesture)


def scroll_area(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    kinetic(area)
    return area


def clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()  # gone from the screen now, not at the next event loop turn
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


class Tile(QPushButton):
    """A large button with a title and a smaller line under it."""

    def __init__(self, role: str = "tile", name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", role)
        if name:
            self.setObjectName(name)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.heading = label(role=f"{role}-title")
        self.subtitle = label(role=f"{role}-sub")
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(self.heading)
        box.addWidget(self.subtitle)
        box.addStretch(1)
        for child in (self.heading, self.subtitle):
            child.setAttribute(Qt.WA_TransparentForMouseEvents, True)

    def set_texts(self, heading: str, subtitle: str) -> None:
        self.heading.setText(heading)
        self.subtitle.setText(subtitle)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(subtitle)

    def set_padding(self, horizontal: int, vertical: int) -> None:
        self.layout().setContentsMargins(horizontal, vertical, horizontal, vertical)

    def sizeHint(self):
        return self.layout().sizeHint()

    def minimumSizeHint(self):
        return self.layout().minimumSize()
