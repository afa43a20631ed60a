"""Read answers aloud: one worker thread owns the pyttsx3 engine, the caller never waits.

How it works with pyttsx3 2.99's espeak driver, and why:
- espeak synthesises in its own thread; the driver plays a finished utterance by running
  `aplay` inside that thread, and `engine.stop()` then waits for it: speech cannot be
  interrupted through pyttsx3. So the worker never calls `engine.say()`: it synthesises each
  utterance to a WAV (`save_to_file`, ~10 ms a sentence) and plays it in an `aplay` child
  process, which `stop()` or a new `say()` ends at once from any thread. This also sidesteps
  the driver keeping its save-file setting (a `say()` after a `save_to_file()` writes the
  file again) and the temp WAV files its own playback leaves behind on errors.
- `runAndWait()` may return before the file is written; the worker waits for the engine's
  'finished-utterance' notification instead.
- `pyttsx3.init()` hands every caller the same engine and espeak's voice, rate and volume are
  process-wide, so all Speech objects synthesise under one lock, setting all three each time.
- The espeak driver prints "Audio saved to ..." on each save; that print is muted in the
  driver module only (see _mute_driver_prints), so the CLI's stdout stays clean.
"""
from __future__ import annotations

import logging
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import wave
from pathlib import Path
from typing import Callable

log = logging.getLogger(__name__)

DEFAULT_RATE = 160  # words a minute; espeak's 175 runs Korean syllables together for elders
MIN_RATE, MAX_RATE = 80, 300  # espeak's own floor is 80; above 300 nobody follows
DEFAULT_VOLUME = 1.0
SYNTH_TIMEOUT = 30.0  # seconds; a whole page of text synthesises in well under one
VOICE_PREFERENCE = {"ko": ("ko", "ko-kr"), "en": ("en-us", "en", "en-gb")}
_ENGINE_LOCK = threading.Lock()  # one espeak per process, whatever the number of Speech objects


class SpeechError(RuntimeError):
    """Speech cannot do what was asked; the message says why."""


def wav_seconds(path: Path | str) -> float:
    """How long a WAV file plays (the CLI reports it)."""
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate()


def pick_voice(voices, lang: str) -> str | None:
    """The id of the engine voice for `lang`, by its languages (or id), in preference order."""
    def langs(v):
        names = [x.decode(errors="ignore") if isinstance(x, bytes) else str(x)
                 for x in (getattr(v, "languages", None) or ())]
        return [n.lower().replace("_", "-") for n in names] + [v.id.lower().rsplit("/", 1)[-1]]
    for wanted in VOICE_PREFERENCE.get(lang, (lang,)):
        for v in voices:
            if wanted in langs(v):
                return v.id
    return next((v.id for v in voices if any(n.startswith(lang + "-") for n in langs(v))), None)


def _mute_driver_prints() -> None:
    """The espeak driver print()s each saved file; shadow print in that module alone."""
    driver = sys.modules.get("pyttsx3.drivers.espeak")
    if driver is not None:
        driver.print = lambda *args, **kwargs: log.debug(" ".join(map(str, args)))


def _default_engine():
    import pyttsx3  # lazy: importing the core must not need a speech engine
    return pyttsx3.init()


