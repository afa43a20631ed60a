"""Help at 200 % on a landscape screen, a call sent: the call's words above the needs are
packed tighter than other dialogs', so that four of the six needs show whole at once above
the fold (two did, the rest under "▼ More below"), in Korean and English; no words cut."""
from __future__ import annotations

import pytest
from fold_check import cut_at_the_fold
from looks import Look, kiosk_in, settle

from kiosk.ui.screenshots.desk import PicturedDesk


def needs_seen(window) -> int:
    overlay = window.help_overlay
    return sum(b.visibleRegion().boundingRect() == b.rect() for b in overlay.needs.values())


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_four_needs_show_at_once_at_200_in_landscape(qtbot, demo, tmp_path, lang):
    window = kiosk_in(Look(lang, "landscape", 2.0), demo, tmp_path, qtbot,
                      alerts=PicturedDesk("lobby"))
    window.help_overlay.open()
    settle(qtbot)
    qtbot.waitUntil(lambda: window.help_overlay.need_columns == 2)
    settle(qtbot)
    assert needs_seen(window) >= 4
    assert cut_at_the_fold(window.help_overlay.sheet.widget()) == []


def test_portrait_keeps_the_dialogs_spacing(qtbot, demo, tmp_path):
    """Tall enough for a column of needs: nothing packed there."""
    window = kiosk_in(Look("en", "portrait", 2.0), demo, tmp_path, qtbot,
                      alerts=PicturedDesk("lobby"))
    window.help_overlay.open()
    settle(qtbot)
    assert window.help_overlay.body.spacing() == window.ctx.theme.px(24)
