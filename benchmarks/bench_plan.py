"""A floor's plan: its screen shown, its repaints, and its route's map, on the demo floors and
on floors crowded to a bundle's limits (kiosk.wayfinding.crowded_floor).

How: for each floor and text size (100, 150, 200 %), one kiosk window at 1920x1080
(offscreen) on the directory; timed: `navigate` to the floor, the posted events handled and a
synchronous repaint (the floor screen shown: the names placed), then --paints repaints of the
plan alone (placed already: what a redraw costs), then the route from the kiosk to the floor's
last place shown the same way, and its map repainted. Each figure is wall-clock time and the
GUI thread's CPU time. Then the same shows run once more under cProfile (the placement's
caches emptied), which counts the calls into the placement: the rooms' grey worked out
(plan_marks.service_parts, counted by the outline it asks for), labels placed (place_labels),
names fitted (first_fit) and text measured (QFontMetricsF.horizontalAdvance).

    python benchmarks/bench_plan.py [--paints 20] [--zooms 100,150,200] [--cases demo,60x120,100]
                                    [--no-count]
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import tempfile
import time

import benchlib

TARGET_SHOWN_MS = 1000.0  # the worst valid floor shown in well under a second
CASES = ("demo", "60x120", "100")
# The calls counted: the rooms' grey worked out (each time asks the floor's outline once), the
# placements of the names, the names fitted, and the text measured.
COUNTED = {"grey": "outline", "place_labels": "place_labels", "first_fit": "first_fit",
           "measured": "horizontalAdvance"}


def directories(cases):
    """(label, directory, floor ids) of each case."""
    from kiosk.directory.files import load_demo
    from kiosk.wayfinding.crowded_floor import crowded_floor

    demo = load_demo()
    out = []
    if "demo" in cases:
        out.append(("demo", demo, [f.id for f in demo.floors]))
    if "60x120" in cases:
        out.append(("60 places x 120 characters", crowded_floor(demo, "1F", 60, 120), ["1F"]))
    if "100" in cases:
        out.append(("100 places, short names", crowded_floor(demo, "1F", 100), ["1F"]))
    return out


def timed(app, action) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.thread_time()
    action()
    app.processEvents()
    return (time.perf_counter() - started) * 1000, (time.thread_time() - cpu) * 1000


def show(app, window, route, page: str):
    window.navigate(route)
    app.processEvents()
    if page == "route":
        window.page("route").map.finish_animation()
    window.repaint()


def counts(app, window, route, page: str) -> dict:
    """The calls into the placement while `route` is shown (cProfile's counts)."""
    window.navigate(("home",))
    app.processEvents()
    _forget(window)
    profile = cProfile.Profile()
    profile.enable()
    show(app, window, route, page)
    profile.disable()
    stats = pstats.Stats(profile).stats
    out = dict.fromkeys(COUNTED, 0)
    for (_file, _line, name), (_cc, calls, *_rest) in stats.items():
        for key, function in COUNTED.items():
            if name == function or name.endswith(f".{function}") \
                    or name == f"<method '{function}' of 'PySide6.QtGui.QFontMetricsF' objects>":
                out[key] += calls
    return out


def _forget(window) -> None:
    """Every plan's placement and the placement's caches forgotten, as on a plan shown for
    the first time in the process."""
    from kiosk.ui.widgets import plan_callouts, plan_fitting, plan_free_parts, plan_name_breaks
    from kiosk.ui.widgets.floorplan import FloorPlanView
    from kiosk.wayfinding import plan_marks
    for plan in window.findChildren(FloorPlanView):
        plan.last_placement = None
    plan_free_parts._free_parts.cache_clear()
    plan_marks._service_parts.cache_clear()
    for kept in (plan_fitting._ADVANCES, plan_fitting._HEIGHTS, plan_fitting._FITS,
                 plan_callouts._SET):
        kept.clear()
    plan_name_breaks.layouts.cache_clear()


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paints", type=int, default=20)
    parser.add_argument("--zooms", default="100,150,200")
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--no-count", dest="count", action="store_false",
                        help="leave out the run under cProfile that counts the calls")
    args = parser.parse_args(argv)
    bytecode = benchlib.bytecode_here()  # a first visit compiles nothing, as deployed
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from kiosk.directory.accessibility import Profile
    from kiosk.directory.config import Config
    from kiosk.ui.app import build

    app = QApplication.instance() or QApplication([])
    load_before = os.getloadavg()
    zooms = [int(z) for z in args.zooms.split(",")]
    rows, results = [], []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-plan-") as tmp:
        for label, directory, floors in directories(args.cases.split(",")):
            for zoom in zooms:
                window = build(directory, Config({"data.folder": tmp}))
                window.resize(1920, 1080)
                window.show()
                app.processEvents()
                window.ctx.session.set_profile(Profile(zoom=zoom / 100))
                app.processEvents()
                for floor in floors:
                    last = directory.rooms_on(floor)[-1].id
                    entry = {"case": label, "floor_id": floor, "zoom": zoom}
                    for what, route, page in (("floor", ("floor", floor), "floor"),
                                              ("route", ("route", "rooms", last), "route")):
                        shown = timed(app, lambda: show(app, window, route, page))
                        plan = window.page(page).plan if page == "floor" \
                            else window.page(page).map
                        paints = [timed(app, plan.repaint) for _ in range(args.paints)]
                        entry[what] = {"shown_ms": shown[0], "shown_cpu_ms": shown[1],
                                       "paint_ms": benchlib.summary([p[0] for p in paints]),
                                       "paint_cpu_ms": benchlib.summary([p[1] for p in paints]),
                                       "keyed": len(plan.keyed)}
                        if args.count:
                            entry[what]["calls"] = counts(app, window, route, page)
                        calls = entry[what].get("calls", {})
                        rows.append([f"{label}: {floor} {what}", zoom, shown[0], shown[1],
                                     entry[what]["paint_ms"]["median"],
                                     entry[what]["paint_ms"]["p99"], len(plan.keyed),
                                     *(calls.get(k, "") for k in COUNTED)])
                        window.navigate(("home",))
                        app.processEvents()
                    results.append(entry)
                window.hide()
                shiboken6.delete(window)
                app.processEvents()
    shown = [(e[w]["shown_ms"], f"{e['case']}, {e['floor_id']} {w} at {e['zoom']} %")
             for e in results for w in ("floor", "route")]
    worst, worst_what = max(shown)
    result = {"bytecode": bytecode,
              "target": f"every floor and route map shown under {TARGET_SHOWN_MS:g} ms",
              "target_ms": TARGET_SHOWN_MS, "worst_shown_ms": worst, "worst": worst_what,
              "shown_ms": benchlib.summary([ms for ms, _what in shown]),
              "paint_p99_ms": max(e[w]["paint_ms"]["p99"] for e in results
                                  for w in ("floor", "route")),
              "target_met": worst < TARGET_SHOWN_MS, "paints": args.paints,
              "cases": results, "cores": os.cpu_count(), "load_before": load_before,
              "load_after": os.getloadavg()}
    benchlib.print_table("A floor's plan shown and repainted, 1920x1080 (ms), and the calls into "
                         "the placement as it was shown",
                         ["", "zoom %", "shown", "shown CPU", "paint p50", "paint p99",
                          "keyed", *COUNTED], rows)
    print(f"\ncores: {os.cpu_count()}, load before {load_before}, after {os.getloadavg()}")
    return benchlib.conclude("plan", result, f" (worst {worst:.0f} ms: {worst_what})")


if __name__ == "__main__":
    main()
