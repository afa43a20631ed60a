"""Two open calls of one kiosk (an earlier visitor's, and a new visitor's own): each row says
so on a line of its own, painted whole in both languages; a lone call's row has no such
line."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from helpers import SilentChime
from test_console import FakeClock, FakeConsoleAlerts, make_console

from kiosk.calls.call import Call
from kiosk.directory.model import Text
from kiosk.ui.console import call_row


@pytest.mark.parametrize("lang", ("ko", "en"))
def test_the_rows_of_one_kiosks_calls_name_each_other_whole(qtbot, monkeypatch, lang):
    clock = FakeClock()
    fake = FakeConsoleAlerts("desk-test", "김민지", clock=clock)
    fake.kiosks = {"lobby": True, "annex": True}
    win = make_console(qtbot, fake, clock, chime=SilentChime())
    win.set_language(lang)
    cut: list[str] = []
    painted: list[str] = []

    def drawn(painter, rect, text, align, max_lines=1):
        painted.append(text)
        if painter.fontMetrics().horizontalAdvance(text) > rect.width() * max_lines:
            cut.append(text)
        real(painter, rect, text, align, max_lines)

    real = call_row.draw  # every row text is drawn through it (CallRowDelegate._draw)
    monkeypatch.setattr(call_row, "draw", drawn)
    lone = fake.receive(Call.raise_new("annex", "2F", clock() - 500, "hearing"))
    earlier = fake.receive(Call.raise_new("lobby", "1F", clock() - 400)
                           .advance("acknowledged", clock() - 390, "김민지"))
    own = fake.receive(Call.raise_new("lobby", "1F", clock() - 30, "mobility",
                                      Text("관장실", "Director's office")))
    model = win.open_model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=20000)
    view = win.calls_view
    height = {c.id: view.visualRect(model.index(model.row_of(c.key))).height()
              for c in (lone, earlier, own)}
    assert height[earlier.id] == height[own.id] > height[lone.id]
    view.viewport().grab()  # paints every row
    words = {"ko": ("+ 다른 방문객: 휠체어·이동 도움 · 목적지: 관장실",
                    "다른 방문객 (이 키오스크의 앞선 호출도 열려 있음)"),
             "en": ("+ Another visitor here: Wheelchair or walking · to: Director's office",
                    "Another visitor (an earlier call from here is open too)")}[lang]
    assert set(words) <= set(painted)
    assert not set(words) & set(cut)
    lone_row = model.data(model.index(model.row_of(lone.key)), Qt.AccessibleTextRole)
    assert not any(w in lone_row for w in words)
