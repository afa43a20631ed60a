"""Searches that found nothing are counted once per search, when the visitor stops typing or
leaves, in the kiosk's records; numbers and staff names never reach them."""
from __future__ import annotations

import pytest
from helpers import find, tap
from test_search_screen import open_search, press_keys

from kiosk.records.log import records_of
from kiosk.search.hangul import to_keys


@pytest.fixture
def searches(window, cfg):
    window.page("search").unfound.timer.setInterval(50)  # "stopped typing", without waiting
    return lambda: records_of(cfg.data_dir).latest("searches")


def test_a_search_that_stops_at_nothing_is_counted_once(qtbot, window, searches):
    page = open_search(qtbot, window)
    press_keys(qtbot, window, page, to_keys("뀪뀪"))
    assert page.model.rowCount() == 0
    qtbot.waitUntil(lambda: len(searches()) == 1)
    press_keys(qtbot, window, page, to_keys("뀪"))  # typed on, stopped again: the same search
    qtbot.waitUntil(lambda: searches()[0]["query"] == "뀪뀪뀪")
    tap(qtbot, window.home_button)
    (record,) = searches()
    assert record["kiosk"] == "lobby" and record["lang"] == "ko" and not record["withheld"]


def test_leaving_at_nothing_counts_and_a_search_that_finds_does_not(qtbot, window, searches):
    page = open_search(qtbot, window)
    page.unfound.timer.setInterval(60_000)  # the visitor never pauses
    press_keys(qtbot, window, page, to_keys("종합"))
    tap(qtbot, window.home_button)
    assert searches() == []  # it found something
    page = open_search(qtbot, window)
    tap(qtbot, page.keyboard.clear)  # the box keeps its text until the visit ends
    tap(qtbot, find(window, "Mode-en"))
    press_keys(qtbot, window, page, "zqzq")
    tap(qtbot, window.back_button)
    assert [(r["query"], r["lang"]) for r in searches()] == [("zqzq", "ko")]


def test_a_phone_number_or_a_staff_name_is_counted_without_its_text(qtbot, window, demo,
                                                                    searches):
    page = open_search(qtbot, window)
    page.set_query("010 9999 8888")
    page.clear()  # emptied: that search is over
    person = demo.staff[0]
    page.set_query(f"{person.name.ko}zz")
    window.ctx.session.reset()  # the idle reset
    records = searches()
    assert len(records) == 2 and all(r["withheld"] and r["query"] == "" for r in records)


def test_without_records_the_search_screen_still_works(qtbot, window):
    window.ctx.keep_record = None
    page = open_search(qtbot, window)
    page.set_query("뀪뀪")
    page.unfound.settle()
    assert page.count.text()
