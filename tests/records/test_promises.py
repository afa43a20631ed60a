"""The rule of every promise: met, missed, not counted; never 100 % of nothing."""
from __future__ import annotations

from kiosk.records.promises import Clock, Share, judge, kept


def test_judge_edges():
    assert judge(done=10.0, deadline=10.0, now=0.0) is True  # exactly at the deadline: met
    assert judge(done=10.5, deadline=10.0, now=99.0) is False  # late
    assert judge(done=None, deadline=10.0, now=9.9) is None  # not due yet
    assert judge(done=None, deadline=10.0, now=10.0) is False  # due now, not done
    assert judge(done=None, deadline=10.0, now=50.0, ended=5.0) is None  # gave up before
    assert judge(done=None, deadline=10.0, now=50.0, ended=12.0) is False  # gave up after
    assert judge(done=3.0, deadline=10.0, now=50.0, ended=1.0) is True


def test_kept_counts_and_median():
    clocks = [Clock(0, 100, 50), Clock(0, 100, 150), Clock(0, 100, None), Clock(0, 1000, None)]
    k = kept(clocks, now=200)
    assert k.records == 4 and k.share == Share(1, 2) and k.done == 2 and k.open == 2
    assert k.median_s == 100  # 50 and 150
    nothing = kept([], now=0)
    assert nothing.share.value is None and nothing.median_s is None


def test_a_time_done_before_it_was_made_counts_as_zero():
    assert kept([Clock(100, 200, 90)], now=300).median_s == 0
