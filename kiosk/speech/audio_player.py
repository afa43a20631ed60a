"""Where speech is heard: WAV files played by ALSA's `aplay` in a child process, so that
stop() ends them at once from any thread (pyttsx3 itself cannot cut speech off)."""
from __future__ import annotations

import re
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Callable

from kiosk.host.system_env import system_env


class SpeechError(RuntimeError):
    """Speech cannot do what was asked; the message says why."""


class AplayPlayer:
    """Plays WAV files with ALSA's `aplay` in a child process, so stop() ends them at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._stopped: subprocess.Popen | None = None  # ended on purpose: not a failure

    def problem(self) -> str:
        """Why this machine cannot play sound, or "" if it can."""
        exe = shutil.which("aplay")
        if not exe:
            return "no audio player (aplay missing: install alsa-utils)"
        try:
            cards = subprocess.run([exe, "-l"], capture_output=True, text=True, timeout=10,
                                   env=system_env())
        except (OSError, subprocess.SubprocessError) as exc:
            return f"no audio device (aplay -l failed: {exc})"
        if not re.search(r"^card \d+:", cards.stdout, re.MULTILINE):
            return "no audio device (aplay -l lists no sound card)"
        return ""

    def play(self, path: Path, wanted: Callable[[], bool]) -> None:
        """Play to the end or until stop(); `wanted()` closes the race with a stop() meanwhile."""
        proc = subprocess.Popen(["aplay", "-q", str(path)], stdin=subprocess.DEVNULL,
                                env=system_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        with self._lock:
            self._proc = proc
        if not wanted():
            proc.terminate()
        err = proc.communicate()[1].strip().splitlines()
        with self._lock:
            self._proc = None
        if proc.returncode != 0 and wanted() and self._stopped is not proc:
            raise SpeechError(f"audio playback failed ({err[-1] if err else proc.returncode})")

    def stop(self) -> None:
        with self._lock:
            if self._proc is not None and self._proc.poll() is None:
                self._stopped = self._proc
                self._proc.terminate()


class SilentPlayer:
    """Plays nothing, at once: for UI tests and kiosks without speakers."""

    def problem(self) -> str:
        return ""

    def play(self, path: Path, wanted: Callable[[], bool]) -> None:
        pass

    def stop(self) -> None:
        pass
