"""Calls for an attendant: the call and its steps (`call.py`), the kiosk's outbox
(`outbox.py`), the MQTT wire format (`protocol.py`) and connection (`link.py`), the kiosk's side
(`kiosk_side.py`) and the console's (`console_side.py`), who is online (`presence.py`), what
the kiosk may tell its visitor about a call (`visitor.py`), the broker's accounts and what
each may say (`accounts.py`), the kiosk's own Mosquitto (`broker.py`, `broker_files.py`) and
the monthly report (`report.py`).

May use kiosk.directory, and kiosk.records (where finished calls are kept, and the rule of
every promise); never Qt (the console's window is in kiosk.ui.console).
"""
