"""The attendant console, driven as the desk attendant does, against an in-memory transport
whose changes arrive from another thread as the real network thread's do."""
from __future__ import annotations

import threading
import time
import wave

import pytest
from helpers import SilentChime, tap
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication

from kiosk.calls.call import EXPIRE_AFTER, Call
from kiosk.calls.presence_message import Place
from kiosk.directory import config
from kiosk.directory.model import Text
from kiosk.ui.console import ConsoleAdapter, ConsoleWindow, rows
from kiosk.ui.console import app as console_app
from kiosk.ui.console.call_list import CALL_ROLE

NAME = "김민지"


class FakeClock:
    """Noon today, moved on by hand."""

    def __init__(self):
        self.now = time.mktime(time.localtime()[:3] + (12, 0, 0, 0, 0, -1))

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeConsoleAlerts:
    """calls.console_side.ConsoleAlerts' API, in memory. Every change reports through on_change from
    a background thread, as the MQTT client's network thread would."""

    def __init__(self, console_id, attendant_name, settings=None, *, clock=time.time,
                 on_change=None):
        self.console_id, self.attendant_name, self.settings = console_id, attendant_name, settings
        self.clock, self.on_change = clock, on_change
        self.connected, self.problem = True, ""
        self.calls: dict[tuple[str, str], Call] = {}  # by (kiosk, call id)
        self.kiosks: dict[str, bool] = {}
        self.places: dict[str, Place] = {}
        self.opened: dict[tuple[str, str], float] = {}  # on `clock`, as the window's ticks
        self.sent: list[tuple[str, tuple]] = []  # (action, (kiosk, call id))
        self.change_threads: list[threading.Thread] = []

    def start(self):
        pass

    def stop(self):
        pass

    def _changed(self) -> None:
        def report():
            self.change_threads.append(threading.current_thread())
            if self.on_change is not None:
                self.on_change()
        worker = threading.Thread(target=report)
        worker.start()
        worker.join()

    # what the network brings
    def receive(self, call: Call, age: float | None = None) -> Call:
        """`age`: seconds the kiosk says the call is open (default: by the kiosk's times,
        which in these tests run on the console's clock)."""
        old = self.calls.get(call.key)
        self.calls[call.key] = old.merge(call) if old else call
        if age is None:
            age = self.clock() - rows.raised_at(call)
        self.opened[call.key] = min(self.opened.get(call.key, float("inf")), self.clock() - age)
        self._changed()
        return self.calls[call.key]

    def raise_call(self, kiosk="lobby", floor="1F", need="mobility") -> Call:
        return self.receive(Call.raise_new(kiosk, floor, self.clock(), need))

    def update(self, **state) -> None:
        for name, value in state.items():
            setattr(self, name, value)
        self._changed()

    # what the console sends
    def _advance(self, action: str, state: str, key: tuple[str, str]) -> None:
        self.sent.append((action, key))
        self.calls[key] = self.calls[key].advance(state, self.clock(), self.attendant_name)
        self._changed()

    def acknowledge(self, key: tuple[str, str]) -> None:
        self._advance("acknowledge", "acknowledged", key)

    def arrived(self, key: tuple[str, str]) -> None:
        self._advance("arrived", "arrived", key)

    def resolve(self, key: tuple[str, str]) -> None:
        self._advance("resolve", "resolved", key)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def fake(clock):
    alerts = FakeConsoleAlerts("desk-test", NAME, clock=clock)
    alerts.kiosks = {"lobby": True}
    return alerts


def make_console(qtbot, fake, clock, chime=None, **options) -> ConsoleWindow:
    adapter = ConsoleAdapter(fake)
    win = ConsoleWindow(adapter, NAME, chime=chime or SilentChime(), clock=clock, ticks=clock,
                        **options)
    adapter.setParent(win)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def console(qtbot, fake, clock):
    return make_console(qtbot, fake, clock)


def change(qtbot, win: ConsoleWindow, action, *args, **kwargs):
    """Do `action` on the transport and wait until the window has heard of it."""
    with qtbot.waitSignal(win.adapter.changed, timeout=2000):
        result = action(*args, **kwargs)
    return result


