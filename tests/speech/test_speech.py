"""Speech: the right voice, real audio in the WAV, and a GUI thread that never waits.

No test needs a sound card: real synthesis is checked in WAV files, playback through a fake
player or a fake `aplay` on PATH.
"""
from __future__ import annotations

import array
import logging
import math
import os
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path
from types import SimpleNamespace

import pytest

from kiosk.speech.engine import (
    DEFAULT_RATE,
    DEFAULT_VOLUME,
    AplayPlayer,
    SilentPlayer,
    Speech,
    SpeechError,
    pick_voice,
    wav_seconds,
)

PHONE = "전화번호는 1588-1234입니다."


# -- fakes -----------------------------------------------------------------------------------
def write_wav(path, seconds=0.05, rate=22050):
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        n = int(seconds * rate)
        w.writeframes(array.array("h", (int(8000 * math.sin(i / 8)) for i in range(n))).tobytes())


class FakeEngine:
    """The part of the pyttsx3 engine API Speech uses; runAndWait waits while `gate` is clear."""

    voices = [SimpleNamespace(id="gmw/en", languages=["en-gb"]),
              SimpleNamespace(id="gmw/en-us", languages=["en-us"]),
              SimpleNamespace(id="ko", languages=["ko"])]

    def __init__(self):
        self.props = {"voice": "gmw/en", "rate": 200, "volume": 1.0}
        self.synthesised = []  # (text, voice, rate, volume)
        self.gate, self.running = threading.Event(), threading.Event()
        self.gate.set()
        self._pending = None
        self._callbacks = []

    def connect(self, topic, cb):
        assert topic == "finished-utterance"
        self._callbacks.append(cb)
        return cb

    def disconnect(self, token):
        self._callbacks.remove(token)

    def getProperty(self, name):
        return self.voices if name == "voices" else self.props[name]

    def setProperty(self, name, value):
        self.props[name] = value

    def save_to_file(self, text, filename):
        self._pending = (text, filename)

    def runAndWait(self):
        text, filename = self._pending
        self.running.set()
        assert self.gate.wait(10)
        self.running.clear()
        write_wav(filename)
        self.synthesised.append((text, self.props["voice"], self.props["rate"],
                                 self.props["volume"]))
        for cb in list(self._callbacks):
            cb(name=None, completed=True)

    @property
    def texts(self):
        return [s[0] for s in self.synthesised]


class FakePlayer:
    """Plays for `seconds` or until stop(); records what it was given."""

    def __init__(self, problem="", seconds=0.0):
        self._problem, self.seconds = problem, seconds
        self.played = []  # seconds of each WAV handed over
        self.playing, self._stopped = threading.Event(), threading.Event()
        self.fail = None

    def problem(self):
        return self._problem

    def play(self, path, wanted):
        self._stopped.clear()
        if not wanted():
            return
        self.played.append(wav_seconds(path))
        if self.fail:
            raise SpeechError(self.fail)
        self.playing.set()
        self._stopped.wait(self.seconds)
        self.playing.clear()

    def stop(self):
        self._stopped.set()


@pytest.fixture
def fake():
    engine, player, spoken, states, speaking = FakeEngine(), FakePlayer(), [], [], []
    speech = Speech(lambda: engine, player=player, on_state=lambda *a: states.append(a),
                    on_utterance=lambda *a: spoken.append(a), on_speaking=speaking.append)
    assert speech.wait_ready(5)
    engine.synthesised.clear()  # the start-up check
    yield SimpleNamespace(speech=speech, engine=engine, player=player, spoken=spoken,
                          states=states, speaking=speaking)
    engine.gate.set()
    speech.close()


# -- with a fake engine ----------------------------------------------------------------------
def test_state_is_reported_once_known(fake):
    assert fake.speech.available and fake.speech.problem == ""
    assert fake.states == [(True, "")]
    assert fake.speech.voices == {"ko": "ko", "en": "gmw/en-us"}


def test_gui_calls_return_at_once_and_a_new_say_drops_the_queue(fake):
    fake.engine.gate.clear()
    safety = threading.Timer(3, fake.engine.gate.set)  # a blocking say() would end here
    safety.start()
    fake.speech.say("첫째")
    assert fake.engine.running.wait(2)  # the worker is inside runAndWait
    started = time.perf_counter()
    fake.speech.say("둘째")
    fake.speech.say("셋째")
    fake.speech.stop()
    fake.speech.pause()
    fake.speech.set_rate(200)
    fake.speech.say("넷째", "en")
    elapsed = time.perf_counter() - started
    assert not fake.engine.gate.is_set(), "the engine was released before the calls returned"
    assert elapsed < 0.5
    safety.cancel()
    fake.engine.gate.set()
    fake.speech.wait(5)
    assert fake.engine.texts == ["첫째", "넷째"]  # 둘째, 셋째 never reached the engine
    assert fake.spoken == [("넷째", "en")]  # 첫째 was dropped before it was played
    assert fake.speech.last_spoken == ("넷째", "en")


