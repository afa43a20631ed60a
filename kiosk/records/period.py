"""The period of a report: one calendar month or one year, in local time."""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import cached_property, lru_cache


def parse_month(month: str) -> tuple[int, int]:
    m = re.fullmatch(r"([0-9]{4})-([0-9]{2})", month.strip())
    if not m or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 1970:
        raise ValueError(f"month must be YYYY-MM from 1970-01 on, with a month from 01 to 12, "
                         f"e.g. 2026-03; got {month!r}")
    return int(m.group(1)), int(m.group(2))


def parse_year(year: str) -> int:
    if not re.fullmatch(r"[0-9]{4}", year.strip()) or int(year) < 1970:
        raise ValueError(f"year must be YYYY from 1970 on, e.g. 2026; got {year!r}")
    return int(year)


@dataclass(frozen=True)
class Period:
    year: int
    month: int | None = None  # None: the whole year

    @classmethod
    def parse(cls, month: str | None = None, year: str | None = None) -> "Period":
        """From `--month YYYY-MM` or `--year YYYY`: exactly one of them."""
        if (month is None) == (year is None):
            raise ValueError("give exactly one of a month (YYYY-MM) or a year (YYYY)")
        if month is not None:
            return cls(*parse_month(month))
        return cls(parse_year(year or ""))

    @property
    def label(self) -> str:
        return f"{self.year:04d}" if self.month is None else f"{self.year:04d}-{self.month:02d}"

    @property
    def is_year(self) -> bool:
        return self.month is None

    @cached_property
    def months(self) -> tuple[str, ...]:
        """Its months, "YYYY-MM", in order."""
        numbers = range(1, 13) if self.month is None else (self.month,)
        return tuple(f"{self.year:04d}-{m:02d}" for m in numbers)

    def month_of(self, at: float, tz: tzinfo | None) -> str | None:
        """The month of the epoch time `at` (local time in `tz`, None: the system's) when it
        falls in this period. By the months' first instants, not a datetime per record: a
        year's report places 400,000 records."""
        starts = _starts(self, tz)
        i = bisect_right(starts, at) - 1
        return self.months[i] if 0 <= i < len(starts) - 1 else None


@lru_cache(maxsize=64)
def _starts(period: Period, tz: tzinfo | None) -> tuple[float, ...]:
    """The epoch time at which each month of `period` begins, and the one after its end."""
    first = 1 if period.month is None else period.month
    count = 12 if period.month is None else 1
    starts = []
    for i in range(count + 1):
        year, month = period.year + (first - 1 + i) // 12, (first - 1 + i) % 12 + 1
        # tzinfo=None is local time: what .astimezone(None) would place the record in
        starts.append(math.inf if year > 9999 else datetime(year, month, 1, tzinfo=tz).timestamp())
    return tuple(starts)
