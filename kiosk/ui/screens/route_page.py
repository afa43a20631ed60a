"""The way to a place: the route drawn on the plan of each floor it crosses, its numbered steps
beside it one at a time (widgets/step_pager.py; the map follows the step's floor), distance
and walking time, a step-free switch and a QR code to take it along.

When there is no route (none without stairs, say) the screen says why, names the information
desk and its phone number, and draws the way to the desk instead: never a blank map. With no
step-free way, one large button calls an attendant to guide the visitor (need "mobility"), the
destination in the call.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.directory.model import Text
from kiosk.directory.strings import tr
from kiosk.ui.services.reading import read_screen
from kiosk.ui.widgets.basic import Tile, button, clear_layout, label, set_accessible
from kiosk.ui.widgets.plan_legend import ROUTE_ENTRIES, PlanLegend
from kiosk.ui.widgets.qr_code import QrCode
from kiosk.ui.widgets.route_map import RouteMap
from kiosk.ui.widgets.step_pager import StepPager
from kiosk.wayfinding.route import NoRoute, Route


class RoutePage(QWidget):
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
        self.guide_me = Tile(role="rowtile", name="RouteGuideMe")
        self.guide_me.clicked.connect(self._call_guide)
        self.summary = label(role="heading")
        self.summary.setObjectName("RouteSummary")
        self.pager = StepPager(ctx)  # the current step, with buttons to the others
        self.pager.step_changed.connect(self._step_paged)
        self.qr = QrCode()
        self.qr.setObjectName("RouteQr")
        self.qr_caption = label(role="muted")
        self.steps_column = QVBoxLayout()
        # No way: what the visitor can do (a guide) straight under the news, before the why.
        for widget in (self.problem_title, self.guide_me, self.problem_text, self.desk_text,
                       self.summary, self.pager):
            self.steps_column.addWidget(widget)
        self.qr_box = QBoxLayout(QBoxLayout.LeftToRight)
        self.qr_box.addWidget(self.qr, 0, Qt.AlignTop)
        self.qr_box.addWidget(self.qr_caption, 1, Qt.AlignVCenter)
        self.side = QBoxLayout(QBoxLayout.TopToBottom)
        self.side.addLayout(self.steps_column)
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
        self.relayout()

    def title(self) -> str:
        """Where the map leads. With no way to the place it draws the way to the desk, and
        the title, always in view, says so: the place is named under it, by the news."""
        if self.target is None:
            return ""
        lang = self.ctx.session.language
        shown, desk = self.target, self._desk()
        if self.problem is not None and self.route is not None and desk is not None:
            shown = ("rooms", desk.id)
        place = self.ctx.directory.get(*shown).name.get(lang)
        return self.ctx.session.tr("route.title", place=place)

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
        return Text(f"{item.name.ko} ({room.name.ko})", f"{item.name.en} ({room.name.en})")

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

    def _mark_tabs(self) -> None:
        for floor_id, tab in self.tab_buttons.items():
            tab.setText(("✓ " if floor_id == self.floor else "") + floor_id)  # not colour alone
            tab.setProperty("current", floor_id == self.floor)
            tab.style().unpolish(tab)
            tab.style().polish(tab)

    def _build_tabs(self) -> None:
        clear_layout(self.tabs)
        self.tab_buttons = {}
        lang = self.ctx.session.language
        for floor_id in (self.route.floors if self.route is not None else ()):
            tab = button(floor_id, role="tab", name=f"RouteFloor-{floor_id}")
            floor = self.ctx.directory.floor(floor_id)
            set_accessible(tab, self.ctx.session.tr("route.map", floor=floor.name.get(lang)))
            tab.clicked.connect(lambda _=False, f=floor_id: self._floor_chosen(f))
            self.tabs.addWidget(tab)
            tab.show()  # now, not at the next event loop turn
            self.tab_buttons[floor_id] = tab
        self.tabs.addStretch(1)
        self._mark_tabs()
        # Laid out now: the bar's height sets the map's room, and a key that opened the
        # screen focuses the first tab where it will show.
        self.bar_widget.updateGeometry()
        self.outer.activate()

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        s = self.ctx.session
        lang = s.language
        state = s.tr("access.on" if self.step_free else "access.off")  # in words, not "✓" alone
        self.free_toggle.setText(("✓ " if self.step_free else "") +
                                 f"{s.tr('route.step_free')}: {state}")
        self.free_toggle.setProperty("current", self.step_free)
        self.free_toggle.style().unpolish(self.free_toggle)
        self.free_toggle.style().polish(self.free_toggle)
        set_accessible(self.free_toggle, s.tr("route.step_free"),
                       s.tr("access.on") if self.step_free else s.tr("access.off"))
        set_accessible(self.zoom_in, s.tr("route.zoom_in"))
        set_accessible(self.zoom_out, s.tr("route.zoom_out"))
        if self.target is None:
            return
        self.problem_title.setVisible(self.problem is not None)
        self.problem_text.setVisible(self.problem is not None)
        self.desk_text.setVisible(self.problem is not None)
        self.guide_me.setVisible(self.problem is not None and self.step_free)
        if self.guide_me.isVisibleTo(self):
            self.guide_me.set_texts(s.tr("route.guide_me"), s.tr(
                "route.guide_me.sub", place=self.destination().get(lang)))
        if self.problem is not None:
            self.problem_title.setText(s.tr("route.no_route"))
            self.problem_text.setText(self.problem.get(lang))
            desk = s.tr("route.ask_desk", phone=self.ctx.desk_phone)
            if self.route is not None:
                desk += "\n" + s.tr("route.to_desk")
            self.desk_text.setText(desk)
        self._build_tabs()
        self._fill_steps()
        self.map.setAccessibleName(self.title())
        self._fit_map()  # with these floors' tabs, the steps and any call for a guide

    def _fill_steps(self) -> None:
        s, route = self.ctx.session, self.route
        # The same route in another language stays at its step; a new route starts at 1.
        same = route is not None and route is self._paged_route
        self.pager.set_steps(route.steps if route is not None else (),
                             self.pager.step if same else 0)
        self._paged_route = route
        self.summary.setVisible(route is not None)
        # The QR code carries this route to a phone; the way to the desk is said on screen.
        self.qr.setVisible(route is not None and self.problem is None)
        self.qr_caption.setVisible(self.qr.isVisibleTo(self))
        if route is None:
            return
        minutes = max(1, round(route.seconds / 60))
        self.summary.setText(s.tr("route.summary", metres=round(route.length_m),
                                  minutes=minutes))
        if self.problem is None:
            self.qr.set_text(self.qr_payload())
            self.qr_caption.setText(s.tr("route.qr"))
            set_accessible(self.qr, s.tr("route.qr"))
            # Steps too long for any QR code: the screen shows them, without a code to scan.
            self.qr.setVisible(self.qr.shows)
            self.qr_caption.setVisible(self.qr.shows)

    def _step_paged(self, index: int) -> None:
        """The visitor paged to a step: its floor's map, and the step aloud."""
        step = self.route.steps[index]
        if step.floor != self.floor and step.floor in self.tab_buttons:
            self.show_floor(step.floor)
        if self.ctx.voice.on:
            self.ctx.voice.say(self.pager.spoken())

    def _floor_chosen(self, floor_id: str) -> None:
        """A floor's tab: its map, and its first step when the current one is elsewhere."""
        self.show_floor(floor_id)
        steps = self.route.steps if self.route is not None else ()
        if steps and steps[self.pager.step].floor != floor_id:
            self.pager.page_to(next((i for i, step in enumerate(steps)
                                     if step.floor == floor_id), self.pager.step))

    def qr_payload(self) -> str:
        """The route for a phone: a link when the site has a web page for routes, else the
        steps themselves as text, which any phone shows without a network."""
        from kiosk.wayfinding.wayfinder import route_text, route_url

        lang = self.ctx.session.language
        if self.ctx.route_base_url:
            return route_url(self.route, self.ctx.route_base_url, lang)
        return route_text(self.route, lang)

    def _fit_map(self) -> None:
        """Stacked, the plan is as tall as its width asks, and never taller than what the
        screen shows at once: its pinch and drag must not fight the page's scrolling."""
        shown = self.parentWidget().height() if self.parentWidget() else self.height()
        room = shown - self.ctx.theme.px(64)
        if not self.low_stacked:  # lowered, the bar lies under the plan
            room -= self.bar.sizeHint().height()
        if not self.stacked:
            # Beside steps that may run longer than the screen (magnified), the plan and
            # its key fill the height that shows, at the top, not the middle of a long page;
            # a key taller than a quarter of it (larger text) lies under the plan, scrolled to.
            legend = self.legend.height() + self.plan_box.spacing()
            self.map.setMinimumHeight(120)
            self.map.setMaximumHeight(max(120, room - (legend if legend <= room // 4 else 0)))
            return
        # A third of the screen's short side at least (with the bar then scrolled away):
        # below that, magnified, no room's name fits in the plan.
        least = min(shown, max(120, self.ctx.theme.short_side // 3))
        # As tall as the plan's shape asks at the screen's width, and no taller: what is
        # left is the current step's, under it.
        w, h = self.map.floor.plan_size if self.map.floor is not None else (0, 0)
        share = min(0.58, h / w) if w > 0 and h > 0 else 0.58  # (a bundle refuses NaN)
        if self.guide_me.isVisibleTo(self):  # no way: the call for a guide shows under it
            room -= self.guide_me.sizeHint().height() + self.problem_title.sizeHint().height()
            share = min(share, 0.5)
        margins = self.outer.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        # Under it the summary and the current step with its buttons stay in view: the plan
        # gives way for them (to its least height), the longest step counted.
        steps = 0
        if self.pager.steps:
            steps = self.summary.heightForWidth(width) + self.side.spacing() + \
                self.pager.tallest(width) + self.body.spacing()
        self.map.setFixedHeight(max(least, min(room - steps, round(width * share))))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_map()

    def relayout(self) -> None:
        theme = self.ctx.theme
        px = theme.px
        # Side by side in landscape, magnified too: the map keeps the height and the current
        # step shows beside it. Stacked in portrait, where the page scrolls.
        stacked = theme.portrait
        self.body.setDirection(QBoxLayout.TopToBottom if stacked else QBoxLayout.LeftToRight)
        self.stacked = stacked
        # Magnified beside the map, the floors and the map's buttons sit over the map alone
        # and the steps get the whole height: the current step and its buttons stay in view.
        beside = not stacked and theme.zoom > 1.0
        # Stacked and lowered for a wheelchair, the band is short: the current step and its
        # buttons (or the call for a guide) come first, at the top, within reach unscrolled;
        # the plan under them, then the floors and the map's buttons.
        low = self.low_stacked = stacked and self._low
        for box in (self.side, self.outer):
            box.removeItem(self.steps_column)
        self.steps_column.setParent(None)  # free to be put in again
        if low:
            self.outer.insertLayout(0, self.steps_column)
        else:
            self.side.insertLayout(0, self.steps_column)
        self.outer.removeWidget(self.bar_widget)
        self.plan_box.removeWidget(self.bar_widget)
        if beside:
            self.plan_box.insertWidget(0, self.bar_widget)
        elif low:
            self.plan_box.insertWidget(self.plan_box.indexOf(self.map) + 1, self.bar_widget)
        else:
            self.outer.insertWidget(0, self.bar_widget)
        # Stacked, what the plan does not need goes under the steps, not between them.
        self.body.setStretch(0, 0 if stacked else 1 if beside else 3)
        self.body.setStretch(1, 1 if stacked else 1 if beside else 2)
        # Stacked, the plan's key follows the steps: the first step shows under the plan.
        for box in (self.plan_box, self.side):
            box.removeWidget(self.legend)
        if stacked and not low:
            self.side.insertWidget(1, self.legend)
        else:  # under the plan (lowered: under the bar under it)
            over = self.bar_widget if low else self.map
            self.plan_box.insertWidget(self.plan_box.indexOf(over) + 1, self.legend)
        self.qr.set_side(theme.touch(240))  # a camera needs no larger code
        self.guide_me.set_padding(theme.touch(24), theme.touch(6))
        self.outer.setContentsMargins(px(24), px(16), px(24), px(16))
        self.outer.setSpacing(px(16))
        self.body.setSpacing(px(24))
        self.side.setSpacing(px(20))
        self.plan_box.setSpacing(px(12))
        self.qr_box.setSpacing(px(20))
        self.tabs.setSpacing(px(12))
        self.bar.setSpacing(px(12))
        self.controls.setSpacing(px(12))
        narrow = theme.zoom > 1.0 and (theme.portrait or beside)
        self.bar.setDirection(QBoxLayout.TopToBottom if narrow else QBoxLayout.LeftToRight)
        for widget in (self.zoom_in, self.zoom_out):
            widget.setFixedWidth(px(96))
        self._fit_map()  # with the bar as now arranged