def row_text(win: ConsoleWindow, row: int = 0, history: bool = False) -> str:
    model = win.history_model if history else win.open_model
    return model.data(model.index(row), Qt.AccessibleTextRole)


def button(win: ConsoleWindow, action: str):
    return win.action_buttons[action]


# -- the transport's thread and the GUI thread ------------------------------------------------

def test_changes_from_the_network_thread_reach_the_gui_thread(qtbot, console, fake):
    seen = []
    console.adapter.changed.connect(
        lambda: seen.append(QThread.currentThread() is QApplication.instance().thread()))
    change(qtbot, console, fake.raise_call)
    assert fake.change_threads[-1] is not threading.main_thread()
    assert seen == [True]
    assert console.open_model.rowCount() == 1


def test_a_burst_of_changes_is_shown_once(qtbot, console, fake):
    count = []
    console.adapter.changed.connect(lambda: count.append(1))
    with qtbot.waitSignal(console.adapter.changed):
        for _ in range(5):
            fake.raise_call()
    qtbot.wait(50)
    assert len(count) == 1
    assert console.open_model.rowCount() == 5


# -- a call from arrival to resolution --------------------------------------------------------

def test_a_new_call_shows_kiosk_floor_need_and_a_waiting_time_that_grows(qtbot, console,
                                                                         fake, clock):
    call = change(qtbot, console, fake.raise_call, "lobby", "1F", "mobility")
    text = row_text(console)
    assert "lobby" in text and "1F" in text and "휠체어·이동 도움" in text
    assert "새 호출" in text and "대기 00:00" in text
    assert console.open_heading.text() == "진행 중인 호출 1건"
    assert console.selected == call.key  # ready for one click
    clock.advance(75)
    with qtbot.waitSignal(console.tick.timeout, timeout=2000):  # the window's one timer
        pass
    assert "대기 01:15" in row_text(console)
    assert console.calls_view.grab().width() > 0  # the delegate paints it


@pytest.mark.parametrize("kiosk_clock_off_by", [3600, -3600])
def test_the_wait_is_the_consoles_own_measure_whatever_the_kiosks_clock_says(
        qtbot, console, fake, clock, kiosk_clock_off_by):
    """The kiosk's clock is an hour off the console's: the wait is what the kiosk says the
    call's age is, then the console's own time since, never the two clocks' difference."""
    kiosk_now = clock() + kiosk_clock_off_by
    call = Call.raise_new("lobby", "1F", kiosk_now - 90, "mobility")  # open 90 s already
    change(qtbot, console, fake.receive, call, 90.0)
    assert "대기 01:30" in row_text(console)
    clock.advance(75)
    with qtbot.waitSignal(console.tick.timeout, timeout=2000):
        pass
    assert "대기 02:45" in row_text(console)
    assert console.calls_view.grab().width() > 0  # the delegate paints it too
    arrived = call.advance("acknowledged", kiosk_now + 60, "Kim").advance(
        "arrived", kiosk_now + 100)
    change(qtbot, console, fake.receive, arrived)
    assert "기다린 시간 03:10" in row_text(console)  # raised to arrived, both the kiosk's


def test_acknowledge_sends_the_selected_call_and_shows_who_is_coming(qtbot, console, fake,
                                                                     clock):
    first = change(qtbot, console, fake.raise_call, "lobby", "1F", "")
    clock.advance(5)
    second = change(qtbot, console, fake.raise_call, "2F-east", "2F", "hearing")
    assert console.selected == first.key
    assert button(console, "acknowledge").isEnabled()
    assert button(console, "arrived").property("next") != "true"
    console.select_call(second.key)
    clock.advance(12)
    with qtbot.waitSignal(console.adapter.changed):
        tap(qtbot, button(console, "acknowledge"))
    assert fake.sent == [("acknowledge", second.key)]
    row = console.open_model.row_of(second.key)
    assert f"{NAME} 가는 중" in row_text(console, row)
    assert "새 호출" not in row_text(console, row)
    assert console.selected == second.key  # the selection follows the call, not the row
    assert not button(console, "acknowledge").isEnabled()
    assert button(console, "arrived").isEnabled()
    assert button(console, "arrived").property("next") == "true"


