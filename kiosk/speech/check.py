"""Whether speech can work on this machine, found without loading the engine: the kiosk asks
once its home screen is on view, and a visitor who never asks for speech never loads
`engine.py` (nor `wave`) at all (docs/performance.md §2a)."""
from __future__ import annotations

import ctypes.util
import importlib.util

from kiosk.speech.audio_player import AplayPlayer


def quick_check(player=None) -> str:
    """Why speech cannot work here, found without loading the engine ("" if it should).

    Loading espeak-ng costs about 10 MB; a kiosk starts it only when a visitor asks for
    speech, and uses this to say beforehand whether it will work.
    """
    if importlib.util.find_spec("pyttsx3") is None:
        return "no speech engine (pyttsx3 is not installed)"
    if ctypes.util.find_library("espeak-ng") is None:
        return "no speech engine (install libespeak-ng1)"
    return (player if player is not None else AplayPlayer()).problem()
