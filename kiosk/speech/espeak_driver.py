"""What the kiosk needs to know of pyttsx3's espeak driver: which voice speaks a language,
when espeak has run what it was given, and how to keep its prints off the CLI's stdout.
(engine.py says why each is needed.)"""
from __future__ import annotations

import logging
import sys
import time
import wave
from pathlib import Path

log = logging.getLogger(__name__)

VOICE_PREFERENCE = {"ko": ("ko", "ko-kr"), "en": ("en-us", "en", "en-gb")}


def wav_seconds(path: Path | str) -> float:
    """How long a WAV file plays (the CLI reports it)."""
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate()


def pick_voice(voices, lang: str) -> str | None:
    """The id of the engine voice for `lang`, by its languages (or id), in preference order."""
    def names(v):
        langs = [x.decode(errors="ignore") if isinstance(x, bytes) else str(x)
                 for x in (getattr(v, "languages", None) or ())]
        return [n.lower().replace("_", "-") for n in langs] + [v.id.lower().rsplit("/", 1)[-1]]
    for wanted in VOICE_PREFERENCE.get(lang, (lang,)):
        for v in voices:
            if wanted in names(v):
                return v.id
    return next((v.id for v in voices if any(n.startswith(lang + "-") for n in names(v))), None)


def default_engine():
    import pyttsx3  # lazy: importing the package must not need a speech engine
    return pyttsx3.init()


def settle(engine, timeout: float = 5.0) -> None:
    """Wait until espeak has run every command it was given (a no-op for other engines)."""
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    espeak = sys.modules.get("pyttsx3.drivers._espeak")
    if espeak is None or type(driver).__module__ != "pyttsx3.drivers.espeak":
        return
    deadline = time.monotonic() + timeout
    while espeak.IsPlaying() and time.monotonic() < deadline:
        time.sleep(0.001)


def mute_driver_prints() -> None:
    driver = sys.modules.get("pyttsx3.drivers.espeak")
    if driver is not None:
        driver.print = lambda *args, **kwargs: log.debug(" ".join(map(str, args)))
