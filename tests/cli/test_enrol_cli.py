"""`python -m kiosk attendant enrol|revoke` on the kiosk PC, against its real Mosquitto: an
enrolled console logs in from its account file and speaks only as itself; revoked, it is
dropped and refused at once; the kiosk PC keeps no console password."""
from __future__ import annotations

import stat
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from alert_support import Changes, free_port, needs_mosquitto, until
from intruder import NOT_AUTHORIZED, Intruder

from kiosk.__main__ import main
from kiosk.calls import account_file, enrolment
from kiosk.calls import protocol as proto
from kiosk.calls.broker import ManagedBroker
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.call import Call
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.calls.presence_message import presence_payload
from kiosk.directory.store import Store

pytestmark = needs_mosquitto


@pytest.fixture
def kiosk_pc(alert_dir, tmp_path):
    """The kiosk PC: its kiosk.toml and its own broker (kiosk lobby, config console desk)."""
    port = free_port()
    conf = tmp_path / "kiosk.toml"
    conf.write_text(f'[data]\nfolder = "{alert_dir}"\n[broker]\nport = {port}\n'
                    f'listen = "127.0.0.1"\nconsoles = ["desk"]\n', encoding="utf-8")
    b = ManagedBroker(alert_dir, port=port, bind="127.0.0.1", kiosks=["lobby"],
                      consoles=["desk"])
    assert b.start(), b.problem
    yield dict(conf=conf, broker=b, data=alert_dir, out=tmp_path)
    b.stop()


def kiosk(pc, *argv) -> int:
    return main(["--config", str(pc["conf"]), "attendant", *argv])


def test_an_enrolled_console_logs_in_from_its_file_and_is_dropped_when_revoked(kiosk_pc,
                                                                              capsys, tmp_path):
    store = Store(tmp_path / "kiosk-store")
    out = kiosk_pc["out"] / "desk-2.toml"
    assert kiosk(kiosk_pc, "enrol", "desk-2", "--departments", "ga-admin,planning", "--out",
                 str(out)) == 0
    said = capsys.readouterr().out
    assert "move it to the desk PC" in said and "reloaded" in said
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    settings = account_file.read(out)
    assert (settings.username, settings.host, settings.port, settings.tls) == (
        "desk-2", "127.0.0.1", kiosk_pc["broker"].port, False)
    # The kiosk PC keeps the hash only: the password is in no file of its data folder.
    for path in kiosk_pc["data"].rglob("*"):
        if path.is_file():
            assert settings.password.encode() not in path.read_bytes(), path
    entry = enrolment.read_enrolled(kiosk_pc["data"])["desk-2"]
    assert entry.hash.startswith("$7$") and entry.departments == ("ga-admin", "planning")
    enrolled_file = enrolment.enrolled_path(kiosk_pc["data"])
    assert stat.S_IMODE(enrolled_file.stat().st_mode) == 0o600

    changes, seen = Changes(), Changes()
    console = ConsoleAlerts("desk-2", "Kim", settings, on_change=changes)
    user, password = kiosk_pc["broker"].credentials("lobby")
    lobby = KioskAlerts("lobby", "1F", BrokerSettings(port=kiosk_pc["broker"].port,
                                                      username=user, password=password),
                        CallOutbox(store), on_change=seen)
    lobby.start()
    console.start()
    try:  # the running broker took the new account without a restart
        changes.until(lambda: console.listening, what=f"desk-2 connected ({console.problem})")
        seen.until(lambda: lobby.consoles_online == 1, what="the kiosk sees desk-2")
        assert kiosk(kiosk_pc, "consoles") == 0
        assert "desk-2" in capsys.readouterr().out
        assert kiosk(kiosk_pc, "revoke", "desk-2") == 0
        assert "kiosks count it offline now" in capsys.readouterr().out
        # Mosquitto re-reads passwd and acl on SIGHUP and drops the account whose password
        # changed; the console's reconnects are refused.
        changes.until(lambda: not console.connected and "refused" in console.problem,
                      what="desk-2 dropped and refused")
        # Mosquitto drops it as if it had said goodbye (no Last Will): the revocation says
        # its presence offline for it, so the kiosk stops counting it at once, not 15 s
        # later (Help then shows the desk's number instead of promising a desk).
        seen.until(lambda: lobby.consoles_online == 0, timeout=3.0,
                   what="the kiosk counts no console")
    finally:
        console.stop()
        lobby.stop()
    for login in (("desk-2", settings.password), ("desk-2", ""), None):  # and no one else
        again = Intruder(kiosk_pc["broker"].port, login, "desk-2")
        assert again.refused, login
        again.close()
    assert kiosk(kiosk_pc, "revoke", "desk-2") == 2  # once is enough, and it says so
    assert "no enrolled console 'desk-2'" in capsys.readouterr().err


