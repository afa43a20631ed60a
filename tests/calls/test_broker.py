"""The kiosk's own Mosquitto: generated files, supervision, clear problems; TLS to a fleet's."""
from __future__ import annotations

import base64
import os
import shutil
import signal
import socket
import stat
import subprocess
import tomllib
from pathlib import Path

import pytest
from alert_support import (
    Changes,
    accounts_broker,
    free_port,
    needs_mosquitto,
    run_mosquitto,
    settings_for,
    until,
    wait_port,
)

from kiosk.calls import accounts, broker_files
from kiosk.calls import broker as broker_mod
from kiosk.calls.broker import ManagedBroker, ensure_credentials
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.directory import config
from kiosk.directory.store import Store


def test_settings_default_to_the_managed_broker_with_generated_credentials(tmp_path):
    cfg = config.Config({"data.folder": str(tmp_path)})
    kiosk = BrokerSettings.from_config(cfg)
    accounts = {"lobby": "kiosk", "desk": "console"}  # kiosk.id and broker.consoles
    creds = ensure_credentials(tmp_path, accounts)
    assert (kiosk.managed, kiosk.host, kiosk.port, kiosk.tls) == (True, "127.0.0.1", 1883, False)
    assert (kiosk.username, kiosk.password) == ("lobby", creds["lobby"])
    console = BrokerSettings.from_config(cfg, tmp_path, account="desk")
    assert (console.username, console.password) == ("desk", creds["desk"])
    assert creds["lobby"] != creds["desk"] and len(creds["lobby"]) >= 20
    assert creds["lobby"] not in repr(kiosk)  # passwords stay out of logs
    path = tmp_path / "broker" / "credentials.toml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert tomllib.loads(path.read_text())["accounts"]["desk"]["role"] == "console"
    assert ensure_credentials(tmp_path, accounts) == creds  # generated once
    with pytest.raises(broker_mod.BrokerError, match="no broker account 'desk-9'"):
        BrokerSettings.from_config(cfg, tmp_path, account="desk-9")
    # Another console listed: the others keep their passwords; one taken off cannot log in.
    more = ensure_credentials(tmp_path, {"lobby": "kiosk", "desk-2": "console"})
    assert more["lobby"] == creds["lobby"] and set(more) == {"lobby", "desk-2"}


def test_an_old_shared_role_credentials_file_is_replaced(tmp_path):
    path = tmp_path / "broker" / "credentials.toml"
    path.parent.mkdir()
    path.write_text('[kiosk]\nusername = "kiosk"\npassword = "k"\n\n'
                    '[console]\nusername = "console"\npassword = "c"\n')
    creds = ensure_credentials(tmp_path, {"lobby": "kiosk", "desk": "console"})
    assert set(creds) == {"lobby", "desk"} and "k" not in creds.values()
    assert "[console]" not in path.read_text()


def test_account_names_are_checked(tmp_path):
    with pytest.raises(ValueError, match="named twice"):
        ManagedBroker(tmp_path, kiosks=["lobby"], consoles=["lobby"])
    for bad in ("desk 1", "desk\nuser x", "a/b", "a:b", "+", ""):
        with pytest.raises(ValueError, match="account name"):
            ManagedBroker(tmp_path, kiosks=["lobby"], consoles=[bad])
    cfg = config.Config({"data.folder": str(tmp_path), "broker.consoles": ["desk#"]})
    with pytest.raises(broker_mod.BrokerError, match="desk#"):
        BrokerSettings.from_config(cfg)


def test_external_broker_settings_come_from_the_config_file(tmp_path):
    path, ca = tmp_path / "kiosk.toml", tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n")  # read at load
    path.write_text(f'[data]\nfolder = "{tmp_path}"\n[broker]\nmanaged = false\n'
                    f'host = "mqtt.library.example"\nport = 8883\ntls = true\n'
                    f'ca_file = "{ca}"\nusername = "kiosk-lobby"\npassword = "s3cret"\n',
                    encoding="utf-8")
    s = BrokerSettings.from_config(config.load(path), tmp_path)
    assert s == BrokerSettings("mqtt.library.example", 8883, True, str(ca),
                               "kiosk-lobby", "s3cret", False, 10)
    with pytest.raises(config.ConfigError, match="broker.port must be at most 65535"):
        config.parse("[broker]\nport = 70000\n")
    # The heartbeat is the keepalive; a longer one than a presence may say would be refused.
    with pytest.raises(config.ConfigError, match="broker.keepalive must be at most 60"):
        config.parse("[broker]\nkeepalive = 61\n")