def test_arrived_then_resolve_moves_the_call_to_todays_history(qtbot, console, fake, clock):
    call = change(qtbot, console, fake.raise_call, "lobby", "1F", "low_vision")
    clock.advance(10)
    with qtbot.waitSignal(console.adapter.changed):
        tap(qtbot, button(console, "acknowledge"))
    clock.advance(50)
    with qtbot.waitSignal(console.adapter.changed):
        tap(qtbot, button(console, "arrived"))
    assert f"{NAME} 도착" in row_text(console)
    assert "기다린 시간 01:00" in row_text(console)  # stops when someone arrived
    assert not button(console, "arrived").isEnabled()
    assert button(console, "resolve").property("next") == "true"
    assert not console.history_view.isVisible() and console.history_empty.isVisible()
    clock.advance(60)
    with qtbot.waitSignal(console.adapter.changed):
        tap(qtbot, button(console, "resolve"))
    assert [a for a, _ in fake.sent] == ["acknowledge", "arrived", "resolve"]
    assert console.open_model.rowCount() == 0
    assert console.open_heading.text() == "진행 중인 호출이 없습니다"
    assert console.selected is None  # nothing else gets selected under the mouse
    assert not any(b.isEnabled() for b in console.action_buttons.values())
    assert console.history_view.isVisible()
    assert console.history_model.calls[0].id == call.id
    history = row_text(console, history=True)
    assert "응답까지 00:10 · 도착까지 01:00, 모두 02:00" in history


def test_an_open_call_stays_until_a_person_resolves_it(qtbot, console, fake, clock):
    change(qtbot, console, fake.raise_call)
    clock.advance(3 * 3600)
    with qtbot.waitSignal(console.tick.timeout, timeout=2000):
        pass
    assert console.open_model.rowCount() == 1
    assert "대기 3시간" in row_text(console)


def test_a_call_cancelled_at_the_kiosk_goes_to_history(qtbot, console, fake, clock):
    call = change(qtbot, console, fake.raise_call)
    clock.advance(20)
    change(qtbot, console, fake.receive, call.advance("cancelled", clock()))
    assert console.open_model.rowCount() == 0
    assert "방문자가 취소함" in row_text(console, history=True)
    assert "응답 없음" in row_text(console, history=True)


def test_a_call_the_kiosk_let_expire_is_not_said_to_be_the_visitors_cancel(qtbot, console,
                                                                            fake, clock):
    call = change(qtbot, console, fake.raise_call)
    clock.advance(EXPIRE_AFTER)
    change(qtbot, console, fake.receive, call.expire(clock()))
    assert console.open_model.rowCount() == 0
    history = row_text(console, history=True)
    assert "30분 동안 변화가 없어 키오스크가 닫음" in history and "방문자가 취소함" not in history


def test_answering_a_call_forgotten_since_the_list_was_drawn_changes_nothing(qtbot, console,
                                                                            fake):
    call = change(qtbot, console, fake.raise_call)
    del fake.calls[call.key]  # its kiosk's heartbeats no longer list it (ConsoleAlerts)
    with qtbot.waitSignal(console.adapter.changed, timeout=2000):
        console.adapter.acknowledge(call.key)  # no KeyError out of the button's slot
    assert console.open_model.rowCount() == 0


def test_yesterdays_closed_calls_are_not_in_today(qtbot, console, fake, clock):
    old = Call.raise_new("lobby", "1F", clock() - 86400).advance("resolved", clock() - 86000)
    change(qtbot, console, fake.receive, old)
    assert console.history_model.rowCount() == 0


# -- urgency: chime, flashing, words ----------------------------------------------------------

def test_an_escalated_call_shows_the_urgent_word_and_symbol(qtbot, console, fake, clock):
    call = change(qtbot, console, fake.raise_call)
    played = console.chime.played
    clock.advance(30)
    change(qtbot, console, fake.receive, call.escalate(clock()))
    assert "⚠ 긴급" in row_text(console)
    assert console.chime.played == played + 1  # escalation rings at once
    console.set_language("en")
    assert "⚠ URGENT" in row_text(console) and "NEW" in row_text(console)


