"""Who handles what shows on the rows at every text size: a person's duties on the people's
rows, a department's on the departments' (wrapped, magnified too), so a visitor finds who
takes book donations without opening each card."""
from __future__ import annotations

from looks import in_looks, kiosk_in, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

from kiosk.ui.widgets.answer_row import ANSWER_ROLE


def painted(view: QListView, row: int) -> list[str]:
    """The words the row's delegate lays out (and paints), at the list's width."""
    index = view.model().index(row, 0)
    answer = index.data(ANSWER_ROLE)
    rect = view.visualRect(index)
    _avatar, _way, drawn, _height = view.itemDelegate().layout(rect, answer)
    return [text for _r, _f, _c, text, *_rest in drawn if _r.height() > 0]


def shown_list(window, name) -> QListView:
    return next(v for v in window.findChildren(QListView, name) if v.isVisible())


@in_looks()
def test_people_and_department_rows_show_their_duties(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot)
    window.navigate(("people",))
    settle()
    departments = shown_list(window, "DepartmentList")
    missing = []
    for row, (_t, dept_id, _m) in enumerate(departments.model().items):
        duties = demo.department(dept_id).duties.get(look.lang).strip().splitlines()[0]
        if duties and not any(duties in text for text in painted(departments, row)):
            missing.append(f"department {dept_id}")
    for dept in demo.departments:
        window.navigate(("staff", dept.id))
        settle()
        people = shown_list(window, "StaffList")
        for row, (_t, person_id, _m) in enumerate(people.model().items):
            duties = demo.staff_member(person_id).duties.get(look.lang).strip()
            if duties and not any(duties in text for text in painted(people, row)):
                missing.append(f"person {person_id}")
    assert missing == []
    # Read aloud too: a row's accessible text names the duties.
    people = shown_list(window, "StaffList")
    index = people.model().index(0, 0)
    person = demo.staff_member(people.model().items[0][1])
    assert person.duties.get(look.lang).strip() in people.model().data(index, Qt.AccessibleTextRole)
