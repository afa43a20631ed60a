"""The visit: language and magnification chosen by the visitor, reset when they leave."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.strings import tr
from .theme import Theme


class Session(QObject):
    language_changed = Signal(str)
    reset_requested = Signal()  # the visit ended (idle or "start over"): screens clear input

    def __init__(self, theme: Theme, default_language: str = "ko", parent=None):
        super().__init__(parent)
        self.theme = theme
        self.default_language = default_language
        self.language = default_language

    def tr(self, key: str, **values) -> str:
        return tr(key, self.language, **values)

    def set_language(self, lang: str) -> None:
        if lang != self.language:
            self.language = lang
            self.language_changed.emit(lang)

    def toggle_language(self) -> None:
        self.set_language("en" if self.language == "ko" else "ko")

    def reset(self) -> None:
        """Back to how a new visitor finds the kiosk."""
        self.set_language(self.default_language)
        self.theme.set_zoom(1.0)
        self.reset_requested.emit()
