"""Read answers aloud: one worker thread owns the pyttsx3 engine, the caller never waits.

What pyttsx3 2.99's espeak driver does, and how this module copes:
- It plays an utterance by running `aplay` inside espeak's own thread, and `engine.stop()`
  waits for that: speech cannot be cut off through pyttsx3. So the worker never calls
  `engine.say()`: it synthesises to a WAV (`save_to_file`, ~10 ms a sentence) and plays it
  in an `aplay` child process that stop() or a new say() ends at once, from any thread.
  (This also avoids the driver's sticky save-file: a say() after a save writes that file.)
- espeak applies rate and volume later, in its own thread, and `runAndWait()` cancels
  whatever is still pending there, then the utterance too (58 of 300 quick utterances in a
  test). So the worker waits until espeak is idle before setting them and again before each
  run (espeak_driver.settle; espeak_Synchronize returns at once in this mode), and retries a cancelled run.
  The engine's first run queues settings behind the save, so it is a bare test utterance.
- `runAndWait()` can return before the file is written: the worker waits for the engine's
  'finished-utterance' notification instead. A file it cannot write hangs `runAndWait()`
  for good, so the engine only ever writes into this module's own temp folder.
- `pyttsx3.init()` returns one shared engine and espeak's settings are process-wide, so all
  Speech objects synthesise under one lock and set voice, rate and volume every time.
- The driver prints "Audio saved to ..." for every file; that print is muted in the driver
  module alone (espeak_driver.mute_driver_prints), so the CLI's stdout stays clean.
"""
from __future__ import annotations

import logging
import queue
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Callable

from kiosk.speech.audio_player import AplayPlayer, SilentPlayer, SpeechError  # noqa: F401 (re-exported)
from kiosk.speech.check import quick_check  # noqa: F401 (re-exported)
from kiosk.speech.espeak_driver import (  # noqa: F401 (wav_seconds re-exported)
    VOICE_PREFERENCE,
    default_engine,
    mute_driver_prints,
    pick_voice,
    settle,
    wav_seconds,
)
from kiosk.speech.pieces import join_wavs, pieces

log = logging.getLogger(__name__)

DEFAULT_RATE = 160  # words a minute; espeak's 175 runs Korean syllables together for elders
MIN_RATE, MAX_RATE = 80, 300  # espeak's own floor is 80; above 300 nobody follows
DEFAULT_VOLUME = 1.0
SYNTH_TIMEOUT = 30.0  # seconds; a whole page of text synthesises in well under one
_ENGINE_LOCK = threading.Lock()  # one espeak per process, however many Speech objects


