"""An away person's card at every text size, in both orientations and in the low position's
band: "Show me the way", "Leave a message" and whether the person is in show whole on the
first screen, as drawn, without scrolling."""
from __future__ import annotations

from looks import LARGEST, POSITIONS, hidden_part, in_looks, settle, wear
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.directory.store import Store


@in_looks(lambda look: look.low_position or look.zoom == LARGEST, low_position=POSITIONS)
def test_an_away_persons_card_shows_the_way_a_message_and_presence(window, tmp_path, look):
    with Store(tmp_path / "kiosk-store") as store:
        window.ctx.messages.attach(KioskNotes("lobby", NoteBox(store)))
        wear(window, look)
        window.navigate(("card", "staff", "s04"))
        settle()
        card = window.current_page()
        wanted = {"Show me the way": card.findChild(QWidget, "ShowWayButton"),
                  "Leave a message": card.findChild(QWidget, "LeaveMessageButton"),
                  "presence": card.findChild(QLabel, "CardPresence")}
        assert window.ctx.session.tr("presence.away") in wanted["presence"].text()
        found = [f"{what}: {hidden_part(window, w)}" for what, w in wanted.items()
                 if hidden_part(window, w)]
        assert found == []
