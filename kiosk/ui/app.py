"""Composition root: builds the services once and wires them to the screens.

What the home screen's first frame does not need is imported, built or started after that
frame (AfterFirstPaint) or when first used: the other screens, the dialogs, the search index,
the call system, speech, the watches. tests/ui/test_start_imports.py keeps it so.
"""
from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import time
from functools import lru_cache
from pathlib import Path

# The core (imported before PySide6 by the package, kiosk/ui/__init__.py).
from kiosk.bundle.recover import forget_damaged, open_or_recover
from kiosk.directory import config as config_module
from kiosk.directory.config import kiosk_position
from kiosk.directory.accessibility import ScreenGeometry
from kiosk.directory.commit_marker import last_applied
from kiosk.directory.directory import Directory
from kiosk.directory.files import demo_fingerprint, load_demo
from kiosk.directory.log_file import setup_logging
from kiosk.directory.running import hold_data_folder
from kiosk.directory.store import open_directory
from kiosk.host.heap import tune_malloc

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.ui.after_first_frame import (AfterFirstPaint, build_dialogs, import_screens,
                                        remove_bundle_leftovers, start_speech)
from kiosk.ui.directory_services import search_index_for, switch_directory, wayfinder_for
from kiosk.ui.screens.home import HomePage
from kiosk.ui.services.quit_signals import QuitOnSignals
from kiosk.ui.services.recovery import ReturnHomeOnError, log_qt_messages
from kiosk.ui.services.service_manager import ServiceManagerLink
from kiosk.ui.services.session import Session
from kiosk.ui.theme import Theme
from kiosk.ui.window import Context, KioskWindow

log = logging.getLogger("kiosk")


def _lazy(module: str, cls: str):
    """A page factory that imports its module only when the page is first opened (or once
    the home screen is painted, `screen_modules`)."""
    def factory(ctx):
        import importlib
        return getattr(importlib.import_module(module), cls)(ctx)
    factory.module = module
    return factory


PAGES = {
    "home": HomePage,
    "floors": _lazy("kiosk.ui.screens.floor_list", "FloorsPage"),
    "floor": _lazy("kiosk.ui.screens.floors", "FloorPage"),
    "card": _lazy("kiosk.ui.screens.cards", "CardPage"),
    "people": _lazy("kiosk.ui.screens.people", "PeoplePage"),
    "staff": _lazy("kiosk.ui.screens.people", "StaffListPage"),
    "services": _lazy("kiosk.ui.screens.services", "ServicesPage"),
    "search": _lazy("kiosk.ui.screens.search_page", "SearchPage"),
    "route": _lazy("kiosk.ui.screens.route_page", "RoutePage"),
    "tables": _lazy("kiosk.ui.screens.service_tables", "ServiceTablesPage"),
    "pledges": _lazy("kiosk.ui.screens.pledges", "PledgesPage"),
    "notices": _lazy("kiosk.ui.screens.notices", "NoticesPage"),
    "message": _lazy("kiosk.ui.screens.message_page", "MessagePage"),
    "feedback": _lazy("kiosk.ui.screens.feedback", "FeedbackPage"),
}


def screen_modules() -> list[str]:
    """The modules of the screens the home screen does not need, to import once it shows."""
    return list(dict.fromkeys(f.module for f in PAGES.values() if hasattr(f, "module")))


def record_keeper(data_dir):
    """Context.keep_record: the records (kiosk/records/log.py), loaded with the first record
    kept; one Records for the kiosk's run, as before (it remembers the month files it checked)."""
    @lru_cache(maxsize=1)
    def records():
        from kiosk.records.log import records_of
        return records_of(data_dir)

    return lambda kind, record: records().append(kind, record)


