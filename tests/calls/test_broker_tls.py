"""The kiosk's own Mosquitto with TLS (broker.tls, ca_file, cert_file, key_file): a kiosk and an
enrolled console exchange a call over it; a client that does not trust the site's CA, and
plain MQTT on the TLS port, get nowhere. A throwaway CA and server certificate per test."""
from __future__ import annotations

import socket
import ssl
import stat

import paho.mqtt.client as mqtt
import pytest
from alert_support import Changes, free_port, needs_mosquitto
from paho.mqtt.enums import CallbackAPIVersion
from tls_support import make_ca_and_server

from kiosk.__main__ import main
from kiosk.calls import account_file
from kiosk.calls.broker import BrokerError, ManagedBroker
from kiosk.calls.broker_files import TLS_COPIES
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.broker_tls import ListenerTls, listener_tls
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.directory import config

pytestmark = needs_mosquitto


@pytest.fixture
def tls_pc(alert_dir, tmp_path):
    """The kiosk PC with broker.tls: its config, its running TLS broker, the CA's path."""
    pem = make_ca_and_server(tmp_path / "pki")  # root's 0700 folder: Mosquitto gets copies
    port = free_port()
    conf = tmp_path / "kiosk.toml"
    conf.write_text(f'[data]\nfolder = "{alert_dir}"\n[broker]\nport = {port}\n'
                    f'listen = "127.0.0.1"\nconsoles = ["desk"]\ntls = true\n'
                    f'ca_file = "{pem["ca"]}"\ncert_file = "{pem["cert"]}"\n'
                    f'key_file = "{pem["key"]}"\n', encoding="utf-8")
    cfg = config.load(conf)
    b = ManagedBroker(alert_dir, port=port, bind="127.0.0.1", kiosks=["lobby"],
                      consoles=["desk"], tls=listener_tls(cfg))
    assert b.start(), b.problem
    yield dict(cfg=cfg, conf=conf, broker=b, pem=pem, out=tmp_path)
    b.stop()


def test_a_kiosk_and_an_enrolled_console_exchange_a_call_over_tls(tls_pc, store):
    b, cfg = tls_pc["broker"], tls_pc["cfg"]
    conf = (b.dir / "mosquitto.conf").read_text()
    for copy in TLS_COPIES:
        assert f"{b.state_dir / copy}" in conf
        assert stat.S_IMODE((b.state_dir / copy).stat().st_mode) == 0o600
    kiosk_settings = BrokerSettings.from_config(cfg)
    assert (kiosk_settings.tls, kiosk_settings.host) == (True, "127.0.0.1")
    out = tls_pc["out"] / "desk-2.toml"
    assert main(["--config", str(tls_pc["conf"]), "attendant", "enrol", "desk-2", "--out",
                 str(out)]) == 0
    console_settings = account_file.read(out)  # the CA travels in the file
    assert console_settings.tls and "BEGIN CERTIFICATE" in console_settings.ca_pem
    kc, cc = Changes(), Changes()
    k = KioskAlerts("lobby", "1F", kiosk_settings, CallOutbox(store), on_change=kc)
    c = ConsoleAlerts("desk-2", "Kim", console_settings, on_change=cc)
    k.start()
    c.start()
    try:
        kc.until(lambda: k.connected and k.consoles_online == 1,
                 what=f"the kiosk sees the desk over TLS ({k.problem} / {c.problem})")
        call = k.call()
        cc.until(lambda: call.key in c.calls, what="the console has the call")
        c.acknowledge(call.key)
        got = kc.until(lambda: k.open_call and k.open_call.state == "acknowledged"
                       and k.open_call, what="the answer over TLS")
        assert got.attendant == "Kim" and got.received_by == "desk-2"
        # Revoked over TLS too: dropped, and its presence cleared by the kiosk PC.
        assert main(["--config", str(tls_pc["conf"]), "attendant", "revoke", "desk-2"]) == 0
        kc.until(lambda: k.consoles_online == 0, what="the kiosk counts no console")
        cc.until(lambda: not c.connected and "refused" in c.problem, what="desk-2 refused")
    finally:
        c.stop()
        k.stop()


def test_a_client_without_the_sites_ca_is_refused(tls_pc):
    """The system's CAs do not vouch for the site's broker: the handshake fails."""
    b = tls_pc["broker"]
    user, password = b.credentials("desk")
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="desk")
    client.username_pw_set(user, password)
    client.tls_set()  # the system's CAs only
    with pytest.raises(ssl.SSLCertVerificationError):
        client.connect("127.0.0.1", b.port)
    other_ca = make_ca_and_server(tls_pc["out"] / "other", "Another CA")["ca"]
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="desk")
    client.tls_set(ca_certs=str(other_ca))
    with pytest.raises(ssl.SSLCertVerificationError):
        client.connect("127.0.0.1", b.port)


def test_plain_mqtt_on_the_tls_port_gets_no_answer(tls_pc):
    """An MQTT CONNECT in clear text: the broker sees no TLS handshake and closes, never a
    CONNACK (0x20)."""
    user, password = tls_pc["broker"].credentials("desk")
    name, pw = user.encode(), password.encode()
    body = (b"\x00\x04MQTT\x04\xc2\x00\x0a" + len(b"desk").to_bytes(2, "big") + b"desk"
            + len(name).to_bytes(2, "big") + name + len(pw).to_bytes(2, "big") + pw)
    packet = b"\x10" + bytes([len(body)]) + body
    with socket.create_connection(("127.0.0.1", tls_pc["broker"].port), 5) as s:
        s.sendall(packet)
        s.settimeout(5)
        try:
            answer = s.recv(4)
        except ConnectionResetError:
            answer = b""
    assert not answer.startswith(b"\x20")


def test_tls_for_the_own_broker_needs_its_three_files(tmp_path):
    cfg = config.Config({"data.folder": str(tmp_path), "broker.tls": True,
                         "broker.ca_file": str(tmp_path / "ca.pem")})
    with pytest.raises(BrokerError, match="broker.cert_file, broker.key_file"):
        listener_tls(cfg)
    b = ManagedBroker(tmp_path, port=free_port(), bind="127.0.0.1",
                      tls=ListenerTls(str(tmp_path / "ca.pem"), str(tmp_path / "no.pem"),
                                      str(tmp_path / "no.key")))
    with pytest.raises(BrokerError, match="broker.ca_file .* cannot read"):
        b.write_config()
    assert not b.start() and "cannot read" in b.problem
