"""The console in the tour's state read as an attendant reads it: words that say each thing
once and plainly. Found on the rendered console: "1층 · 1층 로비" said the floor twice; "+ 이곳
1명 더" stood on both calls of one kiosk at large text; a feedback card was "left at lobby"
(the kiosk's id); a message's one-tap purpose stayed in the visitor's language; the pictures'
destinations were typed copies ("종합자료실") of the directory's names; and the side page's
button ran "메시지 2 · 키오스크 · 오늘 · ⚠ 기한 지남 1건" as one phrase."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter

from kiosk.directory.accessibility import Profile
from kiosk.directory.strings import tr
from kiosk.ui.screenshots.console import PLACES, desk_theme, desk_window
from kiosk.ui.screenshots.messages import _cards, _messages, away_person, messages_panel


def shown(qtbot, demo, lang: str, zoom: float, size=(1920, 1080)):
    win = desk_window(demo, _messages(demo, away_person(demo)), lang,
                      desk_theme(Profile(zoom=zoom)), size)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    win.tick.stop()
    return win


def row_words(monkeypatch, view) -> list[list[str]]:
    """The texts painted for each row of `view`, row by row."""
    real, drawn = QPainter.drawText, []

    def record(painter, *args):
        drawn[-1].extend(a for a in args if isinstance(a, str))
        return real(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    model = view.model()
    for row in range(model.rowCount()):
        drawn.append([])
        view.scrollTo(model.index(row, 0))
        view.viewport().grab(view.visualRect(model.index(row, 0)))
    monkeypatch.undo()
    return drawn


@pytest.mark.parametrize("zoom", [1.0, 2.0], ids=["100%", "200%"])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_calls_place_says_its_floor_once(qtbot, monkeypatch, demo, lang, zoom):
    win = shown(qtbot, demo, lang, zoom)
    texts = [t for words in row_words(monkeypatch, win.calls_view) for t in words]
    texts.append(win.selected_label.text())
    lobby, floor = PLACES["lobby"].name_in(lang), PLACES["lobby"].floor_in(lang)
    assert any(lobby in t for t in texts)
    assert [t for t in texts if t.count(floor) > 1] == []


@pytest.mark.parametrize("zoom", [1.5, 2.0], ids=["150%", "200%"])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_at_large_text_each_of_two_calls_at_one_kiosk_says_its_own_part(
        qtbot, monkeypatch, demo, lang, zoom):
    """The earlier call's row says another visitor waits too, the later one's that an earlier
    call from there is open: the long form's meaning, each on its own call."""
    win = shown(qtbot, demo, lang, zoom, (1280, 1024))
    earlier, later = (" ".join(w) for w in row_words(monkeypatch, win.calls_view)[:2])
    also, second = tr("console.also_here.one", lang), tr("console.second_visitor.short", lang)
    assert also in earlier and second not in earlier
    assert second in later and also not in later


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_tours_destinations_are_the_directorys_names(qtbot, monkeypatch, demo, lang):
    win = shown(qtbot, demo, lang, 1.0)
    drawn = " ".join(t for words in row_words(monkeypatch, win.calls_view) for t in words)
    for room in ("2F-general", "4F-planning"):
        assert demo.room(room).name.get(lang) in drawn


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_card_is_left_at_the_kiosks_place_not_its_id(qtbot, demo, lang):
    theme = desk_theme(Profile())
    panel = messages_panel(_cards(demo, away_person(demo)), lang, theme)
    qtbot.addWidget(panel)
    model = panel.model
    texts = [model.data(model.index(r, 0), Qt.AccessibleTextRole)
             for r in range(model.rowCount())]
    assert texts and all(PLACES["lobby"].name_in(lang) in t for t in texts), texts
    by_id = tr("console.card.left", lang, kiosk="lobby", time="@").split("@")[0]  # its id
    assert not any(by_id in t for t in texts), texts


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_one_tap_purpose_is_said_in_the_consoles_language(qtbot, demo, lang):
    """The tour's messages chose their purposes in Korean and in English."""
    panel = messages_panel(_messages(demo, away_person(demo)), lang, desk_theme(Profile()))
    qtbot.addWidget(panel)
    model = panel.model
    texts = " ".join(model.data(model.index(r, 0), Qt.AccessibleTextRole)
                     for r in range(model.rowCount()))
    other = "en" if lang == "ko" else "ko"
    for key in ("message.purpose.loan", "message.purpose.document"):
        assert tr(key, lang) in texts and tr(key, other) not in texts


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_side_pages_button_names_its_sections_then_its_warnings(qtbot, demo, lang):
    win = shown(qtbot, demo, lang, 2.0, (1280, 1024))
    assert win.page_bar.isVisible()
    sections, warnings = win.page_buttons["side"].text().split("\n")
    assert sections == tr("console.page.side", lang, n=2)
    assert sections.count(" / ") == 2
    assert warnings.startswith("⚠") and tr("console.overdue", lang) in warnings