def build(directory: Directory, cfg: config_module.Config, speech=None,
          alerts=None, filter_now: bool = True) -> KioskWindow:
    """The whole kiosk, ready to show: one window with its services wired.

    `speech` is a speech.engine.Speech (its worker thread owns the engine), or None when the
    kiosk runs without speech; the screens then say that speech is unavailable. `alerts` is
    a calls.kiosk_side.KioskAlerts, or None: Help then shows the desk's phone number.
    `filter_now`: False leaves `window.inputs.start()` (the input filter, with the idle
    timer, keypad and lockdown) to the caller: run() starts it at the first frame.
    """
    from kiosk.ui.services.call_service import CallService
    from kiosk.ui.services.idle import IdleWatcher
    from kiosk.ui.services.input_events import InputEvents
    from kiosk.ui.services.keypad import KeypadNavigator
    from kiosk.ui.services.lockdown import Lockdown
    from kiosk.ui.services.message_service import MessageService
    from kiosk.ui.services.voice import Voice

    Theme.use_kiosk_font()  # before any text is measured
    theme = Theme()
    session = Session(theme, cfg["language.default"])
    voice = Voice(session, speech)
    calls = CallService(alerts)
    messages = MessageService(retention_days=cfg["messages.retention_days"],
                              sweep=lambda: forget_damaged(
                                  cfg.data_dir, cfg["messages.retention_days"] * 86400.0))
    # A console coming or going changes what a note's screen may say ("waiting" needs one
    # of its department online): the call link reports presence, the notes' screens re-read.
    calls.changed.connect(messages.changed)
    # A call still open when a visit ends is told to the next visitor as an earlier one.
    session.reset_requested.connect(calls.new_visit)
    geometry = ScreenGeometry(cfg["screen.diagonal"], cfg["screen.bottom"])
    here = kiosk_position(directory, cfg)
    ctx = Context(directory=directory, session=session, theme=theme, kiosk=here,
                  search_index=search_index_for(directory), voice=voice, geometry=geometry,
                  desk_phone=directory.desk_phone(), calls=calls, messages=messages,
                  wayfinder=wayfinder_for(directory, here), route_base_url=cfg["route.base_url"],
                  keep_record=record_keeper(cfg.data_dir),
                  retention_days=cfg["messages.retention_days"])
    window = KioskWindow(ctx, PAGES)
    # The window owns the visit's objects, so they are destroyed with it (and never outlive
    # the widgets their signals are connected to).
    for owned in (theme, session, voice, calls, messages):
        owned.setParent(window)
    # The dialogs are built on first use (run() builds them after the first frame): the
    # home screen should not wait for them.
    def make_help_overlay():
        from kiosk.ui.screens.help_call import HelpOverlay
        return HelpOverlay(ctx, window, calls)

    window.make_help_overlay = make_help_overlay
    window.help_button.clicked.connect(lambda: window.help_overlay.open())
    # A screen's call button; `desk`: no call could go, the desk's phone and way instead.
    calls.show_requested.connect(lambda desk: window.help_overlay.open(desk))
    def make_access_panel():
        from kiosk.ui.screens.access_panel import AccessPanel
        panel = AccessPanel(ctx, window, voice)
        panel.help_requested.connect(lambda: window.help_overlay.open())
        return panel

    window.make_access_panel = make_access_panel
    window.access_button.clicked.connect(lambda: window.access_panel.open())
    inputs = window.inputs = InputEvents(window, start=filter_now)
    inputs.pressed.connect(voice.interrupt)
    window.idle = IdleWatcher(ctx, window, inputs, cfg["idle.timeout"], cfg["idle.countdown"])
    # A visit's screens, lists and plans leave freed heap that glibc keeps (2.5 MB per 1,000
    # taps in the soak) and pixmaps Qt's styles drew for them; nobody waits on the kiosk when
    # a visit has ended.
    window.idle.visit_reset.connect(release_visit_memory)
    window.keypad = KeypadNavigator(window, inputs)
    from kiosk.ui.screens.visit_end import VisitEnd
    window.visit_end = VisitEnd(window)  # "did you find what you needed?" as a visit ends
    window.lockdown = Lockdown(window, inputs)
    # How a new directory gets on screen, for the staff screen and the watch of commits made
    # from a terminal (ui/services/directory_watch.py): given to them, never imported.
    window.switch_directory = lambda new, index=None: switch_directory(window, new, cfg, index)
    from kiosk.ui import staff
    staff.wire(window, cfg, inputs, switch=window.switch_directory,
               load_directory=lambda: open_directory(cfg.data_dir, load_demo, demo_fingerprint),
               position_check=lambda directory: kiosk_position(directory, cfg))
    return window


def show_full_screen(window: KioskWindow) -> None:
    # A bare X server has no window manager to resize us: set the geometry first.
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()


