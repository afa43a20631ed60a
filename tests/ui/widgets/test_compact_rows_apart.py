"""Two magnified compact rows of one name (the reading room as a place and as the department
of the same name) still say what tells them apart: their kind. A list of one kind does not
say it on every row: its heading does, and no two of its rows read alike without it."""
from __future__ import annotations

import pytest
from looks import in_looks, settle, wear
from PySide6.QtCore import QRect

from kiosk.directory.strings import KIND_LABELS, tr
from kiosk.search.answers import Answer
from kiosk.ui.screens.people import EVERYONE
from kiosk.ui.widgets.compact_row import compact_layout


def answer(table: str, kind: str) -> Answer:
    return Answer(table=table, id=f"{table}-1", kind=kind, name="General Reading Room",
                  detail="", floor="2F", floor_mark="2F", room="General Reading Room (201)",
                  room_id="r201", room_number="201", department="",
                  phone="02-3677-0345~0346")


@pytest.mark.parametrize("zoom", (1.5, 2.0))
def test_a_place_and_a_department_of_one_name_read_apart(window, zoom):
    theme = window.ctx.theme
    window.ctx.session.set_profile(window.ctx.session.profile.__class__(zoom=zoom))
    shown = []
    for table, kind in (("rooms", "Place"), ("departments", "Department")):
        row = answer(table, kind)
        words = (" · ".join((kind, row.detail)).strip(" ·"), "2F · 201", row.phone,
                 theme.color("text_muted"))
        _avatar, _way, drawn, _height = compact_layout(theme, QRect(0, 0, 700, 400), row,
                                                       words, "")
        texts = " / ".join(text for _rect, _font, _colour, text, *_ in drawn)
        assert kind in texts, f"{texts}: the row does not say it is a {kind}"
        shown.append(texts)
    assert shown[0] != shown[1], f"two rows read alike: {shown[0]}"


def drawn_words(view) -> list[str]:
    """Each row's words as its delegate lays them out at the list's width, one string a row."""
    delegate, model, out = view.itemDelegate(), view.model(), []
    for row in range(model.rowCount()):
        rect = view.visualRect(model.index(row, 0))
        _avatar, _way, drawn, _height = delegate.layout(rect, model.answer(row))
        out.append(" / ".join(text for _rect, _font, _colour, text, *_ in drawn))
    return out


def kind_of(table: str, lang: str) -> str:
    return tr(KIND_LABELS[table], lang)


@in_looks(lang=("ko", "en"), zoom=(1.0, 1.5, 2.0))
def test_a_list_of_one_kind_does_not_say_it_on_every_row(window, demo, look):
    """Magnified, every row of the departments said "Department": true of each, telling none
    apart (unmagnified, a floor's places each began "Place · "). A list of one kind (the departments, a floor's places, a department's people)
    leaves it to its heading; a list that mixes kinds (search) names each row's, a place's,
    a department's, a service's, an amenity's (a person's row never says it)."""
    wear(window, look)
    one_kind = ((("people",), "departments"), (("staff", EVERYONE), "staff"),
                (("floor", demo.floors[1].id), "rooms"))
    for route, table in one_kind:
        window.navigate(route)
        settle()
        page = window.current_page()
        assert {t for t, *_ in page.list.model().items} == {table}, route
        rows = drawn_words(page.list)
        kind = kind_of("departments" if table == "staff" else table, look.lang)
        assert rows and not any(f"{kind} ·" in row or row.endswith(kind) for row in rows), \
            (route, rows)
        assert len(set(rows)) == len(rows), f"{route}: two rows read alike: {rows}"
    window.navigate(("search",))
    page = window.current_page()
    page.set_query("열람" if look.lang == "ko" else "reading")
    settle()
    items = page.results.model().items
    assert len({t for t, *_ in items}) > 2, items  # places, departments, people and more
    rows = drawn_words(page.results)
    for (table, _id, _match), row in zip(items, rows):
        if table != "staff":  # a department in the place of its name is one answer for both
            kinds = {kind_of(table, look.lang)} | (
                {tr("kind.place_department", look.lang)} if table == "departments" else set())
            assert any(kind in row for kind in kinds), (table, row)
    assert len(set(rows)) == len(rows), f"two results read alike: {rows}"