def test_an_enrolled_console_survives_a_broker_restart(kiosk_pc):
    out = kiosk_pc["out"] / "desk-3.toml"
    assert kiosk(kiosk_pc, "enrol", "desk-3", "--out", str(out)) == 0
    b = kiosk_pc["broker"]
    b.stop()
    assert b.start(), b.problem  # the files are written again, with the enrolled account
    login = account_file.read(out)
    i = Intruder(b.port, (login.username, login.password), "any")
    assert not i.refused
    i.close()


def test_an_enrolled_console_speaks_only_as_itself(kiosk_pc):
    """Its account may answer calls and say its own presence; never a kiosk's topics, another
    console's answers or presence, and a `#` subscription gets nothing beyond its rules."""
    port = kiosk_pc["broker"].port
    for name in ("desk-4", "desk-5"):
        assert kiosk(kiosk_pc, "enrol", name, "--out", str(kiosk_pc["out"] / name)) == 0
    login = account_file.read(kiosk_pc["out"] / "desk-4")
    rogue = Intruder(port, (login.username, login.password), "lobby")  # the kiosk's client id
    try:
        call = Call.raise_new("lobby", "1F", time.time())
        forged = [(proto.call_topic("lobby", call.id), proto.call_payload(call), True),
                  (proto.presence_topic("kiosk", "lobby"),
                   presence_payload("kiosk", "lobby", True), True),
                  (proto.presence_topic("console", "desk-5"),
                   presence_payload("console", "desk-5", True, "Mallory", 10), True),
                  (proto.ack_topic("lobby", "desk-5", call.id),
                   proto.ack_payload(call, "resolved", "Mallory", "desk-5", time.time()), False),
                  (proto.ack_topic("lobby", "desk", call.id),
                   proto.ack_payload(call, "resolved", "Mallory", "desk", time.time()), False)]
        for topic, payload, retain in forged:
            assert rogue.publish(topic, payload, retain) == NOT_AUTHORIZED, topic
        own = proto.ack_topic("lobby", "desk-4", call.id)  # its own answer: its job
        assert rogue.publish(own, proto.ack_payload(call, "acknowledged", "Kim", "desk-4",
                                                    time.time())) in (0, 16)  # 16: no one listens
        # And the other way round: the kiosk's account and a config console's cannot answer
        # or appear as the enrolled console.
        for account in ("lobby", "desk"):
            other = Intruder(port, kiosk_pc["broker"].credentials(account), "desk-4")
            assert other.publish(own, proto.ack_payload(call, "resolved", "Mallory", "desk-4",
                                                        time.time())) == NOT_AUTHORIZED
            assert other.publish(proto.presence_topic("console", "desk-4"),
                                 presence_payload("console", "desk-4", False),
                                 retain=True) == NOT_AUTHORIZED
            other.close()
        # Mosquitto grants any subscription and checks the ACL on delivery: another
        # console's answer never reaches it. The sentinel: that console's presence, which
        # it may read, sent after the answer on the same connection.
        rogue.subscribe(f"{proto.PREFIX}/#")
        login5 = account_file.read(kiosk_pc["out"] / "desk-5")
        other = Intruder(port, (login5.username, login5.password), "desk-5")
        other.publish(proto.ack_topic("lobby", "desk-5", call.id),
                      proto.ack_payload(call, "acknowledged", "Lee", "desk-5", time.time()))
        presence = proto.presence_topic("console", "desk-5")
        other.publish(presence, presence_payload("console", "desk-5", True, "Lee", 10))
        other.close()
        until(lambda: presence in rogue.topics(), what="the sentinel")
        assert not [t for t in rogue.topics() if "/acks/" in t]
    finally:
        rogue.close()


