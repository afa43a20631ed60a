"""Widgets whose words are fitted to the width they are given, so that they never ask for
more width than the screen has: a button whose words wrap, and a label of at most a few
lines that ends in "…" when its words need more (both through text_fit, the one place text
is fitted).

A QPushButton or an unwrapped QLabel asks for its whole text on one line: the console's
three actions side by side ("Acknowledge: on my way") at 200 % text, an attendant's name of
100 letters in its header, and a broker's long address in its status line each made the
console window wider than a 1280 or 1600 px screen. These ask for their widest word (the
button) or a few letters (the label); `text()` stays the words as written, also their
accessible name, and `shown()` the lines drawn (clip_check.clipped looks at those).
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStyle, QStyleOptionButton

from kiosk.ui.widgets.text_fit import fit, narrowest, record_cut, wrap

LABEL_LEAST = 12  # average letters a fitted label may be narrowed to


class _Fitted:
    """What both share: the words kept, the lines shown made again whenever the width or
    the font changes."""

    _words = ""

    def setText(self, text: str) -> None:
        self._words = text
        self.setAccessibleName(text)  # read as one phrase, not as the lines it is shown in
        self._refit()

    def text(self) -> str:
        return self._words

    def shown(self) -> str:
        return self._base().text(self)

    def _show(self, lines: list[str]) -> bool:
        shown = "\n".join(lines)
        if shown == self.shown():
            return False
        self._base().setText(self, shown)
        self.updateGeometry()
        return True

    def resizeEvent(self, event) -> None:
        self._base().resizeEvent(self, event)
        self._refit()

    def showEvent(self, event) -> None:
        self._base().showEvent(self, event)
        self._refit()

    def changeEvent(self, event) -> None:  # a new font (the theme's zoom) measures anew
        self._base().changeEvent(self, event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._refit()

    def _one_line(self) -> int:
        """Its widest line unwrapped: the words up to each line break they hold."""
        metrics = QFontMetrics(self.font())
        return max(map(metrics.horizontalAdvance, self._words.split("\n")))


class WrapButton(_Fitted, QPushButton):
    """A push button whose words wrap onto more lines when it is narrower than them."""

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        policy.setHeightForWidth(True)  # more lines when narrower
        self.setSizePolicy(policy)
        self.setText(text)

    @staticmethod
    def _base():
        return QPushButton

    def _refit(self) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.style().subElementRect(QStyle.SE_PushButtonContents, option, self).width()
        self._show(wrap(self.font(), self._words, max(1, room)) if self.isVisible()
                   else [self._words])

    def _chrome(self) -> int:
        """What the button adds around its widest line (padding, border, margins)."""
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(line) for line in self.shown().split("\n")),
                     default=0)
        return max(0, QPushButton.sizeHint(self).width() - widest)

    def heightForWidth(self, width: int) -> int:
        """Its height with its words wrapped to `width` (not to the width it has now)."""
        metrics = QFontMetrics(self.font())
        lines = wrap(self.font(), self._words, max(1, width - self._chrome())) or [""]
        option = QStyleOptionButton()
        self.initStyleOption(option)
        words = QSize(max(map(metrics.horizontalAdvance, lines)),
                      metrics.lineSpacing() * len(lines))
        size = self.style().sizeFromContents(QStyle.CT_PushButton, option, words, self)
        return max(size.height(), self.minimumHeight())

    def sizeHint(self):  # wide enough for one line when the window has the room
        width = self._one_line() + self._chrome()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self):
        width = narrowest(self.font(), self._words) + self._chrome()
        return QSize(width, self.heightForWidth(width))


class FitLabel(_Fitted, QLabel):
    """A label of at most `max_lines` lines at its width. Given shorter ways to say the same
    (`set_texts`), it shows the fullest that fits whole; the last ends in "…" only when even
    the shortest needs more (the cut counted and logged, text_fit.fit). Its tooltip then
    holds the words whole."""

    _shorter: list[str] = []  # the shorter ways to say `_words`, shortest last

    def __init__(self, max_lines: int = 2, role: str = "", parent=None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        if role:
            self.setProperty("role", role)
        self.setTextFormat(Qt.PlainText)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)

    @staticmethod
    def _base():
        return QLabel

    def setText(self, text: str) -> None:
        self.set_texts([text])

    def set_texts(self, texts: list[str]) -> None:
        """`texts[0]` (also the accessible name), or where it does not fit whole, the first
        of the shorter ones after it that does."""
        self._shorter = list(texts[1:])
        _Fitted.setText(self, texts[0])

    def _refit(self) -> None:
        room = max(1, self.contentsRect().width())
        for words in [self._words] + self._shorter:
            lines = fit(self.font(), words, room, self.max_lines, count=False) \
                if self.isVisible() else [words]
            cut = bool(lines) and lines[-1].endswith("…") and not words.endswith("…")
            if not cut:
                break
        if self._show(lines) and cut:
            record_cut(words, room)
        self.setToolTip(self._words if words != self._words or cut else "")

    def sizeHint(self):
        hint = QLabel.sizeHint(self)
        margins = self.contentsMargins()
        hint.setWidth(self._one_line() + margins.left() + margins.right())
        return hint

    def minimumSizeHint(self):
        hint = QLabel.minimumSizeHint(self)
        least = QFontMetrics(self.font()).averageCharWidth() * LABEL_LEAST
        margins = self.contentsMargins()
        hint.setWidth(min(self._one_line(), least) + margins.left() + margins.right())
        return hint
