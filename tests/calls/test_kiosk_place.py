"""A kiosk says where it is (its name and floor in both languages) with its presence, so the
consoles name it by its place; an older kiosk's presence, without one, still counts."""
from __future__ import annotations

import json

import paho.mqtt.client as mqtt
import pytest
from alert_support import Changes, needs_mosquitto, settings_for

from paho.mqtt.enums import CallbackAPIVersion

from kiosk.calls import protocol as proto
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.presence_message import Place, parse_presence, presence_payload
from kiosk.calls.wire_check import ProtocolError
from kiosk.directory.model import Text
from kiosk.directory.store import Store

LOBBY = Place(Text("1층 로비 키오스크", "Lobby kiosk"), Text("1층", "1st floor"))


def test_the_place_travels_in_the_presence_and_older_payloads_still_parse():
    topic = proto.presence_topic("kiosk", "lobby")
    raw = presence_payload("kiosk", "lobby", True, "", 10, LOBBY)
    assert json.loads(raw)["place"] == {"name": {"ko": "1층 로비 키오스크", "en": "Lobby kiosk"},
                                        "floor": {"ko": "1층", "en": "1st floor"}}
    said = parse_presence(topic, raw)
    assert (said.role, said.ident, said.online, said.every) == ("kiosk", "lobby", True, 10.0)
    assert said.place == LOBBY
    assert LOBBY.name_in("en") == "Lobby kiosk" and LOBBY.floor_in("ko") == "1층"
    old = b'{"schema": 1, "role": "kiosk", "id": "lobby", "status": "online", "every": 10}'
    said = parse_presence(topic, old)
    assert (said.online, said.every, said.place) == (True, 10.0, None)
    assert parse_presence(topic, b"").place is None
    def with_place(place: str) -> bytes:
        return ('{"schema": 1, "role": "kiosk", "id": "lobby", "status": "online", '
                '"every": 10, "place": %s}' % place).encode()

    said = parse_presence(topic, with_place('{"name": {"ko": ""}}'))
    assert said.place is None and said.online  # no name, but the presence stands
    # Text a console could not show as it is: refused whole, as an attendant's name is
    # (tests/calls/test_floor_and_place.py).
    for bad in ('"lobby"', '{"name": 5}', '{"name": {"ko": "%s"}}' % ("x" * 121)):
        with pytest.raises(ProtocolError, match="place"):
            parse_presence(topic, with_place(bad))
    only_ko = Place(Text("로비", ""), Text("1층", ""))
    assert only_ko.name_in("en") == "로비"  # a name in one language beats the id


@needs_mosquitto
def test_a_console_learns_each_kiosks_place_from_its_presence(broker, alert_dir):
    changes = Changes()
    with Store(alert_dir / "kiosk") as store:
        k = KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                        place=LOBBY)
        c = ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"), on_change=changes)
        k.start()
        try:
            c.start()
            changes.until(lambda: c.places.get("lobby") == LOBBY, what="the kiosk's place")
            k.stop()  # its goodbye keeps the place: the console can say which one is off
            changes.until(lambda: c.kiosks.get("lobby") is False, what="the kiosk offline")
            assert c.places["lobby"] == LOBBY
            c.stop()
            late = ConsoleAlerts("desk2", "Lee", settings_for(broker, "desk2"),
                                 on_change=changes)
            late.start()  # a console that comes later reads the retained presence
            changes.until(lambda: late.places.get("lobby") == LOBBY, what="the place, later")
            assert late.kiosks == {"lobby": False}
            late.stop()
        finally:
            k.stop()
            c.stop()


@needs_mosquitto
def test_a_last_will_naming_an_older_place_does_not_rename_the_kiosk(broker, alert_dir):
    """The Will is registered when the kiosk connects: after a directory update renamed the
    kiosk it still names the old place. A console takes a place from an online presence, and
    from an offline one only while it knows none."""
    changes = Changes()
    front = Place(Text("1층 정문 안내 키오스크", "Front door kiosk"),
                  Text("1층", "1st floor"))
    with Store(alert_dir / "kiosk") as store:
        k = KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                        place=LOBBY)
        c = ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"), on_change=changes)
        k.start()
        c.start()
        try:
            changes.until(lambda: c.places.get("lobby") == LOBBY, what="the first place")
            k.relocate("1F", front)  # what a directory update does
            changes.until(lambda: c.places.get("lobby") == front, what="the new place")
            k.stop()
            changes.until(lambda: c.kiosks.get("lobby") is False, what="the kiosk offline")
            will = presence_payload("kiosk", "lobby", False, place=LOBBY)
            raw = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="lobby",
                              protocol=mqtt.MQTTv311)
            raw.username_pw_set(*broker.credentials("lobby"))
            raw.connect("127.0.0.1", broker.port)
            raw.loop_start()
            raw.publish(proto.presence_topic("kiosk", "lobby"), will, qos=1,
                        retain=True).wait_for_publish(5)
            late = ConsoleAlerts("desk2", "Lee", settings_for(broker, "desk2"),
                                 on_change=changes)
            late.start()  # knows no place: the retained Will's is better than the id
            changes.until(lambda: late.places.get("lobby") == LOBBY, what="the Will's place")
            assert c.places["lobby"] == front  # the console that heard the kiosk online
            raw.disconnect()
            raw.loop_stop()
            late.stop()
        finally:
            k.stop()
            c.stop()
