"""Feedback cards from the kiosk window to the attendant consoles through a real Mosquitto (the
kiosk's own, with persistence on): each card reaches only the consoles of its department (a
complaint: the complaint window's, ga-admin; praise for a person: theirs, pi-school), the
kiosk's confirmation tells each delivery state as it is, an answered card is recorded with who
and when and loses its name and contact, an unanswered one loses them when its retention ends
(an injected clock). Then the data folder and the broker's database are searched for them."""
from __future__ import annotations

import logging
import socket
import time

import pytest
from helpers import SilentChime, tap
from PySide6.QtCore import Qt
from test_messages_end_to_end import (  # noqa: F401 (folder: a fixture)
    Clock,
    folder,
    found,
    kiosk_window,
    traces,
)

from kiosk.calls.broker import ManagedBroker, find_mosquitto
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.note_console import ConsoleNotes
from kiosk.directory.office_time import office_days_deadline, office_for
from kiosk.directory.store import Store
from kiosk.ui.console import ConsoleAdapter, ConsoleWindow

pytestmark = pytest.mark.skipif(find_mosquitto() is None,
                                reason="needs mosquitto (apt-get install mosquitto)")
VISITORS = (("홍길동", "010-2345-6789"), ("김영희", "010-9876-5432"), ("이철수", "010-5555-1212"))
STORED = "⚠ 카드가 아직 안내데스크에 전달되지 않았습니다"
WAITING = "⚠ 카드를 보냈습니다. 안내데스크의 확인을 기다리는 중입니다"
RECEIVED = "안내데스크가 카드를 받았습니다. 고맙습니다."


def leave_card(qtbot, kiosk, colour, category=None, staff=None, visitor=None):
    kiosk.navigate(("home",))
    kiosk.navigate(("feedback",))
    page = kiosk.current_page()
    tap(qtbot, page.green if colour == "green" else page.yellow)
    if colour == "yellow":
        tap(qtbot, page.categories[category])
    elif staff is not None:
        person = kiosk.ctx.directory.staff_member(staff)
        page.staff_search.set_text(person.name.ko)
        page._show_staff()
        tap(qtbot, next(b for b in page.staff_rows if b.property("staff") == staff))
    else:
        tap(qtbot, page.no_staff)
    tap(qtbot, page.text_step.phrases[0])
    tap(qtbot, page.text_step.next)
    if visitor is None:
        tap(qtbot, page.anonymous)
    else:
        tap(qtbot, page.with_contact)
        tap(qtbot, page.consent.agree)
        page.details.name.set_text(visitor[0])
        page.details.phone_field.set_text(visitor[1])
        tap(qtbot, page.details.send)
    assert page.step == "done"
    return page


def console(name, port, broker, clock, qtbot, y):
    user, password = broker.credentials(name)
    alerts = ConsoleAlerts(name, name.title(), BrokerSettings(
        port=port, username=user, password=password), clock=clock)
    notes = ConsoleNotes(alerts, clock=clock)
    adapter = ConsoleAdapter(alerts, notes=notes)
    win = ConsoleWindow(adapter, name.title(), chime=SilentChime(), clock=clock,
                        language="en")
    adapter.setParent(win)
    qtbot.addWidget(win)
    win.setGeometry(0, y, 1600, 820)
    win.show()
    return alerts, notes, win


