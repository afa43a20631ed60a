"""`python -m kiosk --selftest` (and `dist/kiosk/kiosk --selftest`): the program checks itself
where it is installed. A packaging slip in the one-folder build loses a module imported by
name, a data file or a library without any error until a visitor meets it, so this does what
a visit does: loads the directory into a store, paints every screen offscreen in both
languages and orientations, computes the way to every room, synthesises a sentence when this
machine has a voice, and starts and stops the kiosk's own broker when Mosquitto is installed.
The built program also checks that the Qt libraries it never loads, and the packages only
the tests use, were left out.

First the config is loaded and checked as the kiosk does at start (a config it would refuse
fails the self-test). Everything else happens in a temporary folder; the kiosk's data folder
is never written. One line a check; exit 0 when every check passed, 1 with what failed.
"""
from __future__ import annotations

import ctypes.util
import os
import socket
import sys
import tempfile
import time
import traceback
from pathlib import Path


def cmd_selftest(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="kiosk-selftest-") as tmp:
        folder = Path(tmp)
        folder.chmod(0o755)  # run as root, Mosquitto drops to its own user and must enter
        failed = ([] if _config_loads(args) else ["config"]) + [
            name for name, check in CHECKS if not _run(name, check, folder)]
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}", flush=True)
        return 1
    print("self-test passed", flush=True)
    return 0


def _config_loads(args) -> bool:
    """The config is the one the kiosk would start with (--config, $KIOSK_CONFIG, the user
    config folder's), checked as the kiosk checks it: a config it would refuse fails here."""
    from kiosk.directory.config import ConfigError, check_writes, load
    try:
        cfg = check_writes(load(args.config))
    except ConfigError as exc:
        print(f"FAILED config: {exc}", flush=True)
        return False
    print(f"ok     config: {cfg.path or 'none, every setting at its default'}", flush=True)
    return True


def _run(name: str, check, folder: Path) -> bool:
    started = time.perf_counter()
    try:
        detail = check(folder)
    except Exception as exc:  # every failure reported, then the next check
        print(f"FAILED {name}: {type(exc).__name__}: {exc}", flush=True)
        traceback.print_exc(file=sys.stderr)
        return False
    print(f"ok     {name}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)",
          flush=True)
    return True


def _config(folder: Path):
    from kiosk.directory.config import Config
    return Config({"data.folder": str(folder / "data")})


def check_directory(folder: Path) -> str:
    from kiosk.directory.files import demo_fingerprint, load_demo
    from kiosk.directory.paths import floorplan, staff_photo
    from kiosk.directory.store import open_directory

    directory = open_directory(_config(folder).data_dir, load_demo, demo_fingerprint)
    plans = [f for f in directory.floors if f.plan and floorplan(f.plan).is_file()]
    if len(plans) != len([f for f in directory.floors if f.plan]):
        raise FileNotFoundError("a floor plan of the demo is missing from the program")
    photos = [s for s in directory.staff if s.photo and (staff_photo(s.photo) or Path()).is_file()]
    return (f"{len(directory.rooms)} rooms, {len(directory.staff)} staff "
            f"({len(photos)} photos), {len(plans)} plans")


