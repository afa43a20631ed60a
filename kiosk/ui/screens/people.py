"""Find a person: departments, then the people of one department (or everyone)."""
from __future__ import annotations

from kiosk.ui.widgets.answer_list import ListPage

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
    """The people of one department (and its teams): photo, position, room and presence."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "StaffList", parent=parent, way=True)
        self.department = None

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
        self.heading.setText(self.ctx.session.tr("people.count", n=self.model.rowCount()))
