"""Find a person: departments, then the people of one department (or everyone)."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from kiosk.search.answers import answer
from kiosk.ui.widgets.answer_list import ListPage
from kiosk.ui.widgets.basic import Tile

EVERYONE = "*"


class PeoplePage(ListPage):
    """Departments in directory order, sub-departments after their parent."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "DepartmentList", route=lambda _t, dept: ("staff", dept),
                         parent=parent, way=True)
        self.model.set_items(("departments", d.id, "") for d in self._ordered())
        self.retranslate()

    def _ordered(self):
        directory = self.ctx.directory
        ordered = []
        for top in (d for d in directory.departments if d.parent is None):
            ordered += [top, *directory.sub_departments(top.id)]
        return ordered

    def title(self) -> str:
        return self.ctx.session.tr("people.title")

    def retranslate(self) -> None:
        self.heading.setText(self.ctx.session.tr("people.departments"))


class StaffListPage(ListPage):
    """The people of one department (and its teams): photo, position, room and presence;
    over them, a tap to the department's own card (its way, its phone, a message for it)."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "StaffList", parent=parent, way=True)
        self.department = None
        self.department_card = Tile(role="rowtile", name="DepartmentCardButton")
        self.department_card.clicked.connect(
            lambda: ctx.navigate(("card", "departments", self.department.id)))
        # The count beside the card, not over it: magnified, the two lines had taken the
        # list's height (a department's people showed one whole row at 200 % in landscape,
        # none in the first view lowered).
        self._top = QHBoxLayout()
        self._layout.removeWidget(self.heading)
        self._top.addWidget(self.heading)
        self._top.addWidget(self.department_card, 1)
        self._layout.insertLayout(0, self._top)
        ctx.theme.changed.connect(self._pad)
        self._pad()

    def _pad(self) -> None:
        touch = self.ctx.theme.touch
        self.department_card.set_padding(touch(24), touch(12))
        self._top.setSpacing(touch(24))

    def open(self, dept_id: str) -> None:
        d = self.ctx.directory
        self.department = None if dept_id == EVERYONE else d.department(dept_id)
        people = d.staff if self.department is None else d.staff_in(dept_id)
        self.model.set_items(("staff", p.id, "") for p in people)
        self.list.scrollToTop()
        self.retranslate()

    def title(self) -> str:
        s = self.ctx.session
        if self.department is None:
            return s.tr("people.everyone")
        return self.department.name.get(s.language)

    def retranslate(self) -> None:
        s = self.ctx.session
        self.heading.setText(s.tr("people.count", n=self.model.rowCount()))
        self.list.itemDelegate().said_department = \
            "" if self.department is None else self.department.name.get(s.language)
        self.department_card.setVisible(self.department is not None)
        if self.department is not None:
            self.department_card.set_texts(
                s.tr("people.department_card", dept=self.department.name.get(s.language)),
                " · ".join(s.tr(f"people.department_card.{part}") for part in self._offers()))

    def _offers(self) -> list[str]:
        """What the department's card offers (cards.py): its way where it has a place, a
        message where messages can be left, its phone."""
        info = answer(self.ctx.directory, "departments", self.department.id,
                      self.ctx.session.language)
        messages = self.ctx.messages
        offers = [("way", bool(info.room_id)),
                  ("message", messages is not None and messages.available),
                  ("phone", bool(getattr(self.department, "phone", "") or info.phone))]
        return [part for part, offered in offers if offered]
