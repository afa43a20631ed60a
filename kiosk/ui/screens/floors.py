"""Floor directory: every floor with what is on it, and one floor's plan with its places."""
from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.widgets.answer_list import AnswerListModel, answer_view
from kiosk.ui.widgets.basic import Tile, button, label, scroll_area
from kiosk.ui.widgets.floorplan import FloorPlanView
from kiosk.ui.widgets.plan_legend import PlanLegend

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
HIDDEN_IN_LIST = {"hall"}
FACILITIES = {"toilet", "elevator", "stairs"}  # listed after the rooms people come for


class FloorsPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.floors = ctx.directory.floors_top_down()
        content = QWidget()
        self.rows = QVBoxLayout(content)
        self.tiles = []
        for floor in self.floors:
            tile = Tile(role="rowtile", name=f"Floor-{floor.id}")
            tile.clicked.connect(lambda _=False, f=floor.id: ctx.navigate(("floor", f)))
            self.rows.addWidget(tile)
            self.tiles.append(tile)
        self.rows.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(content))
        ctx.theme.changed.connect(self.relayout)
        self.relayout()
        self.retranslate()

    def title(self) -> str:
        return self.ctx.session.tr("floors.title")

    def relayout(self) -> None:
        theme = self.ctx.theme
        px = theme.px
        self.rows.setContentsMargins(px(40), px(24), px(40), px(24))
        self.rows.setSpacing(px(18))
        for i, tile in enumerate(self.tiles):
            tile.set_padding(px(28), px(18))
            # A portrait screen's height is shared by the floors, not left empty under them.
            self.rows.setStretch(i, 1 if theme.portrait else 0)
        self.rows.setStretch(len(self.tiles), 0 if theme.portrait else 1)

    def retranslate(self) -> None:
        lang = self.ctx.session.language
        for tile, floor in zip(self.tiles, self.floors):
            tile.set_texts(floor.name.get(lang), floor.summary.get(lang))


class FloorPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.floor = None
        self.beside = False  # the plan beside the list, magnified (relayout)
        self.tab_bar = QWidget()  # over the plan and list, or over the plan alone (magnified)
        self.tab_bar.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)  # its rows only
        self.tabs = QGridLayout(self.tab_bar)  # one row, or two columns over the plan
        self.tabs.setContentsMargins(0, 0, 0, 0)
        self.tab_buttons = {}
        for floor in sorted(ctx.directory.floors, key=lambda f: f.level):
            tab = button(floor.id, role="tab", name=f"FloorTab-{floor.id}")
            tab.clicked.connect(lambda _=False, f=floor.id: ctx.navigate(("floor", f), push=False))
            self.tabs.addWidget(tab, 0, len(self.tab_buttons))
            self.tab_buttons[floor.id] = tab
        self.plan = FloorPlanView(ctx)
        self.plan.room_tapped.connect(lambda room_id: ctx.navigate(("card", "rooms", room_id)))
        self.hint = label(role="muted")
        self.list_title = label(role="heading")
        self.model = AnswerListModel(ctx, self)
        self.list = answer_view(ctx, self.model, way=True)
        plan_box = QVBoxLayout()
        self.plan_box = plan_box
        plan_box.addWidget(self.plan, 1)
        self.legend = PlanLegend(ctx, plan=self.plan)
        plan_box.addWidget(self.legend)
        plan_box.addWidget(self.hint)
        list_box = QVBoxLayout()
        list_box.addWidget(self.list_title)
        list_box.addWidget(self.list, 1)
        list_box.addStretch(0)  # under a list kept to the screen's height, beside a long plan
        self.list_box = list_box
        self.body = QBoxLayout(QBoxLayout.LeftToRight)
        self.body.addLayout(plan_box, 3)
        self.body.addLayout(list_box, 2)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.tab_bar)
        self.outer.addLayout(self.body, 1)
        ctx.theme.changed.connect(self.relayout)
        ctx.session.profile_changed.connect(self._profile_changed)
        self.relayout()

    def title(self) -> str:
        if self.floor is None:
            return ""
        return self.ctx.session.tr("floor.title", floor=self.floor.name.get(self.ctx.session.language))

    def open(self, floor_id: str) -> None:
        directory = self.ctx.directory
        self.floor = directory.floor(floor_id)
        rooms = directory.rooms_on(floor_id)
        self.plan.set_floor(self.floor, rooms, self.ctx.kiosk)
        listed = sorted((r for r in rooms if r.kind not in HIDDEN_IN_LIST),
                        key=lambda r: (r.kind in FACILITIES, r.number or "~", r.name.ko))
        self.model.set_items(("rooms", r.id, "") for r in listed)
        for fid, tab in self.tab_buttons.items():
            tab.setText(("✓ " if fid == floor_id else "") + fid)  # not by colour alone
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
        # Magnified beside the list, the plan is narrower and the floors' tabs sit over it
        # alone, in two columns: the list's rows get the width and the height to show three
        # places at once.
        beside = not portrait and theme.zoom > 1.0
        self.outer.removeWidget(self.tab_bar)
        self.plan_box.removeWidget(self.tab_bar)
        if beside:
            self.plan_box.insertWidget(0, self.tab_bar)
        else:
            self.outer.insertWidget(0, self.tab_bar)
        self.body.setDirection(QBoxLayout.TopToBottom if portrait else QBoxLayout.LeftToRight)
        plan, places = (4, 3) if portrait else (3, 2) if not beside else \
            (1, 2) if theme.zoom >= 2.0 else (2, 3)
        self.body.setStretch(0, plan)
        self.body.setStretch(1, places)
        for i, tab in enumerate(self.tab_buttons.values()):
            self.tabs.removeWidget(tab)
            self.tabs.addWidget(tab, *(divmod(i, 2) if beside else (0, i)))
        self.beside = beside
        self._fit_list()
        self.outer.setContentsMargins(px(24), px(16), px(24), px(16))
        self.outer.setSpacing(px(16))
        self.body.setSpacing(px(24))
        self.tabs.setSpacing(px(12))

    def _fit_list(self) -> None:
        """Beside the plan, magnified, the list and the plan are never taller than what the
        screen shows: the plan's key may lie under the fold, but the plan and every place
        shown whole stay in view, and the list scrolls by itself, not with the page."""
        shown = self.parentWidget().height() if self.parentWidget() else self.height()
        if not self.beside:
            self.list.setMaximumHeight(QWIDGETSIZE_MAX)
            self.plan.setMaximumHeight(QWIDGETSIZE_MAX)
            return
        margins = self.outer.contentsMargins()
        room = shown - margins.top() - margins.bottom() - self.body.spacing()
        self.list.setMaximumHeight(max(self.ctx.theme.touch(200),
                                       room - self.list_title.sizeHint().height()))
        # The plan too stays in view, its key under it (scrolled to).
        self.plan.setMaximumHeight(max(self.plan.minimumHeight(),
                                       room - self.tab_bar.sizeHint().height()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_list()

    def retranslate(self) -> None:
        s = self.ctx.session
        self.hint.setText(s.tr("floor.hint"))
        self.list_title.setText(s.tr("floor.rooms"))
        if self.floor is not None:
            self.plan.setAccessibleName(self.title())
