"""The kiosk window: the header, the current screen and the footer (see ui/widgets/chrome.py),
moved into the visitor's reach in low-position mode, and read aloud when the visitor chose speech.

Screens are built the first time a visitor opens them, so the home screen paints fast.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.directory.accessibility import ScreenGeometry
from kiosk.directory.directory import Directory
from kiosk.directory.model import Kiosk
from kiosk.ui.services.reading import describe, read_screen
from kiosk.ui.services.session import Session
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.chrome import Chrome
from kiosk.ui.widgets.scroll_strip import more_below

Route = tuple


@dataclass
class Context:
    """What every screen may use; built once by the composition root."""

    directory: Directory
    session: Session
    theme: Theme
    kiosk: Kiosk | None
    search_index: Callable  # () -> SearchIndex, built on first use
    voice: object = None  # ui.voice.Voice
    geometry: ScreenGeometry = ScreenGeometry()
    navigate: Callable[[Route], None] = lambda route: None
    desk_phone: str = ""
    calls: object = None  # ui.call_service.CallService
    messages: object = None  # ui.services.message_service.MessageService
    wayfinder: Callable = lambda: None  # () -> wayfinding.wayfinder.Wayfinder, built on first use
    route_base_url: str = ""  # where the route screen's QR code points ("" : the steps as text)
    clock: Callable[[], datetime] = datetime.now  # local time: opening hours, events
    # (kind, record) -> None, raising OSError when it could not be kept (records.log.Records);
    # None: this kiosk keeps no records, and screens say so instead of pretending.
    keep_record: Callable | None = None
    retention_days: int = 7  # how long a visitor's contact is kept at most (consent screens)


def to_top(holder: QScrollArea) -> None:
    """A screen scrolled back to its top: its holder and every area that scrolls inside it
    (a card's own page, a list), so its name and first actions show."""
    for area in (holder, *holder.findChildren(QAbstractScrollArea)):
        area.verticalScrollBar().setValue(0)


class KioskWindow(QWidget):
    page_shown = Signal(object)  # the route now on screen

    def __init__(self, ctx: Context, factories: dict[str, Callable], parent=None):
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WA_StyledBackground, True)
        # The window holds focus until a key moves it: no focus ring greets a touch visitor.
        self.setFocusPolicy(Qt.ClickFocus)
        self.ctx = ctx
        ctx.navigate = self.navigate
        self._factories = factories
        self._pages: dict[str, QWidget] = {}
        self._holders: dict[str, QScrollArea] = {}
        self._history: list[Route] = []
        self._untranslated: set[str] = set()  # screens built before the last language switch
        self._opened: dict[str, tuple] = {}  # screen -> the item it last showed
        self.route: Route = ()
        self._access_panel = None
        self.make_access_panel: Callable = lambda: None
        self._help_overlay = None
        self.make_help_overlay: Callable = lambda: None
        session = ctx.session

        self.chrome = Chrome(ctx)
        for name in ("back_button", "home_button", "lang_button", "title", "access_button",
                     "low_button", "here_label", "help_button"):
            setattr(self, name, getattr(self.chrome, name))
        self.stack = QStackedWidget()
        # In low-position mode these gaps keep everything inside the visitor's reach.
        self.top_gap, self.bottom_gap = QWidget(), QWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget, stretch in ((self.top_gap, 0), (self.chrome.header, 0), (self.stack, 1),
                                (self.chrome.footer, 0), (self.bottom_gap, 0)):
            layout.addWidget(widget, stretch)

        self.back_button.clicked.connect(self.back)
        self.home_button.clicked.connect(lambda: self.navigate(("home",)))
        session.language_changed.connect(self.retranslate)
        session.profile_changed.connect(self._profile_changed)
        session.reset_requested.connect(self._visit_ended)
        ctx.voice.state_changed.connect(self.retranslate_chrome)
        ctx.calls.changed.connect(self.retranslate_chrome)
        ctx.theme.changed.connect(self.restyle)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.restyle()
        self.apply_reach()
        self.navigate(("home",))

    # -- navigation -------------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        if name not in self._pages:
            page = self._factories[name](self.ctx)
            self._pages[name] = page
            if hasattr(page, "title_changed"):  # a title that changes while it shows
                page.title_changed.connect(self.retranslate_chrome)
            # Magnified, a screen taller than the window scrolls; the window never grows.
            holder = QScrollArea(widgetResizable=True, frameShape=QFrame.NoFrame)
            holder.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            holder.setFocusPolicy(Qt.NoFocus)  # it scrolls; it is no control to stop at
            holder.setWidget(page)
            more_below(holder, self.ctx)
            self._holders[name] = holder
            self.stack.addWidget(holder)
        return self._pages[name]

    def current_page(self) -> QWidget | None:
        return self._pages.get(self.route[0]) if self.route else None

    def navigate(self, route: Route, push: bool = True) -> None:
        name, *args = route
        if name == "home":
            self._history.clear()
        elif tuple(route) in self._history:
            # Coming back to a screen on the way: Back then goes where it went from there.
            del self._history[self._history.index(tuple(route)):]
        elif push and self.route and self.route != route:
            self._history.append(self.route)
        page = self.page(name)
        if name in self._untranslated:
            self._untranslated.discard(name)
            page.retranslate()
        if hasattr(page, "open"):
            page.open(*args)
        if self._opened.get(name, tuple(args)) != tuple(args):
            to_top(self._holders[name])  # a new item opens at its top, whatever came before
        self._opened[name] = tuple(args)
        self.route = tuple(route)
        leaving, holder = self.stack.currentWidget(), self._holders[name]
        if holder.parentWidget() is None:  # taken out at a restyle: styled as it comes back
            self.stack.addWidget(holder)
        if leaving is not None and leaving is not holder and leaving.isAncestorOf(
                QApplication.focusWidget()):
            # Hidden with focus, the old screen would pass it to the next control in the
            # chain, ringed as if keys had moved it; the keypad starts from the window too.
            self.setFocus()
        self.stack.setCurrentWidget(holder)
        self.retranslate_chrome()
        self.page_shown.emit(self.route)
        QTimer.singleShot(0, self.speak_screen)  # once the screen has its final layout

    def rebuild_pages(self) -> None:
        """Drop every screen built so far (they show the directory they were built from) and
        start at home: the next screens are built from the context as it is now."""
        for holder in self._holders.values():
            self.stack.removeWidget(holder)
            holder.hide()
            holder.deleteLater()  # also those out of the window since a restyle
        self._pages.clear()
        self._holders.clear()
        self._untranslated.clear()
        self._opened.clear()
        self._history.clear()
        self.route = ()
        self.navigate(("home",))

    def _visit_ended(self) -> None:
        for holder in self._holders.values():
            to_top(holder)
        self.navigate(("home",))
        self.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.setFocus()

    def back(self) -> None:
        self.navigate(self._history.pop() if self._history else ("home",), push=False)

    @property
    def access_panel(self):
        if self._access_panel is None:
            self._access_panel = self.make_access_panel()
        return self._access_panel

    @property
    def help_overlay(self):
        """The help dialog, built when first needed (the kiosk builds it once the home
        screen's first frame is on screen)."""
        if self._help_overlay is None:
            self._help_overlay = self.make_help_overlay()
        return self._help_overlay

    def help_visible(self) -> bool:
        return self._help_overlay is not None and self._help_overlay.isVisible()

    # -- speech ------------------------------------------------------------------------------
    def speak_screen(self) -> None:
        page = self.current_page()
        if page is not None and self.ctx.voice.on:
            self.ctx.voice.say(read_screen(page.title(), page))

    def _focus_changed(self, _old, new) -> None:
        if new is not None and self.isAncestorOf(new) and new.hasFocus():
            self.say_focus(new)

    def say_focus(self, widget: QWidget) -> None:
        """Name the focused control (a list: its current row), when speech is on."""
        if self.ctx.voice.on:  # else nothing is said: no need to describe it
            self.ctx.voice.say(describe(widget, self.ctx.session.language))

    # -- language and look ----------------------------------------------------------------
    def retranslate(self) -> None:
        """The screen on view speaks the new language at once; the others when next shown,
        so a language switch costs the same however many screens the visitor opened."""
        page = self.current_page()
        self._untranslated = set(self._pages) - {self.route[0] if self.route else ""}
        if page is not None:
            page.retranslate()
        self.retranslate_chrome()
        QTimer.singleShot(0, self.speak_screen)

    def retranslate_chrome(self) -> None:
        page = self.current_page()
        self.chrome.retranslate(page.title() if page is not None else "",
                                self.route[:1] == ("home",))
        # A window not yet shown at its size (being built) is arranged by its resizeEvent:
        # arranged now, at Qt's default 640 x 480, it was arranged twice for nothing.
        if not self.testAttribute(Qt.WA_PendingResizeEvent):
            self.chrome.arrange(self.width())

    def restyle(self) -> None:
        """A new text size or contrast. A window's style sheet re-polishes every widget under
        it, so the screens off view are taken out first and styled when next shown: the
        change costs the same however many screens the visitor opened."""
        current = self._holders.get(self.route[0]) if self.route else None
        for holder in self._holders.values():
            if holder is not current and holder.parentWidget() is not None:
                self.stack.removeWidget(holder)
                holder.setParent(None)  # out of the window: not re-polished now
        self.setStyleSheet(self.ctx.theme.stylesheet())
        self.chrome.restyle()
        self.retranslate_chrome()

    def _profile_changed(self, _profile) -> None:
        self.apply_reach()
        self.retranslate_chrome()

    def apply_reach(self) -> None:
        """Low position: leave empty what lies above 1,220 mm or below 400 mm from the floor."""
        top, bottom = 0, self.height()
        if self.ctx.session.profile.low_position:
            top, bottom = self.ctx.geometry.reach_band(self.width(), self.height())
        self.top_gap.setFixedHeight(top)
        self.bottom_gap.setFixedHeight(max(0, self.height() - bottom))
        self.chrome.offer_lowering(self.ctx.geometry.lowering_helps(self.width(), self.height()))

    def content_rect(self) -> QRect:
        """Where screens and dialogs may draw: all of the window, or the reach band."""
        top = self.top_gap.height()
        return QRect(0, top, self.width(), self.height() - top - self.bottom_gap.height())

    def resizeEvent(self, event) -> None:
        self.ctx.theme.set_screen(event.size().width(), event.size().height())
        self.apply_reach()
        self.chrome.arrange(event.size().width())
        super().resizeEvent(event)
