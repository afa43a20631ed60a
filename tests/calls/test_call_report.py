"""The monthly report of calls for an attendant: exact figures for hand-built calls."""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.calls.call import NEEDS, STATES, Call
from kiosk.calls.report import (
    CSV_COLUMNS,
    Share,
    calls_from_records,
    format_csv,
    format_text,
    month_report,
    parse_month,
)

KST = timezone(timedelta(hours=9))
LATER = datetime(2026, 5, 1, tzinfo=KST).timestamp()  # every promise fell due long ago


def at(*when: int, tz=KST) -> float:
    return datetime(*when, tzinfo=tz).timestamp()


def call(name: str, raised: float, kiosk: str = "lobby", need: str = "", state: str = "raised",
         **after: float) -> Call:
    """A call raised at `raised`, with each other event `after[event]` seconds later."""
    events = (("raised", raised),) + tuple((e, raised + s) for e, s in after.items())
    return Call(id=name, kiosk=kiosk, floor="1F", state=state, need=need,
                escalated="escalated" in after, events=events)


MARCH = [
    # acknowledged at 10 s, arrived at 4 min: both promises met
    call("a", at(2026, 3, 2, 10), "lobby", "mobility", "resolved",
         acknowledged=10, arrived=240, resolved=300),
    # acknowledged at 45 s, arrived at 6 min: both missed
    call("b", at(2026, 3, 3, 11), "lobby", "low_vision", "resolved",
         escalated=30, acknowledged=45, arrived=360, resolved=400),
    # never acknowledged, still open: both missed
    call("c", at(2026, 3, 4, 12), "2f", "", "delivered", delivered=1, escalated=30),
    # cancelled at 12 s, before anyone acknowledged: in neither share
    call("d", at(2026, 3, 5, 13), "2f", "mobility", "cancelled", cancelled=12),
    # acknowledged at 20 s, cancelled at 2 min: first met, second not counted
    call("e", at(2026, 3, 6, 14), "lobby", "hearing", "cancelled", acknowledged=20,
         cancelled=120),
    # gave up at 50 s without an answer: first missed, second not counted
    call("f", at(2026, 3, 7, 15), "lobby", "", "cancelled", escalated=30, cancelled=50),
    # raised at 23:59:30 on the last day, acknowledged in April: a March call
    call("edge", at(2026, 3, 31, 23, 59, 30), "2f", "reading", "acknowledged", acknowledged=5),
]
OTHER_MONTHS = [
    call("feb", at(2026, 2, 28, 23, 59), "lobby", "", "resolved", acknowledged=3, resolved=9),
    call("apr", at(2026, 4, 1, 0, 0, 10), "lobby", "", "resolved", acknowledged=3, resolved=9),
]


@pytest.fixture
def report():
    return month_report(MARCH + OTHER_MONTHS, "2026-03", tz=KST, now=LATER)


def test_overall_figures(report):
    f = report.overall
    assert (f.calls, f.cancelled, f.cancelled_before_ack, f.escalated, f.open) == (7, 3, 2, 3, 2)
    assert f.ack == Share(met=3, missed=3)  # a, e, edge / b, c, f; d not counted
    assert f.arrival == Share(met=1, missed=3)  # a / b, c, edge; d, e, f not counted
    assert f.ack.value == 0.5 and f.arrival.value == 0.25
    assert f.median_ack == 15  # 5, 10, 20, 45: even count, mean of the middle two
    assert f.median_arrival == 300  # 240, 360
    assert report.month == "2026-03" and report.unplaced == 0


def test_per_kiosk(report):
    assert list(report.by_kiosk) == ["2f", "lobby"]
    lobby, upstairs = report.by_kiosk["lobby"], report.by_kiosk["2f"]
    assert (lobby.calls, lobby.cancelled, lobby.escalated, lobby.open) == (4, 2, 2, 0)
    assert lobby.ack == Share(2, 2) and lobby.arrival == Share(1, 1)
    assert lobby.median_ack == 20  # 10, 20, 45: odd count, the middle one
    assert (upstairs.calls, upstairs.cancelled, upstairs.escalated, upstairs.open) == (3, 1, 1, 2)
    assert upstairs.ack == Share(1, 1) and upstairs.arrival == Share(0, 2)
    assert upstairs.median_ack == 5 and upstairs.median_arrival is None