def check_screens(folder: Path) -> str:
    """Every screen painted, and not one warning from Qt while painting (a plan or photo it
    could not read, a font it lacks): a warning here is a visitor's grey box."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from kiosk.directory.files import load_demo
    from kiosk.ui.screenshots.visitor import render_all

    warnings: list[str] = []

    def collect(kind, _context, message) -> None:
        # The offscreen platform cannot resize windows for a window manager: not the kiosk's.
        if kind != QtMsgType.QtDebugMsg and "propagateSizeHints" not in message:
            warnings.append(message)

    previous = qInstallMessageHandler(collect)
    try:
        written = render_all(load_demo(), _config(folder), folder / "screens")
    finally:
        qInstallMessageHandler(previous)
    empty = [p.name for p in written if not p.is_file() or p.stat().st_size < 10_000]
    if empty:
        raise RuntimeError(f"screens not painted: {', '.join(empty[:5])}")
    if warnings:
        raise RuntimeError(f"{len(warnings)} warnings while painting, first: {warnings[0]}")
    return f"{len(written)} screens painted"


def check_routes(folder: Path) -> str:
    from kiosk.directory.files import load_demo
    from kiosk.wayfinding.route import NoRoute
    from kiosk.wayfinding.wayfinder import Wayfinder

    directory = load_demo()
    routed = unreachable = 0
    for kiosk in directory.kiosks:
        way = Wayfinder(directory, kiosk.id)
        for room in directory.rooms:
            try:
                way.route(("rooms", room.id))
                routed += 1
            except NoRoute:
                unreachable += 1
    if not routed:
        raise RuntimeError("no room could be routed to")
    return f"{routed} routes" + (f", {unreachable} rooms without a way" if unreachable else "")


def check_speech(folder: Path) -> str:
    if ctypes.util.find_library("espeak-ng") is None:
        return "skipped: this machine has no voice (libespeak-ng1 is not installed)"
    from kiosk.speech.engine import Speech, wav_seconds

    speech = Speech()
    try:
        speech.wait_ready(30)
        if not speech.can_synthesize:  # espeak-ng is there: the program lost its driver
            raise RuntimeError(speech.problem or "speech engine did not start")
        seconds = wav_seconds(speech.save("어서 오세요", "ko", folder / "speech.wav"))
        if seconds <= 0:
            raise RuntimeError("the sentence was synthesised silent")
        return f"a Korean sentence, {seconds:.2f} s"
    finally:
        speech.close()


def check_broker(folder: Path) -> str:
    from kiosk.calls.broker import ManagedBroker, find_mosquitto

    if find_mosquitto() is None:
        return "skipped: Mosquitto is not installed (Help shows the desk's phone number)"
    with socket.socket() as probe:  # a free loopback port: a running kiosk keeps its own
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    broker = ManagedBroker(folder / "broker-data", port=port, bind="127.0.0.1")
    if not broker.start():
        raise RuntimeError(broker.problem)
    pid = broker.pid
    broker.stop()
    if broker.running:
        raise RuntimeError(f"the broker (pid {pid}) did not stop")
    return f"started on port {port} and stopped"


# Qt libraries the build leaves out (kiosk.spec, UNUSED_QT): one left behind costs megabytes
# and, as a dangling link, confuses the loader.
UNUSED_LIBRARIES = ("Qt6Qml", "Qt6Quick", "Qt6VirtualKeyboard", "Qt6Pdf", "libqpdf")


def check_libraries(folder: Path) -> str:
    """In the one-folder program only: no library the kiosk never loads, and no broken link."""
    if not getattr(sys, "frozen", False):
        return "skipped: not the one-folder program"
    root = Path(sys._MEIPASS)  # type: ignore[attr-defined]
    files = [p for p in root.rglob("*") if ".so" in p.name]
    unused = sorted(p.name for p in files if any(u.lower() in p.name.lower()
                                                  for u in UNUSED_LIBRARIES))
    dangling = sorted(p.name for p in files if p.is_symlink() and not p.exists())
    if unused or dangling:
        raise RuntimeError(f"unused Qt libraries in the build: {', '.join(unused) or 'none'}; "
                           f"broken links: {', '.join(dangling) or 'none'} (kiosk.spec)")
    return f"{len(files)} libraries, none unused"


# Packages only the tests and benchmarks use. networkx (the routing benchmark's reference)
# brought pytest and pkg_resources into the build, and PyInstaller's runtime hook then imported
# pkg_resources at every start: 6 MB of heap at idle (docs/performance.md §2a).
TEST_ONLY_PACKAGES = ("networkx", "pytest", "pkg_resources")


def check_packages(folder: Path) -> str:
    """In the one-folder program only: none of the packages the program never runs."""
    if not getattr(sys, "frozen", False):
        return "skipped: not the one-folder program"
    from importlib.util import find_spec

    found = [name for name in TEST_ONLY_PACKAGES if name in sys.modules or find_spec(name)]
    if found:
        raise RuntimeError(f"packages only the tests use are in the build: {', '.join(found)} "
                           f"(add them to excludes in kiosk.spec)")
    return f"none of {', '.join(TEST_ONLY_PACKAGES)}"


# Imported before the kiosk's entry script, each would be paid at every start of the built
# program (docs/performance.md §1d): PySide6 (PyInstaller's Qt hook registered a qt.conf with it,
# and shiboken then checked the source of every module imported after it) and what PyInstaller's
# other runtime hooks imported.
NOT_AT_BOOT = ("PySide6", "multiprocessing", "zipfile", "pkgutil")


def check_start(folder: Path) -> str:
    """In the one-folder program only: nothing in NOT_AT_BOOT ran before the kiosk's first line,
    the modules are read as files (not inflated from an archive), and Qt finds its plugins
    inside the program without the qt.conf PyInstaller's hook registered (kiosk.spec)."""
    if not getattr(sys, "frozen", False):
        return "skipped: not the one-folder program"
    import kiosk
    from PySide6.QtCore import QLibraryInfo

    boot = getattr(sys.modules["__main__"], "BOOT_MODULES", None)
    if boot is None:
        raise RuntimeError("the entry script did not record what ran before it (kiosk/launch.py)")
    early = sorted(name for name in NOT_AT_BOOT if name in boot)
    if early:
        raise RuntimeError(f"imported before the kiosk's first line: {', '.join(early)} "
                           "(a runtime hook: kiosk.spec)")
    if not Path(kiosk.__file__).is_file():
        raise RuntimeError("the modules are in an archive, not files (noarchive in kiosk.spec)")
    root = Path(sys._MEIPASS).resolve()  # type: ignore[attr-defined]
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)).resolve()
    if root not in plugins.parents or not (plugins / "platforms").is_dir():
        raise RuntimeError(f"Qt looks for its plugins in {plugins}, outside the program")
    return (f"{len(boot)} modules before the kiosk, none of {', '.join(NOT_AT_BOOT)}; "
            f"Qt's plugins in {plugins.relative_to(root)}")


CHECKS = (("start", check_start), ("libraries", check_libraries), ("packages", check_packages), ("directory", check_directory), ("screens", check_screens), ("routes", check_routes),
          ("speech", check_speech), ("broker", check_broker))

