"""`python -m kiosk report KIND --month|--year`: the records (and, for calls, the store's
table) of a data folder, as text, CSV or a chart; bad periods refused; nothing created."""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from kiosk.calls.call import Call
from kiosk.calls.outbox import history_record
from kiosk.directory.store import Store
from kiosk.records.log import records_of

KST = timezone(timedelta(hours=9))
KINDS = ("calls", "messages", "feedback", "satisfaction", "searches")


def at(*when: int) -> float:
    return datetime(*when, tzinfo=KST).timestamp()


def run(tmp_path, *args):
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[data]\nfolder = "{(tmp_path / "data").as_posix()}"\n', encoding="utf-8")
    env = {**os.environ, "KIOSK_CONFIG": str(config), "TZ": "KST-9",  # local time is Seoul's
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kiosk", "report", *args],
                          capture_output=True, text=True, env=env, timeout=60)


def calls() -> list[Call]:
    def call(name, raised, state, **after):
        events = (("raised", raised),) + tuple((e, raised + s) for e, s in after.items())
        return Call(id=name, kiosk="lobby", floor="1F", state=state, events=events)

    return [call("met", at(2026, 3, 2, 10), "resolved", acknowledged=10, arrived=200,
                 resolved=400),
            call("late", at(2026, 3, 3, 10), "resolved", acknowledged=40, arrived=400,
                 resolved=500),
            call("cancelled", at(2026, 3, 4, 10), "cancelled", cancelled=5),
            call("open", at(2026, 3, 5, 10), "acknowledged", acknowledged=20),
            call("may", at(2026, 5, 5, 10), "resolved", acknowledged=1, arrived=2, resolved=3)]


def overall(stdout: str) -> dict:
    return next(csv.DictReader(io.StringIO(stdout)))


def test_calls_read_from_records_and_table_give_the_figures_of_the_table_alone(tmp_path):
    everything = calls()
    with Store(tmp_path / "table" / "data") as store:
        store.table("calls").insert_multiple([c.to_record() for c in everything])
    before = run(tmp_path / "table", "calls", "--month", "2026-03", "--csv")
    history = records_of(tmp_path / "data")
    with Store(tmp_path / "data") as store:
        store.table("calls").insert_multiple([c.to_record() for c in everything if c.is_open])
        for call in everything:
            if not call.is_open:
                history.append("calls", history_record(call))
        history.append("calls", history_record(everything[0]))  # a move cut short: twice
    after = run(tmp_path, "calls", "--month", "2026-03", "--csv")
    assert before.returncode == after.returncode == 0, after.stderr
    assert before.stdout == after.stdout
    row = overall(after.stdout)
    assert (row["calls"], row["ack_within_30s"], row["ack_counted"], row["open"]) == (
        "4", "2", "3", "1")


