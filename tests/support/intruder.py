"""A bare MQTT 5 client for attack tests: it tells what the broker answers (CONNACK, PUBACK,
SUBACK reason codes) and records what it delivers."""
from __future__ import annotations

import paho.mqtt.client as mqtt
from alert_support import until
from paho.mqtt.enums import CallbackAPIVersion
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.reasoncodes import ReasonCode

NOT_AUTHORIZED = 135  # MQTT 5 reason code


class Intruder:
    """A bare MQTT 5 client with some account's credentials (or none), recording what the
    broker answers and delivers."""

    def __init__(self, port: int, login: tuple[str, str] | None, client_id: str,
                 will: tuple[str, bytes] | None = None):
        self.client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id,
                                  protocol=mqtt.MQTTv5, reconnect_on_failure=False)
        if login is not None:
            self.client.username_pw_set(*login)
        if will is not None:  # published by the broker when this client vanishes
            self.client.will_set(*will, qos=1, retain=True)
        self.connack: list[ReasonCode] = []
        self.pubacks: dict[int, ReasonCode] = {}
        self.subacks: dict[int, list[ReasonCode]] = {}
        self.got: list[mqtt.MQTTMessage] = []
        c = self.client
        c.on_connect = lambda client, userdata, flags, rc, props: self.connack.append(rc)
        c.on_publish = lambda client, userdata, mid, rc, props: self.pubacks.__setitem__(mid, rc)
        c.on_subscribe = lambda client, userdata, mid, rcs, props: self.subacks.__setitem__(
            mid, rcs)
        c.on_message = lambda client, userdata, msg: self.got.append(msg)
        c.connect("127.0.0.1", port, keepalive=10)
        c.loop_start()
        until(lambda: self.connack, what="the broker's CONNACK")

    @property
    def refused(self) -> bool:
        return self.connack[0].is_failure

    def publish(self, topic: str, payload: bytes, retain: bool = False) -> int:
        """The PUBACK's reason code (0: taken, 135: not authorized)."""
        info = self.client.publish(topic, payload, qos=1, retain=retain)
        until(lambda: info.mid in self.pubacks, what=f"the PUBACK for {topic}")
        return self.pubacks[info.mid].value

    def subscribe(self, topic: str) -> list[int]:
        _, mid = self.client.subscribe(topic, qos=1)
        until(lambda: mid in self.subacks, what=f"the SUBACK for {topic}")
        return [rc.value for rc in self.subacks[mid]]

    def topics(self) -> list[str]:
        return [m.topic for m in self.got]

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()

    def vanish(self) -> None:
        """Gone, asking the broker to send the Last Will (MQTT 5's reason code for it; what
        a dropped connection gets too)."""
        self.client.disconnect(reasoncode=ReasonCode(PacketTypes.DISCONNECT,
                                                     "Disconnect with will message"))
        self.client.loop_stop()
