"""The reports' charts: a PNG of the expected size, with ink on it, for every kind and both
languages; long texts wrap inside the picture instead of running off it."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from kiosk.records.chart_data import (
    Bar,
    Chart,
    promises_chart,
    satisfaction_chart,
    searches_chart,
    shares_chart,
)
from kiosk.records.period import Period
from kiosk.records.promises import Share
from kiosk.records.report_feedback import report as feedback_report
from kiosk.records.report_messages import report as messages_report
from kiosk.records.report_satisfaction import report as satisfaction_report
from kiosk.records.report_searches import report as searches_report
from kiosk.records.synthetic import year_of_records
from kiosk.ui.charts import BAR, MARGIN, WIDTH, render, write_chart

RECORDS: dict[str, list[dict]] = {}
for _kind, _record in year_of_records(2026, 3000):
    RECORDS.setdefault(_kind, []).append(_record)
MARCH = Period(2026, 3)


def charts(lang: str) -> dict[str, Chart]:
    now = 2e9
    return {
        "calls": shares_chart("직원 호출 월간 보고 2026-03", [("① 30초 안에 안내", Share(30, 4)),
                                                        ("② 5분 안에 직원 도착", Share(0, 0))],
                              lang),
        "messages": promises_chart(messages_report(RECORDS["messages"], MARCH, now=now), lang),
        "feedback": promises_chart(feedback_report(RECORDS["feedback"], Period(2026), now=now),
                                   lang),
        "satisfaction": satisfaction_chart(satisfaction_report(RECORDS["survey"], MARCH), lang),
        "searches": searches_chart(searches_report(RECORDS["searches"], MARCH), lang),
    }


def ink(image: QImage) -> tuple[int, int]:
    """(pixels not white, pixels of the bars' colour), sampled every 4th pixel."""
    other = bar = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            colour = image.pixelColor(x, y)
            other += colour != QColor("white")
            bar += colour == BAR
    return other, bar


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("kind", ["calls", "messages", "feedback", "satisfaction", "searches"])
def test_every_chart_is_drawn(qapp, tmp_path, kind, lang):
    chart = charts(lang)[kind]
    path = tmp_path / f"{kind}-{lang}.png"
    write_chart(chart, path)
    image = QImage(str(path))
    assert not image.isNull()
    rows = len(chart.bars)
    assert image.width() == WIDTH and 2 * MARGIN + rows * 130 < image.height() < 2400
    other, bar = ink(image)
    assert other > 2000 and bar > 200  # text, tracks and at least one filled bar


def test_long_words_wrap_inside_the_picture(qapp):
    long = "아주 긴 제목이 한 줄에 들어가지 않을 때 " * 8
    short = render(Chart("t", "", (Bar("a", 0.5, "50%"),), True))
    wrapped = render(Chart(long, long, (Bar(long, 0.5, "50%"),), True, long))
    assert wrapped.width() == short.width() == WIDTH
    assert wrapped.height() > short.height() + 400  # every line below the other, not cut
    right = [wrapped.pixelColor(WIDTH - 8, y) for y in range(0, wrapped.height(), 2)]
    assert all(c == QColor("white") for c in right)  # nothing runs into the margin