@needs_mosquitto
def test_generated_files(broker):
    d, state = broker.dir, broker.state_dir
    conf = (d / "mosquitto.conf").read_text()
    for line in ("allow_anonymous false", "use_username_as_clientid true", "persistence true",
                 f"persistence_location {state}/", "max_queued_messages 100000",
                 "max_packet_size 131072", f"listener {broker.port} 127.0.0.1",
                 f"password_file {state / 'passwd'}",
                 f"acl_file {state / 'acl'}"):
        assert line in conf.splitlines()
    user = broker_files.broker_user()
    me = (os.geteuid(), os.getegid())
    # The broker's files belong to the user it runs as; the passwords and its config stay
    # with the kiosk's user, in a folder the broker cannot write.
    for path in (d, d / "credentials.toml", d / "mosquitto.conf", d / "mosquitto.log",
                 d / "kiosk-broker.pid"):
        assert (path.stat().st_uid, path.stat().st_gid) == me, path
    broker.stop()  # it saves its database on the way out
    for path in (state, state / "passwd", state / "acl", state / "mosquitto.db"):
        assert (path.stat().st_uid, path.stat().st_gid) == (user[1], user[2]), path
    for path in (d, state):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path
    for path in (*d.iterdir(), *state.iterdir()):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    lines = (state / "passwd").read_text().split()
    assert sorted(line.split(":")[0] for line in lines) == sorted(broker.accounts)
    assert all(line.split(":")[1].startswith("$7$101$") for line in lines)
    acl = (state / "acl").read_text()
    p = "library-kiosk/v1"
    assert acl.split("user lobby\n")[1].split("\n\n")[0].splitlines() == [
        f"topic readwrite {p}/calls/lobby/+", f"topic write {p}/presence/kiosk/lobby",
        f"topic read {p}/acks/lobby/+/+", f"topic read {p}/presence/console/+",
        f"topic readwrite {p}/notes/lobby/+/+", f"topic read {p}/noteacks/lobby/+/+"]
    assert acl.split("user desk1\n")[1].split("\n\n")[0].splitlines() == [
        f"topic read {p}/calls/+/+", f"topic read {p}/presence/+/+",
        f"topic write {p}/acks/+/desk1/+", f"topic write {p}/presence/console/desk1",
        f"topic read {p}/notes/+/+/+", f"topic write {p}/noteacks/+/desk1/+"]
    assert "pattern" not in acl


@needs_mosquitto
def test_an_older_kiosk_s_broker_folder_is_put_right(alert_dir):
    """Everything in broker/, owned by the broker's user, readable by all: the broker could
    replace the passwords. At the next start broker/ is the kiosk's again, 0700, its files
    0600, and the broker's database moves to broker-state/."""
    old = alert_dir / "broker"
    old.mkdir(mode=0o755)
    for name in ("passwd", "acl", "mosquitto.conf", "mosquitto.log", "mosquitto.db"):
        (old / name).write_bytes(b"")
        (old / name).chmod(0o644)
    (old / "mosquitto.db").unlink()  # an empty file is no database; take a real one
    user = broker_files.broker_user()
    if os.geteuid() == 0:
        for path in (old, *old.iterdir()):
            os.chown(path, user[1], user[2])
    b = ManagedBroker(alert_dir, port=free_port(), bind="127.0.0.1")
    assert b.start(), b.problem
    b.stop()  # saves a database in broker-state/
    assert sorted(p.name for p in old.iterdir()) == ["credentials.toml", "mosquitto.conf",
                                                     "mosquitto.log"]
    for path in (old, *old.iterdir()):
        assert (path.stat().st_uid, path.stat().st_gid) == (os.geteuid(), os.getegid())
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path == old else 0o600), path
    assert (b.state_dir / "mosquitto.db").stat().st_uid == user[1]


@needs_mosquitto
def test_no_password_is_ever_on_a_command_line(alert_dir, monkeypatch):
    """Every user of the PC can read every process's command line (ps, /proc)."""
    argvs = []

    class Spy(subprocess.Popen):
        def __init__(self, args, *more, **options):
            argvs.append([str(a) for a in args])
            super().__init__(args, *more, **options)

    monkeypatch.setattr(subprocess, "Popen", Spy)
    b = ManagedBroker(alert_dir, port=free_port(), bind="127.0.0.1")
    try:
        assert b.start(), b.problem
    finally:
        b.stop()
    passwords = [b.credentials(account)[1] for account in b.accounts]
    assert argvs and not [a for argv in argvs for a in argv for p in passwords if p in a]


@pytest.mark.skipif(broker_files.find_tool("mosquitto_passwd") is None,
                    reason="needs mosquitto_passwd (Debian package mosquitto)")
def test_the_password_hash_is_mosquitto_passwd_s(tmp_path):
    """Made here, so no password is ever on a command line (this test puts a throwaway one
    there to compare): the same salt gives mosquitto_passwd's own line."""
    tool = broker_files.find_tool("mosquitto_passwd")
    path = tmp_path / "passwd"
    subprocess.run([tool, "-c", "-b", str(path), "desk", "s3cret"], check=True,
                   capture_output=True)
    theirs = path.read_text().strip()
    salt = base64.b64decode(theirs.split("$")[3])
    assert accounts.hash_line("desk", "s3cret", salt=salt) == theirs
    assert accounts.hash_line("desk", "other", salt=salt) != theirs


@needs_mosquitto
def test_supervisor_restarts_a_dead_broker(broker):
    first = broker.pid
    os.kill(first, signal.SIGKILL)
    until(lambda: broker.running and broker.pid != first, timeout=8, what="a restart")
    wait_port(broker.port)
    assert broker.problem == ""


