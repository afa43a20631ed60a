"""What the hostile bundles must hold (test_bundle_hostile.py and its regressions): a refusal
names file, row or line, and fix, with no English for a Korean reader; a bundle the check
calls ready applies, routes between every pair of places and shows every screen of the
screenshot tour, each within a time limit that fails the test rather than hang."""
from __future__ import annotations

import math
import shutil
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path

from hostile_bundle import edited, strings_in, write
from korean_report import english_words

from kiosk.bundle.update import apply_bundle, check_bundle, current_directory, discard
from kiosk.directory import config
from kiosk.directory.config import kiosk_position
from kiosk.ui.app import build
from kiosk.ui.screenshots.visitor import tour
from kiosk.wayfinding.route import NoRoute
from kiosk.wayfinding.wayfinder import Wayfinder, route_text

# Errors about a whole file or list, which have no one row to name.
WHOLE_FILE = {"toml.too_deep", "toml.not_table", "toml.not_list", "toml.unknown_key",
              "sheet.binary", "sheet.empty", "sheet.twice", "sheet.and_toml", "kiosk.none",
              "bundle.more_problems", "graph.cut_off", "plan.effect"}

@contextmanager
def time_limit(seconds: int, what: str):
    """Fail, rather than hang, if `what` does not end in `seconds`."""
    def stuck(*_args):
        raise TimeoutError(f"{what} did not end in {seconds} s")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def refused_clearly(checked, inserted: tuple[str, ...]) -> None:
    errors = [p for p in checked.problems if p.severity == "error"]
    assert errors
    for p in errors:
        said = p.text("en")
        assert p.file, said
        assert p.line is not None or p.key in WHOLE_FILE, said
        assert p.fix.ko.strip() and p.fix.en.strip() and p.message.ko.strip(), said
    for p in checked.problems:
        for text in (p.message.ko, p.fix.ko):
            assert english_words(text, inserted) == [], (p.key, text)


def every_route(directory) -> int:
    """From each kiosk and each room's door to every room, both ways of going."""
    starts = [k.id for k in directory.kiosks]
    doors = {}
    for node in directory.nav_nodes:
        doors.setdefault(node.room, node.id)
    # Every room's door; of more than 60 rooms (a floor at its limit and the other floors:
    # every pair would be tens of thousands of routes, minutes on a busy machine) a dozen
    # spread over them. Every room is still a goal.
    all_doors = [doors[r.id] for r in directory.rooms if r.id in doors]
    starts += all_doors if len(all_doors) <= 60 else all_doors[::len(all_doors) // 12]
    found = 0
    for start in starts:
        way = Wayfinder(directory, start)
        for room in directory.rooms:
            for step_free in (False, True):
                try:
                    route = way.route(("rooms", room.id), step_free=step_free)
                except NoRoute:
                    continue
                assert math.isfinite(route.length_m) and route.length_m >= 0
                assert route_text(route, "ko") and route_text(route, "en")
                found += 1
    return found


def show_tour(qtbot, directory, data: Path, langs: tuple[str, ...], shown: set) -> None:
    """Build the kiosk on the applied directory and paint every state of the tour in each of
    `langs`."""
    cfg = config.Config({"data.folder": str(data), "kiosk.id": "lobby"})
    try:
        kiosk_position(directory, cfg)
    except config.ConfigError:  # a bundle without this kiosk: apply refuses it, saying so
        cfg = config.Config({"data.folder": str(data), "kiosk.id": directory.kiosks[0].id})
    window = build(directory, cfg)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.idle.idle_timer.setInterval(2 ** 31 - 1)
    for lang in langs:
        window.ctx.session.set_language(lang)
        for name in tour(window, directory):
            assert not window.grab().isNull()
            shown.add((lang, name))
    window.close()


def check_and_use(qtbot, current, base: dict, changes: list, shown: set,
                  langs: tuple[str, ...] = ("ko", "en")) -> bool:
    """Check the bundle `base` with `changes`; refused, it must say clearly why; ready, it
    must apply, route and show the tour in `langs` (each state shown goes into `shown`).
    Whether it was ready."""
    inserted = tuple(s for change in changes for s in strings_in(change[3]))
    scratch = Path(tempfile.mkdtemp(prefix="kiosk-hostile-"))
    try:
        folder = scratch / "kiosk-directory"
        write(edited(base, changes), folder)
        with time_limit(60, "the check"):
            checked = check_bundle(folder, scratch / "data", current, public_key=None)
        if not checked.ok:
            refused_clearly(checked, inserted)
            return False
        try:
            apply_bundle(checked, scratch / "data")
        finally:
            discard(checked)
        directory = current_directory(scratch / "data")
        with time_limit(60, "every route"):
            every_route(directory)
        with time_limit(120, "the screenshot tour"):
            show_tour(qtbot, directory, scratch / "data", langs, shown)
        return True
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