def test_stop_cuts_off_the_current_utterance(fake):
    fake.player.seconds = 10
    fake.speech.say("아주 긴 안내 문장입니다.")
    assert fake.player.playing.wait(2)
    started = time.perf_counter()
    fake.speech.stop()
    fake.speech.wait(2)
    assert time.perf_counter() - started < 1
    assert not fake.speech.speaking and fake.speaking == [True, False]


def test_a_new_say_interrupts_the_one_being_spoken(fake):
    fake.player.seconds = 10
    fake.speech.say("첫 안내")
    assert fake.player.playing.wait(2)
    fake.player.seconds = 0
    fake.speech.say("Second", "en")
    fake.speech.wait(2)
    assert fake.spoken == [("첫 안내", "ko"), ("Second", "en")]
    assert fake.speaking == [True, False, True, False]


def test_pause_resume_and_repeat_say_the_text_again_from_its_start(fake):
    fake.player.seconds = 10
    fake.speech.say("2층 열람실", "ko")
    assert fake.player.playing.wait(2)
    fake.speech.pause()
    assert fake.speech.paused
    fake.speech.wait(2)
    assert not fake.speech.speaking
    fake.player.seconds = 0
    fake.speech.resume()
    assert not fake.speech.paused
    fake.speech.wait(2)
    fake.speech.repeat()
    fake.speech.wait(2)
    assert fake.spoken == [("2층 열람실", "ko")] * 3


def test_voice_follows_the_language(fake):
    fake.speech.say("Reading room", "en")
    fake.speech.wait(2)
    fake.speech.say("열람실", "ko")
    fake.speech.wait(2)
    assert [s[:2] for s in fake.engine.synthesised] == [("Reading room", "gmw/en-us"),
                                                        ("열람실", "ko")]


def test_rate_and_volume_are_clamped_and_reset_at_the_end_of_a_visit(fake):
    assert fake.speech.set_rate(1000) == 300 and fake.speech.set_rate(10) == 80
    assert fake.speech.set_volume(2) == 1.0 and fake.speech.set_volume(-1) == 0.0
    fake.speech.set_rate(250)
    fake.speech.set_volume(0.3)
    fake.speech.say("느리게")
    fake.speech.wait(2)
    assert fake.engine.synthesised[-1][2:] == (250, 0.3)
    fake.speech.reset()
    assert (fake.speech.rate, fake.speech.volume) == (DEFAULT_RATE, DEFAULT_VOLUME)
    fake.speech.repeat()  # the next visitor does not hear the last one's text
    fake.speech.wait(2)
    assert fake.engine.texts == ["느리게"]
    fake.speech.say("기본")
    fake.speech.wait(2)
    assert fake.engine.synthesised[-1][2:] == (DEFAULT_RATE, DEFAULT_VOLUME)


def test_no_engine_means_unavailable_and_silent():
    def broken():
        raise RuntimeError("This means you probably do not have eSpeak or eSpeak-ng installed!")
    states = []
    speech = Speech(broken, player=FakePlayer(), on_state=lambda *a: states.append(a))
    assert speech.wait_ready(5)
    assert not speech.available and not speech.can_synthesize
    assert "no speech engine" in speech.problem and "libespeak-ng1" in speech.problem
    assert states == [(False, speech.problem)]
    speech.say("안녕하세요")
    speech.repeat()
    speech.pause()
    speech.wait(2)
    assert speech.last_spoken is None
    with pytest.raises(SpeechError, match="no speech engine"):
        speech.save("안녕하세요", "ko", "never.wav")
    speech.close()


def test_no_audio_device_still_synthesises(tmp_path):
    engine, player = FakeEngine(), FakePlayer(problem="no audio device (no sound card)")
    speech = Speech(lambda: engine, player=player)
    assert speech.wait_ready(5)
    assert speech.can_synthesize and not speech.can_play and not speech.available
    assert speech.problem.startswith("no audio device")
    speech.say("안녕하세요")
    speech.wait(2)
    assert player.played == [] and speech.last_spoken is None
    assert wav_seconds(speech.save("안녕하세요", "ko", tmp_path / "a.wav")) > 0
    speech.close()


def test_a_failing_playback_makes_speech_unavailable(fake):
    fake.player.fail = "audio playback failed (device busy)"
    fake.speech.say("안녕하세요")
    fake.speech.wait(2)
    assert not fake.speech.available
    assert fake.states[-1] == (False, "audio playback failed (device busy)")