def test_calls_year(tmp_path):
    history = records_of(tmp_path / "data")
    for call in calls():
        if not call.is_open:
            history.append("calls", history_record(call))
    result = run(tmp_path, "calls", "--year", "2026", "--csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["calls"] == "4"
    months = {r["key"]: r["calls"] for r in rows if r["scope"] == "month"}
    assert len(months) == 12 and months["2026-03"] == "3" and months["2026-05"] == "1"
    text = run(tmp_path, "calls", "--year", "2026", "--lang", "en").stdout
    assert "By month" in text and "Calls for an attendant, 2026" in text


def test_every_report_as_text_and_csv(tmp_path):
    history = records_of(tmp_path / "data")
    t = at(2026, 3, 9, 9)
    history.append("messages", {"id": "m", "at": t, "due": t + 3600, "called_back_at": t + 60})
    history.append("feedback", {"id": "f", "at": t, "colour": "yellow", "category": "unkind",
                                "due": t + 86400, "answered_at": None})
    history.append("survey", {"id": "s", "at": t, "face": 4, "reason": ""})
    history.append("searches", {"id": "q", "at": t, "query": "주차", "withheld": False})
    history.append("searches", {"id": "w", "at": t, "query": "", "withheld": True})
    expect = {"messages": ("100% (1/1)", "period,2026-03,callback,1,1,1,1,1,0,60"),
              "feedback": ("0% (0/1)", "period,2026-03,apology,1,0,1,0,0,1,"),
              "satisfaction": ("100%", "period,2026-03,1,0,0,0,1,0,4,1"),
              "searches": ("1. 주차", "withheld,,1")}
    for kind, (text, line) in expect.items():
        shown = run(tmp_path, kind, "--month", "2026-03")
        assert shown.returncode == 0 and text in shown.stdout, (kind, shown.stdout, shown.stderr)
        table = run(tmp_path, kind, "--month", "2026-03", "--csv")
        assert line in table.stdout.splitlines(), (kind, table.stdout)


def test_unreadable_records_are_reported(tmp_path):
    history = records_of(tmp_path / "data")
    history.append("survey", {"id": "s", "at": at(2026, 3, 1, 9), "face": 9})
    path = tmp_path / "data" / "records" / "survey" / "2026-03.jsonl"
    with open(path, "ab") as f:
        f.write(b'{"id": "torn", "at"')
    result = run(tmp_path, "satisfaction", "--month", "2026-03")
    assert result.returncode == 0
    assert "2 unreadable survey answer records left out" in result.stderr


@pytest.mark.parametrize("args", [("--month", "2026-13"), ("--month", "abc"),
                                  ("--year", "26"), ("--year", "2026-03")])
def test_bad_periods(tmp_path, args):
    result = run(tmp_path, "messages", *args)
    assert result.returncode == 2
    assert repr(args[1]) in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [(), ("--month", "2026-03", "--year", "2026")])
def test_exactly_one_period(tmp_path, args):
    result = run(tmp_path, "feedback", *args)
    assert result.returncode == 2 and "--month" in result.stderr


def test_an_empty_data_folder_stays_empty(tmp_path):
    for kind in KINDS:
        result = run(tmp_path, kind, "--month", "2026-03", "--lang", "en")
        assert result.returncode == 0, result.stderr
        assert "No " in result.stdout
        # "No calls" from a folder that is not there may be a config naming the wrong one
        assert f"the data folder {tmp_path / 'data'} does not exist" in result.stderr
    assert not (tmp_path / "data").exists()
    (tmp_path / "data").write_text("not a folder")
    result = run(tmp_path, "calls", "--month", "2026-03", "--lang", "en")
    assert result.returncode == 2 and result.stdout == ""
    # refused with the config, before any record is looked for
    assert "data.folder" in result.stderr and "not a folder" in result.stderr


def test_a_chart(tmp_path):
    chart = tmp_path / "feedback.png"
    result = run(tmp_path, "feedback", "--year", "2026", "--chart", str(chart))
    assert result.returncode == 0, result.stderr
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not (tmp_path / "data").exists()
    wrong = run(tmp_path, "feedback", "--year", "2026", "--chart", str(tmp_path / "x.jpg"))
    assert wrong.returncode == 2 and "FILE.png" in wrong.stderr
    nowhere = run(tmp_path, "feedback", "--year", "2026", "--chart",
                  str(tmp_path / "no" / "such" / "x.png"))
    assert nowhere.returncode == 1 and "cannot write the chart" in nowhere.stderr


def test_only_a_chart_loads_qt(tmp_path):
    """The report command left the import contract that keeps Qt out (its --chart draws with
    QPainter); text and CSV still run without it, on a PC with no display."""
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[data]\nfolder = "{(tmp_path / "data").as_posix()}"\n', encoding="utf-8")
    code = ("import sys\nfrom kiosk.__main__ import main\n"
            f"main(['--config', {str(config)!r}, 'report', 'calls', '--year', '2026', '--csv'])\n"
            f"main(['--config', {str(config)!r}, 'report', 'searches', '--month', '2026-01'])\n"
            "print([m for m in sys.modules if m.startswith(('PySide6', 'kiosk.ui'))])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
