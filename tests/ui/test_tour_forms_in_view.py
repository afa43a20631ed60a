"""The typing steps of a feedback card and of a message, and search, in every look (Korean and
English, landscape and portrait, 100/150/200 %, both palettes, full height and lowered): the
field being typed, every key of the on-screen keyboard and the step's way on (Go on without
naming anyone, Next, Send) show whole together as the step opens, without the visitor
scrolling; lowered, inside the reach band. So do the consent steps' Agree. A QStackedWidget
asks for its tallest page's height, which put the keys and the way on below the fold when
magnified: measured here on the real widgets of the running kiosk.

Lowered in portrait at 200 % the band leaves the screen 882 px between the header and the footer
(968 on search, whose header keeps one row): there the message form's part above its keys holds
its field or, when one is refused, the field with what was typed in it and the problem under it,
both whole (the field's "typing here" line gives way to the problem); search's answers take what
the typed words and the keys leave (docs/accessibility.md)."""
from __future__ import annotations

from helpers import keep_messages
from PySide6.QtWidgets import QPushButton
from looks import BAND_CUTS, LARGEST, Look, hidden_part, in_looks, kiosk_in, settle

from kiosk.directory.accessibility import Profile
from kiosk.search.hangul import to_keys
from kiosk.ui.screenshots.messages import away_person


def keys_hidden(window, keyboard) -> str:
    """'' when every key of `keyboard` shows whole (none under the footer or past the band)."""
    problem = hidden_part(window, keyboard)
    if problem:
        keys = [key for key in keyboard.findChildren(QPushButton) if key.isVisible()]
        cut = [key.text() for key in keys if hidden_part(window, key)]
        problem += f"; keys not whole: {' '.join(cut)}" if cut else ""
    return problem


def partly(window, widget) -> str:
    """'' when some of `widget` shows."""
    return "" if not widget.visibleRegion().isEmpty() else hidden_part(window, widget)


def _missing(window, step: str, shown: dict) -> list[str]:
    """What of `shown` (what -> widget) does not show whole in the window's content: the keys
    each whole."""
    settle()
    found = []
    for what, widget in shown.items():
        problem = keys_hidden(window, widget) if what == "the keys" else hidden_part(window, widget)
        if problem:
            found.append(f"{step}: {what} {problem}")
    return found


def search_steps(window) -> list[str]:
    """Search as a visitor finds it, then with answers: the words typed and every key whole,
    the first answer beside or over the keys, from its top (lowered at 200 % the answers
    give way to the keys: the page or, in portrait, their list scrolls)."""
    window.navigate(("search",))
    page = window.page("search")
    page.reset()
    found = _missing(window, "search, nothing typed", {
        "the prompt": page.query, "the keys": page.keyboard})
    for text in ("대출증", "library card", "ㅈㅎㅈㅂ"):
        page.set_query(text)
        found += _missing(window, f"search {text!r}", {
            "the words typed": page.query, "the keys": page.keyboard})
        first = page.results.visualRect(page.results.model().index(0, 0))
        if partly(window, page.results) or first.top() < 0:
            found.append(f"search {text!r}: the first answer does not show")
    page.reset()
    window.navigate(("home",))
    return found


def card_steps(window) -> list[str]:
    """The card's typing steps and its consent: a person looked up, the words, the consent,
    the name and the phone."""
    window.navigate(("feedback",))
    page = window.page("feedback")
    page._choose("green")
    person = window.ctx.directory.staff[0]
    for key in to_keys(person.name.ko[:1]):  # people found under the field
        page._key(key)
    found = _missing(window, "card, naming the person", {
        "the name typed": page.staff_query, "the keys": page.keyboard,
        "Go on without naming anyone": page.no_staff})
    page._pick_staff(person.id)
    found += _missing(window, "card's words (praise)", {
        "the words": page.text_step.box, "the keys": page.keyboard,
        "Next": page.text_step.next})
    page.reset()
    page._choose("yellow")
    page._category("unkind")
    page.text_step._phrase("feedback.phrase.wait")
    found += _missing(window, "card's words", {
        "the words": page.text_step.box, "the keys": page.keyboard,
        "Next": page.text_step.next})
    page.go("consent")
    found += _missing(window, "card's consent", {"Agree": page.consent.agree})
    page.go("details")
    for field in ("name", "phone"):
        page.details.choose(field)
        found += _missing(window, f"card's {field}", {
            f"the {field}": page.details.fields[field], "the keys": page.keyboard,
            "Send": page.details.send})
    page.details.phone_field.set_text("0")
    page.send()  # refused: the warning shows over Send
    found += _missing(window, "card's phone refused", {
        "the phone": page.details.fields["phone"], "the warning": page.details.problem,
        "the keys": page.keyboard, "Send": page.details.send})
    page.reset()
    return found


