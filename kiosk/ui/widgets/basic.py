"""Small building blocks shared by the screens: styled labels and buttons, kinetic scrolling."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.widgets.text_fit import breakable_anywhere, narrowest, shrink_to_fit


class WrapLabel(QLabel):
    """Words that wrap, and may be made as narrow as their longest word: Qt's own guess of a
    wrapped label's least width keeps a paragraph wide, so at 200% a dialog's words pushed
    its content wider than the dialog, and their ends were cut."""

    _narrowest: tuple[str, str, int] = ("", "", 0)  # (text, font, width) last measured
    _text = ""

    def setText(self, text: str) -> None:
        """Shows `text` breakable inside a run too long for any line (text_fit.py); `text()`
        still gives it as written, for speech and tests."""
        self._text = text
        super().setText(breakable_anywhere(text))

    def text(self) -> str:
        return self._text

    def shown(self) -> str:
        """The text as laid out, with its added breaks."""
        return super().text()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        text, font = self.shown(), self.font().key()
        if self._narrowest[:2] != (text, font):  # layouts ask often: measured once
            self._narrowest = (text, font, narrowest(self.font(), text))
        margins = self.contentsMargins()
        return QSize(min(hint.width(), self._narrowest[2] + margins.left() + margins.right()
                         + 2 * self.margin()), hint.height())


def label(text: str = "", role: str = "", wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    widget = WrapLabel(parent) if wrap else QLabel(parent)
    widget.setText(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.PlainText)
    return widget


def button(text: str = "", role: str = "", name: str = "", parent: QWidget | None = None,
           kind: type[QPushButton] = QPushButton) -> QPushButton:
    """A visitor's button; `kind` a QPushButton of another sort (fitted_text.WrapButton)."""
    widget = kind(text, parent)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    # Keys and the keypad move focus; a finger does not, so no ring follows each touch.
    widget.setFocusPolicy(Qt.TabFocus)
    policy = widget.sizePolicy()  # its kind's height-for-width kept
    policy.setHorizontalPolicy(QSizePolicy.Expanding)
    policy.setVerticalPolicy(QSizePolicy.Preferred)
    widget.setSizePolicy(policy)
    return widget