def test_per_need(report):
    assert list(report.by_need) == ["mobility", "low_vision", "hearing", "reading", ""]
    assert report.by_need["mobility"].calls == 2
    assert report.by_need["mobility"].ack == Share(1, 0)  # d was cancelled at 12 s
    hearing = report.by_need["hearing"]
    assert hearing.arrival == Share(0, 0) and hearing.arrival.value is None  # not 100 %
    not_given = report.by_need[""]
    assert not_given.calls == 2 and not_given.ack == Share(0, 2)
    assert not_given.arrival == Share(0, 1) and not_given.median_ack is None


def test_the_month_is_local_time():
    new_york = timezone(timedelta(hours=-5))
    late = call("late", at(2026, 3, 31, 23, 59, 30, tz=new_york))  # April 1 in UTC
    assert month_report([late], "2026-03", tz=new_york, now=LATER).overall.calls == 1
    assert month_report([late], "2026-04", tz=new_york, now=LATER).overall.calls == 0
    assert month_report([late], "2026-04", tz=timezone.utc, now=LATER).overall.calls == 1
    april = month_report(MARCH + OTHER_MONTHS, "2026-04", tz=KST, now=LATER)
    assert april.overall.calls == 1 and list(april.by_kiosk) == ["lobby"]


def test_promises_not_yet_due_are_not_counted():
    raised = at(2026, 3, 10, 9)
    young = call("young", raised)
    assert month_report([young], "2026-03", KST, now=raised + 10).overall.ack == Share(0, 0)
    assert month_report([young], "2026-03", KST, now=raised + 30).overall.ack == Share(0, 1)
    acked = call("acked", raised, state="acknowledged", acknowledged=8)
    r = month_report([acked], "2026-03", KST, now=raised + 60).overall
    assert r.ack == Share(1, 0) and r.arrival == Share(0, 0) and r.open == 1


def test_edge_cases_of_the_times():
    raised = at(2026, 3, 10, 9)
    exact = call("exact", raised, state="arrived", acknowledged=30, arrived=300)
    skewed = call("skewed", raised, state="arrived", acknowledged=-2, arrived=100)  # clocks
    jumped = call("jumped", raised, state="arrived", arrived=20)  # arrived implies acknowledged
    unplaced = Call(id="x", kiosk="lobby", floor="1F", events=(("acknowledged", raised),))
    r = month_report([exact, skewed, jumped, unplaced], "2026-03", KST, now=LATER)
    assert r.overall.ack == Share(3, 0) and r.overall.arrival == Share(3, 0)
    assert r.overall.median_ack == 20 and r.overall.median_arrival == 100
    assert r.unplaced == 1


def test_a_desk_cannot_take_a_late_call_out_of_the_count_by_resolving_it():
    """Resolving without acknowledging is the desk's answer, at the time it came: at 45 s it
    missed the 30 s promise; only a visitor's cancel leaves a call uncounted."""
    raised = at(2026, 3, 10, 9)
    late = call("late", raised, state="resolved", delivered=1, resolved=45)
    quick = call("quick", raised, state="resolved", delivered=1, resolved=20)
    gave_up = call("gave_up", raised, state="cancelled", cancelled=20)
    r = month_report([late, quick, gave_up], "2026-03", KST, now=LATER).overall
    assert r.ack == Share(met=1, missed=1) and r.arrival == Share(met=2, missed=0)
    assert r.median_ack == 32.5


@pytest.mark.parametrize("bad", ["2026-13", "2026-00", "abc", "2026-3", "", "03-2026"])
def test_bad_month(bad):
    with pytest.raises(ValueError, match="YYYY-MM"):
        parse_month(bad)
    with pytest.raises(ValueError):
        month_report([], bad)


