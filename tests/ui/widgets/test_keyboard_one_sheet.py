"""A keyboard's letters are fitted once, to the width its screen gives it, before its first
paint. Fitted first to the width of a keyboard not yet laid out, then again to its own, they
set its style sheet twice, and each sheet polishes every key: 21 ms of the search screen's
first opening at 200 %."""
from __future__ import annotations

from looks import in_looks, kiosk_in, settle
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.ui.widgets.keyboard import TouchKeyboard


@in_looks(lang="ko", zoom=(1.0, 2.0))
def test_search_opened_first_sets_its_keyboard_sheet_once(qtbot, demo, tmp_path, look,
                                                          monkeypatch):
    sheets = []

    def counted(self, sheet):
        sheets.append(sheet)
        QWidget.setStyleSheet(self, sheet)

    monkeypatch.setattr(TouchKeyboard, "setStyleSheet", counted)
    window = kiosk_in(look, demo, tmp_path, qtbot)
    window.navigate(("search",))
    settle(qtbot)
    keyboard = window.page("search").keyboard
    assert len(sheets) == 1, sheets
    # ... and that one sheet holds the letters as fitted to the keyboard's own width.
    fitted = dict(keyboard.room.letter_sizes)
    keyboard.room.fit_letters(keyboard.width())
    assert keyboard.room.letter_sizes == fitted
    letter = next(k for k in keyboard.findChildren(QPushButton)
                  if k.property("letters") == "ko" and k.isVisible())
    assert letter.font().pixelSize() == fitted["ko"]
