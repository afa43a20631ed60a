"""The route screen's words (screens/route_page.py): the step-free switch, the news when there
is no way, the floors' tabs, the summary, the steps' pager and the QR code that carries the
way to a phone. A part of RoutePage, kept apart to keep each module small."""
from __future__ import annotations

from kiosk.directory.units import keep_units
from kiosk.ui.widgets.basic import button, set_accessible
from kiosk.ui.widgets.layout_parts import clear_layout


class RouteWords:
    """RoutePage's words; it holds the widgets and the route these fill."""

    def _mark_tabs(self) -> None:
        for floor_id, tab in self.tab_buttons.items():
            mark = self.ctx.directory.floor(floor_id).mark
            tab.setText(("✓ " if floor_id == self.floor else "") + mark)  # not colour alone
            tab.setProperty("current", floor_id == self.floor)
            tab.style().unpolish(tab)
            tab.style().polish(tab)

    def _build_tabs(self) -> None:
        clear_layout(self.tabs)
        self.tab_buttons = {}
        lang = self.ctx.session.language
        for floor_id in (self.route.floors if self.route is not None else ()):
            floor = self.ctx.directory.floor(floor_id)
            tab = button(floor.mark, role="tab", name=f"RouteFloor-{floor_id}")
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
        if self.call_first != self._wants_call_first():
            self.relayout()  # the call and the step first, or back in their places
        self.call_words()
        if self.problem is not None:
            # The news names the place; the summary says the way drawn is the desk's.
            self.problem_title.setText(s.tr("route.no_step_free_to", place=self.destination()
                                            .get(lang)) if self.step_free else
                                       s.tr("route.no_route"))
            self.problem_text.setText(self.problem.get(lang))
            self.desk_text.setText(keep_units(s.tr("route.ask_desk", phone=self.ctx.desk_phone)))
        self._build_tabs()
        self._fill_steps()
        self.map.setAccessibleName(self.title())
        self._fit_map()  # with these floors' tabs, the steps and any call for a guide

    def call_words(self) -> None:
        """The guide's words, as a tap would go (CallService.will_call): a call for staff, or,
        while none can go, the desk's phone (the tap opens Help, which says why). The title
        and the summary say the same: staff come to the visitor, the desk's way drawn as the
        other choice; or, with no call, the way to the desk is what to do."""
        if self.target is None or not self.guide_me.isVisibleTo(self):
            return
        s = self.ctx.session
        place = self.destination().get(s.language)
        if self.staff_come():
            steps = self.steps_where()  # what has steps, said first
            texts = s.tr("route.guide_me"), s.tr(f"route.guide_me.steps.{steps}" if steps
                                                 else "route.guide_me.sub", place=place)
        else:
            texts = (s.tr("route.guide_me.desk"),
                     s.tr("route.guide_me.desk.sub", phone=self.ctx.desk_phone))
        texts = texts[0], keep_units(texts[1])  # "가 드립니다", "Phone 02-…" on one line
        if texts != (self.guide_me.heading.text(), self.guide_me.subtitle.text()):
            self.guide_me.set_texts(*texts)
            self._sum_up()
            self.map.setAccessibleName(self.title())
            self.title_changed.emit()  # the header's title follows the call system too
            self._fit_map()  # the guide's height may have changed

    def staff_come(self) -> bool:
        """No step-free way, and a tap on the guide would call staff to the visitor: what the
        screen offers first, the desk's way only the other choice."""
        calls = self.ctx.calls
        return (self.problem is not None and self.step_free and calls is not None
                and calls.will_call)

    def steps_where(self) -> str:
        """What has steps when no step-free way leads to the target: "room" (its own way in,
        Room.accessible), "way" (every way to it), or "" (no way is known at all)."""
        from kiosk.wayfinding.wayfinder import NO_STEP_FREE

        try:
            room = self.ctx.directory.room(self.ctx.wayfinder().room_of(*self.target))
        except KeyError:
            room = None
        if room is not None and not room.accessible:
            return "room"
        return "way" if self.problem == NO_STEP_FREE else ""

    def _fill_steps(self) -> None:
        s, route = self.ctx.session, self.route
        # The same route in another language stays at its step; a new route starts at 1.
        same = route is not None and route is self._paged_route
        self.pager.set_steps(route.steps if route is not None else (),
                             self.pager.step if same else 0)
        self._paged_route = route
        self._mark_step()
        self.summary.setVisible(route is not None)
        # The QR code carries this route to a phone; the way to the desk is said on screen.
        self.qr.setVisible(route is not None and self.problem is None)
        self.qr_caption.setVisible(self.qr.isVisibleTo(self))
        if route is None:
            return
        self._sum_up()
        if self.problem is None:
            self.qr.set_text(self.qr_payload())
            self.qr_caption.setText(s.tr("route.qr"))
            set_accessible(self.qr, s.tr("route.qr"))
            # Steps too long for any QR code: the screen shows them, without a code to scan.
            self.qr.setVisible(self.qr.shows)
            self.qr_caption.setVisible(self.qr.shows)

    def _sum_up(self) -> None:
        """The way's length and time; with no way to the place, the desk's way, named as the
        other choice while staff can come to the visitor."""
        route = self.route
        if route is None:
            return
        key = "route.summary"
        if self.problem is not None:
            key = "route.summary.desk.or" if self.staff_come() else "route.summary.desk"
        self.summary.setText(keep_units(self.ctx.session.tr(  # "13 m" on one line
            key, metres=round(route.length_m), minutes=max(1, round(route.seconds / 60)))))

    def qr_payload(self) -> str:
        """The route for a phone: a link when the site has a web page for routes, else the
        steps themselves as text, which any phone shows without a network."""
        from kiosk.wayfinding.wayfinder import route_text, route_url

        lang = self.ctx.session.language
        if self.ctx.route_base_url:
            return route_url(self.route, self.ctx.route_base_url, lang)
        return route_text(self.route, lang)
