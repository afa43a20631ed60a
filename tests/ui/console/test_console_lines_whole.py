"""No line of words in the console is cut by the edge of a view it lies in: the side panel
(kiosks, messages, today's history), which scrolls as one where the window is short for it,
covers what its bottom edge would cut with "▼ More below", as the call lists cover a row.
At 150 and 200 % the edge once sliced the messages' hint ("Select a message, call the vis…"
and half a line under it), a message's row and today's first closed call."""
from __future__ import annotations

from dataclasses import replace

import pytest
from fold_check import cut_at_the_fold, laid_out, rows_cut_at_the_fold
from PySide6.QtCore import Qt
from test_console_large_text_layout import SCREENS

from kiosk.directory.accessibility import Profile
from kiosk.directory.strings import tr
from kiosk.ui.screenshots.console import desk_theme, desk_window
from kiosk.ui.screenshots.messages import _messages, away_person
from kiosk.ui.widgets import view_spans


def tour_desk(qtbot, demo, lang: str, profile: Profile, screen: str):
    win = desk_window(demo, _messages(demo, away_person(demo)), lang, desk_theme(profile),
                      SCREENS[screen])
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    win.tick.stop()  # a still picture: nothing moves on while it is read
    return win


def settled(qtbot, win) -> None:
    """The strip is where the side panel's edge cuts, once laid out (a turn of the loop).
    The page laid out first, until nothing on it moves: checked at once, a strip placed for
    the page as the last layout left it passed, 85 px tall over the first message's last
    41 px, where the next would place it 18 px tall under it (the rows' heights follow the
    messages' times, so it failed at some hours only)."""
    area = win.side_scroll
    laid_out(area.widget())

    def placed() -> bool:  # from the first thing cut down, or higher to hold its cue's words
        cut = view_spans.first_cut(area)
        return not area.isVisible() or cut is None or (
            win.side_more.isVisible() and win.side_more.y() <= cut)
    qtbot.waitUntil(placed, timeout=20000)


def cut_lines(win) -> list[str]:
    return cut_at_the_fold(win) + rows_cut_at_the_fold(win)


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high"])
@pytest.mark.parametrize("zoom", [1.0, 1.5, 2.0], ids=["100%", "150%", "200%"])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_no_line_is_cut_by_a_views_edge(qtbot, demo, lang, zoom, high_contrast, screen):
    """Each page where the calls and the rest take turns (200 % on the narrow screen)."""
    win = tour_desk(qtbot, demo, lang, Profile(zoom=zoom, high_contrast=high_contrast),
                    screen)
    found = []
    for page in ("calls", "side"):
        win.show_page(page)
        settled(qtbot, win)
        found += [f"{page}: {line}" for line in cut_lines(win)]
    assert found == [], "\n".join(found)


def test_the_strip_says_more_lies_below_and_a_click_on_it_shows_it(qtbot, demo):
    """At 150 % on the narrow screen the edge cuts the first message (its recipient named at
    length, so the cut does not hang on the demo's words): the strip covers it, says so in
    words, and a click scrolls it to the top of the view, whole."""
    notes = {key: replace(note, recipient=(note.recipient[0], note.recipient[1]
                                           + " (certificates, contracts and civil petitions)"))
             for key, note in _messages(demo, away_person(demo)).items()}
    win = desk_window(demo, notes, "en", desk_theme(Profile(zoom=1.5)), SCREENS["1280x1024"])
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    win.tick.stop()
    settled(qtbot, win)
    strip = win.side_more
    assert strip.isVisible()
    assert strip.words() == tr("console.more_below.side", "en")
    covered = strip.y()
    qtbot.mouseClick(strip, Qt.LeftButton)
    area = win.side_scroll
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() > 0, timeout=20000)
    settled(qtbot, win)
    view = win.messages.view
    row = view.visualRect(view.model().index(0, 0))
    top = view.viewport().mapTo(area.viewport(), row.topLeft()).y()
    assert 0 <= top < covered
    assert top + row.height() <= (strip.y() if strip.isVisible() else area.viewport().height())
    assert cut_lines(win) == []
