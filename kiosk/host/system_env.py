"""The environment the kiosk gives the system's own programs (mosquitto, aplay, fc-list,
systemd-analyze).

The one-folder build's launcher puts its own library folder first on LD_LIBRARY_PATH so that
its Python finds the libraries it ships, and keeps the value it found in
LD_LIBRARY_PATH_ORIG. Every child would inherit the launcher's: the system's Mosquitto then
loaded the build's libcrypto, libsystemd and libkrb5 instead of its own, which works only as
long as the two happen to agree. The system's programs get the system's paths back.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping


def system_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """`base` (the kiosk's environment by default) as a program of the system should see it:
    outside the one-folder build the same; inside it, LD_LIBRARY_PATH as it was before the
    launcher changed it (unset if it was unset)."""
    env = dict(os.environ if base is None else base)
    if not getattr(sys, "frozen", False):
        return env
    original = env.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        env.pop("LD_LIBRARY_PATH", None)
    else:
        env["LD_LIBRARY_PATH"] = original
    return env