def test_the_chime_repeats_while_a_call_is_unanswered(qtbot, fake, clock):
    assert make_console(qtbot, fake, clock).chime_timer.interval() == 10_000
    win = make_console(qtbot, fake, clock, chime_every_ms=60)
    assert not win.chime_timer.isActive()
    change(qtbot, win, fake.raise_call)
    rung = win.chime.played  # 1, or more if a loaded machine let the 60 ms timer fire already
    assert rung >= 1
    with qtbot.waitSignal(win.chimed, timeout=2000):  # again, with nobody answering
        pass
    assert win.chime.played > rung
    with qtbot.waitSignal(win.adapter.changed):
        tap(qtbot, button(win, "acknowledge"))
    assert not win.chime_timer.isActive()
    with qtbot.assertNotEmitted(win.chimed, wait=200):
        pass


def test_an_update_of_a_known_call_does_not_ring_again(qtbot, console, fake, clock):
    call = change(qtbot, console, fake.raise_call)
    change(qtbot, console, fake.receive, call.advance("delivered", clock()))
    assert console.chime.played == 1


def test_unanswered_rows_flash_once_a_second_at_most(qtbot, console, fake):
    change(qtbot, console, fake.raise_call)
    assert console.tick.interval() >= 1000  # one change a second: far below 3 Hz
    phases = set()
    for _ in range(2):
        with qtbot.waitSignal(console.tick.timeout, timeout=2000):
            pass
        phases.add(console.ctx.flash_on)
        console.calls_view.grab()  # both phases paint
    assert phases == {True, False}


# -- kiosks, connection, sound ----------------------------------------------------------------

def test_offline_kiosks_are_listed(qtbot, console, fake):
    change(qtbot, console, fake.update, kiosks={"lobby": True, "2F-east": False})
    text = console.offline_label.text()
    assert "2F-east" in text and "lobby" not in text
    change(qtbot, console, fake.update, kiosks={"lobby": True, "2F-east": True})
    assert console.offline_label.text() == "모든 키오스크 연결됨 (2대)"


def test_kiosks_are_named_by_their_place_in_the_consoles_language(qtbot, console, fake):
    change(qtbot, console, fake.raise_call, "lobby", "1F")
    assert row_text(console).startswith("새 호출, 1F · lobby,")  # no place said: its id
    lobby = Place(Text("1층 로비 키오스크", "Lobby kiosk"), Text("1층", "1st floor"))
    change(qtbot, console, fake.update, places={"lobby": lobby})
    # The floor once: the kiosk's Korean name says it already
    assert row_text(console).startswith("새 호출, 1층 로비 키오스크,")
    assert "lobby" not in row_text(console)
    assert "1층 로비 키오스크" in console.selected_label.text()
    assert "1층 · 1층" not in console.selected_label.text()
    console.set_language("en")
    assert "1st floor · Lobby kiosk," in row_text(console)
    assert "1st floor · Lobby kiosk" in console.selected_label.text()
    change(qtbot, console, fake.update, kiosks={"lobby": False})
    assert "✕ Lobby kiosk" in console.offline_label.text()


def test_disconnected_is_said_prominently_with_the_reason(qtbot, console, fake):
    change(qtbot, console, fake.raise_call)
    reason = "lost the alert broker at 127.0.0.1:1883 (Keep alive timeout); reconnecting"
    change(qtbot, console, fake.update, connected=False, problem=reason, problem_code="lost")
    assert console.connection_banner.isVisible()
    banner = console.connection_banner.text()
    # Said in the console's language; the transport's English only as the detail
    assert "연결 안 됨" in banner and "연결이 끊어졌습니다" in banner
    assert "lost the alert broker" not in banner and "Keep alive" not in banner
    assert "자세히: " + reason in console.status_label.text()
    assert "알 수 없습니다" in console.offline_label.text()  # not "all online"
    assert not any(b.isEnabled() for b in console.action_buttons.values())
    change(qtbot, console, fake.update, connected=False, problem="odd", problem_code="new")
    assert "이유를 알 수 없습니다" in console.connection_banner.text()  # unknown: no English
    change(qtbot, console, fake.update, connected=True, problem="", problem_code="")
    assert not console.connection_banner.isVisible()
    assert "연결됨" in console.status_label.text()
    assert button(console, "acknowledge").isEnabled()


