"""A service's card names the person who answers for it (민원행정실명제), whose own card, with
photo, duties and the way, is one tap on: the charter's "the person in charge within 5
minutes" from a search for the service."""
from __future__ import annotations

import dataclasses

from helpers import tap
from looks import LARGEST, in_looks, wear
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.directory.strings import tr
from kiosk.ui.app import build
from kiosk.ui.widgets.basic import Tile


def in_charge_tiles(window):
    """The card's buttons that name a person, as shown (a rebuilt card's parts are shown by
    the event loop)."""
    QApplication.processEvents()
    names = tuple(p.name.get(window.ctx.session.language) for p in window.ctx.directory.staff)
    return [t for t in window.page("card").findChildren(Tile)
            if t.isVisible() and t.accessibleName().startswith(names)]


def test_every_service_with_a_person_leads_to_that_person_s_card(qtbot, window, demo):
    named = [sv for sv in demo.services if sv.person]
    assert named, "the demo's services name their people"
    for service in named:
        person = demo.staff_member(service.person)
        window.navigate(("card", "services", service.id))
        heading = [w for w in window.page("card").findChildren(QLabel)
                   if w.text() == tr("card.in_charge", "ko")]
        assert heading, service.id
        tiles = in_charge_tiles(window)
        assert [t.accessibleName() for t in tiles] == [
            f"{person.name.ko} · {person.position.ko}"], service.id
        assert tiles[0].accessibleDescription() == person.duties.ko  # why it is the person
        tap(qtbot, tiles[0])
        assert window.route == ("card", "staff", person.id)


def test_a_service_without_a_person_names_nobody(qtbot, demo, cfg):
    service = dataclasses.replace(demo.services[0], person=None)
    directory = dataclasses.replace(demo, services=(service, *demo.services[1:]))
    window = build(directory, cfg)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.navigate(("card", "services", service.id))
    assert in_charge_tiles(window) == []
    assert not [w for w in window.page("card").findChildren(QLabel)
                if w.text() == tr("card.in_charge", "ko")]


@in_looks(zoom=LARGEST)
def test_the_person_in_charge_reads_in_the_visitor_s_language(window, demo, look):
    wear(window, look)
    service = next(sv for sv in demo.services if sv.person)
    person = demo.staff_member(service.person)
    window.navigate(("card", "services", service.id))
    lang = look.lang
    assert [t.accessibleName() for t in in_charge_tiles(window)] == [
        f"{person.name.get(lang)} · {person.position.get(lang)}"]
