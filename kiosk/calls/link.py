"""One MQTT connection of the alert service (paho-mqtt), shared by kiosks and consoles.

It logs in (username/password, TLS when configured), announces presence retained with a Last
Will saying offline and repeats it as a heartbeat (calls/heartbeat.py), reconnects by itself
and keeps `connected` and `problem` current. The session is persistent (clean_session off,
the client id is the device's id, which is its account's name), so the broker queues QoS 1
messages for us while we are away.
"""
from __future__ import annotations

import logging
import socket
import threading
from typing import TYPE_CHECKING, Callable

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from kiosk.calls import protocol as proto
from kiosk.calls import wire_check as wire
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.connection_log import ConnectionLog
from kiosk.calls.heartbeat import Heartbeat
from kiosk.calls.presence_message import Place
from kiosk.calls.refusals import Refusals, excerpt

if TYPE_CHECKING:
    import ssl

log = logging.getLogger(__name__)
STOP_FLUSH_S = 5.0  # how long stop() waits for what is still being sent
RECONNECT_MIN, RECONNECT_MAX = 0.25, 4.0  # seconds; paho doubles the wait up to the max


def tls_context(settings: BrokerSettings) -> ssl.SSLContext:
    """Trust only the site's CA when one is given (a file, or the PEM of an account file),
    else the system's CAs; the broker's certificate must name the host. `ssl` is imported
    here: a link without TLS never loads it (calls/paho_import.py)."""
    import ssl
    return ssl.create_default_context(cafile=settings.ca_file or None,
                                      cadata=settings.ca_pem or None)


