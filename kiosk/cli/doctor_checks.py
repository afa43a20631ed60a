"""The checks of `python -m kiosk doctor` (kiosk/cli/doctor.py): what this machine has and
lacks for the kiosk, in plain words.

Each check says ok, or what is missing and how to get it. It creates nothing the kiosk would
not create at its first start (the data folder, the broker's credentials).
"""
from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass

from kiosk.calls.broker import BrokerError, find_mosquitto
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.enrolment import read_enrolled
from kiosk.cli import doctor_deploy
from kiosk.directory.accessibility import REACH_BOTTOM_MM, REACH_TOP_MM, ScreenGeometry
from kiosk.directory.config import Config, ConfigError, check_writes, load
from kiosk.directory.files import demo_fingerprint, load_demo
from kiosk.directory.store import StoreError, open_directory
from kiosk.host.system_env import system_env
from kiosk.speech.engine import quick_check

# Missing on a development or staff PC without harm: reported, but doctor still succeeds.
ADVISORY = ("display", "speech", "kiosk service", "cage", "free disk")
# A 16:9 panel either way up: the mounting's reach does not depend on its resolution.
SHAPES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def cmd_doctor(args) -> int:
    try:  # the config as the kiosk loads it: one it would refuse is a NO, then what it can
        checks = run_checks(check_writes(load(args.config)))
    except ConfigError as exc:
        checks = [_display(), _hangul_font(), _speech(), Check("config", False, str(exc))]
    print(report(checks), end="")
    return 0 if all(c.ok or c.name in ADVISORY for c in checks) else 1


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def _display() -> Check:
    shown = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    return Check("display", bool(shown), shown or "no DISPLAY: the kiosk needs a screen "
                 "(screenshots work without one)")


def _hangul_font() -> Check:
    if not shutil.which("fc-list"):
        return Check("Hangul font", False, "fontconfig missing (Debian package fontconfig)")
    fonts = subprocess.run(["fc-list", ":lang=ko", "family"], capture_output=True, text=True,
                           env=system_env(),
                           timeout=20).stdout
    first = fonts.splitlines()[0] if fonts.strip() else ""
    return Check("Hangul font", bool(first), first or "none: install fonts-nanum")


def _speech() -> Check:
    problem = quick_check()
    return Check("speech", not problem, problem or "espeak-ng and a sound card are there")


def _calls(cfg: Config) -> Check:
    try:
        settings = BrokerSettings.from_config(cfg)
    except BrokerError as exc:
        return Check("call system", False, str(exc))
    if not settings.managed and settings.username not in ("", cfg["kiosk.id"]):
        return Check("call system", False, f"broker.username {settings.username!r} is not this "
                     f"kiosk's id: every kiosk logs in with its own account, named by its "
                     f"kiosk.id ({cfg['kiosk.id']!r}); see docs/alerts.md")
    if not settings.managed:
        return Check("call system", True, f"site broker {settings.host}:{settings.port} "
                     f"(user {settings.username or '-'}, TLS {'on' if settings.tls else 'off'})")
    exe = find_mosquitto()
    if exe is None:
        return Check("call system", False, "mosquitto is not installed (Debian package "
                     "mosquitto): Help shows the desk's phone number instead of calling")
    try:
        enrolled = ", ".join(read_enrolled(cfg.data_dir)) or "none"
    except BrokerError as exc:
        return Check("call system", False, str(exc))
    return Check("call system", True, f"own broker {exe} on {cfg['broker.listen']} port "
                 f"{settings.port}{' with TLS' if settings.tls else ''}; consoles log in with "
                 f"their own accounts ({', '.join(cfg['broker.consoles'])}, passwords in "
                 f"{cfg.data_dir / 'broker' / 'credentials.toml'}; enrolled desk PCs: "
                 f"{enrolled})")


def _directory(cfg: Config) -> Check:
    try:
        directory = open_directory(cfg.data_dir, load_demo, demo_fingerprint)
    except (StoreError, OSError, ValueError) as exc:
        return Check("directory", False, str(exc))
    return Check("directory", True, f"{directory.building.name.en}: {len(directory.rooms)} "
                 f"rooms, {len(directory.staff)} staff, in {cfg.data_dir}")


def _reach(cfg: Config) -> Check:
    """A panel mounted wholly above (or below) the wheelchair reach band: its low position
    cannot bring anything within reach, so the site should mount it lower."""
    geometry = ScreenGeometry(cfg["screen.diagonal"], cfg["screen.bottom"])
    out = [shape for shape, size in SHAPES.items() if geometry.out_of_reach(*size)]
    band = f"{REACH_BOTTOM_MM:,.0f}-{REACH_TOP_MM:,.0f} mm"
    if out:
        return Check("reach", False, f"a {cfg['screen.diagonal']:g}\" screen with its bottom "
                     f"edge {cfg['screen.bottom']:g} mm up lies out of the {band} a wheelchair "
                     f"user reaches ({' and '.join(out)}): lowering cannot help; mount it lower "
                     f"(screen.bottom, docs/accessibility.md)")
    return Check("reach", True, f"within the {band} band, lowered where needed")


def run_checks(cfg: Config) -> list[Check]:
    return ([_display(), _hangul_font(), _speech(), _calls(cfg), _directory(cfg), _reach(cfg)]
            + [Check(*c) for c in doctor_deploy.checks(cfg.data_dir)]
            + [Check("config", True, str(cfg.path or "none: every setting at its default"))])


def report(checks: list[Check]) -> str:
    width = max(len(c.name) for c in checks)
    return "\n".join(f"{'ok ' if c.ok else 'NO '} {c.name:<{width}}  {c.detail}"
                     for c in checks) + "\n"