@pytest.mark.parametrize("name", ["", "desk\n2", "desk\x00", "a/b", "+", "#", "desk 2",
                                  "d" * 200, "desk:2", "lobby", "desk"])
def test_a_console_name_that_cannot_be_an_account_is_refused_and_nothing_is_made(
        kiosk_pc, capsys, name):
    """Control characters, topic separators and wildcards, too long, and the names of the
    kiosk's own account (lobby) and of a config console (desk)."""
    out = kiosk_pc["out"] / "bad.toml"
    assert kiosk(kiosk_pc, "enrol", name, "--out", str(out)) == 2
    assert "error:" in capsys.readouterr().err
    assert not out.exists() and enrolment.read_enrolled(kiosk_pc["data"]) == {}


def test_enrol_refuses_a_bad_department_a_taken_file_and_a_second_enrolment(kiosk_pc, capsys):
    out = kiosk_pc["out"] / "desk-6.toml"
    assert kiosk(kiosk_pc, "enrol", "desk-6", "--departments", "ga,a/b", "--out",
                 str(out)) == 2
    assert "department id" in capsys.readouterr().err and not out.exists()
    # A department the directory does not have: the console would never get a message.
    assert kiosk(kiosk_pc, "enrol", "desk-6", "--departments", "ga-admin,no-such-dept",
                 "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert "'no-such-dept'" in err and "ga-admin" in err and not out.exists()
    assert "desk-6" not in enrolment.read_enrolled(kiosk_pc["data"])
    out.write_text("keep me")
    assert kiosk(kiosk_pc, "enrol", "desk-6", "--out", str(out)) == 2
    assert out.read_text() == "keep me" and "exists already" in capsys.readouterr().err
    nowhere = kiosk_pc["out"] / "no-such-folder" / "desk-6.toml"
    assert kiosk(kiosk_pc, "enrol", "desk-6", "--out", str(nowhere)) == 2
    err = capsys.readouterr().err
    assert f"cannot write the account file {nowhere}: No such file or directory" in err
    assert "Errno" not in err and "desk-6" not in enrolment.read_enrolled(kiosk_pc["data"])
    out.unlink()
    assert kiosk(kiosk_pc, "enrol", "desk-6", "--out", str(out)) == 0
    first = out.read_text()
    other = kiosk_pc["out"] / "again.toml"
    assert kiosk(kiosk_pc, "enrol", "desk-6", "--out", str(other)) == 2
    assert "enrolled already" in capsys.readouterr().err and not other.exists()
    assert account_file.read(out).password in first  # the first file still works


def test_a_damaged_list_of_enrolled_consoles_is_named_with_its_fix(kiosk_pc, capsys):
    """Read as the broker's accounts are (calls/broker_files.py read_table): nothing enrolled
    over a file that could not be read, and no console listed as if there were none."""
    listed = enrolment.enrolled_path(kiosk_pc["data"])
    listed.write_bytes(b'[consoles."desk-2"]\nhash = \xff\n')
    out = kiosk_pc["out"] / "desk-7.toml"
    for argv in (("consoles",), ("enrol", "desk-7", "--out", str(out))):
        assert kiosk(kiosk_pc, *argv) == 2
        err = capsys.readouterr().err
        assert f"{listed}: cannot read the enrolled consoles" in err, err
        assert "delete it and enrol the desk PCs again" in err
    assert not out.exists() and listed.read_bytes().endswith(b"\xff\n")


def test_an_account_file_others_can_read_is_refused(kiosk_pc):
    out = kiosk_pc["out"] / "desk-7.toml"
    assert kiosk(kiosk_pc, "enrol", "desk-7", "--out", str(out)) == 0
    out.chmod(0o644)
    with pytest.raises(account_file.AccountFileError, match="chmod 600"):
        account_file.read(out)


def test_enrol_needs_to_know_how_the_desk_reaches_a_broker_on_every_interface(
        alert_dir, tmp_path, capsys):
    conf = tmp_path / "kiosk.toml"
    conf.write_text(f'[data]\nfolder = "{alert_dir}"\n', encoding="utf-8")  # listen 0.0.0.0
    argv = ["--config", str(conf), "attendant", "enrol", "desk-8", "--out",
            str(tmp_path / "f")]
    assert main(argv) == 2 and "--broker HOST" in capsys.readouterr().err
    assert main([*argv, "--broker", "192.168.10.21"]) == 0
    s = account_file.read(tmp_path / "f")
    assert (s.host, s.port) == ("192.168.10.21", 1883)


def test_a_name_both_enrolled_and_in_broker_consoles_stops_the_broker_with_the_fix(kiosk_pc):
    assert kiosk(kiosk_pc, "enrol", "desk-9", "--out", str(kiosk_pc["out"] / "f")) == 0
    b = kiosk_pc["broker"]
    b.stop()
    both = ManagedBroker(kiosk_pc["data"], port=b.port, bind="127.0.0.1", kiosks=["lobby"],
                         consoles=["desk", "desk-9"])
    assert not both.start()
    assert "'desk-9' is both in kiosk.toml" in both.problem and "revoke" in both.problem


@given(st.text(max_size=80))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_name_is_refused_or_safe_in_the_brokers_files(tmp_path, name):
    """Whatever the operator types, nothing but one safe topic level reaches passwd and acl."""
    from kiosk.calls import broker_files

    data = Path(tempfile.mkdtemp(dir=tmp_path))  # one data folder per example
    try:
        enrolment.enrol(data, name)
    except (ValueError, broker_files.BrokerError):
        assert not enrolment.enrolled_path(data).exists()
        return
    assert 1 <= len(name) <= 64
    assert not any(c in name for c in "/+#:\0 \t\r\n\"'\\") and name.isprintable()
    broker_files.write_accounts(data, {"lobby": "kiosk"}, enrolment.read_enrolled(data))
    acl = (data / "broker-state" / "acl").read_text()
    assert f"\nuser {name}\n" in acl


def test_departments_reach_the_acl_from_the_enrolment_and_the_config(alert_dir, tmp_path):
    """An enrolled console reads its enrolled departments' messages only; enrolling and
    revoking keep the config consoles' departments (broker.console_departments)."""
    conf = tmp_path / "kiosk.toml"
    conf.write_text(f'[data]\nfolder = "{alert_dir}"\n[broker]\nlisten = "127.0.0.1"\n'
                    f'consoles = ["desk"]\n[broker.console_departments]\ndesk = ["it"]\n',
                    encoding="utf-8")
    run = ["--config", str(conf), "attendant"]
    assert main([*run, "enrol", "desk-2", "--departments", "ga-admin", "--out",
                 str(tmp_path / "f")]) == 0
    acl = (alert_dir / "broker-state" / "acl").read_text()
    block = acl.split("user desk-2\n")[1].split("\n\n")[0]
    assert f"topic read {proto.PREFIX}/notes/+/ga-admin/+" in block
    assert f"{proto.PREFIX}/notes/+/+/+" not in block
    assert f"topic read {proto.PREFIX}/notes/+/it/+" in acl.split("user desk\n")[1]
    assert main([*run, "revoke", "desk-2"]) == 0
    acl = (alert_dir / "broker-state" / "acl").read_text()
    assert "user desk-2" not in acl
    assert f"topic read {proto.PREFIX}/notes/+/it/+" in acl.split("user desk\n")[1]