@needs_mosquitto
def test_a_broker_left_by_a_killed_kiosk_is_stopped_at_start(alert_dir):
    port = free_port()
    old = ManagedBroker(alert_dir, port=port, bind="127.0.0.1")
    assert old.start(), old.problem
    old._stop.set()  # the kiosk dies: its supervisor is gone, the broker keeps running
    old._thread.join()
    orphan = old._proc
    new = ManagedBroker(alert_dir, port=port, bind="127.0.0.1")
    try:
        assert new.start(), new.problem
        assert orphan.wait(timeout=5) is not None and new.pid != orphan.pid
    finally:
        new.stop()
        old._kill()


@needs_mosquitto
def test_port_in_use_is_a_clear_problem(alert_dir):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        b = ManagedBroker(alert_dir, port=s.getsockname()[1], bind="127.0.0.1")
        assert not b.start()
    assert "in use" in b.problem and not b.running


@needs_mosquitto
def test_a_listen_setting_that_is_no_address_is_a_clear_problem(alert_dir):
    b = ManagedBroker(alert_dir, port=free_port(), bind="lobby-pc")
    assert not b.start()
    assert "broker.listen 'lobby-pc' is not an IP address" in b.problem and not b.running


@needs_mosquitto
@pytest.mark.skipif(os.geteuid() != 0, reason="only root drops to the mosquitto user")
def test_a_folder_the_broker_user_cannot_enter_is_a_clear_problem(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o700)
    b = ManagedBroker(locked / "data", port=free_port(), bind="127.0.0.1")
    assert not b.start()
    assert "cannot enter" in b.problem and str(locked) in b.problem


@needs_mosquitto
@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_tls_to_an_external_broker(alert_dir):
    certs = alert_dir / "certs"
    certs.mkdir()
    _make_certs(certs)
    port = free_port()
    gen = accounts_broker(alert_dir / "fleet", port)
    conf = gen.write_config()
    text = conf.read_text().replace(
        f"listener {port} 127.0.0.1\n",
        f"listener {port} 127.0.0.1\ncafile {certs / 'ca.crt'}\n"
        f"certfile {certs / 'server.crt'}\nkeyfile {certs / 'server.key'}\n")
    conf.write_text(text)
    proc = run_mosquitto(gen, conf)
    started = []
    try:
        wait_port(port)
        tls = dict(tls=True, ca_file=str(certs / "ca.crt"), managed=False)
        kc, cc = Changes(), Changes()
        store = Store(alert_dir / "k")
        k = KioskAlerts("lobby", "1F", settings_for(gen, "lobby", **tls), CallOutbox(store),
                        on_change=kc)
        c = ConsoleAlerts("desk1", "Kim", settings_for(gen, "desk1", **tls), on_change=cc)
        untrusting = ConsoleAlerts("desk2", "Lee", settings_for(gen, "desk2", tls=True))
        for obj in (k, c, untrusting):
            obj.start()
            started.append(obj)
        call = k.call()
        cc.until(lambda: call.key in c.calls, what="the call over TLS")
        c.acknowledge(call.key)
        kc.until(lambda: k.open_call.state == "acknowledged", what="ack over TLS")
        # The system's CAs do not know the test CA: no connection.
        until(lambda: "cannot reach" in untrusting.problem, what="a refused certificate")
        assert not untrusting.connected
    finally:
        for obj in started:
            obj.stop()
        proc.kill()
        proc.wait(timeout=5)


def _make_certs(d: Path) -> None:
    def run(*args):
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True)

    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.crt", "-days", "1",
        "-subj", "/CN=kiosk test CA")
    run("req", *ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
    (d / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.crt", "-days", "1", "-extfile", "san.ext")
    for f in d.iterdir():
        f.chmod(0o644)  # the test's throwaway key, readable by the mosquitto user


@needs_mosquitto
def test_a_link_in_the_broker_s_folder_turns_no_chmod_elsewhere(alert_dir):
    """broker-state/ belongs to the broker's user: a link it puts there in place of its
    database must not make the kiosk (root) change the mode of the file it points to."""
    target = alert_dir / "elsewhere"
    target.write_text("not the broker's")
    target.chmod(0o644)
    b = ManagedBroker(alert_dir, port=free_port(), bind="127.0.0.1")
    b.write_config()
    (b.state_dir / "mosquitto.db").symlink_to(target)
    b.write_config()
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert not (b.state_dir / "mosquitto.db").is_symlink()


def test_a_loopback_only_broker_cannot_be_reached_on_the_pcs_network_address(broker):
    """broker.listen = "127.0.0.1": nothing but this PC reaches the broker."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.123", 9))  # no packet is sent: it only picks a route
            address = probe.getsockname()[0]
        except OSError:
            address = "127.0.0.1"
    if address.startswith("127."):
        # No other address: 127.0.0.2 is this PC too (Linux answers all of 127/8 on lo), and
        # a listener bound to 0.0.0.0 would accept there; one bound to 127.0.0.1 does not.
        address = "127.0.0.2"
    wait_port(broker.port)  # it listens on loopback...
    with pytest.raises(OSError):  # ...and on nothing else
        socket.create_connection((address, broker.port), 2).close()