def test_csv_parses_back(report):
    rows = list(csv.DictReader(io.StringIO(format_csv(report))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [(r["scope"], r["key"]) for r in rows] == [
        ("overall", ""), ("kiosk", "2f"), ("kiosk", "lobby"), ("need", "mobility"),
        ("need", "low_vision"), ("need", "hearing"), ("need", "reading"), ("need", "not given")]
    overall = rows[0]
    assert overall == {"scope": "overall", "key": "", "calls": "7", "cancelled": "3",
                       "escalated": "3", "ack_within_30s": "3", "ack_share": "0.5",
                       "arrived_within_5min": "1", "arrived_share": "0.25",
                       "median_ack_s": "15", "median_arrival_s": "300", "open": "2",
                       "ack_counted": "6", "arrival_counted": "4", "cancelled_before_ack": "2",
                       "refused": "0"}
    hearing = rows[5]
    assert hearing["arrived_share"] == "" and hearing["arrival_counted"] == "0"
    assert rows[7]["median_ack_s"] == "" and rows[7]["ack_share"] == "0"


def test_text_table(report):
    en = format_text(report, "en")
    assert "Guided within 30 s" in en and "Attendant within 5 min" in en
    assert "50% (3/6)" in en and "25% (1/4)" in en and "— (0/0)" in en
    assert en.index("All calls") < en.index("By kiosk") < en.index("By need")
    assert "not given" in en and "15 s" in en
    ko = format_text(report, "ko")
    assert "30초 안에 안내" in ko and "5분 안에 직원 도착" in ko and "밝히지 않음" in ko
    assert "100% (1/1)" in en and "(0/0)" not in en.replace("— (0/0)", "")  # 0 of 0: "—"
    empty = month_report([], "2026-03", KST)
    assert "No calls" in format_text(empty, "en") and "호출이 없습니다" in format_text(empty)


def test_unreadable_records_are_counted():
    records = [c.to_record() for c in MARCH] + [{"schema": 1, "id": "x"}, {"schema": 99}]
    calls, bad = calls_from_records(records)
    assert len(calls) == len(MARCH) and bad == 2


# -- property ------------------------------------------------------------------------------------
offsets = st.one_of(st.none(), st.floats(-60, 1000, allow_nan=False))


@st.composite
def calls(draw):
    raised = draw(st.floats(at(2026, 2, 25), at(2026, 4, 5)))
    events = [("raised", raised)]
    for event in ("acknowledged", "arrived", "resolved", "cancelled", "escalated"):
        offset = draw(offsets)
        if offset is not None:
            events.append((event, raised + offset))
    return Call(id=draw(st.uuids()).hex, kiosk=draw(st.sampled_from(["lobby", "2f", "3f"])),
                floor="1F", state=draw(st.sampled_from(STATES)),
                need=draw(st.sampled_from(("", *NEEDS))), escalated=draw(st.booleans()),
                events=tuple(events))


@settings(max_examples=200, deadline=None)
@given(st.lists(calls(), max_size=30), st.floats(at(2026, 3, 1), at(2026, 4, 10)))
def test_shares_are_fractions_and_counts_add_up(some_calls, now):
    report = month_report(some_calls, "2026-03", tz=KST, now=now)
    scopes = [report.overall, *report.by_kiosk.values(), *report.by_need.values()]
    for f in scopes:
        for share in (f.ack, f.arrival):
            assert share.met + share.missed <= f.calls
            assert share.value is None if share.counted == 0 else 0 <= share.value <= 1
        assert f.cancelled_before_ack <= f.cancelled <= f.calls and f.open <= f.calls
        assert f.escalated <= f.calls
        for median in (f.median_ack, f.median_arrival):
            assert median is None or median >= 0
    assert sum(f.calls for f in report.by_kiosk.values()) == report.overall.calls
    assert sum(f.calls for f in report.by_need.values()) == report.overall.calls
    assert sum(f.ack.met for f in report.by_kiosk.values()) == report.overall.ack.met
    rows = list(csv.DictReader(io.StringIO(format_csv(report))))
    assert len(rows) == 1 + len(report.by_kiosk) + len(report.by_need)


# -- command line --------------------------------------------------------------------------------
def run(tmp_path, *args, records=()):
    from kiosk.directory.store import Store

    data = tmp_path / "data"
    if records:
        with Store(data) as store:
            store.table("calls").insert_multiple(records)
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[data]\nfolder = "{data.as_posix()}"\n', encoding="utf-8")
    env = {**os.environ, "KIOSK_CONFIG": str(config), "TZ": "KST-9"}  # local time is Seoul's
    return subprocess.run([sys.executable, "-m", "kiosk", "report", "calls", *args],
                          capture_output=True, text=True, env=env, timeout=60)


RECORDS = [c.to_record() for c in MARCH + OTHER_MONTHS]


def test_cli_text(tmp_path):
    result = run(tmp_path, "--month", "2026-03", "--lang", "en", records=RECORDS)
    assert result.returncode == 0, result.stderr
    assert "Calls for an attendant, 2026-03" in result.stdout
    assert "50% (3/6)" in result.stdout and "Guided within 30 s" in result.stdout


def test_cli_csv(tmp_path):
    result = run(tmp_path, "--month", "2026-03", "--csv",
                 records=RECORDS + [{"schema": 1, "id": "broken"}])
    assert result.returncode == 0, result.stderr
    overall = next(csv.DictReader(io.StringIO(result.stdout)))
    assert (overall["calls"], overall["ack_within_30s"], overall["ack_share"]) == ("7", "3", "0.5")
    assert "1 unreadable call record" in result.stderr


def test_cli_no_calls(tmp_path):
    result = run(tmp_path, "--month", "2026-03")
    assert result.returncode == 0, result.stderr
    assert "호출이 없습니다" in result.stdout
    assert not (tmp_path / "data").exists()  # a report creates no data folder


@pytest.mark.parametrize("bad", ["2026-13", "abc"])
def test_cli_bad_month(tmp_path, bad):
    result = run(tmp_path, "--month", bad)
    assert result.returncode == 2
    assert "YYYY-MM" in result.stderr and repr(bad) in result.stderr
    assert "Traceback" not in result.stderr


def test_a_visitor_who_could_not_call_is_counted_with_the_reason():
    refused = Call.refused("lobby", "1F", at(2026, 3, 9, 18, 30), "no_console", "mobility")
    assert Call.from_record(refused.to_record()) == refused
    r = month_report(MARCH + [refused], "2026-03", tz=KST, now=LATER)
    f = r.overall
    assert (f.calls, f.refused, f.open) == (8, 1, 2)
    assert f.ack == Share(met=3, missed=4) and f.arrival == Share(met=1, missed=4)
    assert r.refusals == {"no_console": 1}
    assert "no desk console online 1" in format_text(r, "en")
    assert "안내데스크 호출 화면 꺼짐 1" in format_text(r, "ko")
    [row] = [x for x in csv.DictReader(io.StringIO(format_csv(r))) if x["scope"] == "overall"]
    assert row["refused"] == "1"


def test_a_visitor_refused_beside_the_open_call_limit_is_counted_apart():
    """A new visitor's own request beside MAX_OPEN open calls (a desk reachable) is a refusal
    of its own reason, said in both languages and in the CSV's count."""
    when = at(2026, 3, 9, 18, 30)
    refusals = [Call.refused("lobby", "1F", when, "full", "mobility"),
                Call.refused("lobby", "1F", when + 120, "no_broker")]
    assert [Call.from_record(c.to_record()) for c in refusals] == refusals
    r = month_report(MARCH + refusals, "2026-03", tz=KST, now=LATER)
    assert r.refusals == {"no_broker": 1, "full": 1} and r.overall.refused == 2
    assert r.by_need["mobility"].refused == 1
    assert ("Could not call (visitors who asked for help when no call could go; counted as "
            "missing both promises): kiosk not connected 1, the kiosk's open calls at their "
            "limit 1") in format_text(r, "en")
    assert "호출 장치 연결 끊김 1, 키오스크의 열린 호출이 한도에 참 1" in format_text(r, "ko")
    [row] = [x for x in csv.DictReader(io.StringIO(format_csv(r))) if x["scope"] == "overall"]
    assert row["refused"] == "2"


def test_each_refusal_given_is_recorded_and_a_reason_is_required(tmp_path):
    """Which taps are one visitor is the screens' to say (CallService: once a visit); the
    transport records each refusal it is given, to the records the report reads."""
    from kiosk.calls.broker_settings import BrokerSettings
    from kiosk.calls.call import CallError
    from kiosk.calls.kiosk_side import KioskAlerts
    from kiosk.calls.outbox import CallOutbox
    from kiosk.directory.store import Store
    from kiosk.records.log import Records

    now = [at(2026, 3, 9, 18, 30)]
    with Store(tmp_path / "store") as store:
        records = Records(tmp_path / "records")
        alerts = KioskAlerts("lobby", "1F", BrokerSettings(), CallOutbox(store, records),
                             clock=lambda: now[0])
        assert alerts.refuse("no_console").reason == "no_console"
        now[0] += 10
        assert alerts.refuse("no_console").reason == "no_console"  # the next visitor's
        now[0] += 60
        assert alerts.refuse("no_broker").reason == "no_broker"
        calls, bad = calls_from_records(records.latest("calls"))
    assert bad == 0 and sorted(c.reason for c in calls) == ["no_broker", "no_console",
                                                            "no_console"]
    assert all(c.state == "refused" for c in calls)
    with pytest.raises(CallError):
        Call.refused("lobby", "1F", now[0], "")
    with pytest.raises(CallError):
        Call.from_record({**calls[0].to_record(), "reason": "\x00"})
