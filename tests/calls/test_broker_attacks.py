"""Attacks on the call system through a real Mosquitto (the kiosk's own, on loopback): every
account holder trying to speak for another device. Each must be refused by the broker (MQTT 5
tells the publisher: PUBACK "not authorized") or be harmless, and the devices under attack
must see nothing of it and stay connected.

"Sees nothing" is asserted with a sentinel: after its forged messages, the attacker sends
one it may send, and Mosquitto handles one client's messages in order, so once the sentinel
is through, a forged message that got past the broker would have arrived before it.
"""
from __future__ import annotations

import time

import pytest
from alert_support import Changes, needs_mosquitto, settings_for, until
from intruder import NOT_AUTHORIZED, Intruder

from kiosk.calls import protocol as proto
from kiosk.calls.call import Call
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.presence_message import presence_payload

pytestmark = needs_mosquitto


@pytest.fixture
def scene(broker, store):
    """The kiosk `lobby` with an open call, delivered, and the console `desk1` that has it;
    the kiosk's disconnects are recorded (a takeover would show there)."""
    kc, cc = Changes(), Changes()
    k = KioskAlerts("lobby", "1F", settings_for(broker, "lobby"), CallOutbox(store),
                    on_change=kc)
    c = ConsoleAlerts("desk1", "Kim", settings_for(broker, "desk1"), on_change=cc)
    dropped = []
    original = k._client.on_disconnect
    k._client.on_disconnect = lambda *args: (dropped.append(args[3]), original(*args))
    intruders: list[Intruder] = []
    k.start()
    c.start()
    kc.until(lambda: k.connected and k.consoles_online == 1, what="the kiosk sees the desk")
    call = k.call()
    cc.until(lambda: call.key in c.calls and c.kiosks.get("lobby"), what="the console has it")
    kc.until(lambda: k.open_call.state == "delivered" and k.open_call.received,
             what="delivered, with the console's receipt")

    def intruder(account, client_id, password=None, login=None, will=None) -> Intruder:
        """A client with the account's real credentials, or its name and `password`, or
        `login` (user, password); None: anonymous."""
        if account is not None:
            user, real = broker.credentials(account)
            login = (user, real if password is None else password)
        i = Intruder(broker.port, login, client_id, will)
        intruders.append(i)
        return i

    yield dict(kiosk=k, console=c, call=k.open_call, kc=kc, cc=cc, dropped=dropped,
               intruder=intruder, broker=broker)
    for i in intruders:
        i.close()
    c.stop()
    k.stop()


def phantom(kiosk: str) -> tuple[str, bytes]:
    """An urgent call of `kiosk` that nobody raised."""
    call = Call.raise_new(kiosk, "1F", time.time()).escalate(time.time())
    return proto.call_topic(kiosk, call.id), proto.call_payload(call)


def answer(call: Call, console: str, state: str = "resolved", named: str | None = None):
    """An answer (or a receipt) to `call` on `console`'s ack topic, naming `named` (default:
    the same)."""
    named = named or console
    payload = (proto.receipt_payload(call, named, "Mallory", time.time())
               if state == proto.RECEIPT
               else proto.ack_payload(call, state, "Mallory", named, time.time()))
    return proto.ack_topic(call.kiosk, console, call.id), payload


def assert_untouched(s) -> None:
    """The kiosk under attack kept its call as it was, and its connection."""
    k, call = s["kiosk"], s["call"]
    assert k.open_call.state == "delivered" and k.open_call.attendant == ""
    assert s["dropped"] == [] and k.connected
    s["console"].acknowledge(call.key)  # and it still works
    got = s["kc"].until(lambda: k.open_call.state == "acknowledged" and k.open_call,
                        what="the real console's answer")
    assert got.attendant == "Kim" and s["dropped"] == []


# -- who may connect --------------------------------------------------------------------------

def test_anonymous_wrong_and_unknown_logins_are_refused(scene):
    """Each tries the real kiosk's client id: refused before it can take anything over."""
    intruder = scene["intruder"]
    anonymous = intruder(None, "lobby")
    wrong = intruder("lobby", "lobby", password="guess")
    unknown = intruder(None, "lobby", login=("mallory", scene["broker"].credentials("lobby")[1]))
    assert anonymous.refused and wrong.refused and unknown.refused
    assert_untouched(scene)


