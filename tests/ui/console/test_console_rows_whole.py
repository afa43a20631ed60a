"""A call's row on the desk console says all it has to say, at every text size the
desk offers: where, the need and destination, how long it waits, who is on the way and the
other visitors waiting there. At 150 and 200 % a row too narrow for its words side by side
stacks them and wraps each whole; once, every one of them was cut to "…" ("1F …", "Whe…",
"Nobody has answ…"), and the attendant had to select the row to read it. Today's closed
calls likewise ("11:45 1F …", their last line below the row's edge)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QPainter
from helpers import SilentChime
from test_console import FakeClock, FakeConsoleAlerts, make_console
from test_console_messages import Notes, console_window

from kiosk.calls.call import Call
from kiosk.calls.note import Note
from kiosk.calls.presence_message import Place
from kiosk.directory.model import Text
from kiosk.ui.console import compact_call_row, rows
from kiosk.ui.console.window import DESK_ZOOM
from kiosk.ui.theme import NORMAL
from kiosk.ui.widgets.clip_check import clipped

ELLIPSIS = "…"


def desk(qtbot, lang: str, text_size: float):
    clock = FakeClock()
    fake = FakeConsoleAlerts("desk-1", "김지원", clock=clock)
    fake.kiosks = {"lobby-1": True, "lobby-2": True}
    fake.places = {"lobby-1": Place(Text("1층 로비", "1F lobby"), Text("1층", "1F")),
                   "lobby-2": Place(Text("2층 자료실 앞", "2F in front of the reading room"),
                                    Text("2층", "2F"))}
    win = make_console(qtbot, fake, clock, chime=SilentChime())
    win.set_language(lang)
    win.theme.set_look(DESK_ZOOM * text_size, NORMAL)
    calls = [
        Call.raise_new("lobby-1", "1층", clock() - 90, "mobility",
                       Text("종합자료실", "General Reading Room"))
        .escalate(clock() - 50),  # URGENT and NEW: both tags, and the waiting time beside
        Call.raise_new("lobby-1", "1층", clock() - 30, "reading",
                       Text("기획정보과", "Planning & Information office")),
        Call.raise_new("lobby-2", "2층", clock() - 600, "low_vision",
                       Text("어린이자료실", "Children's Room"))
        .advance("acknowledged", clock() - 500, "김지원"),
    ]
    for call in calls:
        fake.receive(call)
    fake.receive(Call.raise_new("lobby-2", "2층", clock() - 900, "hearing",
                                Text("어린이자료실", "Children's Room"))
                 .advance("acknowledged", clock() - 880, "김지원")
                 .advance("resolved", clock() - 600, "김지원"))
    qtbot.waitUntil(lambda: win.open_model.rowCount() == len(calls), timeout=20000)
    qtbot.waitUntil(lambda: win.history_model.rowCount() == 1, timeout=20000)
    return win


def painted(monkeypatch, *views, scroll: bool = True) -> list[str]:
    """Every text drawn as each row of `views` is painted in turn (scrolled into view), or,
    with `scroll` off, as each view shows now."""
    drawn: list[str] = []
    real = QPainter.drawText

    def record(painter, *args):
        drawn.extend(a for a in args if isinstance(a, str))
        return real(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    for view in views:
        model = view.model()
        for row in range(model.rowCount() if scroll else 0):
            view.scrollTo(model.index(row, 0))
            view.viewport().grab()
        if not scroll:
            view.viewport().grab()
    monkeypatch.undo()
    return drawn


@pytest.mark.parametrize("screen", [(1920, 1080), (1280, 1024)], ids=["1920", "1280"])
@pytest.mark.parametrize("text_size", [1, 1.5, 2], ids=["100%", "150%", "200%"])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_open_call_row_is_painted_whole(qtbot, monkeypatch, lang, text_size, screen):
    """On a full HD desk screen and on the narrowest the console is made for: at 150 % on
    the narrow one, an urgent call's tags beside its waiting time once read "⚠ UR…"."""
    win = desk(qtbot, lang, text_size)
    win.resize(*screen)
    qtbot.waitUntil(lambda: win.width() == screen[0], timeout=20000)
    drawn = painted(monkeypatch, win.calls_view, win.history_view)
    assert drawn
    assert [t for t in drawn if ELLIPSIS in t] == []
    view, model = win.calls_view, win.open_model
    # Each row is as tall as what it paints, and no row lies over the next.
    rects = [view.visualRect(model.index(r, 0)) for r in range(model.rowCount())]
    for above, below in zip(rects, rects[1:]):
        assert above.bottom() < below.top()
    delegate = view.itemDelegate()
    for row, rect in enumerate(rects):
        call = model.calls[row]
        if delegate.compact(call, rect.width()):
            height = compact_call_row.lay_out(delegate, call, rect.width())[0]
            assert height <= rect.height(), (row, height, rect.height())


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_console_at_200_fits_a_desk_screen_when_not_connected(qtbot, lang):
    """At 200 %, with the "not connected" banner and the status line's reason, the console
    still fits a 1920 x 1080 screen; what does not fit beside the calls scrolls, and nothing
    is drawn over anything (the offline kiosks' words once lay over their heading)."""
    win = desk(qtbot, lang, 2)
    fake = win.adapter.alerts
    fake.connected = False
    fake.problem = "cannot reach the alert broker at 192.168.0.10:1883"
    fake._changed()
    qtbot.waitUntil(lambda: not win.connection_banner.isHidden(), timeout=20000)
    assert win.minimumSizeHint().height() <= 1080
    win.resize(1920, 1080)
    qtbot.waitUntil(lambda: win.height() == 1080, timeout=20000)
    qtbot.waitUntil(lambda: clipped(win) == [], timeout=5000)  # once laid out for the words
    panel, words = win.kiosk_panel, win.offline_label
    assert words.geometry().top() >= win.kiosk_heading.geometry().bottom()
    assert panel.height() >= panel.layout().minimumSize().height()


