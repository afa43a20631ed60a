"""Green and yellow cards from home: one tap in, a praise naming a person found by search, a
complaint with its category and words, anonymous with the warning, or with a contact only after
consent; kept as feedback notes (and records) with the charter's clock, for the department
that answers them, and the confirmation says what really became of the card (here: no broker,
so kept on this kiosk; tests/ui/test_cards_end_to_end.py has the desk's receipt)."""
from __future__ import annotations

import datetime as dt
import time

import pytest
from helpers import FakeSpeech, find, keys, tap
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_search_screen import press_keys

from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.directory import config
from kiosk.directory.office_time import office_for
from kiosk.directory.store import Store
from kiosk.records.log import records_of
from kiosk.search.hangul import to_keys
from kiosk.ui.app import build


@pytest.fixture
def notes(window, cfg):
    """The kiosk's notes with their records, as the running kiosk has them; no broker."""
    with Store(cfg.data_dir) as store:
        box = KioskNotes("lobby", NoteBox(store), records=records_of(cfg.data_dir))
        window.ctx.messages.attach(box)
        yield box


def cards(cfg):
    return records_of(cfg.data_dir).latest("feedback")


def type_on(qtbot, page, text):
    press_keys(qtbot, None, page, text)


def open_cards(qtbot, window):
    tap(qtbot, find(window, "Tile-feedback"))  # one tap from home
    assert window.route == ("feedback",)
    return window.page("feedback")


def test_a_yellow_card_with_consent_keeps_the_contact_and_its_clock(qtbot, window, cfg,
                                                                     notes):
    page = open_cards(qtbot, window)
    tap(qtbot, page.yellow)
    tap(qtbot, page.categories["unkind"])
    tap(qtbot, find(window, "Phrase-0"))  # one tap: "너무 오래 기다렸어요"
    tap(qtbot, page.text_step.next)
    assert page.anonymous.subtitle.text() == "이름 없이 남긴 카드에는 답변을 드릴 수 없습니다."
    tap(qtbot, page.with_contact)
    body = page.consent.body.text()
    for words in ("목적", "항목: 이름, 전화번호", "7일", "동의하지 않으셔도 됩니다"):
        assert words in body
    tap(qtbot, page.consent.agree)
    type_on(qtbot, page, to_keys("홍길동"))
    tap(qtbot, page.details.fields["phone"])
    assert page.keyboard.mode == "digits"
    type_on(qtbot, page, "010-1234-5678")
    before = time.time()
    tap(qtbot, page.details.send)
    (card,) = cards(cfg)
    assert (card["colour"], card["category"], card["text"]) == ("yellow", "unkind",
                                                                "너무 오래 기다렸어요")
    assert (card["name"], card["contact"]) == ("홍길동", "01012345678")
    # apology within 1 working day of the answering office (test_card_due_on_a_working_day.py)
    assert card["due"] >= before + 86400
    answering = office_for(window.ctx.directory, "ga-admin")
    assert answering.is_open(dt.datetime.fromtimestamp(card["due"]))
    # For the complaint window's department (ga-admin), not delivered: no desk is connected.
    (note,) = notes.box.all()
    assert (note.kind, note.department, note.due) == ("feedback", "ga-admin", card["due"])
    assert notes.delivery(note.id) == "stored"
    assert page.done.title.text() == "⚠ 카드가 아직 안내데스크에 전달되지 않았습니다"
    assert "키오스크에 저장" in page.done.text.text()
    assert window.ctx.desk_phone in page.done.text.text().replace("\u200b", "")
    # Nothing personal stays on screen.
    shown = " ".join(w.text() for w in window.findChildren(QWidget)
                     if hasattr(w, "text") and callable(w.text) and isinstance(w.text(), str))
    assert "홍길동" not in shown and "1234" not in shown


