"""No step-free way to a place: the route screen says one thing to do in every call state.
Found by a reader of every screen: the title said "Go to the Information desk instead" over a
button "Call staff to help me: staff will come here"; a wheelchair user cannot do both. While
a call can go, staff come to the visitor (the title says to call them, the desk's way drawn as
the other choice); while none can (no call system, no desk console online) the title, the
button and the summary all send the visitor to the desk or its phone."""
from __future__ import annotations

import pytest
from helpers import FakeKioskAlerts

from kiosk.directory import config
from kiosk.directory.strings import tr
from kiosk.directory.units import keep_units
from kiosk.ui.app import build
from kiosk.ui.screenshots.visit import show_guide_me

# What sends the visitor to the desk, and what promises staff coming to them.
TO_DESK = {"en": ("instead", "go to the desk"), "ko": ("대신", "전화·가는 길")}
STAFF_COME = {"en": ("will come", "come to you"), "ko": ("이곳으로",)}


def kiosk(qtbot, demo, tmp_path, alerts):
    window = build(demo, config.Config({"data.folder": str(tmp_path)}), None, alerts)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    return window


def shown(window) -> dict[str, str]:
    page = window.page("route")
    return {"title": window.title.text(),
            "guide": f"{page.guide_me.heading.text()} {page.guide_me.subtitle.text()}",
            "summary": page.summary.text()}


def says(words: dict[str, str], phrases) -> list[str]:
    return [f"{part}: {text!r}" for part, text in words.items()
            if any(p in text.replace("\u00a0", " ").lower() for p in phrases)]


def check(window, lang: str, calling: bool) -> None:
    words = shown(window)
    page = window.page("route")
    desk = page._desk().name.get(lang)
    if calling:
        assert words["title"] == tr("route.title.call", lang)
        assert says(words, TO_DESK[lang]) == []  # the desk's way only as the other choice
        route = page.route  # the desk's way, named as the other choice
        assert words["summary"] == keep_units(tr(
            "route.summary.desk.or", lang, metres=round(route.length_m),
            minutes=max(1, round(route.seconds / 60))))
    else:
        assert words["title"] == tr("route.title.desk", lang, desk=desk)
        assert says(words, STAFF_COME[lang]) == []  # no one comes: the desk, or its phone
    assert page.map.accessibleName() == page.title() == words["title"]


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("state", ["no call system", "no console online", "a desk online"])
def test_the_screen_says_one_thing_to_do(qtbot, demo, tmp_path, lang, state):
    alerts = None if state == "no call system" else FakeKioskAlerts(
        consoles_online=1 if state == "a desk online" else 0)
    window = kiosk(qtbot, demo, tmp_path, alerts)
    window.ctx.session.set_language(lang)
    assert show_guide_me(window)
    check(window, lang, calling=state == "a desk online")


def test_the_title_and_summary_follow_the_call_system_as_it_comes_and_goes(qtbot, demo,
                                                                           tmp_path):
    alerts = FakeKioskAlerts(consoles_online=0)
    window = kiosk(qtbot, demo, tmp_path, alerts)
    window.ctx.session.set_language("en")
    assert show_guide_me(window)
    check(window, "en", calling=False)
    alerts.consoles_change(1)  # a desk's console comes online: told by the network thread
    qtbot.waitUntil(lambda: window.title.text() == tr("route.title.call", "en"), timeout=20000)
    check(window, "en", calling=True)
    alerts.consoles_change(0)  # and goes
    qtbot.waitUntil(lambda: window.title.text() != tr("route.title.call", "en"), timeout=20000)
    check(window, "en", calling=False)
