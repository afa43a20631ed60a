"""The accessibility panel shows its choices, not its notice: in every look (both languages,
shapes, text sizes and palettes, full height and lowered where the reach band cuts the
screen), with speech unavailable (the notice shown) and with a voice speaking (rate and
volume shown), every choice shows whole at once or at least three whole ones do with the
scroll bar showing that more lie below; the notice that speech is unavailable shows whole,
first, and takes no more than a third of what the panel shows. Measured on the drawn
widgets (at 200 % in landscape the notice once took half the panel and one choice showed)."""
from __future__ import annotations

import pytest
from helpers import FakeSpeech
from looks import BAND_CUTS, LANGS, ZOOMS, Look, hidden_part, kiosk_in, settle, wear

LEAST_WHOLE = 3  # choices shown whole before any scrolling, where not all fit
NOTICE_SHARE = 1 / 3  # of the panel's scrolled area (it took half): the rest is the choices'


def choices(panel) -> list:
    return [w for w in (*panel.ready.values(), *panel.zoom.values(), *panel.toggles.values(),
                        panel.slower, panel.faster, panel.quieter, panel.louder)
            if w.isVisible()]


def problems(window, look: Look) -> list[str]:
    panel = window.access_panel
    panel.open()
    settle()
    shown = choices(panel)
    whole = [w for w in shown if not hidden_part(window, w)]
    found = []
    if len(whole) < min(LEAST_WHOLE, len(shown)):
        found.append(f"{look}: {len(whole)} of {len(shown)} choices show whole: "
                     f"{[w.objectName() for w in whole]}")
    bar = panel.sheet.verticalScrollBar()
    if len(whole) < len(shown) and not bar.isVisible():
        found.append(f"{look}: {len(shown) - len(whole)} choices lie below, no scroll bar says so")
    note = panel.speech_note
    if not panel.voice.available:
        if problem := hidden_part(window, note):
            found.append(f"{look}: the notice: {problem}")
        share = note.height() / panel.sheet.viewport().height()
        if share > NOTICE_SHARE:
            found.append(f"{look}: the notice takes {share:.0%} of the panel")
        if window.ctx.desk_phone.split("~")[0] not in note.heading.text().replace("\u200b", ""):
            found.append(f"{look}: the notice gives no phone number")
    panel.close_overlay()
    return found


@pytest.mark.parametrize("speaking", [False, True], ids=["speech-unavailable", "speaking"])
@pytest.mark.parametrize("low", [False, True], ids=["full", "low"])
@pytest.mark.parametrize("shape", ["landscape", "portrait"])
def test_the_panel_shows_its_choices_in_every_look(qtbot, demo, tmp_path, shape, low,
                                                    speaking):
    speech = FakeSpeech(available=speaking)
    first = Look("ko", shape, 1.0, low_position=low)
    window = kiosk_in(first, demo, tmp_path, qtbot, BAND_CUTS[shape] if low else None,
                      speech=speech)
    qtbot.waitUntil(lambda: window.ctx.voice.available == speaking, timeout=3000)
    found = []
    for lang in LANGS:
        for zoom in ZOOMS:
            for high in (False, True):
                look = Look(lang, shape, zoom, high, low)
                wear(window, look)
                if speaking:
                    window.ctx.session.set_profile(look.profile.toggled("speech"))
                    assert window.ctx.voice.on
                found += problems(window, look)
    assert found == [], "\n".join(found)


def test_a_notice_as_tall_as_the_panel_is_found(qtbot, demo, tmp_path):
    """The check can fail: the notice made taller than the panel's area hides the choices."""
    look = Look("en", "landscape", 1.0)
    window = kiosk_in(look, demo, tmp_path, qtbot, speech=FakeSpeech(available=False))
    qtbot.waitUntil(lambda: not window.ctx.voice.available, timeout=3000)
    assert problems(window, look) == []
    window.access_panel.speech_note.setMinimumHeight(window.height())
    found = "\n".join(problems(window, look))
    assert "choices show whole" in found and "of the panel" in found
