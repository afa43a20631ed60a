"""A promise with a clock, measured the same way for every kind of record.

A promise is MET when the thing was done at or before its deadline, and MISSED when it was
done later, or not at all while the deadline has passed (`now`) and the visitor had not stopped
waiting before it. Anything else is NOT COUNTED: the visitor stopped waiting before the
deadline without it being done (a call cancelled at 10 s), or the deadline has not come yet.
share = met / (met + missed); with nothing counted it is None ("—"), never 100 %.
"""
from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Share:
    met: int = 0
    missed: int = 0

    @property
    def counted(self) -> int:
        return self.met + self.missed

    @property
    def value(self) -> float | None:
        return self.met / self.counted if self.counted else None


def judge(done: float | None, deadline: float, now: float,
          ended: float | None = None) -> bool | None:
    """True: met; False: missed; None: not counted (see the module's rules)."""
    if done is not None and done <= deadline:
        return True
    if ended is not None and ended < deadline:
        return None  # the visitor stopped waiting before the promise fell due
    if done is None and now < deadline:
        return None  # not due yet
    return False


def share_of(results: Iterable[bool | None]) -> Share:
    results = list(results)
    return Share(results.count(True), results.count(False))


def median(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


@dataclass(frozen=True)
class Kept:
    """One promise over some records: how many it applied to, how often it was kept, how many
    were done (however late) and are still open, and the median time from the record to done."""
    records: int
    share: Share
    done: int
    open: int
    median_s: float | None


@dataclass(frozen=True)
class Clock:
    """One record's clock: created at `at`, due at `due`, done at `done` (None: not yet)."""
    at: float
    due: float
    done: float | None


def kept(clocks: Iterable[Clock], now: float) -> Kept:
    clocks = list(clocks)
    return Kept(records=len(clocks),
                share=share_of(judge(c.done, c.due, now) for c in clocks),
                done=sum(c.done is not None for c in clocks),
                open=sum(c.done is None for c in clocks),
                median_s=median(None if c.done is None else max(0.0, c.done - c.at)
                                for c in clocks))
