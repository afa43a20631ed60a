"""Calls for an attendant: the call and its steps (`call.py`), the kiosk's outbox
(`outbox.py`), the MQTT wire format (`protocol.py`, presence `presence_message.py`) and
connection (`link.py`, its presence said by `heartbeat.py`, its log lines `connection_log.py`),
the kiosk's side (`kiosk_side.py`, publishing by `call_publisher.py`, its topics checked by
`call_topic_check.py`) and the console's (`console_side.py`, who it sees online
`console_presence.py`), which copy of a call is the kiosk's own (`copies.py`), who is online
(`presence.py`), what the kiosk may tell its visitor about a call (`visitor.py`), the broker's accounts and what
each may say (`accounts.py`), the kiosk's own Mosquitto (`broker.py`, `broker_files.py`,
`restart_backoff.py`) and the monthly report (`report.py`). Visitors' notes (messages for absent staff, feedback cards)
ride the same connection: `note.py`, `note_form.py`, `note_protocol.py`, `note_box.py` (the
kiosk's side and its send API), `note_records.py`, `note_console.py`.

May use kiosk.directory, kiosk.host (Mosquitto is started with the system's libraries) and
kiosk.records (where finished calls are kept, and the rule of every promise); never Qt (the
console's window is in kiosk.ui.console).
"""

from kiosk.calls import paho_import

# Before any module here imports paho.mqtt.client: it then loads without ssl and
# urllib.request, and waits for its socket with poll() (paho_poll.py).
paho_import.install()
