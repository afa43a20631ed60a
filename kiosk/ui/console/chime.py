"""The console's chime: a short two-note sound, written once as a WAV file and played with
QSoundEffect. Where the machine has no audio output, `problem` says so and the window shows
it: the console never pretends to ring.
"""
from __future__ import annotations

import math
import os
import struct
import tempfile
import wave
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, QUrl, Signal

from kiosk.directory.config import APP_NAME
from kiosk.ui.console.status_words import CANNOT_PLAY, NO_DEVICE  # its problems, as keys

RATE = 44_100
NOTES = ((880.0, 0.30), (659.25, 0.55))  # A5 then E5 seconds: a "ding-dong"
VERSION = 1  # change when the sound changes, so an old cached file is not reused



def chime_samples(rate: int = RATE) -> bytes:
    """16-bit mono PCM: each note a sine with a soft second harmonic, fading out."""
    frames = bytearray()
    for freq, seconds in NOTES:
        n = int(rate * seconds)
        for i in range(n):
            t = i / rate
            envelope = min(1.0, t / 0.005) * math.exp(-4.0 * t / seconds)
            value = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
            frames += struct.pack("<h", int(0.45 * 32767 * envelope * value / 1.3))
    return bytes(frames)


def chime_file(folder: Path | None = None) -> Path:
    """The chime's WAV file, written on first use (atomically) into the user cache folder."""
    folder = folder or Path(platformdirs.user_cache_dir(APP_NAME))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path(tempfile.gettempdir())
    path = folder / f"console-chime-{VERSION}.wav"
    if path.is_file() and path.stat().st_size > 44:
        return path
    fd, tmp = tempfile.mkstemp(prefix=".chime-", suffix=".wav", dir=folder)
    os.close(fd)
    try:
        with wave.open(tmp, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(chime_samples())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


class Chime(QObject):
    """`play()` rings once if the machine can; `requested` is emitted either way."""

    requested = Signal()
    problem_changed = Signal()

    def __init__(self, parent: QObject | None = None, path: Path | None = None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaDevices  # Addons: loaded only by the console

        self.path = path or chime_file()
        self.problem = ""
        self._effect = None
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._setup)  # a headset plugged in
        self._setup()

    def _setup(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        if self._effect is not None:
            self._effect.deleteLater()
            self._effect = None
        if not QMediaDevices.audioOutputs():
            self._set_problem(NO_DEVICE)
            return
        self._effect = QSoundEffect(self)
        self._effect.statusChanged.connect(self._status_changed)
        self._effect.setSource(QUrl.fromLocalFile(str(self.path)))
        self._set_problem("")

    def _status_changed(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if self._effect is not None and self._effect.status() == QSoundEffect.Status.Error:
            self._set_problem(CANNOT_PLAY)

    def _set_problem(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self.problem_changed.emit()

    def play(self) -> None:
        if self._effect is not None and not self.problem:
            self._effect.play()
        self.requested.emit()
