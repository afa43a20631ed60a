"""A language switch costs the same however many screens the visitor opened: the screen on
view changes at once, each other screen when it is next shown, and nothing is missed."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.ui.screenshots.visitor import scenes


def hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def open_every_screen(window, demo, qtbot) -> None:
    for _name, route, _text in scenes(demo):
        window.navigate(route)
    window.navigate(("home",))
    qtbot.wait(1)  # the screens' first layout, as after taps
    assert len(window._pages) >= 9


def test_only_the_screen_on_view_is_translated_at_once(window, demo, qtbot, monkeypatch):
    open_every_screen(window, demo, qtbot)
    translated = []
    for name, page in window._pages.items():
        monkeypatch.setattr(page, "retranslate",
                            lambda page=page, name=name: (translated.append(name),
                                                          type(page).retranslate(page)))
    window.ctx.session.set_language("en")
    assert translated == ["home"]
    window.navigate(("floors",))
    assert translated == ["home", "floors"]
    window.navigate(("floors",))  # shown again in the same language: nothing to do
    assert translated == ["home", "floors"]


def test_every_screen_opened_before_the_switch_shows_the_new_language(window, demo, qtbot):
    open_every_screen(window, demo, qtbot)
    window.ctx.session.set_language("en")
    for name, route, _text in scenes(demo):
        if route[0] == "search":
            continue  # the query typed stays as typed; the search screen is checked elsewhere
        window.navigate(route)
        qtbot.wait(1)
        page = window.current_page()
        shown = [w.text() for kind in (QLabel, QAbstractButton) for w in page.findChildren(kind)
                 if w.isVisibleTo(page) and w.text()]
        assert shown and not hangul(page.title()), (name, page.title())
        assert not [text for text in shown if hangul(text)], name
