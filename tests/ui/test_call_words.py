"""No button promises a call that cannot go: the footer's help button, the route's guide and
the accessibility panel's note say "call" only while a tap would call (CallService.will_call),
and offer the desk's phone otherwise; they follow the call system as it comes and goes, speech
and the keypad say the same words, and the words stay whole in every text size and shape."""
from __future__ import annotations

import pytest
from helpers import FakeKioskAlerts, tap
from looks import in_looks, kiosk_in, settle, wear

from kiosk.directory import config
from kiosk.directory.strings import tr
from kiosk.ui.app import build
from kiosk.ui.screenshots.desk import PicturedDesk
from kiosk.ui.screenshots.visit import no_call_states, show_guide_me
from kiosk.ui.screenshots.visitor import tour
from kiosk.ui.services.reading import describe
from kiosk.ui.widgets import clip_check, text_fit


def words(window) -> dict[str, str]:
    """What the visitor reads on the call buttons: the footer's, and the route's guide."""
    page = window.page("route")
    return {"footer": window.help_button.heading.text(),
            "guide": page.guide_me.heading.text().replace("\u00a0", " "),
            "guide.sub": page.guide_me.subtitle.text().replace("\u00a0", " ")}


def desk_words(window, lang: str) -> dict[str, str]:
    phone = window.ctx.desk_phone
    return {"footer": tr("help.button.desk_only", lang),
            "guide": tr("route.guide_me.desk", lang),
            "guide.sub": tr("route.guide_me.desk.sub", lang, phone=phone)}


def call_words(window, lang: str) -> dict[str, str]:
    place = window.page("route").destination().get(lang)  # the tour's room has steps
    return {"footer": tr("help.button", lang), "guide": tr("route.guide_me", lang),
            "guide.sub": tr("route.guide_me.steps.room", lang, place=place)}


# Words that promise asking or calling someone, which a button may say only while a tap would
# call (phoning the desk is the visitor's own act, and "Phone 02-…" says whose).
PROMISES = {"en": ("call", "ask", "request", "summon"),
            "ko": ("호출", "요청", "부르", "불러")}


def promises(text: str, lang: str) -> list[str]:
    return [w for w in PROMISES[lang] if w in text.lower()]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_without_a_call_system_the_buttons_offer_the_desks_phone(qtbot, window, lang):
    window.ctx.session.set_language(lang)
    assert show_guide_me(window)
    assert words(window) == desk_words(window, lang)
    # Speech and the keypad name the guide with the words on screen.
    guide = window.page("route").guide_me
    said = describe(guide, lang).replace("\u00a0", " ")
    assert said == f"{tr('role.button', lang)}, {words(window)['guide']}, " \
                   f"{words(window)['guide.sub']}"
    # The tap gives what the button says: the desk's phone and the way there, in Help under
    # the button's own words, and no call.
    tap(qtbot, guide)
    help_ = window.help_overlay
    assert help_.isVisible() and window.ctx.calls.open_call is None
    assert help_.phone.text() == window.ctx.desk_phone
    assert help_.title.text() == words(window)["guide"]
    assert tr("help.desk_way.body", lang) in help_.text.text()  # how to go: the map's way
    assert tr("help.no_service", lang) in help_.text.text()  # and why no one was called
    assert window.page("route").title() == tr(  # the map behind it leads to the desk
        "route.title.desk", lang, desk=window.page("route")._desk().name.get(lang))
    # The accessibility panel's note (no speech here) offers the desk, not a call.
    help_.close_overlay()
    window.access_panel.open()
    assert window.access_panel.speech_note.subtitle.text() == tr("access.no_speech.desk", lang)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_without_a_call_system_no_button_promises_asking_or_calling(qtbot, window, lang):
    """The footer's help, the guide and the accessibility note: none says it will ask or call
    anyone while no call can go, in what is shown or what speech and the keypad say."""
    window.ctx.session.set_language(lang)
    assert show_guide_me(window)
    window.access_panel.open()
    guide, note = window.page("route").guide_me, window.access_panel.speech_note
    found = {name: promises(f"{widget.heading.text()} {widget.subtitle.text()} "
                            f"{describe(widget, lang)}", lang)
             for name, widget in (("footer", window.help_button), ("guide", guide),
                                  ("note", note))}
    assert found == {"footer": [], "guide": [], "note": []}


