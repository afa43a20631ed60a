"""A failed test that used a broker says why (tests/support/broker_report.py, added to the
failure's report by conftest.py): the brokers' logs, with the clients each let in and refused,
each running link's state and last problem, and the process's file descriptors."""
from __future__ import annotations

from types import SimpleNamespace

from alert_support import kiosk_and_desk, needs_mosquitto, settings_for, until
from broker_report import broker_report

from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.outbox import CallOutbox

pytestmark = needs_mosquitto
NO_FIXTURES = SimpleNamespace(funcargs={})


def test_the_report_has_the_log_the_links_and_a_refusal(broker, started, store):
    kiosk_and_desk(broker, started, CallOutbox(store))
    wrong = started(ConsoleAlerts("desk2", "Lee", settings_for(broker, "desk2",
                                                               password="not its password")))
    until(lambda: wrong.problem_code == "refused", what="the wrong password refused")
    report = broker_report(NO_FIXTURES)
    where = f"127.0.0.1:{broker.port}"
    assert f"kiosk lobby -> {where}: connected True, listening True" in report
    assert f"console desk2 -> {where}: connected False" in report
    assert "[refused]" in report and "Not authorized" in report  # paho's reason code
    assert "New client connected from 127.0.0.1" in report and "as lobby (" in report  # its log
    assert "file descriptors open" in report


def test_a_fleet_broker_started_by_a_test_logs_too(external_broker, started):
    started(ConsoleAlerts("desk1", "Kim", settings_for(external_broker, "desk1")))
    until(lambda: "as desk1" in broker_report(NO_FIXTURES), what="the desk in the log")


def test_a_child_process_kiosk_s_broker_log_is_found_in_the_test_s_folder(tmp_path):
    log = tmp_path / "data" / "broker" / "mosquitto.log"
    log.parent.mkdir(parents=True)
    log.write_text("2026-12-06T21:29:55: Client lobby disconnected, not authorised.\n")
    report = broker_report(SimpleNamespace(funcargs={"alert_dir": tmp_path}))
    assert f"--- {log} (a broker in the test's folder)" in report
    assert report.endswith("Client lobby disconnected, not authorised.")
