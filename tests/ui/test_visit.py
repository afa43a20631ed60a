"""A visit: language switch, help, larger text, and the idle reset that ends it."""
from __future__ import annotations

from pathlib import Path

from helpers import find, tap
from PySide6.QtCore import QPoint, Qt

from kiosk.directory import config
from kiosk.ui.app import build


def test_language_switch_changes_every_visible_text(qtbot, window):
    greeting = window.page("home").greeting
    assert greeting.text() == "반갑습니다. 무엇을 도와 드릴까요?"
    tap(qtbot, find(window, "LanguageButton"))
    assert greeting.text() == "Welcome. How may I help you?"
    assert find(window, "Tile-floors").heading.text() == "Floor directory"
    assert window.help_button.heading.text() == "Help · tap for number"  # no call system here
    tap(qtbot, find(window, "Tile-people"))
    assert window.title.text() == "Find a person"


def test_help_shows_the_desk_and_its_number(qtbot, window, demo):
    tap(qtbot, window.help_button)
    overlay = window.help_overlay
    assert overlay.isVisible()
    desk = next(r for r in demo.rooms if r.kind == "desk")
    assert overlay.phone.text() == desk.phone
    tap(qtbot, find(window, "HelpClose"))
    assert not overlay.isVisible()


def test_larger_text_scales_the_whole_screen(qtbot, window):
    tile = find(window, "Tile-floors")
    before = tile.heading.fontInfo().pixelSize()
    tap(qtbot, find(window, "AccessButton"))
    tap(qtbot, find(window, "Zoom-150"))
    tap(qtbot, find(window, "AccessDone"))
    assert window.ctx.theme.zoom == 1.5
    assert tile.heading.fontInfo().pixelSize() >= before * 1.4


def short_idle_window(qtbot, demo, tmp_path):
    cfg = config.Config({"data.folder": str(tmp_path), "idle.timeout": 0.3,
                         "idle.countdown": 2})
    win = build(demo, cfg)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    return win


def test_idle_asks_then_resets_the_visit(qtbot, demo, tmp_path):
    win = short_idle_window(qtbot, demo, tmp_path)
    tap(qtbot, find(win, "Tile-search"))
    win.page("search").set_query("대출")
    tap(qtbot, find(win, "LanguageButton"))
    tap(qtbot, find(win, "AccessButton"))
    tap(qtbot, find(win, "Zoom-150"))
    tap(qtbot, find(win, "AccessDone"))
    with qtbot.waitSignal(win.idle.countdown_started, timeout=3000):
        pass
    assert win.idle.overlay.isVisible()
    assert "4" in win.idle.overlay.text.text()  # 2 s, doubled: the visitor chose help
    with qtbot.waitSignal(win.idle.visit_reset, timeout=8000):
        pass
    assert win.route == ("home",)
    assert win.ctx.session.language == "ko"
    assert win.ctx.theme.zoom == 1.0
    assert win.page("search").composer.text == ""
    assert win.page("search").keyboard.mode == "ko"
    assert not win.idle.overlay.isVisible()


def test_more_time_keeps_the_visit(qtbot, demo, tmp_path):
    win = short_idle_window(qtbot, demo, tmp_path)
    tap(qtbot, find(win, "Tile-floors"))
    with qtbot.waitSignal(win.idle.countdown_started, timeout=3000):
        pass
    tap(qtbot, find(win, "IdleMore"))
    assert not win.idle.overlay.isVisible()
    assert win.route == ("floors",)
    assert win.idle.idle_timer.isActive()


def test_a_visit_that_ends_hands_the_freed_heap_back(qtbot, demo, tmp_path, monkeypatch):
    """glibc keeps what a visit's screens freed; the soak (benchmarks/soak.py) saw it grow
    2.5 MB per 1,000 taps until it was trimmed. The trim comes when the visit is reset."""
    from kiosk.ui.services import glyph_cache
    trims = []
    monkeypatch.setattr(glyph_cache, "release_free_memory", lambda: trims.append(1))
    win = short_idle_window(qtbot, demo, tmp_path)
    tap(qtbot, find(win, "Tile-floors"))
    assert trims == []
    with qtbot.waitSignal(win.idle.visit_reset, timeout=8000):
        pass
    assert trims == [1]


def test_a_visit_that_ends_empties_qts_pixmap_cache(qtbot, demo, tmp_path):
    """Qt's styles keep what they drew for a visit's screens in QPixmapCache, up to 10 MB: the
    soak read 5-10 MB of it after each idle reset, which the next visitor draws anew anyway."""
    from PySide6.QtGui import QPixmap, QPixmapCache
    win = short_idle_window(qtbot, demo, tmp_path)
    tap(qtbot, find(win, "Tile-floors"))
    assert QPixmapCache.insert("drawn for this visit", QPixmap(8, 8))
    with qtbot.waitSignal(win.idle.visit_reset, timeout=8000):
        pass
    assert QPixmapCache.find("drawn for this visit") is None