def test_a_green_card_names_the_person_found_by_search(qtbot, window, demo, cfg, notes):
    person = next(p for p in demo.staff if len(p.name.ko) == 3)
    page = open_cards(qtbot, window)
    tap(qtbot, page.green)
    type_on(qtbot, page, to_keys(person.name.ko))
    pick = next(b for b in page.staff_rows if b.isVisible() and b.property("staff") == person.id)
    tap(qtbot, pick)
    assert person.name.ko in page.text_step.praised.text()
    tap(qtbot, page.text_step.next)
    tap(qtbot, page.anonymous)
    (card,) = cards(cfg)
    assert (card["colour"], card["category"], card["staff"]) == ("green", "praise", person.id)
    assert card["due"] is None and card["contact"] == "" and card["name"] == ""
    assert "답변은 드릴 수 없습니다" in page.done.text.text()
    (note,) = notes.box.all()  # for the praised person's department, and with their name
    assert note.department == person.department and note.staff == person.id
    assert person.name.ko in note.recipient[0] and note.due is None


def test_refusing_consent_sends_the_card_without_a_name(qtbot, window, cfg, notes):
    page = open_cards(qtbot, window)
    tap(qtbot, page.yellow)
    tap(qtbot, page.categories["facilities"])
    tap(qtbot, page.text_step.next)
    tap(qtbot, page.with_contact)
    tap(qtbot, page.consent.refuse)
    (card,) = cards(cfg)
    assert card["category"] == "facilities" and card["contact"] == "" and card["due"] is None


def to_the_phone(qtbot, window):
    """A yellow card with a contact, consent given, the phone field chosen."""
    page = open_cards(qtbot, window)
    tap(qtbot, page.yellow)
    tap(qtbot, page.categories["other"])
    tap(qtbot, page.text_step.next)
    tap(qtbot, page.with_contact)
    tap(qtbot, page.consent.agree)
    tap(qtbot, page.details.fields["phone"])
    return page


@pytest.mark.parametrize("phone", ["1234", "0101234", "-----"])
def test_a_wrong_phone_is_said_and_nothing_is_kept(qtbot, window, cfg, notes, phone):
    page = to_the_phone(qtbot, window)
    type_on(qtbot, page, phone)
    tap(qtbot, page.details.send)
    assert page.step == "details" and page.details.problem.isVisible()
    assert cards(cfg) == [] and notes.box.all() == []


def test_the_phone_warning_goes_once_the_number_is_right(qtbot, window, cfg, notes):
    """A wrong number warns; typed right, key by key, the warning goes before Send."""
    page = to_the_phone(qtbot, window)
    type_on(qtbot, page, "010123")
    tap(qtbot, page.details.send)
    assert page.details.problem.isVisible() and "⚠" in page.details.problem.text()
    type_on(qtbot, page, "4")  # 7 digits: still wrong, the warning stays
    assert page.details.problem.isVisible()
    type_on(qtbot, page, "5678")
    assert not page.details.problem.isVisible() and page.details.problem.text() == ""
    assert page.step == "details" and cards(cfg) == []  # nothing sent until Send


def anonymous_praise(qtbot, window):
    """Praise for nobody in particular, without a name: the shortest card."""
    page = open_cards(qtbot, window)
    tap(qtbot, page.green)
    tap(qtbot, page.no_staff)
    tap(qtbot, page.text_step.next)
    tap(qtbot, page.anonymous)
    return page


def test_a_card_that_cannot_be_kept_says_so_with_the_desks_phone(qtbot, window, cfg, notes):
    def broken(note):
        raise OSError("disk full")

    notes.box.save = broken
    page = anonymous_praise(qtbot, window)
    assert page.done.title.text() == "카드를 저장하지 못했습니다"
    assert window.ctx.desk_phone in page.done.text.text().replace("\u200b", "")