class MqttLink(Heartbeat):
    """The connection, and the device's presence through it (Heartbeat); subclasses
    subscribe in _connected() and read messages in _message()."""

    def __init__(self, role: str, ident: str, settings: BrokerSettings, *,
                 name: str = "", place: Place | None = None,
                 on_change: Callable[[], None] | None = None) -> None:
        self.role, self.ident, self.name = role, proto.check_id(ident, f"{role} id"), name
        self.place = place  # a kiosk's, said with every presence
        if settings.username and settings.username != ident:
            # The broker names every client by its account; the ACL lets it write only
            # topics with that name, so any other id would be refused, message by message.
            raise ValueError(f"the {role} id {ident!r} must be its broker account's name, "
                             f"not {settings.username!r}: set broker.username = {ident!r} "
                             f"(the broker's account for this {role})")
        self.settings = settings
        self.on_change = on_change
        self.connected = False
        # Subscriptions sent and not yet acknowledged (None while they are being sent):
        # `connected` comes first, and a message published before the SUBACK is not heard.
        self._unacked: set = set()
        self.problem = "not started"
        # The problem's kind, for screens that say it in their own language (the console's
        # table of reasons): not_started, connecting, refused, lost, unreachable, stopped;
        # "" when connected. `problem` is the detail, in English, as the log has it.
        self.problem_code = "not_started"
        self._stopping = threading.Event()
        self.refusals = Refusals(log)  # what other devices sent that this one refused
        # connected, lost, problems: bounded as refusals are (a login with our password a
        # second drops us a second)
        self.lines = ConnectionLog(log, self.refusals, role, self.ident)
        super().__init__(settings.keepalive)  # the heartbeat, every keepalive seconds
        # More traffic on this same connection (one account, one client id: a second
        # connection would push this one off): objects with subscriptions(), wants(topic),
        # message(msg) and connected(), e.g. calls.note_box.KioskNotes.
        self.channels: list = []
        # The broker replaces the client id by the account name (use_username_as_clientid);
        # sending the same keeps a broker without that setting just as persistent.
        c = self._client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=ident,
                                       clean_session=False, protocol=mqtt.MQTTv311)
        if settings.username:
            c.username_pw_set(settings.username, settings.password)
        if settings.tls:
            c.tls_set_context(tls_context(settings))
        c.will_set(proto.presence_topic(role, ident), self._offline(), qos=proto.QOS,
                   retain=True)
        c.reconnect_delay_set(RECONNECT_MIN, RECONNECT_MAX)  # type: ignore[arg-type]
        c.on_connect, c.on_disconnect = self._on_connect, self._on_disconnect
        c.on_connect_fail, c.on_message = self._on_connect_fail, self._on_message
        c.on_publish, c.on_subscribe = self._on_publish, self._on_subscribe

    @property
    def listening(self) -> bool:
        """Connected, and the broker has acknowledged every subscription."""
        return self.connected and not self._unacked

    def _subscribe(self, topics: list[tuple[str, int]]) -> None:
        """Subscribe (network thread, on connecting), counting the SUBACK still to come."""
        self._unacked.add(self._client.subscribe(topics)[1])

    def _on_subscribe(self, client, userdata, mid, reason_codes, properties) -> None:
        self._unacked.discard(mid)

    @property
    def where(self) -> str:
        return f"{self.settings.host}:{self.settings.port}"

    def start(self) -> None:
        """Connect in paho's network thread; never raises for an unreachable broker."""
        self._stopping.clear()
        self.problem = f"connecting to the alert broker at {self.where}"
        self.problem_code = "connecting"
        self._client.connect_async(self.settings.host, self.settings.port,
                                   keepalive=self.settings.keepalive)
        self._client.loop_start()
        self._start_beating()

    def stop(self) -> None:
        """Say offline (a clean disconnect sends no Last Will) and disconnect."""
        self._stopping.set()
        self._stop_beating()
        if self.connected:
            info = self._goodbye()
            try:  # messages go out in order: once this one is through, all before it are
                # (a purge's clearing of a retained note among them), so allow a busy PC time
                info.wait_for_publish(timeout=STOP_FLUSH_S)
            except (RuntimeError, ValueError):
                pass
        self._client.disconnect()
        self._client.loop_stop()
        self.connected, self.problem, self.problem_code = False, "stopped", "stopped"
        self._notify()

    def publish(self, topic: str, payload: bytes, retain: bool = False,
                qos: int = proto.QOS) -> mqtt.MQTTMessageInfo:
        """QoS 1 unless said. Offline, paho keeps a QoS 1 message and sends it after
        reconnecting (a QoS 0 one it drops).

        A payload larger than every receiver takes (wire_check.MAX_PAYLOAD) is not sent but
        logged, its info failed (wait_for_publish raises RuntimeError): over a broker's
        max_packet_size it would drop the connection, and paho would send it again after
        each reconnect, for ever, with nothing after it getting through."""
        if len(payload) > wire.MAX_PAYLOAD:
            log.error("%s %s: a message of %d bytes on %s is too large (at most %d): not sent",
                      self.role, self.ident, len(payload), excerpt(topic), wire.MAX_PAYLOAD)
            refused = mqtt.MQTTMessageInfo(0)
            refused.rc = mqtt.MQTT_ERR_PAYLOAD_SIZE
            return refused
        return self._client.publish(topic, payload, qos=qos, retain=retain)

    # -- for subclasses -----------------------------------------------------------------------
    def _connected(self) -> None:
        """Just (re)connected: subscribe and republish."""

    def _link_lost(self) -> None:
        """The broker connection dropped: nothing heard through it is current any more."""

    def _message(self, msg: mqtt.MQTTMessage) -> None:
        """A message arrived (in paho's network thread)."""

    def _published(self, mid: int) -> None:
        """The broker confirmed a QoS 1 publish."""

    def _notify(self) -> None:
        if self.on_change is not None:
            try:
                self.on_change()
            except Exception:  # the UI's bug must not stop the network thread
                log.exception("alert on_change callback failed")

    # -- paho callbacks (network thread) ------------------------------------------------------
    def _on_connect(self, client, userdata, flags, reason_code, properties) -> None:
        if reason_code.is_failure:
            self.connected = False
            self.lines.unreachable()
            hint = ("check its account; a revoked console is refused" if self.role == "console"
                    else "check broker.username and broker.password")
            self._set_problem(f"the alert broker at {self.where} refused the {self.role}: "
                              f"{reason_code} ({hint})", "refused")
        else:
            self._unacked = {None}  # filled below, on this thread, before any SUBACK is read
            self.connected, self.problem, self.problem_code = True, "", ""
            self.lines.connected(self.where)
            sock = client.socket()
            if isinstance(sock, socket.socket) and sock.family != socket.AF_UNIX:
                # paho leaves Nagle on: a small publish then waits for the previous one's
                # delayed TCP ack (~40 ms on Linux).
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._connected()
            for channel in self.channels:
                self._subscribe(channel.subscriptions())
                channel.connected()
            # After subscribing: a peer's prompt answer to this beat then comes live, not as
            # the retained copy a later subscription would get (calls/presence.py).
            self._announce()
            self._unacked.discard(None)
        self._notify()

    def _on_disconnect(self, client, userdata, flags, reason_code, properties) -> None:
        was, self.connected = self.connected, False
        self._link_lost()
        if was and not self._stopping.is_set():
            self.lines.dropped()
            self._set_problem(f"lost the alert broker at {self.where} ({reason_code}); "
                              f"reconnecting", "lost")
        if was:
            self._notify()

    def _on_connect_fail(self, client, userdata) -> None:
        self.lines.unreachable()
        if self._set_problem(f"cannot reach the alert broker at {self.where}; retrying",
                             "unreachable"):
            self._notify()

    def _set_problem(self, text: str, code: str) -> bool:
        """Log a problem once, not at every reconnect attempt, and within this device's
        lines a minute (drops and reconnects alternate)."""
        if text == self.problem:
            return False
        self.problem, self.problem_code = text, code
        self.lines.problem(text)
        return True

    def _on_message(self, client, userdata, msg: mqtt.MQTTMessage) -> None:
        try:
            channel = next((c for c in self.channels if c.wants(msg.topic)), None)
            if channel is not None:
                channel.message(msg)
            else:
                self._message(msg)
        except proto.ProtocolError as exc:  # logged bounded, a few a minute per sender
            self.refusals.refused(msg.topic, str(exc))
        except Exception:
            log.exception("handling a message on %s failed", excerpt(msg.topic))

    def _on_publish(self, client, userdata, mid, reason_code, properties) -> None:
        self._published(mid)
