"""Find a person: departments, then the people of one department (or everyone)."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from .answer_list import AnswerListModel, answer_view
from .widgets import label

EVERYONE = "*"


class PeoplePage(QWidget):
    """Departments in directory order, sub-departments after their parent."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.heading = label(role="heading")
        self.model = AnswerListModel(ctx, self)
        self.model.set_items(("departments", d.id, "") for d in self._ordered())
        self.list = answer_view(ctx, self.model, route=lambda _t, dept: ("staff", dept))
        self.list.setObjectName("DepartmentList")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self._layout = layout
        ctx.theme.changed.connect(self.relayout)
        self.relayout()
        self.retranslate()

    def _ordered(self):
        departments = self.ctx.directory.departments
        ordered = []
        for top in (d for d in departments if d.parent is None):
            ordered.append(top)
            ordered += [d for d in departments if d.parent == top.id]
        return ordered

    def title(self) -> str:
        return self.ctx.session.tr("people.title")

    def relayout(self) -> None:
        px = self.ctx.theme.px
        self._layout.setContentsMargins(px(40), px(20), px(40), px(20))
        self._layout.setSpacing(px(16))

    def retranslate(self) -> None:
        self.heading.setText(self.ctx.session.tr("people.departments"))


class StaffListPage(QWidget):
    """The people of one department (and its teams), photo, position, room and presence."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.department = None
        self.heading = label(role="heading")
        self.model = AnswerListModel(ctx, self)
        self.list = answer_view(ctx, self.model)
        self.list.setObjectName("StaffList")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self._layout = layout
        ctx.theme.changed.connect(self.relayout)
        self.relayout()

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

    def relayout(self) -> None:
        px = self.ctx.theme.px
        self._layout.setContentsMargins(px(40), px(20), px(40), px(20))
        self._layout.setSpacing(px(16))

    def retranslate(self) -> None:
        self.heading.setText(self.ctx.session.tr("people.count", n=self.model.rowCount()))
