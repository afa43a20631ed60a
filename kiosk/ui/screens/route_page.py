"""The way to a place: the route drawn on the plan of each floor it crosses, its numbered steps
beside it one at a time (widgets/step_pager.py; the map follows the step's floor), distance
and walking time, a step-free switch and a QR code to take it along.

When there is no route (none without stairs, say) the screen says why, names the information
desk and its phone number, and draws the way to the desk instead: never a blank map (its title
says so). With no step-free way, one large button calls staff to help (need "mobility"), the
destination in the call, saying what has steps and promising only what staff can do there;
the title says to call them and the way to the desk is the other choice ("Or to the desk").
While no call can go the button, the title and the summary all give the desk's phone and the
way there. The current step is marked
on the plan (widgets/step_mark.py) and the mark follows the paging.

This module finds the way and follows the visitor along it; route_words.py writes the screen's
words (steps, floors' tabs, the QR code) and route_layout.py arranges it for the screen's
shape, text size and the low position.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.directory.model import Text
from kiosk.directory.strings import tr
from kiosk.ui.screens.route_layout import RouteLayout
from kiosk.ui.screens.route_words import RouteWords
from kiosk.ui.services.reading import read_screen
from kiosk.ui.widgets.basic import Tile, button, label
from kiosk.ui.widgets.fold_gap import FoldGap
from kiosk.ui.widgets.plan_legend import ROUTE_ENTRIES, PlanLegend
from kiosk.ui.widgets.qr_code import QrCode
from kiosk.ui.widgets.route_map import RouteMap
from kiosk.ui.widgets.step_pager import StepPager
from kiosk.wayfinding.route import NoRoute, Route


class RoutePage(RouteWords, RouteLayout, QWidget):
    title_changed = Signal()  # the map now leads elsewhere (the desk, or the place again)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.target: tuple[str, str] | None = None
        self.route: Route | None = None
        self.problem: Text | None = None  # why there is no route to the target
        self.floor = ""
        self.step_free = False
        self.tab_buttons: dict[str, QWidget] = {}
        self._paged_route: Route | None = None  # the route whose steps the pager shows

        self.tabs = QHBoxLayout()
        self.zoom_out = button("−", name="RouteZoomOut")
        self.zoom_in = button("+", name="RouteZoomIn")
        self.free_toggle = button(role="tab", name="StepFreeToggle")
        self.free_toggle.clicked.connect(lambda: self.set_step_free(not self.step_free))
        self.map = RouteMap(ctx)
        self.map.setObjectName("RouteMap")
        self.zoom_in.clicked.connect(self.map.zoom_in)
        self.zoom_out.clicked.connect(self.map.zoom_out)
        self.controls = QHBoxLayout()
        for widget in (self.zoom_out, self.zoom_in, self.free_toggle):
            self.controls.addWidget(widget)
        # Over the map and steps, or over the map alone (magnified, beside the steps).
        self.bar_widget = QWidget()
        self.bar_widget.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)  # its rows only
        self.bar = QBoxLayout(QBoxLayout.LeftToRight, self.bar_widget)  # two rows when narrow
        self.bar.setContentsMargins(0, 0, 0, 0)
        self.bar.addLayout(self.tabs, 1)
        self.bar.addLayout(self.controls)

        self.problem_title = label(role="heading")
        self.problem_text = label(role="fact")
        self.desk_text = label(role="fact")
        self.guide_me = Tile(role="tile", name="RouteGuideMe")  # the one large primary button
        self.guide_me.clicked.connect(self._call_guide)
        # Its words grow as headlines do, up to 150 %: at 200 % the call and the current step
        # with its buttons share the reach band (route_layout.py).
        self.guide_me.heading.setProperty("role", "guide-title")
        self.guide_me.subtitle.setProperty("role", "guide-sub")
        self.summary = label(role="heading")
        self.summary.setObjectName("RouteSummary")
        self.pager = StepPager(ctx)  # the current step, with buttons to the others
        self.pager.step_changed.connect(self._step_paged)
        self.qr = QrCode()
        self.qr.setObjectName("RouteQr")
        self.qr_caption = label(role="muted")
        self.steps_column = QVBoxLayout()
        # No way: what the visitor can do (a guide) straight under the news (which names the
        # place), the way to the desk and its steps next; the why and the desk's phone after.
        # Where the screen is tight, the call and the current step come together under the
        # news, side by side on a wide screen (route_layout.py).
        self.call_row = QBoxLayout(QBoxLayout.LeftToRight)
        self.call_first = False
        for widget in (self.problem_title, self.guide_me, self.summary, self.pager,
                       self.problem_text, self.desk_text):
            self.steps_column.addWidget(widget)
        self.qr_box = QBoxLayout(QBoxLayout.LeftToRight)
        self.qr_box.addWidget(self.qr, 0, Qt.AlignTop)
        self.qr_box.addWidget(self.qr_caption, 1, Qt.AlignVCenter)
        self.side = QBoxLayout(QBoxLayout.TopToBottom)
        self.side.addLayout(self.steps_column)
        # Moves what the first view would cut below the fold (route_layout.py places it).
        self.fold = FoldGap(self, self._clear_fold, self._fit_map)
        self.side.addLayout(self.qr_box)
        self.side.addStretch(1)
        self.legend = PlanLegend(ctx, ROUTE_ENTRIES, plan=self.map)
        plan_box = QVBoxLayout()
        plan_box.addWidget(self.map, 1)
        plan_box.addWidget(self.legend)
        plan_box.addStretch(0)  # what a long column of steps leaves under the plan
        self.plan_box = plan_box
        self.body = QBoxLayout(QBoxLayout.LeftToRight)
        self.body.addLayout(plan_box, 3)
        self.body.addLayout(self.side, 2)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.bar_widget)
        self.outer.addLayout(self.body, 1)
        self._profile_step_free = ctx.session.profile.step_free
        self._low = ctx.session.profile.low_position
        ctx.session.profile_changed.connect(self._profile_changed)
        ctx.theme.changed.connect(self.relayout)
        if ctx.calls is not None:  # the guide says what a tap does now
            ctx.calls.changed.connect(self.call_words)
        self.relayout()

    def title(self) -> str:
        """What to do. With no way to the place the map draws the way to the desk: while
        staff can come to a visitor who needs a step-free way, the title, always in view,
        says to call them (the desk's way is the other choice); else it says to go to the
        desk instead. The news under it names the place and why."""
        if self.target is None:
            return ""
        s, desk = self.ctx.session, self._desk()
        if self.staff_come():  # staff come to the visitor: not "go to the desk instead"
            return s.tr("route.title.call")
        if self.problem is not None and self.route is not None and desk is not None:
            return s.tr("route.title.desk", desk=desk.name.get(s.language))
        return s.tr("route.title", place=self.ctx.directory.get(*self.target).name.get(
            s.language))

    def first_control(self):
        """Where the keys start (services/keypad.py): what the visitor acts on, the call for a
        guide when there is no way, else Next (Previous at the last step)."""
        return next((w for w in (self.guide_me, self.pager.next, self.pager.previous)
                     if w.isVisibleTo(self) and w.isEnabled()), None)

    # -- routing -----------------------------------------------------------------------------
    def open(self, table: str, item_id: str) -> None:
        self.target = (table, item_id)
        self._paged_route = None  # opened anew: from the first step
        self.step_free = self.ctx.session.profile.step_free
        self._find_route()

    def set_step_free(self, on: bool) -> None:
        if on != self.step_free:
            self.step_free = on
            self._find_route()
            QTimer.singleShot(0, self._speak)  # the new way, aloud, once it is on screen

    def _speak(self) -> None:
        if self.ctx.voice.on:
            self.ctx.voice.say(read_screen(self.title(), self))

    def _profile_changed(self, profile) -> None:
        """Choosing "I use a wheelchair" while a route shows routes again without stairs, and
        lowers the screen (relayout)."""
        if profile.low_position != self._low:
            self._low = profile.low_position
            self.relayout()
        if profile.step_free != self._profile_step_free:
            self._profile_step_free = profile.step_free
            if self.target is not None:
                self.step_free = profile.step_free
                self._find_route()

    def _find_route(self) -> None:
        wayfinder = self.ctx.wayfinder()
        try:
            self.route, self.problem = wayfinder.route(self.target, step_free=self.step_free), None
        except NoRoute as no_route:
            self.route, self.problem = self._to_desk(wayfinder), no_route.reason
        except KeyError:
            self.problem = Text(tr("route.unknown", "ko"), tr("route.unknown", "en"))
            self.route = self._to_desk(wayfinder)
        floors = self.route.floors if self.route is not None else ()
        self.floor = floors[0] if floors else ""
        self._show_floor()
        self.retranslate()
        self.title_changed.emit()

    def destination(self) -> Text:
        """The target as the desk should hear it: a person with their room."""
        item = self.ctx.directory.get(*self.target)
        room = self.ctx.directory.room(getattr(item, "room", None)) \
            if self.target[0] == "staff" else None
        if room is None:
            return item.name
        return Text(*(f"{item.name.get(lang)} ({room.name.get(lang)})" for lang in ("ko", "en")))

    def _call_guide(self) -> None:
        if self.ctx.calls is not None and self.target is not None:
            self.ctx.calls.call_and_show("mobility", self.destination())

    def _desk(self):
        return next((r for r in self.ctx.directory.rooms if r.kind == "desk"), None)

    def _to_desk(self, wayfinder) -> Route | None:
        desk = self._desk()
        if desk is None or ("rooms", desk.id) == self.target:
            return None
        try:
            return wayfinder.route(("rooms", desk.id), step_free=self.step_free)
        except (NoRoute, KeyError):
            return None

    # -- the map -----------------------------------------------------------------------------
    def show_floor(self, floor_id: str) -> None:
        self.floor = floor_id
        self._show_floor()
        self._mark_tabs()

    def _show_floor(self) -> None:
        """The current floor's part of the route, drawn as the visitor watches."""
        if self.route is not None and self.floor:
            self.map.show_floor(self.route, self.floor, self._destination_room())
            return
        # No way at all, not even to the desk: its floor's plan, the desk marked.
        desk = self._desk()
        kiosk = self.ctx.kiosk
        floor_id = desk.floor if desk is not None else kiosk.floor
        self.map.route = None
        self.map.set_floor(self.ctx.directory.floor(floor_id),
                           self.ctx.directory.rooms_on(floor_id), kiosk)
        self.map.reset_view()
        self.map.select(desk.id if desk is not None else None)

    def _destination_room(self) -> str | None:
        node = next((n for n in self.ctx.directory.nav_nodes if n.id == self.route.end), None)
        return node.room if node is not None else None

    # -- paging ------------------------------------------------------------------------------
    def _step_paged(self, index: int) -> None:
        """The visitor paged to a step: its floor's map, and the step aloud."""
        step = self.route.steps[index]
        if step.floor != self.floor and step.floor in self.tab_buttons:
            self.show_floor(step.floor)
        self._mark_step()
        if self.ctx.voice.on:  # and where to look, for a keypad visitor who hears it
            marked = self.ctx.session.tr("route.step.marked")
            self.ctx.voice.say(f"{self.pager.spoken()} {marked}")

    def _mark_step(self) -> None:
        """The current step marked on the map, and named in the map's description."""
        self.map.set_current_step(self.pager.step)
        if self.route is not None and self.pager.steps:
            step = self.route.steps[self.pager.step]
            floor = self.ctx.directory.floor(step.floor).name.get(self.ctx.session.language)
            self.map.setAccessibleDescription(self.ctx.session.tr(
                "route.map.current", floor=floor, n=self.pager.step + 1))

    def _floor_chosen(self, floor_id: str) -> None:
        """A floor's tab: its map, and its first step when the current one is elsewhere."""
        self.show_floor(floor_id)
        steps = self.route.steps if self.route is not None else ()
        if steps and steps[self.pager.step].floor != floor_id:
            self.pager.page_to(next((i for i, step in enumerate(steps)
                                     if step.floor == floor_id), self.pager.step))
