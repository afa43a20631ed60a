"""Which department's consoles read a card: the praised person's, else the complaint
window's, else "-" (consoles of every department)."""
from __future__ import annotations

import dataclasses

import pytest

from kiosk.feedback.routing import NO_DEPARTMENT, destination


def window_department(demo):
    return next(s.department for s in demo.services if s.complaint_window)


def test_praise_for_a_person_goes_to_their_department_with_their_name(demo):
    person = next(p for p in demo.staff if p.department != window_department(demo))
    dept = demo.department(person.department)
    department, (ko, en) = destination(demo, "green", person.id)
    assert department == person.department
    assert ko == f"{person.name.ko} · {dept.name.ko}" and en.startswith(person.name.en)


@pytest.mark.parametrize(("colour", "staff"), [("yellow", None), ("green", None),
                                               ("yellow", "s15"), ("green", "nobody")])
def test_every_other_card_goes_to_the_complaint_window(demo, colour, staff):
    # A yellow card's staff is not a route (a complaint about someone is not theirs to read).
    department, (ko, en) = destination(demo, colour, staff)
    assert department == window_department(demo) == "ga-admin"
    assert ko == demo.department("ga-admin").name.ko and en


def test_without_a_complaint_window_the_card_is_for_every_department(demo):
    services = tuple(dataclasses.replace(s, complaint_window=False) for s in demo.services)
    bare = dataclasses.replace(demo, services=services)
    assert destination(bare, "yellow", None) == (NO_DEPARTMENT, ("", ""))
    person = demo.staff[0]
    assert destination(bare, "green", person.id)[0] == person.department