# -- a kiosk account ----------------------------------------------------------------------------

def test_a_kiosk_account_cannot_speak_for_another_kiosk(scene):
    rogue = scene["intruder"]("lobby-2", "lobby")  # another kiosk's account, lobby's client id
    assert not rogue.refused
    call = scene["call"]
    forged = [phantom("lobby"),  # a retained urgent call of lobby's
              (proto.call_topic("lobby", call.id), b""),  # clearing lobby's real call
              (proto.presence_topic("kiosk", "lobby"),
               presence_payload("kiosk", "lobby", False))]
    for topic, payload in forged:
        assert rogue.publish(topic, payload, retain=True) == NOT_AUTHORIZED, topic
    lobbys = Call.raise_new("lobby", "1F", time.time())  # lobby's call, on its own topic:
    disguised = proto.call_topic("lobby-2", lobbys.id)  # taken, and refused by consoles
    assert rogue.publish(disguised, proto.call_payload(lobbys), retain=True) == 0
    own_topic, own = phantom("lobby-2")  # its own calls: allowed, and the sentinel
    assert rogue.publish(own_topic, own, retain=True) == 0
    c = scene["console"]
    own_id = own_topic.rsplit("/", 1)[1]
    scene["cc"].until(lambda: ("lobby-2", own_id) in c.calls, what="the sentinel")
    assert set(c.calls) == {call.key, ("lobby-2", own_id)} and c.kiosks["lobby"] is True
    assert_untouched(scene)


def test_a_kiosk_account_cannot_answer_or_pose_as_a_console(scene):
    rogue = scene["intruder"]("lobby-2", "desk1")
    call = scene["call"]
    for topic, payload in (answer(call, "desk1"), answer(call, "lobby-2"),
                           answer(call, "desk1", proto.RECEIPT)):
        assert rogue.publish(topic, payload) == NOT_AUTHORIZED, topic
    topic = proto.presence_topic("console", "desk9")
    assert rogue.publish(topic, presence_payload("console", "desk9", True, "Mallory",
                                                       10), retain=True) == NOT_AUTHORIZED
    assert "desk9" not in scene["kiosk"]._consoles.online()
    assert_untouched(scene)


def test_a_kiosk_account_subscribing_to_everything_gets_nothing_of_others(scene):
    rogue = scene["intruder"]("lobby-2", "snoop")
    for pattern in ("#", "library-kiosk/v1/#", "library-kiosk/v1/calls/+/+",
                    "library-kiosk/v1/acks/+/+/+"):
        rogue.subscribe(pattern)  # granted or not: what matters is what it gets
    call = scene["call"]
    scene["console"].acknowledge(call.key)
    scene["kc"].until(lambda: scene["kiosk"].open_call.state == "acknowledged",
                      what="an answer the snoop could have seen")
    own_topic, own = phantom("lobby-2")
    assert rogue.publish(own_topic, own) == 0
    until(lambda: own_topic in rogue.topics(), what="the sentinel")
    leaked = [t for t in rogue.topics() if "/lobby/" in t or t.endswith("/lobby")]
    assert leaked == []


# -- a console account ---------------------------------------------------------------------------

def test_a_console_account_cannot_pose_as_a_kiosk(scene):
    rogue = scene["intruder"]("desk2", "lobby")
    for topic, payload in (phantom("lobby"), phantom("desk2"),  # a phantom kiosk "desk2"
                           (proto.presence_topic("kiosk", "lobby"),
                            presence_payload("kiosk", "lobby", False)),
                           (proto.presence_topic("kiosk", "ghost"),
                            presence_payload("kiosk", "ghost", True, "", 10))):
        assert rogue.publish(topic, payload, retain=True) == NOT_AUTHORIZED, topic
    sentinel = presence_payload("console", "desk2", True, "Mallory", 10)
    assert rogue.publish(proto.presence_topic("console", "desk2"), sentinel) == 0
    c = scene["console"]
    scene["cc"].until(lambda: "desk2" in c.consoles, what="the sentinel")
    assert list(c.calls) == [scene["call"].key] and c.kiosks == {"lobby": True}
    late = ConsoleAlerts("desk8", "Lee", settings_for(scene["broker"], "desk8"))
    late.start()  # a console that comes later gets the retained states: no phantom
    try:
        until(lambda: late.kiosks.get("lobby") and scene["call"].key in late.calls,
              what="the retained states")
        assert list(late.calls) == [scene["call"].key] and set(late.kiosks) == {"lobby"}
    finally:
        late.stop()
    assert_untouched(scene)


