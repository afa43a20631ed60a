"""The soak's memory readings, and what tells a leak from working memory.

Heap sampled in the middle of the walk moves with whichever screens the walk has just built:
two runs with equal heaps at their ends fitted 1.44 and 0.55 MB per 1,000 steps. What a leak
is, is what an idle reset does not give back. So every K steps the soak ends the visit the
way the kiosk does when its countdown runs out (kiosk.ui.services.idle.IdleWatcher.reset_visit:
back to home, the visit's input cleared, the free heap trimmed), lets the deletions it posted
happen, collects Python's cycles, trims again (what those deletions freed) and reads:

- PSS and its anonymous part (the heaps; PSS also moves when neighbours map Qt's libraries),
- the bytes glibc's main arena has handed out (mallinfo2: live C and Python memory, whatever
  is trimmed),
- the Qt objects in the window, every widget the application holds (a widget without a
  parent is not in the window's tree), every live shiboken wrapper, and Python's objects
  tracked by the garbage collector; by class for the first three, so that what grows has a name.

Growth is fitted over these post-reset readings after the first two (the first screens of
each kind are built then, and stay for the next visitors).
"""
from __future__ import annotations

import ctypes
import gc
import tracemalloc
from collections import Counter
from pathlib import Path

from soak_actions import settle

GROWTH_TARGET_MB = 0.5  # per 1,000 steps, after the idle resets
SKIPPED_RESETS = 2  # the first screens of each kind are built by then


def smaps_mb(field: str = "Pss") -> float:
    """A field of this process's smaps_rollup, in MB. Pss_Anon (the heaps) is nobody else's:
    PSS also moves when other programs map the same libraries."""
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/smaps_rollup")


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]


def malloc_in_use_mb() -> float | None:
    """Bytes malloc has handed out and not had back (the main arena's and its own mmaps), in
    MB; None off glibc (before 2.33 there is no mallinfo2)."""
    try:
        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return None
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return (info.uordblks + info.hblkhd) / 2**20


def reading(step: int, window) -> dict:
    """What the soak reads every --sample steps, in the middle of the walk."""
    from PySide6.QtCore import QObject
    return {"step": step, "pss": smaps_mb(), "anon": smaps_mb("Pss_Anon"),
            "qobjects": len(window.findChildren(QObject))}


def census(window) -> dict[str, Counter]:
    """Live objects by class: the window's Qt object tree, every widget of the application,
    every shiboken wrapper, Python's objects that the garbage collector tracks."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken
    return {"qobjects": Counter(o.metaObject().className()
                                for o in window.findChildren(QObject)),
            "widgets": Counter(w.metaObject().className() for w in QApplication.allWidgets()),
            "wrappers": Counter(type(w).__name__ for w in Shiboken.getAllValidWrappers()),
            "python": Counter(type(o).__name__ for o in gc.get_objects())}


def idle_reset(window, app) -> None:
    """The visit ends as the kiosk's countdown ends it (its own malloc_trim included); then
    what a return to the event loop would do, Python's cycles collected, and the trim again for
    what those deletions freed."""
    from kiosk.host.heap import release_free_memory
    window.idle.reset_visit()
    for _ in range(5):
        settle(app)
    gc.collect()
    release_free_memory()


def after_reset(step: int, window, app) -> dict:
    """An idle reset, then the readings (counts by class kept aside under "census")."""
    idle_reset(window, app)
    counts = census(window)
    return {"step": step, "pss": smaps_mb(), "anon": smaps_mb("Pss_Anon"),
            "malloc": malloc_in_use_mb(),
            **{name: sum(c.values()) for name, c in counts.items() if name != "python"},
            "gc_objects": sum(counts["python"].values()), "census": counts}


def slope_per_1000(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of (step, value), per 1,000 steps."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mx = sum(s for s, _ in points) / n
    my = sum(m for _, m in points) / n
    var = sum((s - mx) ** 2 for s, _ in points)
    return sum((s - mx) * (m - my) for s, m in points) / var * 1000 if var else 0.0


FIELDS = ("anon", "pss", "malloc", "qobjects", "widgets", "wrappers", "gc_objects")


def post_reset_growth(resets: list[dict], every: int) -> dict:
    """For each field: the slope over the readings after the first SKIPPED_RESETS, per 1,000
    steps, and last minus first of those. The verdict is on the heaps (anon): PSS moves with
    what other programs map of the same libraries. The classes that grew most are named."""
    kept = resets[SKIPPED_RESETS:]
    result: dict = {"every": every, "skipped": SKIPPED_RESETS, "points": len(kept),
                    "from_step": kept[0]["step"] if kept else None,
                    "samples": [{k: v for k, v in r.items() if k != "census"} for r in resets]}
    for field in FIELDS:
        values = [(r["step"], r[field]) for r in kept if r[field] is not None]
        result[field] = {"slope_per_1000": slope_per_1000(values),
                         "last_minus_first": values[-1][1] - values[0][1] if values else 0.0}
    result["grew"] = {name: dict((kept[-1]["census"][name] - kept[0]["census"][name])
                                 .most_common(10)) if len(kept) > 1 else {}
                      for name in ("qobjects", "widgets", "wrappers", "python")}
    # With fewer than two readings after the skipped ones there is nothing to judge.
    result["target_met"] = (result["anon"]["slope_per_1000"] < GROWTH_TARGET_MB
                            if len(kept) >= 2 else None)
    return result


class Traced:
    """Python's allocations compared between two idle resets, by file and line (--trace;
    tracemalloc slows every allocation, so the soak's timings then mean nothing)."""

    def __init__(self) -> None:
        self.first: tracemalloc.Snapshot | None = None
        self.last: tracemalloc.Snapshot | None = None

    def start(self) -> None:
        tracemalloc.start(1)

    def snapshot(self) -> None:
        snap = tracemalloc.take_snapshot().filter_traces(
            [tracemalloc.Filter(False, tracemalloc.__file__)])
        if self.first is None:
            self.first = snap
        self.last = snap

    def top(self, count: int = 15) -> list[str]:
        if self.first is None or self.last is self.first:
            return []
        stats = self.last.compare_to(self.first, "lineno")
        return [str(s) for s in stats[:count]]
