"""The period of a report: one calendar month or one year, in local time."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo


def parse_month(month: str) -> tuple[int, int]:
    m = re.fullmatch(r"([0-9]{4})-([0-9]{2})", month.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(f"month must be YYYY-MM with a month from 01 to 12, e.g. 2026-03; "
                         f"got {month!r}")
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

    @property
    def months(self) -> list[str]:
        """Its months, "YYYY-MM", in order."""
        numbers = range(1, 13) if self.month is None else (self.month,)
        return [f"{self.year:04d}-{m:02d}" for m in numbers]

    def month_of(self, at: float, tz: tzinfo | None) -> str | None:
        """The month of the epoch time `at` (local time in `tz`) when it falls in this period."""
        local = datetime.fromtimestamp(at, timezone.utc).astimezone(tz)
        if local.year != self.year or self.month not in (None, local.month):
            return None
        return f"{local.year:04d}-{local.month:02d}"
