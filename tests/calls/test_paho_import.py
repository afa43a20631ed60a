"""paho-mqtt's client loads without ssl and urllib.request (kiosk/calls/paho_import.py): a
kiosk and a console exchange calls over a real Mosquitto without TLS and neither module, nor
http.client or email, is loaded; with TLS the same client works (test_broker_tls.py runs on
it: the suite's client is the lean one, checked here)."""
from __future__ import annotations

import dataclasses
import importlib
import json
import os
import ssl
import subprocess
import sys
import urllib.parse

import paho.mqtt.client as mqtt
from alert_support import needs_mosquitto, settings_for

from kiosk.calls import paho_import

# A fresh interpreter (this one has imported ssl): a kiosk calls, a console answers, over
# the test's broker, five times; then what is loaded.
EXCHANGE = """
import json, sys, time
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.outbox import CallOutbox
from kiosk.directory.store import Store

args = json.loads(sys.argv[1])
def until(predicate, what):
    deadline = time.monotonic() + 10
    while not predicate():
        if time.monotonic() > deadline:
            sys.exit("timed out waiting for " + what)
        time.sleep(0.01)
with Store(args["store"]) as store:
    k = KioskAlerts("lobby", "1F", BrokerSettings(**args["lobby"]), CallOutbox(store))
    c = ConsoleAlerts("desk1", "Kim", BrokerSettings(**args["desk1"]))
    k.start(); c.start()
    until(lambda: k.listening and c.listening and k.consoles_online == 1, "both online")
    for _ in range(5):
        call = k.call("mobility")
        until(lambda: call.key in c.calls, "the console has the call")
        c.acknowledge(call.key)
        until(lambda: k.open_call and k.open_call.state == "acknowledged", "the answer")
        c.resolve(call.key)
        until(lambda: k.open_call is None, "resolved")
    c.stop(); k.stop()
import paho.mqtt.client as mqtt
print(json.dumps({"loaded": [m for m in ("ssl", "urllib.request", "http.client", "email")
                             if m in sys.modules],
                  "want_read": mqtt.ssl.SSLWantReadError.__name__}))
"""


@needs_mosquitto
def test_calls_without_tls_load_neither_ssl_nor_urllib_request(broker, alert_dir):
    args = {"store": str(alert_dir / "kiosk"),
            "lobby": dataclasses.asdict(settings_for(broker, "lobby")),
            "desk1": dataclasses.asdict(settings_for(broker, "desk1"))}
    done = subprocess.run([sys.executable, "-c", EXCHANGE, json.dumps(args)],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"loaded": [], "want_read": "_NoTlsSocketYet"}


def test_the_suite_s_client_is_the_lean_one():
    # tests/conftest.py imports kiosk.calls first: every call test, TLS ones included, runs
    # on the client loaded by paho_import.
    assert isinstance(mqtt.__loader__, paho_import.LeanLoader)
    assert isinstance(mqtt.ssl, paho_import.SslOnDemand)


def test_once_ssl_is_loaded_the_client_sees_the_real_module():
    assert mqtt.ssl.SSLWantReadError is ssl.SSLWantReadError
    assert mqtt.ssl.SSLWantWriteError is ssl.SSLWantWriteError
    assert mqtt.ssl.CERT_REQUIRED is ssl.CERT_REQUIRED
    assert mqtt.urllib.parse is urllib.parse
    assert mqtt.urllib.request is importlib.import_module("urllib.request")


def test_only_the_client_gets_stand_ins():
    finder = paho_import.LeanPahoFinder()
    assert finder.find_spec("paho.mqtt.enums", None) is None
    assert finder.find_spec("ssl", None) is None
    assert paho_import._client_import("ssl", fromlist=("SSLContext",)) is ssl
    assert paho_import._client_import("urllib.parse") is sys.modules["urllib"]
    assert sum(isinstance(f, paho_import.LeanPahoFinder) for f in sys.meta_path) == 1
    paho_import.install()  # once only
    assert sum(isinstance(f, paho_import.LeanPahoFinder) for f in sys.meta_path) == 1
