"""A report's period: one month or one year, exactly one of them, in local time."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kiosk.records.period import Period

KST = timezone(timedelta(hours=9))


@pytest.mark.parametrize("bad", ["2026-13", "2026-00", "abc", "2026-3", "", "03-2026",
                                 "2026-03-01", "２０２６-03", "2026-03\x00", "-2026-03",
                                 "0000-01", "1969-12"])
def test_bad_months(bad):
    with pytest.raises(ValueError, match="YYYY-MM"):
        Period.parse(month=bad)


@pytest.mark.parametrize("bad", ["26", "20266", "1969", "year", "", "2026-01", "nan", "-2026"])
def test_bad_years(bad):
    with pytest.raises(ValueError, match="YYYY"):
        Period.parse(year=bad)


def test_a_month_and_a_year_start_in_the_same_year():
    assert Period.parse(month="1970-01") == Period(1970, 1)
    assert Period.parse(year="1970") == Period(1970)


def test_exactly_one():
    with pytest.raises(ValueError, match="exactly one"):
        Period.parse()
    with pytest.raises(ValueError, match="exactly one"):
        Period.parse(month="2026-03", year="2026")


def test_months_and_labels():
    march, year = Period.parse(month="2026-03"), Period.parse(year="2026")
    assert (march.label, march.months, march.is_year) == ("2026-03", ("2026-03",), False)
    assert year.label == "2026" and len(year.months) == 12 and year.months[-1] == "2026-12"
    new_year = datetime(2027, 1, 1, 0, 0, 1, tzinfo=KST).timestamp()
    assert year.month_of(new_year, KST) is None
    assert year.month_of(new_year, timezone.utc) == "2026-12"
    assert march.month_of(new_year, KST) is None


def test_the_last_year_there_is():
    december = Period.parse(month="9999-12")
    assert december.month_of(253402300700.0, timezone.utc) == "9999-12"  # 9999-12-31 23:58
    assert Period.parse(year="9999").month_of(1e300, timezone.utc) == "9999-12"
    assert Period.parse(year="1970").month_of(-1e9, timezone.utc) is None