class AplayPlayer:
    """Plays WAV files with ALSA's `aplay` in a child process, so stop() ends them at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None

    def problem(self) -> str:
        """Why this machine cannot play sound, or "" if it can."""
        exe = shutil.which("aplay")
        if not exe:
            return "no audio player (aplay missing: install alsa-utils)"
        try:
            cards = subprocess.run([exe, "-l"], capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.SubprocessError) as exc:
            return f"no audio device (aplay -l failed: {exc})"
        if not re.search(r"^card \d+:", cards.stdout, re.MULTILINE):
            return "no audio device (aplay -l lists no sound card)"
        return ""

    def play(self, path: Path, wanted: Callable[[], bool]) -> None:
        """Play to the end, or until stop(); `wanted` closes the race with a stop() meanwhile."""
        proc = subprocess.Popen(["aplay", "-q", str(path)], stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        with self._lock:
            self._proc = proc
        if not wanted():
            proc.terminate()
        _out, err = proc.communicate()
        with self._lock:
            self._proc = None
        if proc.returncode != 0 and wanted():
            lines = (err or "").strip().splitlines()
            raise SpeechError(f"audio playback failed ({lines[-1] if lines else proc.returncode})")

    def stop(self) -> None:
        with self._lock:
            proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.terminate()


class SilentPlayer:
    """Plays nothing, at once: for UI tests and kiosks without speakers."""

    def problem(self) -> str:
        return ""

    def play(self, path: Path, wanted: Callable[[], bool]) -> None:
        pass

    def stop(self) -> None:
        pass


class Speech:
    """Text to speech for the kiosk: say/stop/pause/repeat from the GUI thread, never blocking.

    State (`available`, `problem`) is known a moment after construction, in the worker;
    `on_state(available, problem)`, `on_utterance(text, lang)` and `on_speaking(bool)` are
    called from the worker thread (a Qt adapter must marshal them to the GUI thread).
    """

    def __init__(self, engine_factory: Callable | None = None, *, player=None,
                 on_state: Callable[[bool, str], None] | None = None,
                 on_utterance: Callable[[str, str], None] | None = None,
                 on_speaking: Callable[[bool], None] | None = None) -> None:
        self._factory = engine_factory or _default_engine
        self._player = player if player is not None else AplayPlayer()
        self.on_state, self.on_utterance, self.on_speaking = on_state, on_utterance, on_speaking
        self.can_synthesize = self.can_play = False
        self.problem = "starting"
        self.voices: dict[str, str | None] = {}  # lang -> engine voice id
        self.last_spoken: tuple[str, str] | None = None  # what was last handed to the player
        self.speaking = self.paused = False
        self.rate, self.volume = DEFAULT_RATE, DEFAULT_VOLUME
        self._lock = threading.Lock()
        self._generation = 0  # bumped by every say/stop; queued or playing older speech is dropped
        self._last: tuple[str, str] | None = None  # what repeat()/resume() say again
        self._jobs: queue.Queue = queue.Queue()
        self._ready = threading.Event()
        self._finished = threading.Event()
        self._finished_ok = False
        self._engine = self._token = None
        self._tmp = Path(tempfile.mkdtemp(prefix="kiosk-speech-"))
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self._thread.start()

    @property
    def available(self) -> bool:
        return self.can_synthesize and self.can_play

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Block until `available` and `problem` are known (for the CLI and tests)."""
        return self._ready.wait(timeout)

    # -- GUI-facing: all return at once ----------------------------------------------------
    def say(self, text: str, lang: str = "ko") -> None:
        """Speak `text`, cutting off whatever is being said or waiting to be said."""
        text = (text or "").strip()
        if not text or (self._ready.is_set() and not self.available):
            self.stop()
            return
        with self._lock:
            self._generation += 1
            generation, self._last, self.paused = self._generation, (text, lang), False
        self._player.stop()
        self._jobs.put(("say", generation, text, lang))

    def stop(self) -> None:
        with self._lock:
            self._generation += 1
            self.paused = False
        self._player.stop()

    def pause(self) -> None:
        """Stop now; resume() says the same text again from its start."""
        self.stop()
        self.paused = self._last is not None

    def resume(self) -> None:
        self.repeat()

    def repeat(self) -> None:
        if self._last is not None:
            self.say(*self._last)

    def set_rate(self, words_per_minute: float) -> int:
        """Takes effect from the next utterance; returns the rate used (clamped)."""
        self.rate = int(min(MAX_RATE, max(MIN_RATE, words_per_minute)))
        return self.rate

    def set_volume(self, volume: float) -> float:
        self.volume = float(min(1.0, max(0.0, volume)))
        return self.volume

    def reset(self) -> None:
        """End of a visit: silence, default rate and volume, nothing left to repeat."""
        self.stop()
        self.rate, self.volume, self._last = DEFAULT_RATE, DEFAULT_VOLUME, None

    # -- blocking helpers for the CLI and tests (never from the GUI thread) ----------------
    def save(self, text: str, lang: str, path: Path | str, timeout: float = SYNTH_TIMEOUT) -> Path:
        """Synthesise `text` to a WAV file; waits for the current utterance to end first."""
        if not (text or "").strip():
            raise SpeechError("nothing to say")
        path = Path(path)
        self._call(lambda: self._synthesize(text.strip(), lang, path), timeout)
        return path

    def wait(self, timeout: float | None = None) -> None:
        """Block until everything asked for so far has been spoken or dropped."""
        self._call(lambda: None, timeout)

    def close(self, timeout: float = 5.0) -> None:
        self.stop()
        self._jobs.put(None)
        self._thread.join(timeout)
        shutil.rmtree(self._tmp, ignore_errors=True)

    def _call(self, func: Callable, timeout: float | None) -> None:
        done, outcome = threading.Event(), []
        self._jobs.put(("call", func, done, outcome))
        if not done.wait(timeout):
            raise SpeechError(f"the speech engine did not answer within {timeout:g} s")
        if outcome:
            raise outcome[0]

    # -- the worker thread -----------------------------------------------------------------
    def _run(self) -> None:
        self._start()
        while (job := self._jobs.get()) is not None:
            try:
                if job[0] == "say":
                    self._speak(*job[1:])
                else:
                    _kind, func, done, outcome = job
                    try:
                        func()
                    except SpeechError as exc:  # handed to the waiting caller
                        outcome.append(exc)
                    except Exception as exc:
                        outcome.append(SpeechError(f"{type(exc).__name__}: {exc}"))
                    done.set()
            except Exception:
                log.exception("speech: %s failed", job[0])
        if self._token is not None:
            self._engine.disconnect(self._token)
        self._engine = None

    def _start(self) -> None:
        try:
            self._engine = self._factory()
            self._token = self._engine.connect("finished-utterance", self._on_finished)
            _mute_driver_prints()
            voices = self._engine.getProperty("voices")
            self.voices = {lang: pick_voice(voices, lang) for lang in VOICE_PREFERENCE}
            self.can_synthesize, problem = True, ""
        except Exception as exc:  # missing library, broken driver: the kiosk works silently
            hint = " (install libespeak-ng1)" if "espeak" in str(exc).lower() else ""
            problem = f"no speech engine{hint}: {exc}"
        if self.can_synthesize:
            problem = self._player.problem()
            self.can_play = not problem
        self._set_state(problem)
        self._ready.set()

    def _set_state(self, problem: str) -> None:
        self.problem = problem
        log.info("speech: %s", "available" if self.available else problem)
        self._notify(self.on_state, self.available, problem)

    def _on_finished(self, name=None, completed=True) -> None:  # from espeak's own thread
        self._finished_ok = completed
        self._finished.set()

    def _synthesize(self, text: str, lang: str, path: Path) -> None:
        if not self.can_synthesize:
            raise SpeechError(self.problem)
        with _ENGINE_LOCK:
            if self.voices.get(lang):
                self._engine.setProperty("voice", self.voices[lang])
            self._engine.setProperty("rate", self.rate)
            self._engine.setProperty("volume", self.volume)
            self._finished.clear()
            self._engine.save_to_file(text, str(path))
            self._engine.runAndWait()
            if not self._finished.wait(SYNTH_TIMEOUT) or not self._finished_ok:
                raise SpeechError("the speech engine did not finish the utterance")
        if not path.is_file():
            raise SpeechError(f"the speech engine wrote no file {path}")

    def _current(self, generation: int) -> bool:
        return generation == self._generation

    def _speak(self, generation: int, text: str, lang: str) -> None:
        if not (self._current(generation) and self.available):
            return
        wav = self._tmp / "utterance.wav"
        self._synthesize(text, lang, wav)
        if not self._current(generation):
            return
        self.last_spoken = (text, lang)
        self.speaking = True
        self._notify(self.on_utterance, text, lang)
        self._notify(self.on_speaking, True)
        try:
            self._player.play(wav, lambda: self._current(generation))
        except SpeechError as exc:  # e.g. the speakers were unplugged
            self.can_play = False
            self._set_state(str(exc))
        finally:
            self.speaking = False
            self._notify(self.on_speaking, False)

    @staticmethod
    def _notify(callback, *args) -> None:
        if callback is not None:
            try:
                callback(*args)
            except Exception:
                log.exception("speech: callback %r failed", callback)
