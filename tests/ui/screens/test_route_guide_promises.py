"""The guide (no step-free way to a place) promises only what staff can do: over every room of
the demo directory, in both languages, whether a call can go or not, its words never promise
to go with a wheelchair user to a place no step-free way leads into; where the room itself has
steps, they say so."""
from __future__ import annotations

import pytest
from helpers import FakeKioskAlerts
from looks import Look, kiosk_in, settle

from kiosk.directory.strings import tr

# Going with the visitor, or taking them, to the place.
GOING_WITH = {"en": ("go with you", "goes with you", "take me there", "take you", "takes you",
                     "with you to"),
              "ko": ("함께 가", "같이 가", "모셔다", "데려다")}


def guide_words(page, lang: str) -> str:
    """What is read on the guide, and what speech and the keypad say of it."""
    guide = page.guide_me
    return " ".join((guide.heading.text(), guide.subtitle.text(), guide.accessibleName(),
                     guide.accessibleDescription())).replace("\u00a0", " ")


@pytest.mark.parametrize("online", [1, 0], ids=["desk-online", "no-desk"])
def test_the_guide_never_promises_going_into_a_room_with_steps(qtbot, demo, tmp_path, online):
    window = kiosk_in(Look("ko", "landscape", 1.0), demo, tmp_path, qtbot,
                      alerts=FakeKioskAlerts(consoles_online=online))
    window.idle.idle_timer.setInterval(2**31 - 1)
    page, found, guided = window.page("route"), [], set()
    for room in demo.rooms:
        window.navigate(("route", "rooms", room.id))
        page.set_step_free(True)
        settle()
        if not page.guide_me.isVisibleTo(page):
            assert room.accessible, f"{room.id}: no guide to a room with steps"
            continue
        guided.add(room.id)
        for lang in ("ko", "en"):
            window.ctx.session.set_language(lang)
            said = guide_words(page, lang)
            found += [f"{room.id} ({lang}): {w!r} in {said!r}" for w in GOING_WITH[lang]
                      if w in said.lower()]
            steps = tr("route.guide_me.steps.room", lang, place=room.name.get(lang))
            if online and not room.accessible and steps not in said:
                found.append(f"{room.id} ({lang}): does not say it has steps: {said!r}")
        window.ctx.session.set_language("ko")
    assert {r.id for r in demo.rooms if not r.accessible} <= guided  # measured, not skipped
    assert found == [], "\n".join(found)
