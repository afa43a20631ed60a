"""A service without its own phone: its search answer (the card, `python -m kiosk find`)
gives the number its row on the service-window page gives, its person's extension, as
docs/bundle-format.md promises; the answer gave the department's number."""
from __future__ import annotations

import dataclasses

from kiosk.directory.charter_text import window_lines
from kiosk.directory.files import load_demo
from kiosk.search.answers import answer

DEMO = load_demo()


def without_phones(directory, person_gone: bool = False):
    services = tuple(dataclasses.replace(s, phone="") for s in directory.services)
    staff = directory.staff
    if person_gone:
        named = {s.person for s in services}
        staff = tuple(p for p in staff if p.id not in named)
    return dataclasses.replace(directory, services=services, staff=staff)


def test_a_service_without_a_phone_answers_with_its_persons_extension():
    directory = without_phones(DEMO)
    checked = 0
    for service in directory.services:
        person = directory.staff_member(service.person)
        if person is None or not person.extension:
            continue
        for lang in ("ko", "en"):
            found = answer(directory, "services", service.id, lang)
            assert found.phone == person.extension, service.id
            assert any(person.extension in line for line in window_lines(directory, service,
                                                                         lang))
        checked += 1
    assert checked >= 10


def test_a_service_whose_person_is_gone_answers_with_its_department_line():
    directory = without_phones(DEMO, person_gone=True)
    service = next(s for s in directory.services
                   if directory.department(s.department) is not None
                   and directory.department(s.department).phone)
    found = answer(directory, "services", service.id, "ko")
    assert found.phone == directory.department(service.department).phone