def test_without_the_kiosks_notes_the_records_keep_the_card_and_say_so(qtbot, window, cfg):
    """The notes' store did not open: the card is still kept (in the records), and the
    screen says it is on this kiosk only, for the staff to collect."""
    page = open_cards(qtbot, window)
    tap(qtbot, page.yellow)
    tap(qtbot, page.categories["facilities"])
    tap(qtbot, page.text_step.next)
    tap(qtbot, page.anonymous)
    (card,) = cards(cfg)
    assert card["category"] == "facilities"
    assert "바로 전달되지는 않습니다" in page.done.text.text()

    def broken(kind, record):
        raise OSError("disk full")

    window.ctx.keep_record = broken
    tap(qtbot, page.done.finish)
    page = anonymous_praise(qtbot, window)
    assert page.done.title.text() == "카드를 저장하지 못했습니다"


def test_the_idle_reset_leaves_nothing_typed(qtbot, window):
    page = open_cards(qtbot, window)
    tap(qtbot, page.yellow)
    tap(qtbot, page.categories["other"])
    tap(qtbot, page.text_step.next)
    tap(qtbot, page.with_contact)
    tap(qtbot, page.consent.agree)
    type_on(qtbot, page, to_keys("홍길동"))
    window.idle.reset_visit()
    assert page.step == "choose" and page.details.name.text == "" and page.details.phone == ""
    assert "홍길동" not in " ".join(b.text() for b in page.details.fields.values())


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_keys_reach_every_step_and_speech_reads_it(qtbot, demo, tmp_path, lang):
    speech = FakeSpeech()
    cfg = config.Config({"data.folder": str(tmp_path)})
    window = build(demo, cfg, speech)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.ctx.session.set_language(lang)
    window.ctx.session.set_profile(window.ctx.session.profile.toggled("speech"))
    page = window.page("feedback")
    window.navigate(("feedback",))
    qtbot.waitUntil(lambda: any(page.green.heading.text() in t for t, _ in speech.said))
    for control in (page.yellow, page.categories["improvement"], page.text_step.next,
                    page.with_contact, page.consent.agree):
        for _ in range(60):  # Tab until the control has the focus: it can be reached
            if QApplication.focusWidget() is control:
                break
            keys(qtbot, window, Qt.Key_Tab)
        assert QApplication.focusWidget() is control and control.hasFocus()
        keys(qtbot, window, Qt.Key_Return)
    qtbot.waitUntil(lambda: any(page.consent.agree.text() not in t
                                and page.details.send.text() in t for t, _ in speech.said))
    assert page.step == "details"


def test_leaving_the_screen_takes_what_was_typed_and_a_new_card_starts_blank(qtbot, window):
    page = open_cards(qtbot, window)
    tap(qtbot, page.yellow)
    tap(qtbot, page.categories["other"])
    type_on(qtbot, page, to_keys("불편"))
    tap(qtbot, window.back_button)
    assert window.route == ("home",) and page.text_step.text == ""
    page = open_cards(qtbot, window)
    assert page.step == "choose" and page.colour == ""


def test_initials_are_offered_to_find_a_person_only(qtbot, window):
    page = open_cards(qtbot, window)
    initials = page.keyboard.mode_buttons["initials"]
    tap(qtbot, page.green)
    assert initials.isVisible()  # the person's name by its first consonants
    tap(qtbot, page.no_staff)
    assert not initials.isVisible()
    tap(qtbot, page.text_step.next)
    tap(qtbot, page.with_contact)
    tap(qtbot, page.consent.agree)
    assert page.step == "details" and not initials.isVisible()


def test_the_name_and_phone_step_says_what_it_asks(qtbot, window):
    page = open_cards(qtbot, window)
    tap(qtbot, page.yellow)
    tap(qtbot, next(iter(page.categories.values())))
    tap(qtbot, page.text_step.next)
    tap(qtbot, page.with_contact)
    tap(qtbot, page.consent.agree)
    assert page.step == "details"
    assert page.question.isVisible() and "전화번호" in page.question.text()
