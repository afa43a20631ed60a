"""The visit: language and accessibility profile chosen by the visitor, reset when they leave."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.directory.accessibility import DEFAULT, Profile
from kiosk.directory.strings import tr
from kiosk.ui.theme import HIGH_CONTRAST, NORMAL, Theme


class Session(QObject):
    language_changed = Signal(str)
    profile_changed = Signal(object)  # the new Profile
    reset_requested = Signal()  # the visit ended (idle or "start over"): screens clear input

    def __init__(self, theme: Theme, default_language: str = "ko", parent=None):
        super().__init__(parent)
        self.theme = theme
        self.default_language = default_language
        self.language = default_language
        self.profile: Profile = DEFAULT

    def tr(self, key: str, **values) -> str:
        return tr(key, self.language, **values)

    def set_language(self, lang: str) -> None:
        if lang != self.language:
            self.language = lang
            self.language_changed.emit(lang)

    def toggle_language(self) -> None:
        self.set_language("en" if self.language == "ko" else "ko")

    def set_profile(self, profile: Profile) -> None:
        if profile == self.profile:
            return
        self.profile = profile
        self.theme.set_look(profile.zoom, HIGH_CONTRAST if profile.high_contrast else NORMAL)
        self.profile_changed.emit(profile)

    @property
    def visit_in_progress(self) -> bool:
        return self.language != self.default_language or not self.profile.is_default

    def reset(self) -> None:
        """Back to how a new visitor finds the kiosk."""
        self.set_language(self.default_language)
        self.set_profile(DEFAULT)
        self.reset_requested.emit()
