"""The console window never asks for more width than its screen: 1280 and 1600 px wide, at
the desk's text size and at 200 %, in both languages, with the longest names the wire allows
(an attendant's 100 letters, kiosks' and floors' 100, destinations' 200), many calls, and a
broker address as long as a host name may be. It once asked for 2,000 px at 100 % and over
5,000 px at 200 %: an attendant's name, the status line and the actions' words were laid out
on one line each."""
from __future__ import annotations

import pytest
from helpers import SilentChime
from test_console import FakeClock, FakeConsoleAlerts

from kiosk.calls.call import Call
from kiosk.calls.presence_message import Place
from kiosk.directory.model import Text
from kiosk.ui.console import ConsoleAdapter, ConsoleWindow
from kiosk.ui.console.window import DESK_ZOOM
from kiosk.ui.theme import NORMAL
from kiosk.ui.widgets.clip_check import clipped

LONG_KO = "가나다라마바사아자차카타파하" * 15
ATTENDANT = ("Kim" * 40)[:100]
SIDEWAYS = ("a word needs", "px across", "px, has")  # clipped()'s words for a cut across


def hostile(clock) -> FakeConsoleAlerts:
    fake = FakeConsoleAlerts("desk-test", ATTENDANT, clock=clock)
    fake.kiosks = {f"kiosk-{n:02d}-" + "x" * 50: n % 3 != 0 for n in range(12)}
    fake.places = {k: Place(Text(LONG_KO[:100], "Very long kiosk name " * 4 + "end"),
                            Text(LONG_KO[:100], "floor " * 16 + "end")) for k in fake.kiosks}
    fake.connected = False
    fake.problem = "cannot reach the alert broker at " + "very-long-host." * 16 + "lan:1883"
    return fake


@pytest.mark.parametrize("text_size", [1, 2], ids=["100%", "200%"])
@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("width", [1280, 1600])
def test_the_console_fits_its_screens_width(qtbot, width, lang, text_size):
    clock = FakeClock()
    fake = hostile(clock)
    adapter = ConsoleAdapter(fake)
    win = ConsoleWindow(adapter, ATTENDANT, chime=SilentChime(), clock=clock, ticks=clock,
                        language=lang)
    adapter.setParent(win)
    qtbot.addWidget(win)
    win.theme.set_look(DESK_ZOOM * text_size, NORMAL)
    for n, kiosk in enumerate(list(fake.kiosks)[:8]):
        call = Call.raise_new(kiosk, "F" * 60, clock(), "mobility",
                              Text(LONG_KO[:200], "Director's office " * 11))
        fake.receive(call.advance("acknowledged", clock(), ATTENDANT) if n % 2 else call)
    win.resize(width, 1200)
    win.show()
    qtbot.waitExposed(win)
    win.calls_view.setCurrentIndex(win.open_model.index(0, 0))
    qtbot.waitUntil(lambda: win.selected is not None, timeout=20000)

    assert win.minimumSizeHint().width() <= width
    qtbot.waitUntil(lambda: win.width() == width, timeout=20000)
    cut = clipped(win)
    if text_size == 1:
        assert cut == []
    else:  # 200 % text may need more height than a screen has; never more width
        assert [c for c in cut if any(w in c for w in SIDEWAYS)] == []
    # What was fitted is still there whole for speech and for a pointer's tooltip.
    assert ATTENDANT in win.attendant_label.text()
    assert win.attendant_label.accessibleName() == win.attendant_label.text()
    assert fake.problem in win.status_label.text()
