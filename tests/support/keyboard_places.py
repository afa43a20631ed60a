"""Every place the on-screen keyboard shows, for the tests that check its keys in each look:
search, the feedback card's typing steps (naming a person, the words, the name) and the
message form. `places(window)` opens each in turn and yields (name, keyboard)."""
from __future__ import annotations

from looks import settle

from kiosk.search.hangul import to_keys
from kiosk.ui.screenshots.messages import away_person


def places(window):
    window.navigate(("search",))
    search = window.page("search")
    search.reset()
    settle()
    yield "search", search.keyboard
    window.navigate(("feedback",))
    card = window.page("feedback")
    card.reset()
    card._choose("green")
    for key in to_keys(window.ctx.directory.staff[0].name.ko[:1]):  # people found
        card._key(key)
    settle()
    yield "card, naming the person", card.keyboard
    card.reset()
    card._choose("yellow")
    card._category("unkind")
    settle()
    yield "card's words", card.keyboard
    card.go("consent")
    card.go("details")
    card.details.choose("name")
    settle()
    yield "card's name", card.keyboard
    card.reset()
    window.navigate(("message", "staff", away_person(window.ctx.directory).id))
    page = window.current_page()
    page._agreed()
    page.form.edit("name")
    settle()
    yield "message form", page.form.keyboard
    window.navigate(("home",))


def worded_keys(keyboard) -> list:
    """The keys with words on them that show in the keyboard's current mode."""
    keys = [keyboard.shifts[keyboard.mode]] if keyboard.mode in keyboard.shifts else []
    keys += [b for b in keyboard.mode_buttons.values() if not b.isHidden()]
    return keys + [keyboard.space, keyboard.backspace, keyboard.clear]


def modes(keyboard) -> list[str]:
    return [m for m in ("ko", "en", "digits", "initials") if m in keyboard.offered]
