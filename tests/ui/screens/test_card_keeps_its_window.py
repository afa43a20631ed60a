"""A room's card in Korean, portrait, at 200 %: the window keeps the size it was given, and a
text size the kiosk does not offer is refused before anything is laid out at it. Asked for
with a percentage (200 for 2.0), every size on screen grew 100 times and the window with
them, to 8,386,641 x 16,777,215 px and the process past 1.6 GB; 20 shows the same growth
within a test's means."""
from __future__ import annotations

import pytest
from looks import Look, kiosk_in, settle
from PySide6.QtCore import QSize

from kiosk.directory.accessibility import Profile

PORTRAIT = Look("ko", "portrait", 2.0)


@pytest.mark.parametrize("asked", [20.0, 1.25])
def test_a_text_size_not_offered_leaves_the_cards_window_as_it_was(qtbot, demo, tmp_path,
                                                                   asked):
    window = kiosk_in(PORTRAIT, demo, tmp_path, qtbot)
    desk = next(r for r in demo.rooms if r.kind == "desk")
    window.navigate(("card", "rooms", desk.id))
    settle(qtbot)
    before = window.ctx.session.profile
    refusal = ""
    try:
        window.ctx.session.set_profile(Profile(zoom=asked))
    except ValueError as error:
        refusal = str(error)
    settle(qtbot)
    assert window.size() == QSize(*PORTRAIT.size)
    assert window.grab().size() == QSize(*PORTRAIT.size)
    assert window.ctx.theme.zoom == 2.0 and window.ctx.session.profile == before
    assert "200 % is 2.0" in refusal
