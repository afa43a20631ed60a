"""The kiosk window: a header (back, title, home, language), the current screen, and a footer
with the permanent places for accessibility and help.

Screens are built the first time a visitor opens them, so the home screen paints fast.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QScrollArea, QSizePolicy, QStackedWidget,
                               QVBoxLayout, QWidget)

from ..core.directory import Directory
from ..core.model import Kiosk
from .session import Session
from .theme import Theme
from .widgets import WrapBar, button, label, set_accessible

Route = tuple


@dataclass
class Context:
    """What every screen may use; built once by the composition root."""

    directory: Directory
    session: Session
    theme: Theme
    kiosk: Kiosk | None
    search_index: Callable  # () -> SearchIndex, built on first use
    navigate: Callable[[Route], None] = lambda route: None
    desk_phone: str = ""


class KioskWindow(QWidget):
    page_shown = Signal(object)  # the route now on screen

    def __init__(self, ctx: Context, factories: dict[str, Callable], parent=None):
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.ctx = ctx
        ctx.navigate = self.navigate
        self._factories = factories
        self._pages: dict[str, QWidget] = {}
        self._holders: dict[str, QScrollArea] = {}
        self._history: list[Route] = []
        self.route: Route = ()
        session = ctx.session

        self.back_button = button(role="chrome", name="BackButton")
        self.home_button = button(role="chrome", name="HomeButton")
        self.lang_button = button(role="chrome", name="LanguageButton")
        self.title = label(role="", wrap=True)
        # A long title wraps onto a second line rather than widening the window.
        self.title.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.header = WrapBar("Header")
        self.header.add(self.back_button)
        self.header.add(self.title, 1, min_width=1)
        self.header.add(self.home_button)
        self.header.add(self.lang_button)

        self.stack = QStackedWidget()

        self.access_button = button(role="chrome", name="AccessButton")
        self.here_label = label(wrap=True)
        self.help_button = button(role="help", name="HelpButton")
        self.footer = WrapBar("Footer")
        self.footer.add(self.access_button, 1)
        self.footer.add(self.here_label, 2, min_width=1)
        self.footer.add(self.help_button, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.footer)

        self.back_button.clicked.connect(self.back)
        self.home_button.clicked.connect(lambda: self.navigate(("home",)))
        self.lang_button.clicked.connect(session.toggle_language)
        self.access_button.clicked.connect(self._toggle_zoom)
        session.language_changed.connect(self.retranslate)
        session.reset_requested.connect(lambda: self.navigate(("home",)))
        ctx.theme.changed.connect(self.restyle)
        self.restyle()
        self.navigate(("home",))

    # -- navigation -------------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        if name not in self._pages:
            page = self._factories[name](self.ctx)
            self._pages[name] = page
            # Magnified, a screen taller than the window scrolls; the window never grows.
            holder = QScrollArea(widgetResizable=True, frameShape=QFrame.NoFrame)
            holder.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            holder.setWidget(page)
            self._holders[name] = holder
            self.stack.addWidget(holder)
        return self._pages[name]

    def current_page(self) -> QWidget | None:
        return self._pages.get(self.route[0]) if self.route else None

    def navigate(self, route: Route, push: bool = True) -> None:
        name, *args = route
        if name == "home":
            self._history.clear()
        elif push and self.route and self.route != route:
            self._history.append(self.route)
        page = self.page(name)
        if hasattr(page, "open"):
            page.open(*args)
        self.route = tuple(route)
        self.stack.setCurrentWidget(self._holders[name])
        self.retranslate_chrome()
        self.page_shown.emit(self.route)

    def back(self) -> None:
        self.navigate(self._history.pop() if self._history else ("home",), push=False)

    # -- language and look ----------------------------------------------------------------
    def retranslate(self) -> None:
        for page in self._pages.values():
            page.retranslate()
        self.retranslate_chrome()

    def retranslate_chrome(self) -> None:
        s = self.ctx.session
        page = self.current_page()
        self.title.setText(page.title() if page is not None else "")
        at_home = self.route[:1] == ("home",)
        self.back_button.setVisible(not at_home)
        self.home_button.setVisible(not at_home)
        self.back_button.setText("‹ " + s.tr("nav.back"))
        self.home_button.setText(s.tr("nav.home"))
        self.lang_button.setText(s.tr("lang.switch"))
        set_accessible(self.lang_button, s.tr("lang.switch.name"))
        zoomed = self.ctx.theme.zoom > 1.0
        self.access_button.setText(s.tr("access.button.on" if zoomed else "access.button"))
        self.help_button.setText(s.tr("help.button"))
        self.arrange_bars()
        kiosk = self.ctx.kiosk
        if kiosk is not None:
            floor = self.ctx.directory.floor(kiosk.floor)
            self.here_label.setText(f"{s.tr('you_are_here')}: {floor.name.get(s.language)} · "
                                    f"{kiosk.name.get(s.language)}")

    def restyle(self) -> None:
        theme = self.ctx.theme
        self.setStyleSheet(theme.stylesheet())
        self.here_label.setStyleSheet(f"color: {theme.palette.primary_text};"
                                      f"font-size: {theme.px(26)}px;")
        self.retranslate_chrome()

    def arrange_bars(self) -> None:
        """Header and footer in one row each, or wrapped when the screen is too narrow."""
        theme = self.ctx.theme
        self.header.set_min_width(self.title, theme.px(260))
        self.footer.set_min_width(self.here_label, theme.px(300))
        for bar in (self.header, self.footer):
            bar.arrange(self.width(), theme.px(16), theme.px(16))

    def _toggle_zoom(self) -> None:
        theme = self.ctx.theme
        theme.set_zoom(1.0 if theme.zoom > 1.0 else 1.5)

    def resizeEvent(self, event) -> None:
        self.ctx.theme.set_screen(event.size().width(), event.size().height())
        self.arrange_bars()
        super().resizeEvent(event)
