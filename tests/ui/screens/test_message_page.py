"""Leave a message: consent refused (back to the card, Help still works) and given, the form's
checks against what a visitor (or a stuck key) may type, and nothing personal left on screen
after sending, after Back and after the idle reset."""
from __future__ import annotations

import pytest
from helpers import tap
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.calls import note_form
from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.calls.note_form import FormError
from kiosk.directory.store import Store

NAME, PHONE = "홍길동", "010-2345-6789"


@pytest.fixture
def notes(window, tmp_path):
    with Store(tmp_path / "kiosk-store") as store:
        box = KioskNotes("lobby", NoteBox(store))
        window.ctx.messages.attach(box)
        yield box


def visible_text(widget) -> str:
    """Every text the screen shows now (labels and buttons that are visible)."""
    texts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QPushButton)
             if w.isVisible()]
    return "\n".join(texts)


def open_message(qtbot, window, staff="s04"):
    window.navigate(("card", "staff", staff))
    card = window.current_page()
    button = card.findChild(QPushButton, "LeaveMessageButton")
    assert button is not None, "an away person's card offers a message"
    tap(qtbot, button)
    assert window.route == ("message", "staff", staff)
    return window.current_page()


def type_into(qtbot, page, field: str, text: str) -> None:
    tap(qtbot, page.form.boxes[field])
    page.form.clear_field()
    for char in text:
        page.form.type_key(char)


def fill(qtbot, page, name=NAME, phone=PHONE) -> None:
    type_into(qtbot, page, "name", name)
    type_into(qtbot, page, "phone", phone)
    tap(qtbot, page.form.purpose_buttons[0][1])
    tap(qtbot, page.form.callback_buttons[0][1])


def test_only_away_people_and_departments_offer_a_message(qtbot, window, notes):
    window.navigate(("card", "staff", "s02"))  # in
    assert window.current_page().findChild(QPushButton, "LeaveMessageButton") is None
    window.navigate(("card", "departments", "general-affairs"))
    assert window.current_page().findChild(QPushButton, "LeaveMessageButton") is not None


def test_consent_states_purpose_items_retention_and_refusal(qtbot, window, notes):
    page = open_message(qtbot, window)
    shown = visible_text(page).replace("\u200b", "")  # the number may break after its "~"
    for words in ("수집 목적", "수집 항목", "7일", "거부", window.ctx.desk_phone):
        assert words in shown
    assert page.steps.currentWidget() is page.consent


def test_refusing_returns_to_the_card_and_help_still_calls(qtbot, window, notes):
    page = open_message(qtbot, window)
    tap(qtbot, page.decline)
    assert window.route == ("card", "staff", "s04")
    assert notes.box.all() == []
    tap(qtbot, window.help_button)
    assert window.help_overlay.isVisible()


def test_a_message_is_kept_and_told_honestly_then_cleared(qtbot, window, notes):
    page = open_message(qtbot, window)
    tap(qtbot, page.agree)
    fill(qtbot, page)
    assert NAME in visible_text(page)
    tap(qtbot, page.form.send_button)
    [note] = notes.box.all()
    assert (note.department, note.staff) == ("ga-admin", "s04")
    assert note.fields["phone"] == PHONE and note.fields["name"] == NAME
    assert note.due >= note.at + 3600
    # No broker, no console: the screen says it is not delivered and gives the desk's number.
    assert page.steps.currentWidget() is page.done
    shown = visible_text(page).replace("\u200b", "")  # the number may break after its "~"
    assert "전달되지 않았습니다" in shown and window.ctx.desk_phone in shown
    assert "받았습니다" not in shown
    assert NAME not in shown and PHONE not in shown
    assert all(c.text == "" for c in page.form.composers.values())


@pytest.mark.parametrize("leave", ["back", "idle"])
def test_leaving_the_form_clears_it(qtbot, window, notes, leave):
    page = open_message(qtbot, window)
    tap(qtbot, page.agree)
    fill(qtbot, page)
    if leave == "back":
        tap(qtbot, window.back_button)
        assert window.route == ("card", "staff", "s04")
    else:
        window.ctx.session.reset()
        assert window.route == ("home",)
    assert all(c.text == "" for c in page.form.composers.values())
    assert NAME not in visible_text(page.form) and PHONE not in visible_text(page.form)
    assert notes.box.all() == []
    assert page.steps.currentWidget() is page.consent  # a new visitor consents anew


