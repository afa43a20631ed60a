"""How the route screen (screens/route_page.py) is arranged: the plan beside the steps in
landscape, over them in portrait; magnified, the floors and the map's buttons over the plan
alone; lowered for a wheelchair in portrait, the current step and its buttons first, within
reach; and the plan's height, fitted so the current step and its buttons stay in view. A part
of RoutePage, kept apart to keep each module small."""
from __future__ import annotations

import math

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QBoxLayout

from kiosk.ui.widgets.fold_cue import arrow_room

MAP_SHARE = 0.4  # of the height the visitor sees, for the plan at least (issue #13)


class RouteLayout:
    """RoutePage's arrangement; it holds the layouts and widgets this moves."""

    steps_first = False  # the steps column over the plan (relayout)
    map_fits = True  # the plan over the fold with what stays in view (_fit_map)

    def _fit_map(self) -> None:
        """Stacked, the plan is as tall as its width asks, and never taller than what the
        screen shows at once: its pinch and drag must not fight the page's scrolling."""
        shown = self.parentWidget().height() if self.parentWidget() else self.height()
        if not self.stacked:
            room = shown - self.ctx.theme.px(64) - self.bar.sizeHint().height()
            # Beside steps that may run longer than the screen (magnified), the plan and
            # its key fill the height that shows, at the top, not the middle of a long page;
            # a key taller than a quarter of it (larger text) lies under the plan, scrolled
            # to: wholly below the fold, never cut by the footer's edge.
            legend = self.legend.height() + self.plan_box.spacing()
            under = legend > room // 4
            height = max(120, shown - self._plan_top() if under else room - legend)
            self.map.setMinimumHeight(120)
            self.map.setMaximumHeight(height)
            self.map.wanted_height = height if under else 0  # down to the fold
            self.map.updateGeometry()
            self.map_fits = True
            self._clear_fold(shown)
            return
        # A third of the screen's short side at least (with the bar then scrolled away):
        # below that, magnified, no room's name fits in the plan.
        least = min(shown, max(120, self.ctx.theme.short_side // 3))
        # As tall as the plan's shape asks at the screen's width, and 40 % of the height the
        # visitor sees at least (issue #13): what is left is the current step's.
        w, h = self.map.floor.plan_size if self.map.floor is not None else (0, 0)
        share = min(0.58, h / w) if w > 0 and h > 0 else 0.58  # (a bundle refuses NaN)
        margins = self.outer.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        room = shown - margins.top()  # down to the fold, from the plan's top or the steps'
        if not self.steps_first:  # the floors' bar over the plan
            room -= self.bar_widget.sizeHint().height() + self.outer.spacing()
        if self.guide_me.isVisibleTo(self):  # no way: the call for a guide shows with it
            share = min(share, 0.5)
            # The call and the steps to the desk before the plan's size: it only shows the
            # short way to the desk, its tags kept off the line.
            least = min(least, max(120, self.ctx.theme.short_side // 4))
        seen = self._seen_height(shown)
        wanted = max(round(width * share), math.ceil(MAP_SHARE * seen))
        height = min(room - self._kept_in_view(width), wanted)
        if height < wanted:  # down to the fold, more below: room for the cue that says so,
            # but for the plan's share of the height where it shows a way of its own
            share = 0 if self.guide_me.isVisibleTo(self) else MAP_SHARE
            height = max(height - arrow_room(self.ctx.theme),
                         min(height, math.ceil(share * seen)))
        self.map.setFixedHeight(max(least, height))
        # A plan too tall for what is left (the call, its news and the step first) starts
        # under the fold, whole once scrolled to, rather than cut by the footer.
        self.map_fits = height >= least
        self._clear_fold(shown)

    def _seen_height(self, shown: int) -> int:
        """The height the visitor sees of the screen: from the window's content's top (the
        reach band's, lowered) down to the fold under this page (the footer's top)."""
        window, view = self.window(), self.parentWidget()
        if view is None or window is self or not hasattr(window, "content_rect"):
            return shown  # a page on its own
        return view.mapTo(window, QPoint(0, shown)).y() - window.content_rect().top()

    def _kept_in_view(self, width: int) -> int:
        """The height stacked with the plan that stays in view: the news and the call for a
        guide where there is no way, and the current step with its buttons (the longest
        step counted); the summary, the why and the desk's phone follow, scrolled to."""
        widgets = [w for w in (self.problem_title, self.guide_me) if w.isVisibleTo(self)]
        parts = [w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height()
                 for w in widgets]
        if self.pager.steps:
            parts.append(self.pager.tallest(width))
            widgets.append(self.pager)
        # The call and the step share a row when the call comes first (_order_steps).
        gaps = sum(self.call_row.spacing() if self.call_first and above is self.guide_me
                   else self.steps_column.spacing() for above in widgets[:-1])
        around = self.outer.spacing() if self.steps_first else self.body.spacing()
        return sum(parts) + gaps + around

    def _plan_top(self) -> int:
        """Where the plan starts on the page, beside the steps: under the floors' bar, over
        the plan or over the whole page."""
        bar = self.bar_widget.sizeHint().height()
        over = self.plan_box.spacing() if self.plan_box.indexOf(self.bar_widget) >= 0 \
            else self.outer.spacing()
        return self.outer.contentsMargins().top() + bar + over

    def _clear_fold(self, shown: int | None = None) -> None:
        """No block of the page lies across the fold: the news, a step, the key or the QR
        code show whole in the first view, or start below it, scrolled to
        (widgets/fold_gap.py). The plan, fitted to the view, stays where it is; one that
        does not fit over the fold (`map_fits`) moves as they do."""
        if shown is None:
            shown = self.parentWidget().height() if self.parentWidget() else self.height()
        self.fold.clear([self.outer], shown, self.ctx.theme.px(16),
                        skip=(self.map,) if self.map_fits else ())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_map()

    def _wants_call_first(self) -> bool:
        """With no step-free way, magnified to 200 % (or lowered and magnified), the screen
        cannot show the news, the call, the summary, the current step and the plan at once:
        the call and the current step with its buttons come together under the news."""
        zoom = self.ctx.theme.zoom
        return self.guide_me.isVisibleTo(self) and (zoom >= 2.0 or (self._low and zoom > 1.0))

    def _order_steps(self) -> None:
        """The steps column's order: the news, the call and the step; or, the call first, the
        news, then the call and the step in one row (side by side unless in portrait); the
        notes after them (_place_notes). The news always leads: read top-down, why there is
        no way comes before what to do instead."""
        column, row = self.steps_column, self.call_row
        for widget in (self.guide_me, self.pager):
            column.removeWidget(widget)
            row.removeWidget(widget)
        column.removeItem(row)
        row.setParent(None)
        if self.call_first:
            row.setDirection(QBoxLayout.TopToBottom if self.ctx.theme.portrait
                             else QBoxLayout.LeftToRight)
            row.addWidget(self.guide_me, 1)
            row.addWidget(self.pager, 1)
            column.insertLayout(column.indexOf(self.problem_title) + 1, row)
        else:
            column.insertWidget(column.indexOf(self.problem_title) + 1, self.guide_me)
            column.insertWidget(column.indexOf(self.guide_me) + 1, self.pager)

    def _place_notes(self) -> None:
        """The summary, the why and the desk's phone follow what stays in view with the plan
        (the current step with its buttons, the call): in the steps column, or under the plan
        and its bar when the steps lead, stacked. A short view (magnified, lowered) shows
        the step with the plan, the notes scrolled to."""
        notes = (self.summary, self.problem_text, self.desk_text)
        for widget in notes:
            self.steps_column.removeWidget(widget)
            self.plan_box.removeWidget(widget)
        if self.stacked and self.steps_first:
            box, at = self.plan_box, self.plan_box.indexOf(self.bar_widget) + 1
        else:
            box, at = self.steps_column, self.steps_column.count()
        for widget in notes:
            box.insertWidget(at, widget)
            at += 1

    def relayout(self) -> None:
        theme = self.ctx.theme
        px = theme.px
        self.fold.remove()  # out of the layouts rearranged here; placed again once laid out
        self.call_first = self._wants_call_first()
        self._order_steps()
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
        first = self.steps_first = (stacked and self._low) or self.call_first
        # Stacked, magnified or lowered, the step's number goes between its buttons: a line
        # less over the plan, which keeps its share of the height.
        self.pager.set_compact(stacked and (self._low or theme.zoom > 1.0))
        for box in (self.side, self.outer):
            box.removeItem(self.steps_column)
        self.steps_column.setParent(None)  # free to be put in again
        if first:  # (a bar on top is put over it further down)
            self.outer.insertLayout(0, self.steps_column)
        else:
            self.side.insertLayout(0, self.steps_column)
        self.outer.removeWidget(self.bar_widget)
        self.plan_box.removeWidget(self.bar_widget)
        under = stacked and first  # the floors' bar under the plan, the steps over it
        if beside:
            self.plan_box.insertWidget(0, self.bar_widget)
        elif under:
            self.plan_box.insertWidget(self.plan_box.indexOf(self.map) + 1, self.bar_widget)
        else:
            self.outer.insertWidget(0, self.bar_widget)
        # Stacked, what the plan does not need goes under the steps, not between them.
        self.body.setStretch(0, 0 if stacked else 1 if beside else 3)
        self.body.setStretch(1, 0 if first else 1 if stacked else 1 if beside else 2)
        # Stacked, the plan's key follows the steps: the first step shows under the plan.
        for box in (self.plan_box, self.side):
            box.removeWidget(self.legend)
        if stacked and not first:
            self.side.insertWidget(1, self.legend)
        else:  # under the plan (the steps over it: under the bar under it)
            over = self.bar_widget if under else self.map
            self.plan_box.insertWidget(self.plan_box.indexOf(over) + 1, self.legend)
        self._place_notes()
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
        # A gap that does not grow with the text: lowered at 200 % in portrait, the news still
        # fits under the step's buttons.
        self.call_row.setSpacing(theme.touch(20))
        self.controls.setSpacing(px(12))
        narrow = theme.zoom > 1.0 and (theme.portrait or beside)
        self.bar.setDirection(QBoxLayout.TopToBottom if narrow else QBoxLayout.LeftToRight)
        for widget in (self.zoom_in, self.zoom_out):
            widget.setFixedWidth(px(96))
        self._fit_map()  # with the bar as now arranged
