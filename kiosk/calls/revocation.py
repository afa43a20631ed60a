"""Revoking an enrolled console so that nobody goes on counting it as a desk that is there.

Mosquitto, reloading its accounts (SIGHUP), drops a client whose password no longer matches,
but as a clean disconnect: its Last Will is not sent, and its retained presence still says
"online". Kiosks would count the revoked console as a desk until its heartbeat is 1.5 x
`every` old (15 s by default), and promise the visitor a desk that cannot answer. So a
revocation, with the kiosk's broker running, goes in three steps:

1. the console's account gets a one-off password (passwd and acl rewritten, reload): the
   broker drops the console and refuses it from then on;
2. the kiosk logs in once with that password, as that console, and clears its retained
   presence (an empty message: receivers count the console offline, and no record of it is
   left), with a clean session (the console's queued messages go too);
3. the account goes from passwd and acl (reload).
"""
from __future__ import annotations

import logging
import time
from dataclasses import replace
from pathlib import Path

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from kiosk.calls import accounts as acc
from kiosk.calls import enrolment
from kiosk.calls import protocol as proto
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.link import tls_context

log = logging.getLogger(__name__)
LOGIN_TIMEOUT = 5.0  # seconds to log in with the one-off password, the reload included


def revoke(data_dir: Path | str, accounts: dict[str, str], name: str,
           settings: BrokerSettings, departments: dict | None = None) -> str | None:
    """Revoke the enrolled console `name`; None if it is not enrolled, else what happened,
    in words. `settings`: where this PC reaches its own broker (any account);
    `departments`: broker.console_departments, kept in the rewritten acl."""
    if not enrolment.revoke(data_dir, name):
        return None
    password = acc.new_password()
    one_off = acc.hash_line(name, password).split(":", 1)[1]
    if not enrolment.apply(data_dir, accounts, {name: one_off}, departments):
        enrolment.apply(data_dir, accounts, departments=departments)
        return ("No broker is running now; the kiosk's broker refuses it from its next start "
                "(kiosks count it offline 1.5 heartbeats after that start).")
    said = _say_offline(replace(settings, username=name, password=password), name)
    enrolment.apply(data_dir, accounts, departments=departments)
    if not said:
        return ("The running broker dropped it and refuses it; its presence could not be "
                "cleared, so kiosks count it offline only after 1.5 heartbeats.")
    return "The running broker dropped it and refuses it; kiosks count it offline now."


def _say_offline(settings: BrokerSettings, name: str) -> bool:
    """Log in as the console (retrying while the broker reloads) and clear its retained
    presence; True once the broker confirmed it."""
    deadline = time.monotonic() + LOGIN_TIMEOUT
    while time.monotonic() < deadline:
        client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=name, clean_session=True,
                             protocol=mqtt.MQTTv311)
        client.username_pw_set(settings.username, settings.password)
        if settings.tls:
            client.tls_set_context(tls_context(settings))
        answer: list = []
        client.on_connect = lambda c, u, flags, rc, props: answer.append(rc)
        try:
            client.connect(settings.host, settings.port, keepalive=10)
            client.loop_start()
            while not answer and time.monotonic() < deadline:
                time.sleep(0.02)
            if answer and not answer[0].is_failure:
                info = client.publish(proto.presence_topic("console", name), b"",
                                      qos=proto.QOS, retain=True)
                info.wait_for_publish(timeout=max(0.1, deadline - time.monotonic()))
                if info.is_published():
                    return True
        except (OSError, ValueError, RuntimeError) as exc:
            log.warning("revoking %s: %s", name, exc)
        finally:
            client.disconnect()
            client.loop_stop()
        time.sleep(0.1)  # refused: the broker has not reloaded yet
    return False
