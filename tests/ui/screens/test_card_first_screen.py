"""An away person's card at every text size, in both orientations and in the low position's
band: "Show me the way", "Leave a message" and whether the person is in show whole on the
first screen, as drawn, without scrolling."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.directory.accessibility import Profile
from kiosk.directory.store import Store
from kiosk.ui.screenshots.visitor import SIZES


def hidden_part(window, widget) -> str:
    if not widget.isVisible():
        return "not shown"
    if widget.visibleRegion().boundingRect() != widget.rect():
        return f"only {widget.visibleRegion().boundingRect()} of {widget.rect()} shows"
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not window.content_rect().contains(rect):
        return f"{rect} leaves {window.content_rect()}"
    return ""


@pytest.mark.parametrize("shape", list(SIZES))
@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("zoom, low", [(1.0, True), (1.5, True), (2.0, False), (2.0, True)])
def test_an_away_persons_card_shows_the_way_a_message_and_presence(
        qtbot, window, tmp_path, shape, lang, zoom, low):
    with Store(tmp_path / "kiosk-store") as store:
        window.ctx.messages.attach(KioskNotes("lobby", NoteBox(store)))
        window.idle.idle_timer.setInterval(2**31 - 1)
        window.resize(*SIZES[shape])
        window.ctx.session.set_language(lang)
        window.ctx.session.set_profile(Profile(zoom=zoom, low_position=low))
        window.navigate(("card", "staff", "s04"))
        for _ in range(6):
            QApplication.processEvents()
        card = window.current_page()
        wanted = {"Show me the way": card.findChild(QWidget, "ShowWayButton"),
                  "Leave a message": card.findChild(QWidget, "LeaveMessageButton"),
                  "presence": card.findChild(QLabel, "CardPresence")}
        assert window.ctx.session.tr("presence.away") in wanted["presence"].text()
        found = [f"{what}: {hidden_part(window, w)}" for what, w in wanted.items()
                 if hidden_part(window, w)]
        assert found == []
