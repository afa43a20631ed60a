"""A keyboard's letters are fitted once, to the width its screen gives it, before its first
paint, and their sizes restyle only the keys on view. Fitted first to the width of a keyboard
not yet laid out, then again to its own, they were set twice; and set as one style sheet on
the whole keyboard, each polished all its 97 keys again, hidden modes' too: 21 ms of the
search screen's first opening at 200 %, each time."""
from __future__ import annotations

from collections import Counter

from looks import in_looks, kiosk_in, settle
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QPushButton


class Restyled(QObject):
    """Counts the style changes each push button receives."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: Counter = Counter()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.StyleChange and isinstance(obj, QPushButton):
            self.seen[obj] += 1
        return False


@in_looks(lang="ko", zoom=(1.0, 2.0))
def test_search_opened_first_restyles_only_the_keys_on_view_once(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot)
    counter = Restyled()
    QApplication.instance().installEventFilter(counter)
    try:
        window.navigate(("search",))
        settle(qtbot)
    finally:
        QApplication.instance().removeEventFilter(counter)
    keyboard = window.page("search").keyboard
    keys = keyboard.findChildren(QPushButton)
    hidden = [k for k in keys if not k.isVisible()]
    shown = [k for k in keys if k.isVisible() and k.property("letters") == "ko"]
    assert hidden and shown  # the other modes' keys; the Korean letters
    # Each key is restyled as the screen first shows; the fitted sizes restyle the letters on
    # view once more, the hidden modes' not at all (the whole keyboard's sheet did, twice).
    assert max(counter.seen[k] for k in hidden) < min(counter.seen[k] for k in shown)
    assert len({counter.seen[k] for k in shown}) == 1
    # ... and the letters on view are drawn at the size fitted to the keyboard's own width.
    fitted = dict(keyboard.room.letter_sizes)
    keyboard.room.fit_letters(keyboard.width())
    assert keyboard.room.letter_sizes == fitted
    letter = next(k for k in keys if k.property("letters") == "ko" and k.isVisible())
    assert letter.font().pixelSize() == fitted["ko"]
    # A mode shown later is given its size as it shows.
    keyboard.set_mode("en")
    settle(qtbot)
    letter = next(k for k in keys if k.property("letters") == "en" and k.isVisible())
    assert letter.font().pixelSize() == keyboard.room.letter_sizes["en"]
