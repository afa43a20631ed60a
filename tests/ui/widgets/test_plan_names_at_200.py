"""At 200 % every room's name on every floor page is at least the size names take at 150 %,
in every look of the tour (ko/en, landscape/portrait, normal and high contrast, full height
and lowered where the reach band cuts the screen): a visitor with low vision who chose the
largest text reads every room, the visitor consultation room in its narrow room included
("Visitor consultation room" stayed at its 100 % size, 22 px, in portrait, beside names of
48). A name its room holds only smaller goes beside the room with a line into it; it still
overlaps no other name, lies under no tag ("you are here") and its line crosses no other
name, room, tag or pin; every room above the area threshold is named."""
from __future__ import annotations

import pytest
from looks import BAND_CUTS, CONTRASTS, LANGS, POSITIONS, SHAPES, Look, kiosk_in, wear
from plan_overlap import leader_problems
from PySide6.QtWidgets import QApplication
from test_plan_labels import label_problems


def shown_plan(window, look: Look, floor_id: str):
    wear(window, look)
    window.navigate(("floor", floor_id))
    QApplication.processEvents()
    page = window.page("floor")
    page.plan.grab()  # paints, as the screen does
    return page


@pytest.mark.parametrize("low", POSITIONS, ids=["full", "low"])
@pytest.mark.parametrize("shape", SHAPES)
def test_every_name_at_200_is_at_least_its_150_size(qtbot, demo, tmp_path, shape, low):
    window = kiosk_in(Look(LANGS[0], shape, 1.0, low_position=low), demo, tmp_path, qtbot,
                      BAND_CUTS[shape] if low else None)
    found = []
    for lang in LANGS:
        for contrast in CONTRASTS:
            small = Look(lang, shape, 1.0, contrast, low)
            # The size names take at 100 % on these plans, where their rooms hold them.
            named = max(label.font.pixelSize() for floor in demo.floors
                        for label in shown_plan(window, small, floor.id).plan
                        .last_placement.labels if label.keyed is None)
            least = round(named * 1.5)
            look = Look(lang, shape, 2.0, contrast, low)
            for floor in demo.floors:
                page = shown_plan(window, look, floor.id)
                plan, where = page.plan, f"{look} {floor.id}"
                placed = plan.last_placement
                found += [f"{where}: {label.name!r} at {label.font.pixelSize()} px, "
                          f"under {least}" for label in placed.labels
                          if label.font.pixelSize() < least]
                found += label_problems(plan, page.legend, where)
                rooms = {r.id: plan.room_rect(r) for r in plan.rooms
                         if r.rect is not None and r.kind != "hall"}
                found += leader_problems(placed, rooms, plan.marks(), where)
    assert found == [], "\n".join(found)
