"""The kiosk's call system as the composition root starts it: its own broker (unless the site
runs one), the link to the attendants' consoles, the messages kept for them, and the place
the consoles name the kiosk by. Started on a thread of its own after the first frame
(app.run), so nothing here is imported before that frame.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from kiosk.directory.directory import Directory
from kiosk.directory.model import Kiosk, Text
from kiosk.host.heap import release_free_memory

if TYPE_CHECKING:
    from kiosk.ui.window import KioskWindow

log = logging.getLogger("kiosk")


def start_call_system(cfg, window: KioskWindow, services: list) -> None:
    """The kiosk's own broker (unless the site runs one) and its link to the consoles."""
    from kiosk.calls.broker import BrokerError, ManagedBroker
    from kiosk.calls.broker_settings import BrokerSettings
    from kiosk.calls.broker_tls import listener_tls
    from kiosk.calls.kiosk_side import KioskAlerts
    from kiosk.calls.outbox import CallOutbox
    from kiosk.directory.store import Store
    from kiosk.records.log import records_of

    store = Store(cfg.data_dir)
    notes = kiosk_notes(cfg, window.ctx.kiosk.id, store)
    window.ctx.messages.attach_later.emit(notes)  # kept here, sent once a link is up
    try:
        settings = BrokerSettings.from_config(cfg)
        tls = listener_tls(cfg) if settings.managed else None
    except BrokerError as exc:  # the accounts or TLS files named in kiosk.toml are wrong
        log.warning("call system: %s", exc)  # Help shows the desk's number
        return
    if settings.managed:
        try:
            broker = ManagedBroker(cfg.data_dir, port=settings.port, bind=cfg["broker.listen"],
                                   kiosks=[cfg["kiosk.id"]], consoles=cfg["broker.consoles"],
                                   departments=cfg["broker.console_departments"], tls=tls)
        except ValueError as exc:  # departments for a console that is not one
            log.warning("call system: %s", exc)
            return
        services.append(broker)
        if not broker.start():
            log.warning("call system: %s", broker.problem)  # Help shows the desk's number
    kiosk = window.ctx.kiosk
    try:
        # Finished calls move to the records: the store's file stays small.
        outbox = CallOutbox(store, records_of(cfg.data_dir))
        alerts = KioskAlerts(kiosk.id, kiosk.floor, settings, outbox,
                             place=kiosk_place(window.ctx.directory, kiosk))
    except ValueError as exc:  # a site broker's username that is not this kiosk's id
        log.warning("call system: %s", exc)
        return
    notes.attach(alerts)
    services.append(alerts)
    alerts.start()
    window.ctx.calls.attach_later.emit(alerts)
    # Start-up is over: its memory goes back, from the GUI thread (host/file_pages.py).
    QTimer.singleShot(0, window, release_free_memory)


def kiosk_notes(cfg, kiosk_id: str, store):
    """The kiosk's messages (and feedback cards): in its store, answered by the consoles that
    serve the note's department (broker.console_departments; a console not named serves all)."""
    from kiosk.calls.enrolment import departments_of
    from kiosk.calls.note_box import KioskNotes, NoteBox
    from kiosk.records.log import records_of

    def serves(console: str, dept: str) -> bool:  # enrolled consoles' read when answering
        served = departments_of(cfg.data_dir, cfg["broker.console_departments"])
        return console not in served or dept in served[console]

    return KioskNotes(kiosk_id, NoteBox(store),
                      retention=cfg["messages.retention_days"] * 86400.0, serves=serves,
                      records=records_of(cfg.data_dir))


def kiosk_place(directory: Directory, kiosk: Kiosk):
    """The kiosk's name and floor in both languages, which the consoles show for it; None
    (the consoles name it by its id) when a console would refuse them, since a refused place
    refuses the whole presence and the kiosk would show offline on every desk."""
    from kiosk.calls.presence_message import Place, checked_place
    from kiosk.calls.wire_check import ProtocolError

    try:
        floor = directory.floor(kiosk.floor).name
    except KeyError:
        floor = Text(kiosk.floor, kiosk.floor)
    try:
        return checked_place(Place(kiosk.name, floor))
    except ProtocolError as exc:
        log.warning("the kiosk's name or floor cannot be shown on the consoles (%s): they "
                    "name it %r", exc, kiosk.id)
        return None
