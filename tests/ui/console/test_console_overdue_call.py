"""A call someone acknowledged but nobody arrived at looks overdue once the charter's
5 minutes (an attendant within 5 minutes of the call) are past: the word OVERDUE on a tag
with its warning triangle, the alert colour down the row's edge and on the waiting time, one
chime as it becomes so. Hours old, it looked like a call just answered."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from helpers import SilentChime
from test_console import FakeClock, FakeConsoleAlerts, make_console
from test_console_rows_whole import painted

from kiosk.calls.call import Call
from kiosk.directory.strings import tr
from kiosk.ui.console import rows


@pytest.fixture
def desk(qtbot):
    clock = FakeClock()
    fake = FakeConsoleAlerts("desk-test", "김지원", clock=clock)
    fake.kiosks = {"lobby": True}
    chime = SilentChime()
    win = make_console(qtbot, fake, clock, chime=chime)
    call = Call.raise_new("lobby", "1F", clock(), "mobility")
    fake.receive(call)
    clock.advance(20)
    fake.receive(call.advance("acknowledged", clock(), "김지원"))
    qtbot.waitUntil(lambda: win.open_model.rowCount() == 1
                    and win.open_model.calls[0].state == "acknowledged", timeout=20000)
    return win, fake, clock, chime


def tick(qtbot, win) -> None:
    with qtbot.waitSignal(win.tick.timeout, timeout=20000):
        pass


def shown(win) -> str:
    return win.open_model.index(0).data(Qt.AccessibleTextRole)


def edge_colour(win):
    view = win.calls_view
    rect = view.visualRect(win.open_model.index(0))
    return view.viewport().grab().toImage().pixelColor(rect.left() + 2, rect.center().y())


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_an_acknowledged_call_past_five_minutes_looks_overdue(qtbot, monkeypatch, desk, lang):
    win, _fake, clock, chime = desk
    win.set_language(lang)
    word = tr("console.overdue", lang)
    alert = win.theme.color("help")
    clock.advance(rows.ARRIVE_WITHIN - 30)  # on the way, within the charter's minutes
    tick(qtbot, win)
    rung = chime.played
    assert word not in shown(win)
    assert word not in "".join(painted(monkeypatch, win.calls_view))
    assert edge_colour(win) != alert

    clock.advance(3 * 3600)  # hours later, nobody arrived
    qtbot.waitUntil(lambda: word in shown(win), timeout=20000)
    assert f"{rows.URGENT_SYMBOL} {word}" in shown(win)
    assert word in "".join(painted(monkeypatch, win.calls_view))  # on the row, not only in speech
    assert edge_colour(win) == alert
    assert chime.played == rung + 1  # once, as it became overdue
    tick(qtbot, win)
    tick(qtbot, win)
    assert chime.played == rung + 1


def test_an_attendant_arrived_ends_the_warning(qtbot, monkeypatch, desk):
    win, fake, clock, _chime = desk
    word = tr("console.overdue", "ko")
    clock.advance(3600)
    qtbot.waitUntil(lambda: word in shown(win), timeout=20000)
    fake.arrived(win.open_model.calls[0].key)
    qtbot.waitUntil(lambda: win.open_model.calls[0].state == "arrived", timeout=20000)
    tick(qtbot, win)
    assert word not in shown(win)
    assert word not in "".join(painted(monkeypatch, win.calls_view))


def test_the_threshold_is_the_charters_five_minutes():
    clock = FakeClock()
    call = Call.raise_new("lobby", "1F", clock(), "mobility").advance(
        "acknowledged", clock() + 10, "Kim")
    assert not rows.overdue(call, clock() + 299)
    assert rows.overdue(call, clock() + 300)
    assert not rows.overdue(Call.raise_new("lobby", "1F", clock(), ""), clock() + 3600)
