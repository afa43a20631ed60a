"""A floor's screen in portrait at 200 % leaves no band of its first view blank that could
hold the places: their title and their list at its least (its tallest row, whole), measured
on the drawn geometry from the lowest block shown above the fold to the fold.

The gaps between the plan, its key, the hint and the places grew with the text (86 px at
200 %): the places, a few pixels short of room, started under the fold, and a band of 425 px
(4F and 2F in Korean) stayed empty above it."""
from __future__ import annotations

import pytest
from fold_check import laid_out
from looks import LANGS, Look, kiosk_in
from PySide6.QtCore import QPoint


def blank_band(window) -> tuple[int, int]:
    """(the blank band's height over the fold, what the places need at least to show there)
    on the floor screen shown."""
    page = window.page("floor")
    holder = page.parentWidget().parentWidget()
    fold = holder.viewport().mapTo(window, QPoint(0, holder.viewport().height())).y()
    shown = [widget for widget in (page.tab_bar, page.plan, page.legend, page.hint,
                                   page.list_title, page.list) if widget.isVisible()]
    bottoms = [widget.mapTo(window, QPoint(0, widget.height())).y() for widget in shown]
    lowest = max(bottom for bottom in bottoms if bottom <= fold)
    need = page.list_title.height() + page.list.minimumSizeHint().height()
    return fold - lowest, need


@pytest.mark.parametrize("lang", LANGS)
def test_no_band_that_could_hold_the_places_is_left_blank(qtbot, demo, tmp_path, lang):
    window = kiosk_in(Look(lang, "portrait", 2.0), demo, tmp_path, qtbot)
    found = []
    for floor in demo.floors_top_down():
        window.navigate(("floor", floor.id))
        laid_out(window.page("floor"))
        blank, need = blank_band(window)
        if blank >= need:
            found.append(f"{floor.id}: {blank} px blank over the fold, where the places need "
                         f"{need}")
    assert found == [], "\n".join(found)