def test_cards_reach_their_department_and_leave_no_trace(qtbot, demo, folder, caplog):  # noqa: F811
    caplog.set_level(logging.DEBUG)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    broker = ManagedBroker(folder / "data", port=port, bind="127.0.0.1", kiosks=["lobby"],
                           consoles=["desk", "school"],
                           departments={"desk": ["ga-admin"], "school": ["pi-school"]})
    assert broker.start(), broker.problem
    clock = Clock()
    store = Store(folder / "data")
    try:
        alerts, notes, records, kiosk = kiosk_window(qtbot, demo, folder / "data", broker,
                                                     port, store, clock)
        alerts.start()
        qtbot.waitUntil(lambda: alerts.listening, timeout=5000)

        # 1. No console online: kept on this kiosk, not delivered, with the desk's phone.
        page = leave_card(qtbot, kiosk, "yellow", "unkind", visitor=VISITORS[0])
        assert page.done.title.text() == STORED
        assert kiosk.ctx.desk_phone in page.done.text.text().replace("\u200b", "")
        [unkind] = notes.box.all()
        assert unkind.department == "ga-admin"  # 1 working day of ga-admin's office
        answering = office_for(kiosk.ctx.directory, "ga-admin")
        assert unkind.due == office_days_deadline(answering, unkind.at, 1) >= unkind.at + 86400

        # 2. Only another department's console online: it can never read the card, so the
        # kiosk does not say the desk is about to confirm it: kept here, with the phone.
        school_alerts, school_notes, school = console("school", port, broker, clock, qtbot,
                                                      1090)
        school_alerts.start()
        qtbot.waitUntil(lambda: alerts.consoles_online == 1, timeout=5000)
        page = leave_card(qtbot, kiosk, "yellow", "facilities")  # anonymous
        assert page.done.title.text() == STORED
        assert kiosk.ctx.desk_phone in page.done.text.text().replace("\u200b", "")
        assert "답변은 드릴 수 없습니다" in page.done.text.text()
        anonymous = next(n for n in notes.box.all() if n.id != unkind.id)

        # 2b. The complaint window's console online, not reading its notes yet: now the
        # kiosk may say it waits for the desk's confirmation; gone again, it says so too.
        user, password = broker.credentials("desk")
        desk_link = ConsoleAlerts("desk", "Desk", BrokerSettings(
            port=port, username=user, password=password), clock=clock)
        desk_link.start()
        qtbot.waitUntil(lambda: page.done.title.text() == WAITING, timeout=5000)
        assert kiosk.ctx.desk_phone in page.done.text.text().replace("\u200b", "")
        desk_link.stop()
        qtbot.waitUntil(lambda: page.done.title.text() == STORED, timeout=5000)

        # 3. The complaint window's console comes: both cards received, the screen says so.
        desk_alerts, desk_notes, desk = console("desk", port, broker, clock, qtbot, 1920)
        desk_alerts.start()
        qtbot.waitUntil(lambda: page.done.title.text() == RECEIVED, timeout=5000)
        assert notes.delivery(unkind.id) == "received"
        assert notes.note(anonymous.id).received_by == "desk"
        panel = desk.messages
        qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
        row = panel.model.data(panel.model.index(0), Qt.AccessibleTextRole)
        assert row.startswith("Apology call by ") and "Yellow card: unkind service" in row
        assert VISITORS[0][1] in row
        last = panel.model.data(panel.model.index(1), Qt.AccessibleTextRole)
        assert last.startswith("No contact: cannot be answered")

        # 4. Praise for a person of pi-school reaches their console, never the desk's.
        page = leave_card(qtbot, kiosk, "green", staff="s15", visitor=VISITORS[1])
        praise = next(n for n in notes.box.all() if n.id not in (unkind.id, anonymous.id))
        assert praise.department == "pi-school" and praise.staff == "s15"
        qtbot.waitUntil(lambda: page.done.title.text() == RECEIVED, timeout=5000)
        assert notes.note(praise.id).received_by == "school"
        assert set(school_notes.notes) == {praise.key}  # nor the complaints, all along
        assert praise.key not in desk_notes.notes

        # 5. Answered at the desk: who and when, then the name and contact are gone.
        panel.select(unkind.key)
        assert panel.called_back.text() == "Answered"
        before = time.time()
        tap(qtbot, panel.called_back)
        qtbot.waitUntil(lambda: notes.note(unkind.id).done, timeout=5000)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)

        def answered_in_records() -> dict:  # written by the kiosk's network thread
            return {r["id"]: r for r in records.latest("feedback")}[unkind.id]

        qtbot.waitUntil(lambda: answered_in_records()["answered_by"] == "desk", timeout=5000)
        kept = {r["id"]: r for r in records.latest("feedback")}
        assert before <= kept[unkind.id]["answered_at"] <= time.time()
        assert kept[unkind.id]["contact"] == "" and kept[unkind.id]["name"] == ""
        assert kept[unkind.id]["purged_at"] is not None
        # The broker forgets the note once it has the kiosk's empty retained message and has
        # saved its database (after each change), moments after the kiosk recorded the answer.
        qtbot.waitUntil(lambda: found(folder / "data", *VISITORS[0]) == [], timeout=5000)
        assert found(folder / "data", *VISITORS[1]), "the grep must see what is there"

        # 6. Nobody answers the praise: its retention ends, its name and contact go.
        leave_card(qtbot, kiosk, "yellow", "improvement", visitor=VISITORS[2])
        # past the retention period and every answer's due time (7 working days can be
        # more than 7 calendar days: the contact is kept until then)
        clock.offset = max(n.keep_until for n in notes.box.all()) - time.time() + 1
        assert clock.offset > 7 * 86400
        assert notes.purge_expired() == 3
        kept = {r["id"]: r for r in records.latest("feedback")}
        assert kept[praise.id]["answered_at"] is None and kept[praise.id]["contact"] == ""
        assert all(r["name"] == "" and r["contact"] == "" for r in kept.values())
        qtbot.waitUntil(lambda: not school_notes.notes and not desk_notes.notes, timeout=5000)
        kiosk.ctx.session.reset()
        desk_alerts.stop()
        school_alerts.stop()
        alerts.stop()
    finally:
        broker.stop()  # SIGTERM: Mosquitto saves its database, then exits
        store.close()
    for name, phone in VISITORS:
        assert found(folder, name, phone) == []
        assert not any(t.decode("utf-8", "replace") in caplog.text
                       for t in traces(name, phone)[:1] + traces(name, phone)[3:])
    assert (folder / "data" / "broker-state" / "mosquitto.db").exists()