def set_accessible(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


def kinetic(view: QAbstractScrollArea) -> Qt.GestureType:
    """Flick to scroll with one finger (or a mouse drag), as visitors expect of a touchscreen;
    returns the flick's gesture type. A list (a QAbstractItemView) then scrolls by pixels, not
    by rows. Its type is imported here: the home screen has no list, and PySide6 builds a Qt
    class's Python enums when the class is first imported (9 for QAbstractItemView, before the
    first frame)."""
    if not isinstance(view, QScrollArea):
        from PySide6.QtWidgets import QAbstractItemView

        view.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
    target = viewport(view)
    QScroller.scroller(target)  # what the flick moves: the gesture finds its target's own
    gesture = flick_gesture()
    target.grabGesture(gesture)
    return gesture


_flick: list = []  # [the object that registered the flick gesture, its gesture type]


def flick_gesture() -> Qt.GestureType:
    """The one flick gesture every kinetic view grabs. QScroller.grabGesture registers a new
    recognizer and gesture type at every call, and Qt keeps each one after its view is gone
    (and PySide6 a Python enum class for its number): 2.9 KB for every list or scroll area a
    visit built (docs/performance.md, soak). So it is registered once, by an object of its
    own; a flick recognizer makes each view's gesture for that view's own scroller, so one
    type serves them all. The object has no parent: PySide deletes it with the other objects
    Python owns, before the application. As the application's child it went after Qt's
    gesture manager, and letting go of its gesture then crashed the process on its way out."""
    if not _flick or not shiboken6.isValid(_flick[0]):
        owner = QObject()
        _flick[:] = [owner, QScroller.grabGesture(owner, QScroller.LeftMouseButtonGesture)]
    return _flick[1]


def viewport(view: QAbstractScrollArea) -> QWidget:
    """`view.viewport()`, found by the name Qt gives it. The first time PySide6 meets a
    widget Qt made through `viewport()` it builds the Python types of every QtWidgets class to
    learn what it is (~10 ms, 70 enums, once a run); `findChild` names the type it asks for,
    so the home screen's scroll area costs its first frame nothing."""
    found = view.findChild(QWidget, "qt_scrollarea_viewport", Qt.FindDirectChildrenOnly)
    return found if found is not None else view.viewport()


def scroll_area(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    # Keys stop at the controls inside; the area itself shows no ring and does nothing.
    area.setFocusPolicy(Qt.NoFocus)
    kinetic(area)
    return area


class PhoneLabel(QLabel):
    """A phone number in large type on one line: the number's digits never break, and its
    type is set smaller (not under 36 units) where the dialog is too narrow for it."""

    def __init__(self, theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = theme
        self._size = 0  # the type's size last set
        theme.changed.connect(self._refit)
        self.setProperty("role", "greeting")
        self.setTextFormat(Qt.PlainText)
        # As wide as the dialog lets it be, not as its digits at full size ask for.
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)

    def _fit(self) -> None:
        # Within one text and one look the type only gets smaller: a size that makes the
        # dialog scroll takes a scroll bar's width from the label, which must not make it
        # larger again (and the bar go, and the size grow, for ever).
        full = QFont(self.font())
        full.setPixelSize(self.theme.capped_px(64))
        size = shrink_to_fit(full, self.text(), self.contentsRect().width(),
                             self.theme.px(36)).pixelSize()
        if self._size == 0 or size < self._size:
            self._size = size
            sheet = f"font-size: {size}px;"
            if sheet != self.styleSheet():
                self.setStyleSheet(sheet)

    def _refit(self) -> None:  # another text size or screen
        self._size = 0
        self._fit()

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self._refit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()


class Tile(QPushButton):
    """A large button with a title and a smaller line under it."""

    def __init__(self, role: str = "tile", name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", role)
        if name:
            self.setObjectName(name)
        self.setFocusPolicy(Qt.TabFocus)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.heading = label(role=f"{role}-title")
        self.subtitle = label(role=f"{role}-sub")
        # A pictogram before the words, made by the first set_icon: most tiles never have one.
        self.icon: QLabel | None = None
        self._head = QHBoxLayout()  # the title, and a pictogram put beside it alone
        self._head.setSpacing(0)
        self._head.addWidget(self.heading, 1)
        words = QVBoxLayout()
        words.addStretch(1)
        words.addLayout(self._head)
        words.addWidget(self.subtitle)
        words.addStretch(1)
        box = QHBoxLayout(self)
        box.addLayout(words, 1)
        for child in (self.heading, self.subtitle):
            child.setAttribute(Qt.WA_TransparentForMouseEvents, True)

    def set_texts(self, heading: str, subtitle: str = "") -> None:
        self.heading.setText(heading)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        # Speech reads the words, without the marks where a line may break (text_fit.breakable)
        self.setAccessibleName(heading.replace("\u200b", ""))
        self.setAccessibleDescription(subtitle.replace("\u200b", ""))

    def set_icon(self, pixmap, gap: int = 0, by_title: bool = False) -> None:
        """A pictogram before the words (home's ways in), `gap` pixels clear of them (a margin
        of its own: the layout's spacing would reach the words' lines too); `by_title`: before
        the title alone, the line under it the tile's whole width."""
        if self.icon is None:
            self.icon = QLabel(self)
            self.icon.setAttribute(Qt.WA_TransparentForMouseEvents, True)
        place = self._head if by_title else self.layout()
        if place.indexOf(self.icon) < 0:
            (self.layout() if by_title else self._head).removeWidget(self.icon)
            place.insertWidget(0, self.icon, 0, Qt.AlignVCenter)
        self.icon.setPixmap(pixmap)
        self.icon.setContentsMargins(0, 0, gap, 0)
        self.icon.setFixedSize(pixmap.width() + gap, pixmap.height())
        self.icon.show()

    def icon_room(self) -> int:
        """The width the pictogram takes before the words it stands by (0 without one)."""
        if self.icon is None or self.icon.isHidden():
            return 0
        by_title = self._head.indexOf(self.icon) >= 0
        return self.icon.width() + (0 if by_title else max(0, self.layout().spacing()))

    def set_padding(self, horizontal: int, vertical: int) -> None:
        self.layout().setContentsMargins(horizontal, vertical, horizontal, vertical)

    def sizeHint(self):
        return self.layout().sizeHint()

    def minimumSizeHint(self):
        return self.layout().minimumSize()
