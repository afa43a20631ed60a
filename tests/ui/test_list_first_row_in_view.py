"""The lists a visitor comes to read show their first row whole in the first view, in every
look (ko/en × landscape/portrait × 100/150/200 % × full height and lowered where the reach
band cuts the screen): the departments, everyone, each department's people, the services and
the service windows, measured on the rect the first row is drawn in: inside the list's visible
viewport, above the footer, inside the reach band when lowered.

Lowered at 200 % in landscape a department's people had started under the fold (the count,
then the department's card over them, took the height), and so had English Planning &
Information's in portrait: the visitor saw no one at all until scrolling."""
from __future__ import annotations

import pytest
from looks import BAND_CUTS, LANGS, POSITIONS, SHAPES, Look, kiosk_in, looks, settle, wear
from PySide6.QtCore import QPoint, QRect

from kiosk.directory.accessibility import ZOOMS


def list_routes(directory) -> list[tuple]:
    """Every screen whose content is one list: the departments, everyone, each department
    with people, the services and the service windows."""
    people = [("staff", d.id) for d in directory.departments if directory.staff_in(d.id)]
    return [("people",), ("staff", "*"), *people, ("services",), ("tables",)]


def first_row_problem(window, route: tuple) -> str:
    """'' when the first row of the screen's list is drawn whole in the first view."""
    page = window.page(route[0])
    view = page.list
    if view.model().rowCount() == 0:
        return "no rows"
    viewport = view.viewport()
    rect = view.visualRect(view.model().index(0, 0))
    if not viewport.visibleRegion().boundingRect().contains(rect):
        return f"its first row {rect} shows {viewport.visibleRegion().boundingRect()} of it"
    drawn = QRect(viewport.mapTo(window, rect.topLeft()), rect.size())
    footer = window.chrome.footer.mapTo(window, QPoint(0, 0)).y()
    if drawn.bottom() >= footer:
        return f"its first row ends at {drawn.bottom()}, under the footer's top {footer}"
    if not window.content_rect().contains(drawn):
        return f"its first row {drawn} leaves the reach band {window.content_rect()}"
    return ""


def in_first_view(window, demo) -> list[str]:
    found = []
    for route in list_routes(demo):
        window.navigate(route)
        settle()
        if problem := first_row_problem(window, route):
            found.append(f"{'/'.join(route)}: {problem}")
    return found


@pytest.mark.parametrize("low", POSITIONS, ids=["full", "low"])
@pytest.mark.parametrize("shape", SHAPES)
def test_every_lists_first_row_shows_whole_in_the_first_view(qtbot, demo, tmp_path, shape,
                                                              low):
    window = kiosk_in(Look(LANGS[0], shape, min(ZOOMS), low_position=low), demo, tmp_path,
                      qtbot, BAND_CUTS[shape] if low else None)
    found = []
    for look in looks(shape=shape, low_position=low):
        wear(window, look)
        found += [f"{look}: {problem}" for problem in in_first_view(window, demo)]
    assert found == [], "\n".join(found)


def test_the_check_sees_a_first_row_under_the_fold(qtbot, demo, tmp_path):
    """The check can fail: a department's card made tall enough pushes its people's first
    row under the fold, the page's scroll area showing only its top."""
    window = kiosk_in(Look("en", "landscape", 2.0), demo, tmp_path, qtbot)
    dept = next(d for d in demo.departments if demo.staff_in(d.id))
    window.navigate(("staff", dept.id))
    settle()
    assert first_row_problem(window, ("staff", dept.id)) == ""
    window.page("staff").department_card.setMinimumHeight(700)
    settle()
    assert "shows" in first_row_problem(window, ("staff", dept.id))


# At 200 % in landscape the view between the header and the footer is about 820 px, and a
# person's row 210 to 330 px (photo, name, position, duties, place and presence): with the
# count and the department's card over them two rows fit, a third never could. Two show a
# visitor the next person and that the list goes on; a department's people had shown one.
PEOPLE_ROWS_AT_200 = 2


def whole_rows(view) -> int:
    shown = view.viewport().visibleRegion().boundingRect()
    return sum(1 for row in range(view.model().rowCount())
               if shown.contains(view.visualRect(view.model().index(row, 0))))


@pytest.mark.parametrize("lang", LANGS)
def test_people_lists_show_two_whole_rows_at_200_in_landscape(qtbot, demo, tmp_path, lang):
    window = kiosk_in(Look(lang, "landscape", 2.0), demo, tmp_path, qtbot)
    found = []
    routes = [("people",), ("staff", "*")]
    routes += [("staff", d.id) for d in demo.departments if len(demo.staff_in(d.id)) > 1]
    for route in routes:
        window.navigate(route)
        settle()
        view = window.page(route[0]).list
        need = min(PEOPLE_ROWS_AT_200, view.model().rowCount())
        if (whole := whole_rows(view)) < need:
            found.append(f"{'/'.join(route)}: {whole} whole rows in a list "
                         f"{view.viewport().height()} px tall, not {need}")
    assert len(routes) > 4
    assert found == [], "\n".join(found)
