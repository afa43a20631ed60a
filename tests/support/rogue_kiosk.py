"""Another kiosk's account copying a kiosk's call, id and events, onto its own topic: what
the consoles must show as that other kiosk's call, never as the first kiosk's."""
from __future__ import annotations

from dataclasses import replace

from intruder import Intruder

from kiosk.calls import protocol as proto
from kiosk.calls.call import Call
from kiosk.directory.model import Text

ROGUE = "lobby-2"  # another kiosk's account on the test brokers (alert_support.KIOSKS)


def copy_as_rogue(b, call: Call) -> Call:
    """`call`, id and events, as the other kiosk's own, retained on that kiosk's topic."""
    copy = replace(call, kiosk=ROGUE)
    rogue = Intruder(b.port, b.credentials(ROGUE), ROGUE)
    try:
        assert rogue.publish(proto.call_topic(ROGUE, copy.id), proto.call_payload(copy),
                             retain=True) == 0
    finally:
        rogue.close()
    return copy


def elsewhere(call: Call) -> Call:
    """The call with one more "need" event, floor B2 and a destination there."""
    later = call.events[-1][1] + 1
    return replace(call.with_need("other", later).with_destination(
        Text("지하 2층 창고", "B2 storeroom"), later), floor="B2")