def test_an_action_the_transport_refuses_is_shown(qtbot, console, fake):
    change(qtbot, console, fake.raise_call)

    def refuse(call_id):
        raise RuntimeError("not connected")
    fake.acknowledge = refuse
    tap(qtbot, button(console, "acknowledge"))
    assert "not connected" in console.selected_label.text()


def test_sound_unavailable_is_shown(qtbot, fake, clock):
    win = make_console(qtbot, fake, clock, chime=SilentChime(problem="no_device"))
    assert win.sound_banner.isVisible()
    assert "소리를 낼 수 없습니다" in win.sound_banner.text()
    assert "소리 출력 장치가 없습니다" in win.sound_banner.text()
    win.set_language("en")
    assert "Sound unavailable (no audio output device)" in win.sound_banner.text()


# QtMultimedia reports the audio back-ends this machine lacks as warnings.
@pytest.mark.qt_log_ignore(r"Couldn't (load|resolve) .*", r"PulseAudioService", r"QSoundEffect",
                           r"Using Qt multimedia")
def test_the_real_chime_is_a_short_wav_and_never_pretends(qtbot, tmp_path):
    from PySide6.QtMultimedia import QMediaDevices

    from kiosk.ui.console.chime import Chime, chime_file

    path = chime_file(tmp_path)
    with wave.open(str(path)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        assert 0.5 < wav.getnframes() / wav.getframerate() < 1.5
    assert chime_file(tmp_path) == path  # written once
    chime = Chime(path=path)
    if not QMediaDevices.audioOutputs():
        assert chime.problem == "no_device"
    with qtbot.waitSignal(chime.requested):
        chime.play()


# -- languages and the list model -------------------------------------------------------------

def test_korean_and_english(qtbot, console, fake, clock):
    change(qtbot, console, fake.raise_call, "lobby", "1F", "language")
    assert console.windowTitle() == "안내데스크 호출 화면"
    assert button(console, "acknowledge").text() == "응답: 지금 갑니다"
    assert console.attendant_label.text() == f"근무자: {NAME}"
    assert "다른 언어" in row_text(console)  # as the visitor's "Another language"
    tap(qtbot, console.lang_button)
    assert console.windowTitle() == "Desk call console"
    assert button(console, "acknowledge").text() == "Acknowledge: on my way"
    assert button(console, "arrived").text() == "Arrived"
    assert button(console, "resolve").text() == "Resolve (close the call)"
    assert console.open_heading.text() == "Open calls: 1"
    assert "Another language" in row_text(console) and "Waiting 00:00" in row_text(console)
    assert console.lang_button.text() == "한국어"
    with qtbot.waitSignal(console.adapter.changed):
        tap(qtbot, button(console, "acknowledge"))
    assert f"{NAME} on the way" in row_text(console)
    tap(qtbot, console.lang_button)
    assert button(console, "arrived").text() == "도착했습니다"


def test_the_models_are_sound(qtbot, qtmodeltester, console, fake, clock):
    for need in ("", "mobility", "reading"):
        change(qtbot, console, fake.raise_call, "lobby", "1F", need)
        clock.advance(3)
    qtmodeltester.check(console.open_model)
    call = console.open_model.data(console.open_model.index(0), CALL_ROLE)
    assert isinstance(call, Call)


def test_rows_put_the_most_pressing_first(clock):
    t = clock()
    answered = Call.raise_new("a", "1F", t - 100).advance("acknowledged", t - 90, "x")
    old = Call.raise_new("b", "1F", t - 50)
    new = Call.raise_new("c", "1F", t - 5)
    assert [c.kiosk for c in rows.open_calls([new, answered, old])] == ["b", "c", "a"]


# -- starting it ------------------------------------------------------------------------------

def test_broker_address_and_password(tmp_path):
    cfg = config.Config({"data.folder": str(tmp_path)})
    assert console_app.parse_broker("10.0.0.5") == ("10.0.0.5", 1883)
    assert console_app.parse_broker("desk.lan:8883") == ("desk.lan", 8883)
    assert console_app.parse_broker("[::1]:1884") == ("::1", 1884)
    with pytest.raises(console_app.ConsoleSetupError):
        console_app.parse_broker("a:b:c")
    with pytest.raises(console_app.ConsoleSetupError, match="--account-file"):
        console_app.broker_settings("127.0.0.1", None, None, cfg)
    creds = tmp_path / "broker" / "credentials.toml"
    creds.parent.mkdir()
    creds.write_text('[accounts."lobby"]\nrole = "kiosk"\npassword = "k"\n\n'
                     '[accounts."desk"]\nrole = "console"\npassword = "s3cret"\n')
    s = console_app.broker_settings("127.0.0.1", None, None, cfg)
    assert (s.host, s.port, s.username, s.password, s.managed) == (
        "127.0.0.1", 1883, "desk", "s3cret", False)  # the one console account
    with pytest.raises(console_app.ConsoleSetupError, match="--user"):  # the kiosk's: no
        console_app.broker_settings("127.0.0.1", "lobby", None, cfg)
    s = console_app.broker_settings("10.0.0.5:1884", "desk2", "pw", cfg)
    assert (s.host, s.port, s.username, s.password) == ("10.0.0.5", 1884, "desk2", "pw")
    with pytest.raises(console_app.ConsoleSetupError, match="--user"):
        console_app.broker_settings("10.0.0.5:1884", None, "pw", cfg)
    creds.write_text(creds.read_text() + '\n[accounts."desk-2"]\nrole = "console"\n'
                     'password = "two"\n')
    with pytest.raises(console_app.ConsoleSetupError, match="desk, desk-2"):
        console_app.broker_settings("127.0.0.1", None, None, cfg)
    s = console_app.broker_settings("127.0.0.1", "desk-2", None, cfg)
    assert (s.username, s.password) == ("desk-2", "two")


def test_the_days_history_says_since_when_it_knows_after_a_restart(qtbot, console, clock):
    """A console started at noon has not heard the calls closed this morning: it does not say
    "no call closed today", it says since when it knows; from the next day, the whole day."""
    assert console.history_empty.isVisible()
    assert console.history_empty.text() == "이 화면을 12:00에 켠 뒤로 끝난 호출이 없습니다"
    assert "12:00" in console.today_heading.text()
    assert "오늘 끝난 호출이 아직 없습니다" not in console.history_empty.text()
    clock.advance(13 * 3600)  # 01:00 the next day: it has listened since the day began
    console._tick()
    assert console.history_empty.text() == "오늘 끝난 호출이 아직 없습니다"
    assert console.today_heading.text() == "오늘 끝난 호출"


def test_a_call_arrived_without_acknowledgement_reads_as_answered_when_arrived():
    """The docs let a desk say "arrived" without "acknowledged" first, or resolve a call
    without either; the charter counts each step reached then (kiosk/calls/report.py), and
    the console's history says the same."""
    call = Call.raise_new("lobby", "1F", 1_000.0).advance("arrived", 1_160.0, "Kim")
    assert call.step_time("acknowledged") == call.step_time("arrived") == 1_160.0
    steps = rows.history_steps(call.advance("resolved", 1_200.0), "en")
    assert steps == "Acknowledged in 02:40 · arrived in 02:40"
    desk_only = Call.raise_new("lobby", "1F", 1_000.0).advance("resolved", 1_030.0, "Kim")
    assert rows.history_steps(desk_only, "en") == "Acknowledged in 00:30 · arrived in 00:30"
    gave_up = Call.raise_new("lobby", "1F", 1_000.0).advance("cancelled", 1_030.0)
    assert rows.history_steps(gave_up, "en") == "Not acknowledged · no arrival"