def message_steps(window) -> list[str]:
    """The message's consent and its form, each field in turn, and a refused one."""
    away = away_person(window.ctx.directory)
    window.navigate(("message", "staff", away.id))
    page = window.current_page()
    found = _missing(window, "message consent", {"Agree": page.agree})
    page._agreed()
    form = page.form
    for field in ("name", "phone", "purpose"):
        form.edit(field)
        found += _missing(window, f"message form, {field}", {
            f"the {field}": form.boxes[field], "the keys": form.keyboard,
            "Send the message": form.send_button})
    form.composers["name"].set_text("홍길동")
    form.composers["phone"].set_text("010-12ab")
    form.submit()  # refused: the number has letters, its field opened
    found += _missing(window, "message form refused", {
        "the phone": form.boxes["phone"], "the problem": form.error,
        "the keys": form.keyboard, "Send the message": form.send_button})
    window.navigate(("home",))
    return found


@in_looks(high_contrast=(False, True), low_position=(False, True))
def test_field_keys_and_way_on_show_together(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot,
                      BAND_CUTS[look.shape] if look.low_position else None)
    keep_messages(window, tmp_path / "notes")
    found = search_steps(window) + card_steps(window) + message_steps(window)
    assert found == [], "\n".join(found)


def test_a_way_on_below_the_fold_is_found(qtbot, demo, tmp_path):
    """The check can fail: words made taller than the screen push Next out of view."""
    window = kiosk_in(Look("en", "landscape", 1.0), demo, tmp_path, qtbot)
    page = window.navigate(("feedback",)) or window.page("feedback")
    page._choose("yellow")
    page._category("unkind")
    assert _missing(window, "words", {"Next": page.text_step.next}) == []
    page.text_step.box.setMinimumHeight(window.height())
    assert "Next" in "\n".join(_missing(window, "words", {"Next": page.text_step.next}))


def test_a_key_under_the_footer_is_found(qtbot, demo, tmp_path):
    """Lowered in portrait at 200 %, a way on made taller pushes the last keys under the
    footer: each key is measured, not the keyboard's top."""
    look = Look("en", "portrait", LARGEST, low_position=True)
    window = kiosk_in(look, demo, tmp_path, qtbot, BAND_CUTS["portrait"])
    page = window.navigate(("feedback",)) or window.page("feedback")
    page._choose("yellow")
    page._category("unkind")
    assert _missing(window, "words", {"the keys": page.keyboard}) == []
    page.text_step.next.setMinimumHeight(page.text_step.next.height() + 200)
    found = "\n".join(_missing(window, "words", {"the keys": page.keyboard}))
    assert "keys not whole" in found and "Clear" in found


def test_what_gave_way_comes_back_when_the_screen_is_raised(qtbot, demo, tmp_path):
    """Lowered in portrait at 200 % the details' question and, under a refused phone's
    warning, the name give way; raised again, both show, the name as it was typed."""
    look = Look("en", "portrait", LARGEST, low_position=True)
    window = kiosk_in(look, demo, tmp_path, qtbot, BAND_CUTS["portrait"])
    page = window.navigate(("feedback",)) or window.page("feedback")
    page._choose("yellow")
    page._category("unkind")
    page.go("details")
    for key in "Kim":
        page._key(key)
    page.details.choose("phone")
    page.details.phone_field.set_text("0")
    page.send()
    settle()
    assert not page.question.isVisible() and not page.details.fields["name"].isVisible()
    window.ctx.session.set_profile(Profile(zoom=LARGEST))  # raised
    settle()
    assert page.details.fields["name"].isVisible()
    assert "Kim" in page.details.fields["name"].text()
    page.details.phone_field.set_text("010-1234-5678")
    page.details.typed()  # the warning goes with a right number: the question is back
    settle()
    assert page.question.isVisible()
