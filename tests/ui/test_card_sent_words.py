"""What the card's last step says about the answer's date, through a real Mosquitto: with no
broker the card is kept on this kiosk, and the date is told as counted from now with no call
possible before the desk has the card, the desk's phone as what works now; once a broker
comes up and the card's console confirms it, the same screen, still showing, promises the
date and says the change aloud, in Korean and in English."""
from __future__ import annotations

import datetime as dt
import socket

import pytest
from helpers import FakeSpeech
from test_cards_end_to_end import leave_card
from test_messages_end_to_end import Clock, folder  # noqa: F401 (folder: a fixture)

from kiosk.calls.broker import ManagedBroker, find_mosquitto
from kiosk.calls.broker_settings import BrokerSettings
from kiosk.calls.console_side import ConsoleAlerts
from kiosk.calls.kiosk_side import KioskAlerts
from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.calls.note_console import ConsoleNotes
from kiosk.calls.outbox import CallOutbox
from kiosk.directory import config
from kiosk.directory.accessibility import Profile
from kiosk.directory.charter_text import date_text
from kiosk.directory.store import Store
from kiosk.ui.app import build

pytestmark = pytest.mark.skipif(find_mosquitto() is None,
                                reason="needs mosquitto (apt-get install mosquitto)")
VISITOR = ("홍길동", "010-2345-6789")
QUEUED = {"ko": ("이 키오스크에 저장되어 있다가 안내데스크에 연결되면 보내집니다",
                 "지금부터 {date}까지입니다",
                 "카드가 안내데스크에 닿기 전에는 전화를 드릴 수 없습니다",
                 "지금 도움이 필요하시면 안내데스크({phone})에 말씀해 주세요"),
          "en": ("It is kept on this kiosk and will be sent when the desk can be reached",
                 "Its answer is due by {date}, counted from now",
                 "nobody can call you before the desk has the card",
                 "For help now, please tell the information desk ({phone})")}
PROMISE = {"ko": "{date}까지 전화로 답변을 드립니다.",
           "en": "We will call you with an answer by {date}."}
DELIVERED = {"ko": "안내데스크가 카드를 받았습니다. 고맙습니다.",
             "en": "The information desk has your card. Thank you."}


def shown(done) -> str:
    return done.text.text().replace("\u200b", "")  # the phone's break opportunities


def test_the_date_is_promised_only_once_the_desk_has_the_card(qtbot, demo, folder):  # noqa: F811
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = folder / "data"
    # Its accounts now, Mosquitto itself later: nothing listens on the port yet.
    broker = ManagedBroker(data, port=port, bind="127.0.0.1", kiosks=["lobby"],
                           consoles=["desk"], departments={"desk": ["ga-admin"]})
    store = Store(data)
    speech = FakeSpeech()
    clock = Clock()
    user, password = broker.credentials("lobby")
    alerts = KioskAlerts("lobby", "1F", BrokerSettings(port=port, username=user,
                                                       password=password), CallOutbox(store))
    notes = KioskNotes("lobby", NoteBox(store), clock=clock,
                       serves=lambda console, department: department == "ga-admin")
    notes.attach(alerts)
    kiosk = build(demo, config.Config({"data.folder": str(data)}), speech, alerts)
    kiosk.ctx.messages.attach(notes)
    qtbot.addWidget(kiosk)
    kiosk.resize(1920, 1080)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    kiosk.ctx.session.set_profile(Profile(speech=True))
    desk = None
    try:
        alerts.start()  # retrying: no broker
        page = leave_card(qtbot, kiosk, "yellow", "unkind", visitor=VISITOR)
        [card] = notes.box.all()
        assert card.due is not None and notes.delivery(card.id) == "stored"
        phone = kiosk.ctx.desk_phone
        for lang in ("ko", "en"):
            kiosk.ctx.session.set_language(lang)
            date = date_text(dt.date.fromtimestamp(card.due), lang)
            text = shown(page.done)
            for words in QUEUED[lang]:
                assert words.format(date=date, phone=phone) in text, text
            assert PROMISE[lang].format(date=date) not in text
        assert page.done.title.text() == "⚠ The card has not reached the desk yet"

        # Mosquitto comes up and the complaint window's console with it: the kiosk's link
        # connects, sends the card again, the console confirms; the screen, still showing,
        # now promises the date and says so aloud.
        assert broker.start(), broker.problem
        d_user, d_password = broker.credentials("desk")
        desk = ConsoleAlerts("desk", "Desk", BrokerSettings(port=port, username=d_user,
                                                            password=d_password), clock=clock)
        ConsoleNotes(desk, clock=clock)
        desk.start()
        qtbot.waitUntil(lambda: page.done.title.text() == DELIVERED["en"], timeout=20000)
        assert page.done.isVisible() and page.step == "done"
        assert notes.delivery(card.id) == "received"
        for lang in ("en", "ko"):
            kiosk.ctx.session.set_language(lang)
            date = date_text(dt.date.fromtimestamp(card.due), lang)
            text = shown(page.done)
            assert page.done.title.text() == DELIVERED[lang]
            assert text == PROMISE[lang].format(date=date)
            assert phone not in text
        assert any(said.startswith(DELIVERED["en"]) for said, _ in speech.said), speech.said
        kiosk.ctx.session.reset()
    finally:
        if desk is not None:
            desk.stop()
        alerts.stop()
        broker.stop()
        store.close()
