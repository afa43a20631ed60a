"""The place a kiosk says in its presence is one every console accepts: a directory name the
consoles would refuse (which refuses the whole presence, so the kiosk would show offline on
every desk) is left out, with a warning, and the consoles name the kiosk by its id."""
from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from kiosk.calls import protocol as proto
from kiosk.calls.presence_message import parse_presence, presence_payload
from kiosk.directory.files import load_demo
from kiosk.directory.model import Text
from kiosk.ui.call_system import kiosk_place

STACKED = "로비" + "\u0301" * 3  # three marks on one letter: more than a console shows
BLANK = "\u3164\u3164"  # Hangul fillers: a name that shows nothing


def said(place):
    payload = presence_payload("kiosk", "lobby", True, "", 10.0, place)
    return parse_presence(proto.presence_topic("kiosk", "lobby"), payload).place


def test_the_demo_kiosks_place_is_said_and_read_as_it_is():
    demo = load_demo()
    place = kiosk_place(demo, demo.kiosks[0])
    assert place is not None and place.name == demo.kiosks[0].name
    assert said(place) == place


@pytest.mark.parametrize("name", [Text(STACKED, "Lobby"), Text("로비", BLANK),
                                  Text("로비", "L" * 121)])
def test_a_name_the_consoles_would_refuse_is_left_out(caplog, name):
    demo = load_demo()
    kiosk = replace(demo.kiosks[0], name=name)
    with caplog.at_level(logging.WARNING, logger="kiosk"):
        place = kiosk_place(demo, kiosk)
    assert place is None  # the presence goes without it, and is accepted
    assert said(place) is None
    assert kiosk.id in caplog.text and "consoles" in caplog.text
