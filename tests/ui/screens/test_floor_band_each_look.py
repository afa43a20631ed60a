"""A floor's screen in portrait with large text, on every floor and in both languages: the
first view shows no empty band between the plan and the places (or whatever the page shows
next), and the fold cuts no place's row.

English names wrap to more lines than Korean: the key grew to 412 px and a place's row to
234 px at 200 %, the places' title and first row no longer fitted under the key and the hint,
moved whole under the fold, and left 269 to 377 px of the first view blank over them."""
from __future__ import annotations

from fold_check import laid_out, rows_cut_at_the_fold
import pytest
from looks import LANGS, Look, kiosk_in
from PySide6.QtCore import QPoint


def largest_blank_band(window) -> int:
    """The tallest stretch of the first view, from the plan's bottom to the fold, that no
    part of the floor's page covers."""
    page = window.page("floor")
    holder = page.parentWidget().parentWidget()
    fold = holder.viewport().mapTo(window, QPoint(0, holder.viewport().height())).y()
    spans = sorted((top, top + widget.height()) for widget in (
        page.legend, page.hint, page.list_title, page.list) if widget.isVisible()
        for top in [widget.mapTo(window, QPoint(0, 0)).y()])
    reached = page.plan.mapTo(window, QPoint(0, page.plan.height())).y()
    largest = 0
    for top, bottom in spans:
        if top >= fold:
            break
        largest = max(largest, top - reached)
        reached = max(reached, bottom)
    return max(largest, fold - reached)


@pytest.mark.parametrize("zoom", (1.5, 2.0))
def test_no_blank_band_over_the_places(qtbot, demo, tmp_path, zoom):
    found = []
    window = kiosk_in(Look(LANGS[0], "portrait", zoom), demo, tmp_path, qtbot)
    for lang in LANGS:
        window.ctx.session.set_language(lang)
        for floor in demo.floors_top_down():
            window.navigate(("floor", floor.id))
            page = window.page("floor")
            laid_out(page)
            band = largest_blank_band(window)
            if band >= page.list_title.height():
                found.append(f"{lang} {floor.id}: {band} px of the first view blank")
            found += [f"{lang} {floor.id}: {cut}" for cut in rows_cut_at_the_fold(page)]
    assert found == [], "\n".join(found)