def test_a_console_cannot_answer_as_another_console(scene):
    rogue = scene["intruder"]("desk2", "desk1")
    call = scene["call"]
    topic, payload = answer(call, "desk1")  # on desk1's topic
    assert rogue.publish(topic, payload) == NOT_AUTHORIZED
    assert rogue.publish(proto.presence_topic("console", "desk1"),
                         presence_payload("console", "desk1", False),
                         retain=True) == NOT_AUTHORIZED
    topic, payload = answer(call, "desk2", named="desk1")  # its own topic, desk1's name
    assert rogue.publish(topic, payload) == 0  # taken by the broker, refused by the kiosk
    # The sentinel: desk2's own answer, which it may give. Had a "resolved" above been
    # applied, the call would be closed and this would change nothing.
    topic, payload = answer(call, "desk2", "acknowledged")
    assert rogue.publish(topic, payload) == 0
    k = scene["kiosk"]
    got = scene["kc"].until(lambda: k.open_call and k.open_call.state != "delivered"
                            and k.open_call, what="the sentinel")
    assert got.state == "acknowledged" and got.attendant == "Mallory"
    assert got.received_by == "desk1" and scene["dropped"] == []


def test_a_last_will_cannot_speak_for_another_device(scene):
    """A Last Will is a publish the broker makes for the client later: it is checked like
    any other, so a vanishing intruder cannot leave a phantom call or a false presence."""
    call = scene["call"]
    forged = (("lobby-2", (proto.presence_topic("kiosk", "lobby"),
                           presence_payload("kiosk", "lobby", False))),
              ("lobby-2", phantom("lobby")),
              ("desk2", phantom("desk2")),
              ("desk2", answer(call, "desk1")))
    for account, will in forged:
        rogue = scene["intruder"](account, "lobby", will=will)
        assert not rogue.refused
        rogue.vanish()
    # The sentinels: Wills each account may leave, after the forged ones.
    scene["intruder"]("lobby-2", "x", will=(proto.presence_topic("kiosk", "lobby-2"),
                                            presence_payload("kiosk", "lobby-2",
                                                                   False))).vanish()
    scene["intruder"]("desk2", "x", will=answer(call, "desk2", "acknowledged")).vanish()
    c, k = scene["console"], scene["kiosk"]
    scene["cc"].until(lambda: c.kiosks.get("lobby-2") is False, what="the kiosk sentinel")
    assert c.kiosks["lobby"] is True and list(c.calls) == [call.key]
    got = scene["kc"].until(lambda: k.open_call and k.open_call.state != "delivered"
                            and k.open_call, what="the console sentinel")
    assert got.state == "acknowledged" and got.attendant == "Mallory"  # not resolved
    assert scene["dropped"] == []


def test_no_account_takes_over_a_connected_device(scene):
    """With the real kiosk's and console's client ids, other accounts connect as themselves
    (the broker names clients by account): nobody is pushed off, and they gain nothing."""
    for account, client_id in (("lobby-2", "lobby"), ("desk2", "lobby"), ("desk2", "desk1"),
                               ("lobby-2", "desk1")):
        rogue = scene["intruder"](account, client_id)
        assert not rogue.refused
        topic, payload = phantom("lobby")
        assert rogue.publish(topic, payload, retain=True) == NOT_AUTHORIZED
        topic, payload = answer(scene["call"], "desk1")
        assert rogue.publish(topic, payload) == NOT_AUTHORIZED
        rogue.close()
    assert scene["console"].connected
    assert_untouched(scene)
