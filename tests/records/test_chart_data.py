"""What the charts show: one bar per promise (share of 100 %), per face, per top query."""
from __future__ import annotations

from kiosk.records.chart_data import (
    CHART_QUERIES,
    LABEL_CHARACTERS,
    promises_chart,
    satisfaction_chart,
    searches_chart,
    shares_chart,
)
from kiosk.records.period import Period
from kiosk.records.promises import Share
from kiosk.records.report_feedback import report as feedback_report
from kiosk.records.report_satisfaction import report as satisfaction_report
from kiosk.records.report_searches import report as searches_report


def test_shares_never_show_100_percent_of_nothing():
    chart = shares_chart("t", [("a", Share(2, 1)), ("b", Share(0, 0))], "en")
    assert chart.shares and [b.value for b in chart.bars] == [2 / 3, None]
    assert chart.bars[0].text == "66% kept (2/3)" and chart.bars[1].text == "nothing counted"


def test_feedback_chart_has_a_bar_per_promise():
    chart = promises_chart(feedback_report([], Period(2026, 1), now=0), "ko")
    assert [b.label for b in chart.bars] == ["1일 안에 사과 전화", "3일 안에 결과 안내",
                                             "7일 안에 개선 안내"]
    assert "연간" not in chart.title and "카드 0장" in chart.subtitle


def test_faces_best_first_and_top_queries():
    answers = [{"id": str(i), "at": 1.8e9, "face": 1 + i % 5} for i in range(7)]
    chart = satisfaction_chart(satisfaction_report(answers, Period(2027), now=0), "en")
    assert [b.value for b in chart.bars] == [1.0, 1.0, 1.0, 2.0, 2.0]  # 5 4 3 2 1
    assert chart.bars[0].label.startswith("5") and not chart.shares
    searches = [{"id": str(i), "at": 1.8e9, "query": f"q{i % 15}" + "x" * (i // 14 * 200)}
                for i in range(40)]
    chart = searches_chart(searches_report(searches, Period(2027), now=0), "en")
    assert len(chart.bars) == CHART_QUERIES
    assert all(len(b.label) <= LABEL_CHARACTERS for b in chart.bars)
    empty = searches_chart(searches_report([], Period(2027), now=0), "en")
    assert empty.bars == () and empty.note