def test_pick_voice_prefers_american_english_then_any_english():
    def v(voice_id, *langs):
        return SimpleNamespace(id=voice_id, languages=list(langs))
    assert pick_voice([v("gmw/en", "en-gb"), v("gmw/en-us", "en-us")], "en") == "gmw/en-us"
    assert pick_voice([v("gmw/en-029", "en-029"), v("gmw/en", "en-gb")], "en") == "gmw/en"
    assert pick_voice([v("gmw/en-029", "en-029")], "en") == "gmw/en-029"
    assert pick_voice([v("HKEY\\Heami", b"ko_KR")], "ko") == "HKEY\\Heami"
    assert pick_voice([v("gmw/en", "en-gb")], "ko") is None


# -- aplay, faked on PATH --------------------------------------------------------------------
def fake_aplay(folder: Path, cards: str) -> dict:
    script = folder / "aplay"
    script.write_text("#!/bin/sh\n"
                      f'if [ "$1" = "-l" ]; then printf "{cards}"; exit 0; fi\n'
                      'touch "$APLAY_MARK"; exec sleep 30\n')
    script.chmod(0o755)
    return {"PATH": f"{folder}{os.pathsep}{os.environ['PATH']}",
            "APLAY_MARK": str(folder / "playing")}


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for aplay")
def test_aplay_player_checks_for_a_card_and_stops_at_once(tmp_path, monkeypatch):
    card = "card 0: PCH [HDA Intel PCH], device 0: ALC3246 Analog [ALC3246 Analog]\\n"
    for name, value in fake_aplay(tmp_path, card).items():
        monkeypatch.setenv(name, value)
    player = AplayPlayer()
    assert player.problem() == ""
    write_wav(tmp_path / "a.wav")
    stopped = threading.Event()  # as Speech does: a stop() before aplay is registered
    thread = threading.Thread(target=player.play,
                              args=(tmp_path / "a.wav", lambda: not stopped.is_set()))
    thread.start()
    deadline = time.monotonic() + 5
    while not (tmp_path / "playing").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.perf_counter()
    stopped.set()
    player.stop()
    thread.join(5)
    assert not thread.is_alive() and time.perf_counter() - started < 1

    fake_aplay(tmp_path, "")
    assert player.problem() == "no audio device (aplay -l lists no sound card)"
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert player.problem().startswith("no audio player")


# -- with the real engine (espeak-ng through pyttsx3) ----------------------------------------
@pytest.fixture(scope="module")
def real():
    player = FakePlayer()
    speech = Speech(player=player)
    speech.wait_ready(30)
    # espeak-ng is a declared system package (make installs libespeak-ng1): without it the
    # kiosk cannot speak, and these tests must say so rather than pass quietly.
    assert speech.can_synthesize, f"no speech engine here: {speech.problem}"
    yield SimpleNamespace(speech=speech, player=player)
    speech.close()


def samples(path):
    with wave.open(str(path), "rb") as w:
        assert w.getsampwidth() == 2
        return array.array("h", w.readframes(w.getnframes()))


def rms(data):
    return math.sqrt(sum(x * x for x in data) / len(data))


@pytest.mark.parametrize("lang, text", [
    ("ko", "안녕하세요. 국립중앙도서관에 오신 것을 환영합니다."),
    ("en", "Welcome to the library. The reading room is on the second floor.")])
def test_saved_speech_is_a_real_wav(real, tmp_path, lang, text):
    path = real.speech.save(text, lang, tmp_path / f"{lang}.wav")
    assert path.read_bytes()[:4] == b"RIFF" and path.read_bytes()[8:12] == b"WAVE"
    with wave.open(str(path), "rb") as w:
        assert w.getnchannels() == 1
        assert 8000 <= w.getframerate() <= 48000  # espeak-ng gives 22,050 Hz
    assert wav_seconds(path) > 1.0 and wav_seconds(path) < 15
    assert rms(samples(path)) > 1000  # speech, not silence (espeak's is ~3000 of 32767)


def test_each_language_gets_its_own_voice(real, tmp_path):
    import pyttsx3
    voices = {v.id: v for v in pyttsx3.init().getProperty("voices")}
    assert voices[real.speech.voices["ko"]].languages == ["ko"]
    assert voices[real.speech.voices["en"]].languages == ["en-us"]
    # espeak-ng switches to Korean for Hangul words by itself, whatever the voice, so the
    # honest difference is in what it reads in the voice's own language: numbers. The
    # English voice says "one thousand five hundred eighty-eight", the Korean one "천오백팔십팔".
    ko = real.speech.save(PHONE, "ko", tmp_path / "ko.wav")
    en = real.speech.save(PHONE, "en", tmp_path / "en.wav")
    assert samples(ko) != samples(en)
    assert wav_seconds(en) > 1.04 * wav_seconds(ko)