def test_the_words_follow_the_call_system_as_it_comes_and_goes(qtbot, demo, tmp_path):
    alerts = FakeKioskAlerts(consoles_online=0)
    window = build(demo, config.Config({"data.folder": str(tmp_path)}), None, alerts)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    assert show_guide_me(window)
    window.access_panel.open()
    note = window.access_panel.speech_note.subtitle
    assert words(window) == desk_words(window, "ko")
    assert note.text() == tr("access.no_speech.desk", "ko")
    alerts.consoles_change(1)  # a desk's console comes online: told by the network thread
    qtbot.waitUntil(lambda: words(window) == call_words(window, "ko"), timeout=20000)
    assert note.text() == tr("access.no_speech.call", "ko")
    alerts.consoles_change(1, connected=False)  # the broker is lost
    qtbot.waitUntil(lambda: words(window) == desk_words(window, "ko"),
                    timeout=20000)
    assert note.text() == tr("access.no_speech.desk", "ko")
    # A call already open is joined by a tap whatever the link does: it stays "calling".
    alerts.consoles_change(1)
    qtbot.waitUntil(lambda: window.ctx.calls.can_call, timeout=20000)
    window.ctx.calls.call()
    alerts.consoles_change(0)
    qtbot.waitUntil(lambda: alerts.consoles_online == 0 and not window.ctx.calls.can_call,
                    timeout=20000)
    assert window.help_button.heading.text() == tr("help.button.calling", "ko")
    assert words(window)["guide"] == tr("route.guide_me", "ko")


@in_looks(high_contrast=False)
def test_the_words_are_whole_whether_a_call_can_go_or_not(qtbot, demo, tmp_path, look):
    alerts = FakeKioskAlerts(consoles_online=0)
    window = kiosk_in(look, demo, tmp_path, qtbot, alerts=alerts)
    found = []
    for online in (0, 1):
        alerts.consoles_change(online)
        wear(window, look)
        assert show_guide_me(window)
        settle(qtbot)
        assert words(window) == (call_words(window, look.lang) if online
                                 else desk_words(window, look.lang))
        with text_fit.watch_elisions() as cut:
            window.grab()
        found += [f"{online}: cut {text!r}" for text in cut]
        found += [f"{online}: {problem}" for problem in clip_check.clipped(window)]
    assert found == [], "\n".join(found)


def test_the_tour_pictures_a_desk_that_answers_and_a_kiosk_without_calls(qtbot, demo,
                                                                         tmp_path):
    cfg = config.Config({"data.folder": str(tmp_path)})
    window = build(demo, cfg, None, PicturedDesk())
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.ctx.session.set_language("en")
    footers, guide = {}, {}
    for name in tour(window, demo):
        footers[name] = window.help_button.heading.text()
        if name == "route-guide-me":
            guide = words(window)
    assert footers.pop("help") == tr("help.button.calling", "en")  # the tap called
    assert set(footers.values()) == {tr("help.button", "en")}, footers
    assert guide == call_words(window, "en")
    assert window.ctx.calls.open_call is None

    bare = build(demo, cfg)
    qtbot.addWidget(bare)
    bare.resize(1920, 1080)
    bare.show()
    bare.ctx.session.set_language("en")
    shown = {name: words(bare) for name in no_call_states(bare, settle)}
    assert list(shown) == ["nocall-help", "nocall-route-guide-me", "nocall-desk-way"]
    assert shown["nocall-route-guide-me"] == desk_words(bare, "en")
    assert bare.help_overlay.title.text() == tr("route.guide_me.desk", "en")  # the tap's


@in_looks(high_contrast=False)
def test_help_while_calling_shows_every_word_whole(qtbot, demo, tmp_path, look):
    """The tour's help with a desk online: the dialog calling, its needs, Cancel and "Close
    (the call stays on)", whose words were cut at 200 % in portrait (side by side with Cancel)."""
    window = kiosk_in(look, demo, tmp_path, qtbot, alerts=FakeKioskAlerts())
    window.help_overlay.open()
    settle(qtbot)
    assert window.ctx.calls.open_call is not None
    # As keys open it: Close has the focus, whose ring is wider than its border.
    window.help_overlay.close_button.setFocus()
    settle(qtbot)
    found = clip_check.clipped(window.help_overlay)  # every label and button, as laid out
    assert found == [], "\n".join(found)


def test_without_a_call_system_the_english_reads_as_english_and_says_what_a_tap_shows(
        qtbot, window):
    """Read by an English speaker: "Desk phone and way" and "Way to Information desk
    instead" read as translations, and "Help · desk phone" did not say that a tap shows the
    desk's number."""
    window.ctx.session.set_language("en")
    assert show_guide_me(window)
    shown = words(window)
    assert shown["footer"] == "Help · tap for number"
    assert shown["guide"] == "Phone or go to the desk"
    assert window.page("route").title() == "Go to the Information desk instead"
    window.ctx.session.set_language("ko")
    assert words(window)["footer"] == "도움 · 전화번호 보기"
