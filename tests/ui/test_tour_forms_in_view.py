"""The typing steps of a feedback card and of a message, in every look (Korean and English,
landscape and portrait, 100/150/200 %, both palettes, full height and lowered): the field being
typed, the on-screen keyboard and the step's way on (Go on without naming anyone, Next, Send)
show whole together as the step opens, without the visitor scrolling; lowered, inside the reach
band. So do the consent steps' Agree. A QStackedWidget asks for its tallest page's height,
which put the keys and the way on below the fold when magnified: measured here on the real
widgets of the running kiosk.

Lowered in portrait at 200 % the band leaves the screen 882 px between the header and the footer:
a card's question, its field, its way on and the keys (460 px) do not all fit. There the field
and the way on show whole and the keys take the rest, from their top; the message form's part
above its keys holds its field or, when one is refused, the problem whole with its field's end
over it (docs/accessibility.md)."""
from __future__ import annotations

from helpers import keep_messages
from looks import BAND_CUTS, LARGEST, Look, hidden_part, in_looks, kiosk_in, settle

from kiosk.search.hangul import to_keys
from kiosk.ui.screenshots.messages import away_person


def short_of_room(look: Look) -> bool:
    """The looks where a card's field, way on and keys cannot all fit (see above)."""
    return look.shape == "portrait" and look.zoom == LARGEST and look.low_position


def keys_from_their_top(window, keys) -> str:
    """'' when the keys show from their top to the bottom of the room the screen has."""
    shown = keys.visibleRegion().boundingRect()
    if shown.isEmpty() or shown.top() != 0:
        return f"only {shown} of {keys.rect()} shows"
    return hidden_part(window, keys) if shown.height() < 2 * keys.height() // 5 else ""


def partly(window, widget) -> str:
    """'' when some of `widget` shows."""
    return "" if not widget.visibleRegion().isEmpty() else hidden_part(window, widget)


def _missing(window, step: str, shown: dict, look: Look | None = None,
             partly_shown: str = "") -> list[str]:
    """What of `shown` (what -> widget) does not show whole in the window's content; in a look
    short of room, the keys (a card's) need only show from their top, and `partly_shown` in
    part."""
    settle()
    found = []
    short = look is not None and short_of_room(look)
    for what, widget in shown.items():
        if what == "the keys" and short:
            problem = keys_from_their_top(window, widget)
        elif what == partly_shown and short:
            problem = partly(window, widget)
        else:
            problem = hidden_part(window, widget)
        if problem:
            found.append(f"{step}: {what} {problem}")
    return found


def card_steps(window, look: Look) -> list[str]:
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
        "Go on without naming anyone": page.no_staff}, look)
    page._pick_staff(person.id)
    found += _missing(window, "card's words (praise)", {
        "the words": page.text_step.box, "the keys": page.keyboard,
        "Next": page.text_step.next}, look)
    page.reset()
    page._choose("yellow")
    page._category("unkind")
    page.text_step._phrase("feedback.phrase.wait")
    found += _missing(window, "card's words", {
        "the words": page.text_step.box, "the keys": page.keyboard,
        "Next": page.text_step.next}, look)
    page.go("consent")
    found += _missing(window, "card's consent", {"Agree": page.consent.agree})
    page.go("details")
    for field in ("name", "phone"):
        page.details.choose(field)
        found += _missing(window, f"card's {field}", {
            f"the {field}": page.details.fields[field], "the keys": page.keyboard,
            "Send": page.details.send}, look)
    page.details.phone_field.set_text("0")
    page.send()  # refused: the warning shows over Send
    found += _missing(window, "card's phone refused", {
        "the phone": page.details.fields["phone"], "the warning": page.details.problem,
        "the keys": page.keyboard, "Send": page.details.send}, look)
    page.reset()
    return found


def message_steps(window, look: Look) -> list[str]:
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
        "the keys": form.keyboard, "Send the message": form.send_button}, look, "the phone")
    window.navigate(("home",))
    return found


@in_looks(high_contrast=(False, True), low_position=(False, True))
def test_field_keys_and_way_on_show_together(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot,
                      BAND_CUTS[look.shape] if look.low_position else None)
    keep_messages(window, tmp_path / "notes")
    found = card_steps(window, look) + message_steps(window, look)
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


def test_keys_that_do_not_show_from_their_top_are_found(qtbot, demo, tmp_path):
    """Short of room, the keys may run below the fold, but not start there."""
    look = Look("en", "portrait", LARGEST, low_position=True)
    window = kiosk_in(look, demo, tmp_path, qtbot, BAND_CUTS["portrait"])
    page = window.navigate(("feedback",)) or window.page("feedback")
    page._choose("yellow")
    page._category("unkind")
    assert _missing(window, "words", {"the keys": page.keyboard}, look) == []
    page.text_step.next.setMinimumHeight(window.height())
    assert "the keys" in "\n".join(_missing(window, "words", {"the keys": page.keyboard}, look))