@pytest.mark.parametrize("name, phone, problem", [
    ("", PHONE, "message.error.name"),
    ("   ", PHONE, "message.error.name"),
    ("홍\x07길동", PHONE, "message.error.characters"),
    ("a\u202eb", PHONE, "message.error.characters"),
    (NAME, "", "message.error.phone"),
    (NAME, "NaN", "message.error.phone_format"),
    (NAME, "-1", "message.error.phone_format"),
    (NAME, "010--1234-5678", "message.error.phone_format"),
    (NAME, "0101234567890123", "message.error.phone_format"),
    (NAME, "１２３４５６７８９", "message.error.phone_format"),
])
def test_the_form_refuses_what_is_not_a_name_or_a_number(qtbot, window, notes, name, phone,
                                                         problem):
    page = open_message(qtbot, window)
    tap(qtbot, page.agree)
    page.form.composers["name"].set_text(name)
    page.form.composers["phone"].set_text(phone)
    tap(qtbot, page.form.purpose_buttons[0][1])
    tap(qtbot, page.form.callback_buttons[0][1])
    tap(qtbot, page.form.send_button)
    assert notes.box.all() == []
    assert page.form.error.isVisible()
    assert page.form.error.text().endswith(window.ctx.session.tr(problem))


def test_huge_input_stops_at_the_fields_length(qtbot, window, notes):
    page = open_message(qtbot, window)
    tap(qtbot, page.agree)
    tap(qtbot, page.form.boxes["purpose"])
    for _ in range(5000):
        page.form.type_key("a")
    assert len(page.form.composers["purpose"].text) == note_form.PURPOSE_MAX


def test_no_time_chosen_is_refused(qtbot, window, notes):
    page = open_message(qtbot, window)
    tap(qtbot, page.agree)
    type_into(qtbot, page, "name", NAME)
    type_into(qtbot, page, "phone", PHONE)
    tap(qtbot, page.form.purpose_buttons[0][1])
    tap(qtbot, page.form.send_button)
    assert page.form.error.text().endswith(window.ctx.session.tr("message.error.callback"))
    assert notes.box.all() == []


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=40))
def test_a_checked_phone_is_digits_and_hyphens(text):
    try:
        phone = note_form.check_phone(text)
    except FormError:
        return
    assert set(phone) <= set("0123456789-") and not phone.startswith("-")
    assert 8 <= sum(c.isdigit() for c in phone) <= 12


@settings(max_examples=200)
@given(st.text(max_size=200))
def test_a_checked_name_has_no_control_characters(text):
    try:
        name = note_form.check_name(text)
    except FormError:
        return
    assert name and len(name) <= note_form.NAME_MAX and name.isprintable()


def test_every_control_of_each_step_is_reached_by_keypad_with_its_ring(qtbot, window, notes):
    from keypad_support import DIRECTION_KEYS, draws_ring, focus_at, focused, press, shown_part

    page = open_message(qtbot, window)
    missed = []
    for step, go_on in (("consent", lambda: tap(qtbot, page.agree)),
                        ("form", lambda: fill(qtbot, page) or tap(qtbot, page.form.send_button)),
                        ("done", lambda: None)):
        for _ in range(3):  # the header's buttons shown for this screen get their places
            QApplication.processEvents()
        controls = window.keypad.focusables()
        assert any(page.isAncestorOf(w) for w in controls), step
        seen, todo = {controls[0]}, [controls[0]]
        while todo:
            widget = todo.pop()
            for key in DIRECTION_KEYS.values():
                focus_at(widget)
                press(qtbot, window, key, check=False)
                if focused() in controls and focused() not in seen:
                    seen.add(focused())
                    todo.append(focused())
        missed += [f"{step}: {w.objectName() or w}" for w in controls if w not in seen]
        for widget in controls:
            focus_at(widget)
            if not (shown_part(widget).height() > 0 and draws_ring(window, widget)):
                missed.append(f"{step}: {widget.objectName() or widget} shows no ring")
        go_on()
    assert missed == []