def test_a_visit_that_ends_lets_go_of_the_glyphs_it_drew(qtbot, window, monkeypatch):
    """Each font engine keeps every glyph it drew while a font uses it; the help modes' sizes
    multiply the engines, and the soak's heap grew with them, visit after visit. When a visit
    ends they go, though the fonts that drew them live on (as the screens' fonts do)."""
    from PySide6.QtGui import QFontInfo, QImage, QPainter

    from kiosk.ui.theme import FONT_FAMILIES
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from soak_memory import malloc_in_use_mb
    # Sizes no screen uses: what the screens draw again after the reset is not counted as kept.
    fonts = [window.ctx.theme.font(units, bold) for units in (29, 43) for bold in (False, True)]
    syllables = "".join(chr(0xAC00 + i) for i in range(0, 11172, 7))  # 1,596 of Hangul's
    with qtbot.waitSignal(window.idle.visit_reset, timeout=5000):  # what a reset builds, built
        window.idle.reset_visit()
    before = malloc_in_use_mb()
    image = QImage(1920, 120, QImage.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    for font in fonts:
        painter.setFont(font)
        for start in range(0, len(syllables), 40):
            painter.drawText(0, 80, syllables[start:start + 40])
    painter.end()
    drawn = malloc_in_use_mb() - before
    assert drawn > 8  # MB: the glyphs of four engines: more than the test's noise
    with qtbot.waitSignal(window.idle.visit_reset, timeout=5000):
        window.idle.reset_visit()
    kept = malloc_in_use_mb() - before
    assert kept < drawn / 4, f"{kept:.1f} of {drawn:.1f} MB kept"
    # The fonts live on, and find the kiosk's face again (not the font that emptied the cache).
    assert {QFontInfo(font).family() for font in fonts} == {FONT_FAMILIES[0]}


def test_idle_at_home_untouched_does_not_interrupt(qtbot, demo, tmp_path):
    win = short_idle_window(qtbot, demo, tmp_path)
    with qtbot.assertNotEmitted(win.idle.countdown_started, wait=800):
        pass


def test_you_are_here_comes_from_the_config(qtbot, demo, tmp_path):
    cfg = config.Config({"data.folder": str(tmp_path), "kiosk.floor": "2F",
                         "kiosk.x": 300.0, "kiosk.y": 450.0})
    win = build(demo, cfg)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    assert "2층" in win.here_label.text()
    win.navigate(("floor", "2F"))
    plan = win.page("floor").plan
    assert (plan.kiosk.x, plan.kiosk.y) == (300.0, 450.0)
    win.navigate(("floor", "1F"))
    assert plan.kiosk is None  # no marker on a floor the kiosk is not on


def test_search_index_waits_for_the_first_frame(qtbot, demo, tmp_path):
    from PySide6.QtWidgets import QWidget

    from kiosk.ui.after_first_frame import AfterFirstPaint

    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    AfterFirstPaint(widget, lambda: calls.append("index"))
    assert calls == []
    widget.show()
    qtbot.waitUntil(lambda: calls == ["index"], timeout=2000)
    widget.update()
    qtbot.wait(50)
    assert calls == ["index"]  # once only


def test_a_kiosk_or_floor_the_directory_lacks_is_a_config_error(qtbot, demo, tmp_path):
    import pytest

    with pytest.raises(config.ConfigError, match="kiosk.id 'nosuch' is not a kiosk"):
        build(demo, config.Config({"data.folder": str(tmp_path), "kiosk.id": "nosuch"}))
    with pytest.raises(config.ConfigError, match="kiosk.floor '9F' is not a floor"):
        build(demo, config.Config({"data.folder": str(tmp_path), "kiosk.floor": "9F"}))


def test_floor_tabs_are_navigation(qtbot, window):
    window.navigate(("floors",))
    window.navigate(("floor", "1F"))
    tap(qtbot, window.page("floor").tab_buttons["3F"])
    assert window.route == ("floor", "3F") and "3층" in window.title.text()
    tap(qtbot, find(window, "BackButton"))
    assert window.route == ("floors",)


def test_nothing_typed_survives_an_unattended_kiosk(qtbot, demo, tmp_path):
    win = short_idle_window(qtbot, demo, tmp_path)
    tap(qtbot, find(win, "Tile-search"))
    page = win.page("search")
    page.set_query("김성")
    tap(qtbot, page.keyboard.mode_buttons["digits"])
    tap(qtbot, find(win, "HomeButton"))
    with qtbot.waitSignal(win.ctx.session.reset_requested, timeout=3000):
        pass
    assert page.composer.text == "" and page.keyboard.mode == "ko"


def test_closing_the_countdown_any_way_gives_more_time(qtbot, demo, tmp_path):
    win = short_idle_window(qtbot, demo, tmp_path)
    tap(qtbot, find(win, "Tile-floors"))
    with qtbot.waitSignal(win.idle.countdown_started, timeout=3000):
        pass
    qtbot.keyClick(win, Qt.Key_Escape)
    assert not win.idle.overlay.isVisible() and not win.idle.tick_timer.isActive()
    assert win.route == ("floors",)
    with qtbot.waitSignal(win.idle.countdown_started, timeout=3000):
        pass
    tap(qtbot, win.idle.overlay, win.idle.overlay.rect().topLeft() + QPoint(5, 5))
    assert not win.idle.tick_timer.isActive()


def test_a_long_query_never_pushes_the_keyboard_off_screen(qtbot, window):
    window.resize(1080, 1920)
    window.navigate(("search",))
    page = window.page("search")
    for _ in range(80):
        page.type_key("가")
    assert len(page.composer.text) <= 60
    clear = page.keyboard.clear
    right = clear.mapTo(window, clear.rect().topRight()).x()
    assert right <= window.width()
    assert page.query.text().endswith("가")