def test_quick_successive_utterances_are_never_cancelled(real, tmp_path, caplog):
    durations = {}  # (lang, rate) -> seconds
    with caplog.at_level(logging.WARNING, logger="kiosk.speech.engine"):
        for i in range(40):
            lang, rate = ("ko", "en")[i % 2], (120, 200)[i // 2 % 2]
            real.speech.set_rate(rate)
            path = real.speech.save(PHONE, lang, tmp_path / "x.wav")
            durations.setdefault((lang, rate), []).append(wav_seconds(path))
    real.speech.reset()
    assert caplog.records == []
    # the same text, voice and rate always come out the same length: settings were applied
    assert all(max(d) < 1.02 * min(d) for d in durations.values()), durations
    assert min(durations["ko", 120]) > 1.4 * max(durations["ko", 200])


def test_an_unwritable_path_is_an_error_not_a_hung_engine(real, tmp_path):
    with pytest.raises(SpeechError, match="cannot write"):
        real.speech.save("안녕하세요", "ko", tmp_path / "missing" / "a.wav", timeout=10)
    assert wav_seconds(real.speech.save("안녕하세요", "ko", tmp_path / "a.wav", timeout=10)) > 0.3


def test_say_hands_real_speech_to_the_player(real):
    real.speech.say("대출은 1층 안내데스크에서 합니다.", "ko")
    real.speech.wait(10)
    assert real.speech.last_spoken == ("대출은 1층 안내데스크에서 합니다.", "ko")
    assert real.player.played and real.player.played[-1] > 1.0


def test_silent_player_makes_speech_available_without_speakers():
    speech = Speech(lambda: FakeEngine(), player=SilentPlayer())
    assert speech.wait_ready(5) and speech.available
    speech.say("안녕하세요")
    speech.wait(2)
    assert speech.last_spoken == ("안녕하세요", "ko")
    speech.close()


# -- the command line ------------------------------------------------------------------------
ROOT = Path(__file__).resolve().parents[2]


def run_cli(tmp_path, *args, env=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "kiosk", "say", *args], capture_output=True,
                          text=True, timeout=180, cwd=tmp_path, env=env)


def test_cli_writes_a_wav(tmp_path):
    result = run_cli(tmp_path, "안녕하세요", "--lang", "ko", "--out", "tmp.wav")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("tmp.wav") and "voice ko" in result.stdout
    assert "Audio saved" not in result.stdout
    assert wav_seconds(tmp_path / "tmp.wav") > 0.3
    assert rms(samples(tmp_path / "tmp.wav")) > 1000


def test_a_long_korean_text_is_synthesised_not_a_crash(tmp_path):
    """One utterance of more than about 16 KB crashed espeak-ng and the process (SIGSEGV)."""
    text = "가나다라 마바사 " * 1500  # 12,000 characters, 31 KB of UTF-8
    result = run_cli(tmp_path, text, "--out", "long.wav")
    assert result.returncode == 0, result.stderr
    assert wav_seconds(tmp_path / "long.wav") > 600  # every piece, one after another
    assert not [p for p in tmp_path.iterdir() if p.name != "long.wav"]


def test_cli_keeps_an_existing_file(tmp_path):
    (tmp_path / "kept.wav").write_bytes(b"mine")
    result = run_cli(tmp_path, "안녕하세요", "--out", "kept.wav")
    assert result.returncode == 2 and "kept.wav exists already" in result.stderr
    assert (tmp_path / "kept.wav").read_bytes() == b"mine"


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for aplay")
def test_cli_says_why_it_cannot_speak(tmp_path):
    (tmp_path / "bin").mkdir()
    result = run_cli(tmp_path, "안녕하세요", env=fake_aplay(tmp_path / "bin", ""))
    assert result.returncode == 2
    assert "speech unavailable:" in result.stderr and result.stdout == ""


def test_quick_check_needs_no_engine(monkeypatch):
    from kiosk.speech import check as speech_module

    class Quiet:
        def problem(self):
            return ""

    assert speech_module.quick_check(Quiet()) == ""  # espeak-ng is a declared system package
    monkeypatch.setattr(speech_module.ctypes.util, "find_library", lambda name: None)
    assert "libespeak-ng1" in speech_module.quick_check(Quiet())


def test_the_quick_check_loads_no_engine():
    # The kiosk checks speech once its home screen shows; a visitor who never asks for speech
    # should not pay for the engine's module (docs/performance.md §2a).
    probe = ("import sys; from kiosk.speech.check import quick_check; quick_check(); "
             "print(sorted({'kiosk.speech.engine', 'wave', 'pyttsx3'} & set(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
