"""What the kiosk may tell its visitor about the open call: only what it knows for certain.

"delivered" is the broker's PUBACK: the kiosk's own broker took the message, which it does
with every console stopped or frozen. "received" is a console's receipt, recorded in the
kiosk's outbox: only then has a desk the call. And a call nobody answered yet reaches no one
while no console is online, whatever happened before, so that comes first: the visitor is
sent to the desk and its phone number.
"""
from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the screens import this module before any call exists
    from kiosk.calls.call import Call

log = logging.getLogger(__name__)

# The steps of an open call, as the help screen tells them.
NO_BROKER = "no_broker"    # the kiosk has no link to the broker: no desk can hear it
NO_CONSOLE = "no_console"  # connected, but no console is online
ESCALATED = "escalated"    # 30 s unanswered; sent again as urgent to the consoles online
# Not a step: why a new visitor's own request was refused beside MAX_OPEN open calls (a desk
# was reachable); with NO_BROKER and NO_CONSOLE, the reasons a refusal is recorded with.
FULL = "full"
STEPS = (NO_BROKER, NO_CONSOLE, ESCALATED, "raised", "delivered", "received", "acknowledged",
         "arrived")


def step(call: Call, connected: bool, consoles_online: int) -> str:
    """The step to tell the visitor about the open `call` (one of STEPS)."""
    if call.state not in ("raised", "delivered"):
        return call.state  # acknowledged or arrived: someone answered and is coming
    if not connected:
        return NO_BROKER
    if consoles_online <= 0:
        return NO_CONSOLE
    if call.escalated:
        return ESCALATED
    return "received" if call.received else call.state


def earlier_when(age: float) -> tuple[str, dict[str, int]]:
    """How long ago an earlier visitor's call was raised, as the help screen words it (its
    string key and values): under a minute "just now", never "1 minute ago" for 22 s; then
    the whole minutes gone. `age` below 0 (a clock set back) is just now too."""
    minutes = int(max(0.0, age) // 60)
    return ("help.earlier.now", {}) if minutes < 1 else ("help.earlier", {"n": minutes})


def attendant_name(call: Call) -> str:
    """The name the visitor is told ("Kim is on the way"), or "" ("a staff member") when the
    answering console's name does not look like a person's (wire_check.person_name): a
    console's free text must not speak to the visitor in the kiosk's voice."""
    return call.attendant if _a_person(call.attendant) else ""


@functools.lru_cache(maxsize=64)  # logged once per name, not at every look at the screen
def _a_person(name: str) -> bool:
    # Imported here: the home screen's first frame imports this module and needs neither.
    from kiosk.calls import wire_check
    from kiosk.calls.refusals import excerpt

    if not name:
        return False
    try:
        wire_check.person_name(name)
    except wire_check.ProtocolError as exc:
        log.warning("attendant name not told to the visitor (%s): %s",
                    excerpt(name), exc)
        return False
    return True