def test_a_larger_text_keeps_what_was_typed(qtbot, window, notes):
    from kiosk.directory.accessibility import Profile

    page = open_message(qtbot, window)
    tap(qtbot, page.agree)
    fill(qtbot, page)
    window.ctx.session.set_profile(Profile(zoom=1.5, high_contrast=True))
    assert page.form.composers["name"].text == NAME
    assert page.steps.currentWidget() is page.form


def test_a_keyboard_types_into_the_form_instead_of_leaving_it(qtbot, window, notes):
    """Digits from a keyboard's top row type the phone number on the form; they act as the
    keypad's (0 home, 1 floors) only where nothing is being typed."""
    page = open_message(qtbot, window)
    tap(qtbot, page.agree)
    tap(qtbot, page.form.boxes["phone"])
    for key in (Qt.Key_0, Qt.Key_1, Qt.Key_0):
        qtbot.keyClick(QApplication.focusWidget() or window, key)
    assert window.route == ("message", "staff", "s04")
    assert page.form.composers["phone"].text == "010"


def test_the_chosen_purpose_is_marked_as_the_chosen_time_is(qtbot, window, notes):
    page = open_message(qtbot, window)
    tap(qtbot, page.agree)
    (_key, purpose), (_other, other) = page.form.purpose_buttons[:2]
    (_text, time), *_ = page.form.callback_buttons
    tap(qtbot, purpose)
    tap(qtbot, time)
    assert time.text().startswith("✓ ")
    assert purpose.text().startswith("✓ "), f"{purpose.text()!r} chosen, not marked"
    assert not other.text().startswith("✓ ")
    type_into(qtbot, page, "purpose", "x")  # typed words of its own: no choice marked
    assert not any(b.text().startswith("✓ ") for _k, b in page.form.purpose_buttons)


def test_the_form_offers_no_initials_key(qtbot, window, notes):
    page = open_message(qtbot, window)
    tap(qtbot, page.agree)
    keyboard = page.form.keyboard
    assert not keyboard.mode_buttons["initials"].isVisible()
    assert all(keyboard.mode_buttons[m].isVisible() for m in ("ko", "en", "digits"))


def test_after_closing_no_evening_hour_is_offered_and_the_promise_is_the_next_opening(
        qtbot, window, tmp_path, monkeypatch):
    """Saturday 18:24, after closing: "as soon as possible" alone, and the screen promises the
    first hour after the next opening with its day, not "by 19:25"."""
    import datetime as dt

    from kiosk.directory.office_time import due_words, office_for
    saturday = dt.datetime(2026, 12, 5, 18, 24).timestamp()
    with Store(tmp_path / "kiosk-store") as store:
        notes = KioskNotes("lobby", NoteBox(store), clock=lambda: saturday)
        window.ctx.messages.attach(notes)
        page = open_message(qtbot, window)
        page.clock = lambda: saturday
        tap(qtbot, page.agree)
        assert [t for t, _at in page.form.choices] == [note_form.ASAP]
        fill(qtbot, page)
        monkeypatch.setattr(window.ctx.messages, "delivery", lambda *_: "received")
        tap(qtbot, page.form.send_button)
        [note] = notes.box.all()
        office = office_for(window.ctx.directory, "ga-admin", "s04")
        assert office.hours is not None and office.is_open(
            dt.datetime.fromtimestamp(note.due - 60))
        page._show_done()
        shown = visible_text(page)
        assert due_words(note.due, saturday, "ko") in shown and "19:2" not in shown
        assert "월요일" in shown  # the offices open again on Monday


def test_the_consent_names_the_days_until_a_friday_evening_message_is_due(
        qtbot, window, notes, monkeypatch):
    """Kept one day (messages.retention_days = 1), a message left on a Friday evening is still
    due on Monday, and its name and number are kept until then: the consent says those days,
    not the one (calls/keeping.py)."""
    import datetime as dt

    friday = dt.datetime(2026, 12, 4, 19, 0).timestamp()
    monkeypatch.setattr(window.ctx.messages, "retention_days", 1)
    page = open_message(qtbot, window)
    page.clock = lambda: friday
    page.reset()
    days = note_form.consent_days_for_message(friday, 1, page._office())
    assert days >= 3  # Monday's office hours at least
    shown = visible_text(page)
    assert f"늦어도 {days}일 뒤에는" in shown and "늦어도 1일" not in shown