def run(cfg_path: Path | None = None, windowed: bool = False, size: str = "") -> int:
    started = time.perf_counter()
    cfg = config_module.check_writes(config_module.load(cfg_path))  # makes a file in data.folder
    hold_data_folder(cfg.data_dir)  # FolderInUse before anything is written (cli/run.py)
    log_file = setup_logging(cfg.data_dir)
    log.info("kiosk %s starting; data folder %s, log file %s", cfg["kiosk.id"], cfg.data_dir,
             log_file or "none")
    log_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("library-kiosk")
    committed = last_applied(cfg.data_dir)  # before the directory: a commit after it shows
    # A missing or damaged kiosk.json: the last kept version, or the demo (logged).
    directory = open_or_recover(cfg.data_dir, load_demo, demo_fingerprint)
    window = build(directory, cfg, filter_now=False)  # started at the first frame, below
    ReturnHomeOnError(window)  # an error in a screen is logged, and the visitor goes home
    voice = window.ctx.voice

    def prepare_speech() -> None:  # the engine itself loads when a visitor asks for speech
        from kiosk.speech.check import quick_check
        problem = quick_check()
        log.info("speech: %s", problem or "should work; the engine loads when a visitor asks")
        voice.prepare(start_speech, problem)

    services: list = []  # what to stop on the way out: the broker, the alert link

    from kiosk.ui.call_system import start_call_system  # its imports wait for the thread

    starter = threading.Thread(target=start_call_system, args=(cfg, window, services),
                               name="alerts-start", daemon=True)

    def start_alerts() -> None:  # the broker may take a moment: not in the GUI thread
        starter.start()

    # After the first frame is on screen (watched from before the window shows, so the frame
    # cannot slip past): build the search index and check speech, so the home screen is not
    # kept waiting, then import the other screens' code; benchmarks may also ask to hear of it.
    first_paint = AfterFirstPaint(window, window.ctx.search_index, prepare_speech,
                                  start_alerts, lambda: import_screens(screen_modules()))
    if cfg["usb.watch"]:  # a stick holding a directory update opens the staff screen
        from kiosk.ui.staff import watch_sticks
        first_paint.then(lambda: watch_sticks(window, cfg))
    def watch_applied_directory() -> None:  # a directory applied from a terminal shows
        from kiosk.ui.services.directory_watch import watch_applied_directory
        watch_applied_directory(window, cfg, committed)

    first_paint.then(watch_applied_directory)
    first_paint.then(lambda: build_dialogs(window))
    first_paint.then(lambda: threading.Thread(target=remove_bundle_leftovers,
                                              args=(cfg.data_dir,), name="bundle-cleanup",
                                              daemon=True).start())
    first_paint.then(tune_malloc)  # runs before the tasks above, which start threads
    first_paint.then(lambda: ServiceManagerLink(window))  # systemd: ready, and alive
    # Before the other tasks (`then` puts it first; only a benchmark's report comes earlier):
    # every event is filtered from here on, before anything else is built. No visitor touches
    # a window before its first frame (on the kiosk PC, cage maps it with that frame); the
    # lockdown catches up on its labels.
    first_paint.then(window.inputs.start)
    first_paint.then(gc.enable)  # held since the start (cli/run.py), before anything else runs
    if os.environ.get("KIOSK_REPORT_PAINT"):
        first_paint.then(lambda: report_paint(started, os.environ["KIOSK_REPORT_PAINT"]))
    if windowed or size:
        width, height = (int(v) for v in (size or "1920x1080").split("x"))
        window.resize(width, height)
        window.show()
    else:
        window.setWindowFlag(Qt.FramelessWindowHint)
        show_full_screen(window)
    QuitOnSignals(app)  # a service manager's SIGTERM still stops the broker below
    code = app.exec()
    if voice.speech is not None:
        voice.speech.close()
    if starter.is_alive():  # quitting while the call system starts: stop it whole
        starter.join(timeout=15)
    for service in reversed(services):
        service.stop()
    log.info("kiosk stopped (exit code %d)", code)
    return code


def report_paint(started: float, mode: str) -> None:
    """For the benchmarks: seconds since run() began, and the process's CPU time so far."""
    print(f"painted {time.perf_counter() - started:.4f} cpu {time.process_time():.4f}",
          flush=True)
    if mode == "quit":
        QApplication.instance().quit()


def release_visit_memory() -> None:
    """A visit has ended: what it drew, and the heap it freed, go back (services/glyph_cache.py,
    imported then: the first frame does without it)."""
    from kiosk.ui.services.glyph_cache import release_visit_memory
    release_visit_memory()
