"""Low position: every button of every dialog lies wholly inside the reach band (400 to
1,220 mm above the floor), on screen and inside its dialog, in both orientations and at every
text size. A dialog taller than the band scrolls, shows that it does, and brings each of its
buttons fully into view and into reach."""
from __future__ import annotations

from dialogs import clipped_by, each_dialog, on_window, scroll_area_of
from helpers import FakeKioskAlerts, FakeSpeech, find, tap
from looks import BAND_CUTS, SMALLEST, in_looks, kiosk_in
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton


def kiosk(qtbot, demo, tmp_path, look, alerts=None):
    """Mounted where the reach band cuts the screen."""
    return kiosk_in(look, demo, tmp_path, qtbot, BAND_CUTS[look.shape], FakeSpeech(), alerts)


def out_of_reach(win, overlay) -> list[str]:
    """Each of the dialog's buttons, scrolled into view where the dialog scrolls, that is not
    wholly inside the band, the window, its dialog and every parent (a scroll area's view)."""
    top, bottom = win.ctx.geometry.reach_band(win.width(), win.height())
    band = QRect(0, top, win.width(), bottom - top)
    panel = on_window(overlay.panel)
    problems = []
    if not band.contains(panel):
        problems.append(f"the dialog {panel.getCoords()} leaves the band {band.getCoords()}")
    for b in overlay.panel.findChildren(QAbstractButton):
        if not b.isVisibleTo(overlay):
            continue
        name = b.text() or b.accessibleName() or b.objectName()
        area = scroll_area_of(b)
        if area is not None:
            bar = area.verticalScrollBar()
            if bar.maximum() > 0 and not bar.isVisible():
                problems.append(f"{name!r}: its area scrolls without showing it")
            area.ensureWidgetVisible(b, 0, 0)
        rect = on_window(b)
        for where, box in (("band", band), ("window", win.rect()), ("dialog", panel)):
            if not box.contains(rect):
                problems.append(f"{name!r} {rect.getCoords()} leaves the {where} "
                                f"{box.getCoords()}")
        cut = clipped_by(b, overlay.panel)
        if cut is not None:
            problems.append(f"{name!r} is cut off by {cut.objectName() or type(cut).__name__}")
    return problems


@in_looks(lang="ko", low_position=True)
def test_every_button_of_every_dialog_is_within_reach(qtbot, demo, tmp_path, look):
    alerts = FakeKioskAlerts(consoles_online=0)
    win = kiosk(qtbot, demo, tmp_path, look, alerts)
    top, bottom = win.ctx.geometry.reach_band(win.width(), win.height())
    assert top > 0 or bottom < win.height()  # the band does cut the screen
    found, seen = [], []
    for name, overlay in each_dialog(win, alerts):
        seen.append(name)
        found += [f"{name}: {p}" for p in out_of_reach(win, overlay)]
    assert seen == ["idle", "help", "help-calling", "access", "pin"]
    assert found == []


@in_looks(lang="ko", zoom=SMALLEST)
def test_choosing_the_wheelchair_keeps_the_panel_within_reach(qtbot, demo, tmp_path, look):
    """The panel, open at full height, moves into the band the moment the visitor chooses."""
    win = kiosk(qtbot, demo, tmp_path, look)
    tap(qtbot, win.access_button)
    tap(qtbot, find(win, "Ready-wheelchair"))
    assert win.ctx.session.profile.low_position
    # As the visitor sees it: once the panel has laid itself out again (the speech settings
    # and notice follow the new profile; the scroll bar shows at the next turn of the loop).
    qtbot.waitUntil(lambda: out_of_reach(win, win.access_panel) == [], timeout=2000)
    tap(qtbot, find(win, "AccessNormal"))  # reached: back to the full screen
    assert not win.ctx.session.profile.low_position
