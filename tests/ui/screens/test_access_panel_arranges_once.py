"""One choice in the accessibility panel arranges it once. A ready profile moves the text size
and palette (the theme's signal), the panel's place and its words (the profile's signal),
and each of them arranged the choices and fitted the title anew: three passes for one tap.
They are one pass now, run before the panel's next frame: no frame shows the choices as they
were arranged for the look before."""
from __future__ import annotations

import pytest
from helpers import FakeSpeech
from looks import Look, kiosk_in, settle
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QPushButton


class Passes(QObject):
    """Counts the panel's arranging passes, and at each frame painted of one of its choices
    whether a pass was still due (the frame would show the old arrangement)."""

    def __init__(self, panel, monkeypatch):
        super().__init__()
        self.panel = panel
        self.arranged = self.fitted = 0
        self.frames: list[bool] = []  # per frame: was a pass due?
        arrange, fit = panel._arrange, panel._fit_title

        def counted_arrange():
            self.arranged += 1
            arrange()

        def counted_fit():
            self.fitted += 1
            fit()

        monkeypatch.setattr(panel, "_arrange", counted_arrange)
        monkeypatch.setattr(panel, "_fit_title", counted_fit)
        for tile in panel.ready.values():
            tile.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Paint:
            self.frames.append(self.panel._arrange_due)
        return False

    def reset(self) -> None:
        self.arranged = self.fitted = 0
        self.frames.clear()


@pytest.fixture
def opened(demo, tmp_path, qtbot, monkeypatch):
    window = kiosk_in(Look("ko", "landscape", 1.0), demo, tmp_path, qtbot,
                      speech=FakeSpeech(available=True))
    qtbot.waitUntil(lambda: window.ctx.voice.available, timeout=3000)
    panel = window.access_panel
    passes = Passes(panel, monkeypatch)
    panel.open()
    assert passes.arranged == 1, "arranged before it shows, once"
    settle(qtbot)
    return window, panel, passes


@pytest.mark.parametrize("control", ["Ready-low_vision", "Ready-blind", "Zoom-200",
                                     "Toggle-high_contrast", "Toggle-speech"])
def test_one_choice_arranges_the_panel_once_before_its_next_frame(opened, qtbot, control):
    window, panel, passes = opened
    passes.reset()
    before = window.ctx.session.profile
    panel.findChild(QPushButton, control).click()
    assert window.ctx.session.profile != before
    qtbot.waitUntil(lambda: bool(passes.frames), timeout=3000)  # a frame of the new look
    settle(qtbot)
    assert (passes.arranged, passes.fitted) == (1, 1)
    assert not any(passes.frames), "a frame showed the arrangement made for the old look"
    assert panel._columns == (2 if panel._two_columns() else 1)


def test_a_new_language_arranges_it_once(opened, qtbot):
    window, panel, passes = opened
    passes.reset()
    window.ctx.session.set_language("en")
    settle(qtbot)
    assert (passes.arranged, passes.fitted) == (1, 1)
    assert panel.ready["wheelchair"].heading.text() == window.ctx.session.tr(
        "access.ready.wheelchair")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_opened_first_at_200_in_portrait_its_choices_fit_in_one_pass(demo, tmp_path, qtbot,
                                                                    monkeypatch, lang):
    """The first pass measures the choices as the window styles them: measured outside it (in
    Qt's default font) two columns were chosen at 200 % in portrait, wider than the panel."""
    window = kiosk_in(Look(lang, "portrait", 2.0), demo, tmp_path, qtbot)
    settle(qtbot)
    panel = window.access_panel
    passes = Passes(panel, monkeypatch)
    panel.open()
    settle(qtbot)
    assert passes.arranged == 1
    assert panel._columns == 1 == (2 if panel._two_columns() else 1)
    room = panel.sheet.viewport().width()
    for tile in panel.ready.values():
        assert tile.geometry().right() < room, (tile.objectName(), tile.geometry(), room)
