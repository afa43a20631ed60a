"""Two magnified compact rows of one name (the reading room as a place and as the department
of the same name) still say what tells them apart: their kind."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from kiosk.search.answers import Answer
from kiosk.ui.widgets.compact_row import compact_layout


def answer(table: str, kind: str) -> Answer:
    return Answer(table=table, id=f"{table}-1", kind=kind, name="General Reading Room",
                  detail="", floor="2F", floor_id="2F", room="General Reading Room (201)",
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