class Speech:
    """Text to speech for the kiosk: say/stop/pause/repeat from the GUI thread, never blocking.

    `available` and `problem` are known a moment after construction. The callbacks
    `on_state(available, problem)`, `on_utterance(text, lang)` and `on_speaking(bool)` run
    in the worker thread: a Qt adapter must hand them to the GUI thread.
    """

    def __init__(self, engine_factory: Callable | None = None, *, player=None,
                 on_state: Callable[[bool, str], None] | None = None,
                 on_utterance: Callable[[str, str], None] | None = None,
                 on_speaking: Callable[[bool], None] | None = None) -> None:
        self._factory = engine_factory or default_engine
        self._player = player if player is not None else AplayPlayer()
        self.on_state, self.on_utterance, self.on_speaking = on_state, on_utterance, on_speaking
        self.can_synthesize = self.can_play = False
        self.problem = "starting"
        self.voices: dict[str, str | None] = {}  # lang -> engine voice id
        self.last_spoken: tuple[str, str] | None = None  # (text, lang) last handed to the player
        self.speaking = self.paused = False
        self.rate, self.volume = DEFAULT_RATE, DEFAULT_VOLUME
        self._lock = threading.Lock()
        self._generation = 0  # bumped by say/stop: older queued or playing speech is dropped
        self._last: tuple[str, str] | None = None  # what repeat() and resume() say again
        self._jobs: queue.Queue = queue.Queue()
        self._ready, self._finished = threading.Event(), threading.Event()
        self._completed = False
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

    # -- GUI-facing: these return at once --------------------------------------------------
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
        """Used from the next utterance on; returns the rate kept (clamped to 80-300)."""
        self.rate = int(min(MAX_RATE, max(MIN_RATE, words_per_minute)))
        return self.rate

    def set_volume(self, volume: float) -> float:
        self.volume = float(min(1.0, max(0.0, volume)))
        return self.volume

    def reset(self) -> None:
        """End of a visit: silence, default rate and volume, nothing left to repeat."""
        self.stop()
        self.rate, self.volume, self._last = DEFAULT_RATE, DEFAULT_VOLUME, None

    # -- blocking, for the CLI and tests (never from the GUI thread) -----------------------
    def save(self, text: str, lang: str, path: Path | str, timeout: float = SYNTH_TIMEOUT) -> Path:
        """Synthesise `text` to a WAV file; waits for the current utterance to end first."""
        if not (text or "").strip():
            raise SpeechError("nothing to say")
        path = Path(path)

        def synthesize_and_copy():
            self._synthesize(text.strip(), lang, self._tmp / "save.wav")
            try:
                shutil.copyfile(self._tmp / "save.wav", path)
            except OSError as exc:
                raise SpeechError(f"cannot write {path}: {exc.strerror or exc}") from exc
        self._call(synthesize_and_copy, timeout)
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
        done, errors = threading.Event(), []
        self._jobs.put(("call", func, done, errors))
        if not done.wait(timeout):
            raise SpeechError(f"the speech engine did not answer within {timeout:g} s")
        if errors:
            raise errors[0]

    # -- the worker thread -----------------------------------------------------------------
    def _run(self) -> None:
        self._start()
        while (job := self._jobs.get()) is not None:
            if job[0] == "say":
                try:
                    self._speak(*job[1:])
                except Exception:
                    log.exception("speech: saying %r failed", job[2])
                continue
            _kind, func, done, errors = job
            try:
                func()
            except Exception as exc:  # raised in the waiting caller
                errors.append(exc if isinstance(exc, SpeechError) else SpeechError(repr(exc)))
            done.set()
        if self._token is not None:
            self._engine.disconnect(self._token)
        self._engine = None

    def _start(self) -> None:
        try:
            self._engine = self._factory()
            self._token = self._engine.connect("finished-utterance", self._on_finished)
            mute_driver_prints()
            voices = self._engine.getProperty("voices")
            self.voices = {lang: pick_voice(voices, lang) for lang in VOICE_PREFERENCE}
            self.can_synthesize = True
            self._synthesize("ok", "en", self._tmp / "check.wav", configure=False)
            problem = self._player.problem()
            self.can_play = not problem
        except Exception as exc:  # missing library, broken driver: the kiosk works silently
            hint = " (install libespeak-ng1)" if "espeak" in str(exc).lower() else ""
            self.can_synthesize, problem = False, f"no speech engine{hint}: {exc}"
        self._set_state(problem)
        self._ready.set()

    def _set_state(self, problem: str) -> None:
        self.problem = problem
        log.info("speech: %s", "available" if self.available else problem)
        self._notify(self.on_state, self.available, problem)

    def _on_finished(self, name=None, completed=True) -> None:  # in espeak's own thread
        self._completed = completed
        self._finished.set()

    def _synthesize(self, text: str, lang: str, path: Path, configure: bool = True) -> None:
        """`text` into the WAV `path`; a long text in pieces, joined (see pieces.py)."""
        if not self.can_synthesize:
            raise SpeechError(self.problem)
        path.parent.mkdir(parents=True, exist_ok=True)  # in case a /tmp cleaner removed it
        parts = pieces(text)
        if len(parts) <= 1:
            return self._synthesize_piece(text, lang, path, configure)
        files = [path.with_name(f"{path.stem}.{n}.wav") for n in range(len(parts))]
        try:
            for part, file in zip(parts, files):
                self._synthesize_piece(part, lang, file, configure)
            join_wavs(files, path)
        finally:
            for file in files:
                file.unlink(missing_ok=True)

    def _synthesize_piece(self, text: str, lang: str, path: Path, configure: bool) -> None:
        with _ENGINE_LOCK:
            for _attempt in range(3):  # a cancelled run is retried (see the module docstring)
                settle(self._engine)  # the previous utterance's callback has returned
                if configure:
                    if self.voices.get(lang):
                        self._engine.setProperty("voice", self.voices[lang])
                    self._engine.setProperty("rate", self.rate)
                    self._engine.setProperty("volume", self.volume)
                    settle(self._engine)  # espeak has applied rate and volume
                self._finished.clear()
                self._engine.save_to_file(text, str(path))
                self._engine.runAndWait()
                if not self._finished.wait(SYNTH_TIMEOUT):
                    raise SpeechError("the speech engine did not finish in time")
                if self._completed:
                    break
                log.warning("speech: the engine cancelled an utterance; trying again")
        if not (self._completed and path.is_file()):
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
        self.last_spoken, self.speaking = (text, lang), True
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