@pytest.mark.parametrize("text_size", [1, 2], ids=["100%", "200%"])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_message_row_is_painted_whole(qtbot, monkeypatch, lang, text_size):
    """A message's row (for whom, when due, what about, the visitor and their number, how
    they want to be called back) is read whole at 200 % too."""
    clock = FakeClock()
    fake = FakeConsoleAlerts("desk", "Kim", clock=clock)
    notes = Notes()
    at = clock() - 600
    note = Note.new("message", "lobby", "ga-admin",
                    {"purpose": "대출·반납 문의와 회원증 재발급 서류 안내 부탁드립니다",
                     "callback": "asap", "name": "홍길동", "phone": "010-2345-6789"},
                    at, 7 * 86400, staff="s04", due=at + 3600,
                    recipient=("최준영 · 총무담당", "Choi Junyoung · Civil Affairs Team"))
    notes.notes[note.key] = note
    win, _chime = console_window(qtbot, fake, notes, clock)
    win.set_language(lang)
    win.theme.set_look(DESK_ZOOM * text_size, NORMAL)
    win.resize(1920, 1080)
    view = win.messages.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1, timeout=20000)
    drawn = painted(monkeypatch, view)
    assert "010-2345-6789" in "".join(drawn)
    assert [t for t in drawn if ELLIPSIS in t] == []


@pytest.mark.parametrize("text_size", [1, 1.5, 2], ids=["100%", "150%", "200%"])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_selected_calls_line_says_less_rather_than_cut(qtbot, lang, text_size):
    """The line under the open calls says which call the actions act on. Where its whole
    (with the other visitor waiting there) does not fit its lines, it leaves out what the row
    above says anyway; it once ended in "…" at 150 and 200 % ("+ Another visito…")."""
    win = desk(qtbot, lang, text_size)
    call = win.selected_call()
    assert call is not None
    label = win.selected_label
    where, need = rows.where(call, win.ctx.places, lang), rows.need_text(call, lang)
    qtbot.waitUntil(lambda: where in label.shown().replace("\n", " "), timeout=20000)
    shown = label.shown().replace("\n", " ")
    assert ELLIPSIS not in shown
    assert need in shown
    assert label.text().endswith(rows.others_text(call, win.ctx.open_calls, lang))
    if text_size == 1:  # a wide window at 100 %: the whole line
        assert shown == label.text()
