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
from plan_overlap import leader_problems, line_crosses, names_its_room, overlap
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from test_plan_labels import label_problems

from kiosk.ui.widgets.plan_callouts import call_out
from kiosk.ui.widgets.plan_labels import grow_labels, place_labels


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


# -- on made-up rooms ---------------------------------------------------------------------------
def font(pixels: int) -> QFont:
    f = QFont("NanumBarunGothic")
    f.setBold(True)
    f.setPixelSize(pixels)
    return f


def called_out(rooms, obstacles=(), pictured=()):
    """The names placed at 100 % sizes, grown to 200 % and, under 36 px, set beside."""
    placed = place_labels(rooms, list(obstacles), [24, 20, 16], font, 4)
    grown = grow_labels(placed, rooms, list(obstacles), 2.0, font, 4)
    boxes = {room_id: rect for room_id, _name, rect in rooms}
    building = QRectF(0, 0, 1000, 400)
    return call_out(grown, boxes, building, list(boxes.values()) + list(pictured),
                    list(pictured), list(obstacles), 36, 2.0, font, 4)


def test_a_narrow_rooms_name_goes_into_the_corridor_with_a_line_into_it(qtbot):
    """A room 150 px wide under a corridor 100 px tall: "Visitor consultation room" fits in
    it at 20 px at 100 % and little more at 200 %; beside it, in the corridor, it takes twice
    its 100 % size, touching the room, its line ending in the room's middle. A room that
    holds its name large keeps it."""
    rooms = [("consult", "Visitor consultation room", QRectF(400, 100, 150, 300)),
             ("big", "Lounge", QRectF(550, 100, 450, 300)),
             ("story", "Story room", QRectF(0, 100, 400, 300))]
    consult, lounge, _story = called_out(rooms)
    assert consult.base == 20 and consult.font.pixelSize() == 40
    assert consult.leader is not None
    assert QRectF(0, 0, 1000, 100).contains(consult.box)  # in the corridor
    assert consult.leader.p2() == rooms[0][2].center()
    assert names_its_room(consult, rooms[0][2])
    assert lounge.leader is None and rooms[1][2].contains(lounge.box)


def test_a_tag_in_the_corridor_sends_the_name_beside_its_room_in_a_neighbours_free_part(qtbot):
    """The corridor in front of the room taken by a tag: the name goes into the free part of
    the room beside it, never over a toilet (a pictogram's room), its line over no tag."""
    tag = QRectF(0, 30, 1000, 70)
    toilets = [QRectF(520, 100, 120, 300), QRectF(400, 220, 120, 180)]
    rooms = [("consult", "Nursing room", QRectF(400, 100, 120, 120)),
             ("big", "Lounge", QRectF(0, 100, 400, 300))]
    consult, lounge = called_out(rooms, [tag], toilets)
    assert consult.font.pixelSize() >= 36 and consult.leader is not None
    assert rooms[1][2].contains(consult.box) and not overlap(consult.box, lounge.box)
    assert not any(overlap(consult.box, toilet) for toilet in toilets + [tag])
    assert names_its_room(consult, rooms[0][2])
    assert not line_crosses(consult.leader, tag)
