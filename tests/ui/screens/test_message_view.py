"""What a magnified or low-position visitor sees of a message: each step starts at its top (the
confirmation and the desk's phone in view, not the long form's scroll position), the field
being typed stays in view beside the keys, Send can be reached, and a warning goes once the
value it was about is right."""
from __future__ import annotations

import pytest
from helpers import tap
from looks import POSITIONS, SMALLEST, hidden_part, in_looks, settle, wear

from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.directory.store import Store

# Magnified, or low: at 100 % on the full screen the whole form shows at once.
magnified_or_low = in_looks(lambda look: look.zoom > SMALLEST or look.low_position, lang="ko",
                            low_position=POSITIONS)


@pytest.fixture
def page(qtbot, window, tmp_path, look):
    with Store(tmp_path / "kiosk-store") as store:
        window.ctx.messages.attach(KioskNotes("lobby", NoteBox(store)))
        wear(window, look).navigate(("message", "staff", "s04"))
        page = window.current_page()
        settle(qtbot)
        page._agreed()
        settle(qtbot)
        yield page


def holder(window):
    return window._holders["message"]


@magnified_or_low
def test_the_confirmation_shows_from_its_top(qtbot, window, page):
    form = page.form
    form.composers["name"].set_text("홍길동")
    form.composers["phone"].set_text("010-1234-5678")
    form._choose_purpose("message.purpose.loan")
    form._choose_callback(form.choices[0][0])
    bar = holder(window).verticalScrollBar()
    bar.setValue(bar.maximum())  # the visitor scrolled down to Send
    form.submit()
    settle(qtbot)
    assert page.steps.currentWidget() is page.done
    for what, widget in (("title", page.done_title), ("words and phone", page.done_text)):
        problem = hidden_part(window, widget)
        assert not problem, f"{what}: {problem}"
    assert window.ctx.desk_phone in page.done_text.text().replace("\u200b", "")
    holder(window).ensureWidgetVisible(page.finish, 0, 0)
    settle(qtbot)
    assert not hidden_part(window, page.finish), "OK cannot be brought into view"


@magnified_or_low
def test_the_field_typed_into_stays_beside_the_keys(qtbot, window, page):
    form = page.form
    bar = holder(window).verticalScrollBar()
    for field, key in (("name", "ㅎ"), ("phone", "1"), ("purpose", "ㄱ")):
        bar.setValue(bar.maximum())  # wherever the visitor had scrolled to
        settle(qtbot)
        form.scroll.ensureWidgetVisible(form.boxes[field], 0, 0)  # the form's own scroll
        holder(window).ensureWidgetVisible(form.boxes[field], 0, 0)
        settle(qtbot)
        tap(qtbot, form.boxes[field])
        settle(qtbot)
        [button] = [k for k in form.keyboard.keys[form.keyboard.mode] if k.text() == key]
        assert not hidden_part(window, button), f"{field}: key {key} is out of view"
        tap(qtbot, button)
        settle(qtbot)
        assert form.composers[field].text, f"{field}: nothing typed"
        problem = hidden_part(window, form.boxes[field])
        assert not problem, f"{field} while typing: {problem}"
    holder(window).ensureWidgetVisible(form.send_button, 0, 0)
    settle(qtbot)
    assert not hidden_part(window, form.send_button), "Send cannot be brought into view"


@in_looks(lang="ko", shape="portrait", zoom=2.0, low_position=True)
def test_a_phone_warning_goes_once_the_number_is_right(qtbot, window, page):
    form = page.form
    form.composers["name"].set_text("홍길동")
    form.edit("phone")
    form.composers["phone"].set_text("010-12ab")  # as a stuck key could leave it
    form.submit()
    assert form.error.isVisibleTo(form) and "숫자와 -만 입력해 주세요" in form.error.text()
    form.clear_field()
    for char in "010-123":
        form.type_key(char)
    assert form.error.isVisibleTo(form), "010-123 is still too short"
    for char in "4-5678":
        form.type_key(char)
    assert not form.error.isVisibleTo(form), "a valid number under a warning"
    assert form.composers["phone"].text == "010-1234-5678"


@pytest.mark.parametrize("lang, mode", [("en", "en"), ("ko", "ko")])
def test_the_keys_start_in_the_visitor_s_language(qtbot, window, tmp_path, lang, mode):
    """An English visitor's name was typed on 한글 keys: the form opened in Korean mode."""
    with Store(tmp_path / "kiosk-store") as store:
        window.ctx.messages.attach(KioskNotes("lobby", NoteBox(store)))
        window.ctx.session.set_language(lang)
        window.navigate(("message", "staff", "s04"))
        page = window.current_page()
        settle(qtbot)
        page._agreed()
        settle(qtbot)
        tap(qtbot, page.form.boxes["name"])
        assert page.form.keyboard.mode == mode
