"""A room that can be entered without steps but that a kiosk reaches only by stairs is a
warning naming the room (or, when that holds for a whole floor, the floor) and the fix: a
visitor in a wheelchair would otherwise be told there is no way, with nothing for staff to
see before."""
from __future__ import annotations

import dataclasses

import pytest

from kiosk.bundle.meaning_checks import step_free_problems
from kiosk.bundle.parts import BundleParts
from kiosk.directory.files import load_demo

DEMO = load_demo()


def without_elevators(d):
    return dataclasses.replace(d, nav_edges=tuple(e for e in d.nav_edges
                                                  if e.kind != "elevator"))


def one_door_with_a_step(d, room="2F-general"):
    """The only way into one room gets a sill: step_free = false on its door edge."""
    doors = {n.id for n in d.nav_nodes if n.room == room}
    return dataclasses.replace(d, nav_edges=tuple(
        dataclasses.replace(e, step_free=False) if doors & {e.a, e.b} else e
        for e in d.nav_edges))


def not_accessible(d, room="2F-general"):
    return dataclasses.replace(d, rooms=tuple(
        dataclasses.replace(r, accessible=False) if r.id == room else r for r in d.rooms))


@pytest.mark.parametrize("directory, expected", [
    (DEMO, []),
    (without_elevators(DEMO), [("floor.not_step_free", "2F"), ("floor.not_step_free", "3F"),
                               ("floor.not_step_free", "4F")]),
    (one_door_with_a_step(DEMO), [("room.not_step_free", "2F-general")]),
    # The room says it has steps: the kiosk tells the visitor so; nothing to warn about.
    (not_accessible(one_door_with_a_step(DEMO)), []),
    (dataclasses.replace(DEMO, nav_nodes=(), nav_edges=()), []),  # no wayfinding at all
], ids=["demo", "no elevator", "a sill", "a sill, said", "no graph"])
def test_rooms_reached_by_stairs_only_are_named(directory, expected):
    found = list(step_free_problems(directory, BundleParts()))
    assert all(p.severity == "warning" for p in found)
    named = [(p.key, p.message.en.split("'")[1]) for p in found]
    assert named == expected, [p.text("en") for p in found]
    for p in found:
        assert "accessible = false" in p.fix.en and "accessible = false" in p.fix.ko
