"""The screen that says what became of a message or a card and the footer's help beside it
never contradict each other. The footer offers a call while a console is online (any
console); a note is delivered only to a console of its department. With only a console of
other departments online the footer said "Call for help" while the screen said the message
would be passed on "when the desk connects": now it says the note waits for the staff who
handle it, and keeps "when the desk connects" for a kiosk no call can leave."""
from __future__ import annotations

import pytest
from helpers import keep_messages
from looks import settle

from kiosk.calls.memory_alerts import MemoryAlerts
from kiosk.directory import config
from kiosk.directory.strings import tr
from kiosk.ui.app import build
from kiosk.ui.screenshots.messages import message_states
from kiosk.ui.screenshots.visit import visit_end_states
from kiosk.ui.widgets.text_fit import breakable


def shown_at(window, states, name: str, read) -> str:
    """`read(window)` while the tour's state `name` shows."""
    for state in states:
        if state == name:
            return read(window)
    raise AssertionError(f"{name} was not reached")


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("connected", [True, False], ids=["desk-online", "no-desk"])
def test_the_sent_screens_and_the_footer_agree(qtbot, demo, tmp_path, lang, connected):
    cfg = config.Config({"data.folder": str(tmp_path)})
    # The notes ride no link: no console of their department is online, whatever the calls'
    window = build(demo, cfg, None, MemoryAlerts(connected=connected))
    qtbot.addWidget(window)
    keep_messages(window, tmp_path / "notes")
    window.resize(1920, 1080)
    window.show()
    window.ctx.session.set_language(lang)
    phone = breakable(window.ctx.desk_phone)
    footer = window.help_button.heading.text()
    assert (footer == tr("help.button", lang)) is connected  # a tap calls only with a desk

    message = shown_at(window, message_states(window, settle), "message-sent",
                       lambda w: w.current_page().done_text.text())
    card = shown_at(window, visit_end_states(window, settle), "feedback-done",
                    lambda w: w.page("feedback").done.text.text())
    assert window.help_button.heading.text() == footer
    if connected:
        assert message == tr("message.sent.held.body", lang, phone=phone)
        assert card.startswith(tr("feedback.held.body", lang) + " ")
    else:
        assert message == tr("message.sent.stored.body", lang, phone=phone)
        assert card.startswith(tr("feedback.queued.body", lang) + " ")


def test_the_words_follow_the_desk_as_it_comes(qtbot, demo, tmp_path):
    """The screen still showing when a console comes online (of other departments): its
    words change with the footer's."""
    desk = MemoryAlerts(connected=True, consoles_online=0)
    window = build(demo, config.Config({"data.folder": str(tmp_path)}), None, desk)
    qtbot.addWidget(window)
    keep_messages(window, tmp_path / "notes")
    window.resize(1920, 1080)
    window.show()
    window.ctx.session.set_language("en")
    states = message_states(window, settle)
    page = shown_at(window, states, "message-sent", lambda w: w.current_page())
    phone = breakable(window.ctx.desk_phone)
    assert page.done_text.text() == tr("message.sent.stored.body", "en", phone=phone)
    desk.consoles_online = 1
    with qtbot.waitSignal(window.ctx.messages.changed, timeout=2000):
        desk.on_change()  # as the link reports a console's presence
    assert window.help_button.heading.text() == tr("help.button", "en")
    assert page.done_text.text() == tr("message.sent.held.body", "en", phone=phone)
