"""One floor's screen: its plan, the plan's key and its places (the floors' list:
floor_list.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.directory.same_place import twin_rooms
from kiosk.ui.widgets.answer_list import AnswerListModel, answer_view
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.floorplan import FloorPlanView
from kiosk.ui.widgets.fold_cue import arrow_room
from kiosk.ui.widgets.fold_gap import FoldGap
from kiosk.ui.widgets.plan_legend import PlanLegend

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
LARGEST_ZOOM = 2.0  # the largest text size a visitor can choose
HIDDEN_IN_LIST = {"hall"}
FACILITIES = {"toilet", "elevator", "stairs"}  # listed after the rooms people come for


class FloorPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.floor = None
        self.first = False  # the plan first, the list under it (magnified landscape)
        self.key_last = False  # the key under the places (portrait, the largest text)
        self.tab_bar = QWidget()  # over the plan and list, or over the plan alone (magnified)
        self.tab_bar.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)  # its rows only
        self.tabs = QGridLayout(self.tab_bar)  # one row, or two columns over the plan
        self.tabs.setContentsMargins(0, 0, 0, 0)
        self.tab_buttons = {}
        self.per_row = 0  # the floors' tabs to a row, once placed
        for floor in sorted(ctx.directory.floors, key=lambda f: f.level):
            tab = button(floor.mark, role="tab", name=f"FloorTab-{floor.id}")
            tab.clicked.connect(lambda _=False, f=floor.id: ctx.navigate(("floor", f), push=False))
            self.tabs.addWidget(tab, 0, len(self.tab_buttons))
            self.tab_buttons[floor.id] = tab
        self.plan = FloorPlanView(ctx)
        self.plan.room_tapped.connect(
            lambda room_id: ctx.navigate(self.place_card("rooms", room_id)))
        self.hint = label(role="muted")
        self.list_title = label(role="heading")
        self.model = AnswerListModel(ctx, self)
        self.list = answer_view(ctx, self.model, route=self.place_card, way=True)
        self.legend = PlanLegend(ctx, plan=self.plan)
        self.legend.whole = True  # every room keyed on a floor of 100 places named whole
        # The plan's key and the hint: under the plan, or beside it (plan first, magnified).
        self.key_box = QVBoxLayout()
        self.key_box.addWidget(self.legend)
        self.key_box.addWidget(self.hint)
        # Its blocks at the top of the column beside the plan; an alignment would give the
        # column its size hint's height, where the hint's words count one line too few when
        # the key's width changes from one floor to the next, and squeeze the key.
        self.key_box.addStretch(1)
        self.plan_box = QBoxLayout(QBoxLayout.TopToBottom)
        self.plan_box.addWidget(self.plan, 1)
        self.plan_box.addLayout(self.key_box)
        list_box = QVBoxLayout()
        list_box.addWidget(self.list_title)
        list_box.addWidget(self.list, 1)
        list_box.addStretch(0)  # under a list kept to the screen's height, beside a long plan
        self.list_box = list_box
        self.body = QBoxLayout(QBoxLayout.LeftToRight)
        self.body.addLayout(self.plan_box, 3)
        self.body.addLayout(list_box, 2)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.tab_bar)
        self.outer.addLayout(self.body, 1)
        # Moves what the first view would cut (the hint, the places) to start under the fold.
        self.fold = FoldGap(self, self._clear_fold, self._fit)
        ctx.theme.changed.connect(self.relayout)
        ctx.session.profile_changed.connect(self._profile_changed)
        self.relayout()

    def title(self) -> str:
        if self.floor is None:
            return ""
        return self.ctx.session.tr("floor.title", floor=self.floor.name.get(self.ctx.session.language))

    def place_card(self, _table: str, room_id: str) -> tuple:
        """A place's card; a place and the department of its name in it (same_place.py) have
        one, the card search opens for them: the way, the place's hours, the people there,
        the room's own card one tap on."""
        department = twin_rooms(self.ctx.directory).get(room_id)
        return ("card", "departments", department) if department else ("card", "rooms", room_id)

    def open(self, floor_id: str) -> None:
        directory = self.ctx.directory
        self.floor = directory.floor(floor_id)
        rooms = directory.rooms_on(floor_id)
        self.plan.set_floor(self.floor, rooms, self.ctx.kiosk)
        listed = sorted((r for r in rooms if r.kind not in HIDDEN_IN_LIST),
                        key=lambda r: (r.kind in FACILITIES, r.number or "~", r.name.ko))
        self.model.set_items(("rooms", r.id, "") for r in listed)
        self._fit()  # the plan's shape sets the key column's width
        for fid, tab in self.tab_buttons.items():
            mark = directory.floor(fid).mark
            tab.setText(("✓ " if fid == floor_id else "") + mark)  # not by colour alone
            tab.setProperty("current", fid == floor_id)
            tab.style().unpolish(tab)
            tab.style().polish(tab)
        self.retranslate()

    def _profile_changed(self, _profile) -> None:
        self.relayout()  # lowered or not: the list's share of the width

    def relayout(self) -> None:
        theme = self.ctx.theme
        px = theme.px
        portrait = theme.portrait
        # Magnified in landscape, the plan comes first and keeps the screen's height: beside
        # the list it would shrink as the text grows, the visitor who chose large text getting
        # the smallest map. The floors' tabs (two columns, or one row over a wide key), the
        # key and the hint go beside it, so rooms shown by number are named in view; the
        # places follow under the plan.
        first = not portrait and theme.zoom > 1.0
        self.fold.remove()  # out of the layouts rearranged here; placed again once laid out
        self.outer.removeWidget(self.tab_bar)
        self.key_box.removeWidget(self.tab_bar)
        if first:
            self.key_box.insertWidget(0, self.tab_bar)
        else:
            self.outer.insertWidget(0, self.tab_bar)
        # Stacked with the largest text, the key follows the places: over them it took 228 to
        # 412 px, a place's row 212 to 307, and the places' title and first row started under
        # the fold on every floor in English, leaving up to 361 px of the first view blank
        # (one row in Korean). The plan names its rooms; the hint and the places come next.
        self.key_box.removeWidget(self.legend)
        self.body.removeWidget(self.legend)
        self.key_last = portrait and theme.zoom >= LARGEST_ZOOM
        if self.key_last:  # the page's height to spare under it, out of view
            self.body.addWidget(self.legend, 1, Qt.AlignTop)
        else:
            self.key_box.insertWidget(self.key_box.indexOf(self.hint), self.legend)
        self.plan_box.setDirection(QBoxLayout.LeftToRight if first else QBoxLayout.TopToBottom)
        self.plan_box.setAlignment(self.plan, Qt.AlignTop if first else Qt.Alignment())
        self.body.setDirection(QBoxLayout.LeftToRight if not (portrait or first)
                               else QBoxLayout.TopToBottom)
        plan, places = (0, 0) if first or self.key_last else (4, 3) if portrait else (3, 2)
        self.body.setStretch(0, plan)
        self.body.setStretch(1, places)
        self._tabs_per_row(2 if first else len(self.tab_buttons))
        self.first = first
        # Margins by the screen, not the text; magnified, the page scrolls and its scroll bar
        # (as wide as the text is large) takes the side margins' place: the plan keeps the
        # width it has at 100 %.
        side = theme.touch(24) if theme.zoom == 1.0 else max(0, theme.touch(24) - px(24) // 2)
        self.outer.setContentsMargins(side, theme.touch(16), side, theme.touch(16))
        inner = theme.touch(24) - side  # words and buttons keep theirs off the screen's edge
        for box in (self.tabs, self.key_box, self.list_box):
            box.setContentsMargins(inner, 0, inner, 0)
        # Stacked (portrait), the gaps between the tabs, the plan, its key and the places
        # follow the screen too: magnified with the text they took 140 px at 200 % (now 46),
        # which the places' title and tallest row needed to start in the first view; they
        # started under the fold, and a band of up to 425 px stayed blank over it.
        space = theme.touch if portrait else px
        self.outer.setSpacing(space(16))
        self.body.setSpacing(theme.touch(16) if portrait else px(24))
        self.list_box.setSpacing(space(8) if portrait else -1)
        self.plan_box.setSpacing(theme.touch(24) if first else space(6))
        self.tabs.setSpacing(px(12))
        self._fit()

    def _fit(self) -> None:
        """Plan first, the plan fills the height the screen shows and the key column takes
        what the plan's shape leaves of the width; the list under it is never taller than
        the screen either: it scrolls by itself, every row whole, once the page is scrolled
        to it."""
        shown = self.parentWidget().height() if self.parentWidget() else self.height()
        margins = self.outer.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        w, h = self.floor.plan_size if self.floor is not None else (16, 9)
        aspect = w / h if w > 0 and h > 0 else 16 / 9  # (a bundle refuses NaN)
        if not self.first:
            self.list.setMinimumHeight(0)
            self.list.setMaximumHeight(QWIDGETSIZE_MAX)  # until laid out (_clear_fold)
            # Stacked, the plan is as tall as the screen's width asks (the page scrolls).
            tall = round(width / aspect) if self.ctx.theme.portrait else 0
            self.plan.setMinimumHeight(max(self.plan.least_height(), tall))
            self.plan.setMaximumHeight(QWIDGETSIZE_MAX)
            for widget in (self.legend, self.hint):
                widget.setMinimumWidth(0)
                widget.setMaximumWidth(QWIDGETSIZE_MAX)
            self.legend.set_most_height(None)  # flowed under the plan, as tall as it needs
            self._clear_fold()
            return
        room = max(self.plan.least_height(), shown - margins.top() - margins.bottom())
        width -= self.plan_box.spacing()
        # The key's widest entry whole (a room named there too), else what the plan leaves;
        # as wide at 150 % as at 200 %, so the plan keeps its size as the text grows, but
        # where one column is taller than the room beside the plan: then wider, in columns.
        least = min(max(self.legend.widest(LARGEST_ZOOM), width - round(room * aspect)),
                    width // 2)
        key = self._key_and_tabs(least, width // 2, shown - margins.top() - self.key_box.spacing())
        self.legend.setFixedWidth(key)
        self.hint.setFixedWidth(key)
        # The places lie below: under a plan down to the fold, room for the cue that says so.
        under = max(0, arrow_room(self.ctx.theme) - margins.bottom())
        self.plan.setFixedHeight(max(self.plan.least_height(),
                                     min(room - under, round((width - key) / aspect))))
        # The list, scrolled to, fills what shows under its title.
        self.list.setFixedHeight(max(self.ctx.theme.touch(200), room - self.list_box.spacing()
                                     - self.list_title.sizeHint().height()))
        self._clear_fold()

    def _tabs_per_row(self, count: int) -> None:
        if count == self.per_row:
            return  # placed so: moved again, they would ask for a layout each time
        self.per_row = count
        for i, tab in enumerate(self.tab_buttons.values()):
            self.tabs.removeWidget(tab)
            self.tabs.addWidget(tab, *divmod(i, count))

    def _key_and_tabs(self, least: int, most: int, room: int) -> int:
        """The key column's width, and the floors' tabs over the key in two columns, or in one
        row where the key is as wide as they need for it: of the two, the narrower key whole
        beside the plan (every mark of 1F named in English at 200 %: under a row of tabs the
        key fits 651 px wide, under two rows it needed 757, leaving the plan narrower than at
        100 %); else `least`, under two rows of tabs."""
        tabs = list(self.tab_buttons.values())
        tall = max(tab.sizeHint().height() for tab in tabs)
        margins = self.tabs.contentsMargins()
        row = sum(tab.sizeHint().width() for tab in tabs) + margins.left() + margins.right() \
            + (len(tabs) - 1) * self.tabs.spacing()
        fitting = []
        for per_row, rows, narrowest in ((2, 2, least), (len(tabs), 1, max(least, row))):
            beside = room - rows * tall - (rows - 1) * self.tabs.spacing()
            key = self._key_width(narrowest, most, beside) if narrowest <= most else most
            if self.legend.heightForWidth(key) <= beside:
                fitting.append((key, per_row, beside))
        key, per_row, beside = min(fitting, default=(least, 2, room - 2 * tall
                                                      - self.tabs.spacing()))
        self._tabs_per_row(per_row)
        self.legend.set_most_height(beside)
        return key

    def _key_width(self, least: int, most: int, beside: int) -> int:
        """The key's width beside the plan: the least from `least` up to `most` at which it is
        no taller than the room `beside` the plan under the floors' tabs (one column where
        that fits; every mark named at 200 %, two short entries to a row or two columns,
        words on two lines), so the plan stays as large as it can; else `least`, the key
        then starting under the fold."""
        self.legend.set_most_height(beside)

        def fits(width: int) -> bool:
            return self.legend.heightForWidth(width) <= beside
        if fits(least) or not fits(most):
            return least
        while most - least > 1:  # the key is no taller as it widens
            middle = (least + most) // 2
            least, most = (least, middle) if fits(middle) else (middle, most)
        return most

    def _clear_fold(self) -> None:
        """The hint beside the plan, or the places under it, whole in the first view or
        starting under its fold (widgets/fold_gap.py); the places' list under its title."""
        shown = self.parentWidget().height() if self.parentWidget() else self.height()
        if not self.first:
            # Beside the plan or under it, the places' list ends at the fold and scrolls by
            # itself where its tallest row fits above it (lowered, the view is shorter than
            # the plan's column; in portrait the plan takes most of it); else it starts under
            # the fold with its title, and the page scrolls to it.
            # The key under the places, the list is as tall as that room, the key under the
            # fold: the page, taller than its view, would give the list its least height only.
            room = shown - self.fold.natural_top(self.list.y())
            fits = room >= self.list.minimumSizeHint().height()
            self.list.setMaximumHeight(room if fits else QWIDGETSIZE_MAX)
            self.list.setMinimumHeight(room if fits and self.key_last else 0)
        self.fold.clear([self.outer], shown, self.ctx.theme.px(16), skip=(self.plan,),
                        together=(self.list_box,))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def retranslate(self) -> None:
        s = self.ctx.session
        self.hint.setText(s.tr("floor.hint"))
        self.list_title.setText(s.tr("floor.rooms"))
        if self.floor is not None:
            self.plan.setAccessibleName(self.title())
