"""The closing question as a visit ends is one compact strip above the footer that covers none
of home's four ways in, in every look (ko/en × landscape/portrait × 100/150/200 % × both
palettes × full height and lowered): a tap on a way in opens it while the question shows, and
only a tap on the strip opens the faces, each then whole, on screen and readable as drawn."""
from __future__ import annotations

import pytest
from helpers import FakeSpeech, keys
from looks import BAND_CUTS, CONTRASTS, POSITIONS, Look, hidden_part, in_looks, kiosk_in, settle
from pixel_contrast import drawn_contrast
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui.screens import survey as survey_module
from kiosk.ui.screens.home import TILES

LARGE_PX = 24  # WCAG's large text (as ui/test_tour_contrast.py)


def end_a_visit(qtbot, window):
    window.navigate(("floors",))
    qtbot.mouseClick(window.home_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.visit_end.strip.asking())
    settle(qtbot)
    return window.visit_end.strip


def on_window(window, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def shown_of(window, tile) -> QRect:
    """What shows of a way in: its rect on the window within home's scrolled view."""
    view = window.page("home").scroll.viewport()
    return on_window(window, tile).intersected(on_window(window, view))


def least_contrast(widget, high_contrast: bool) -> float:
    font = widget.font()
    large = font.pixelSize() >= LARGE_PX or (font.bold() and font.pixelSize() >= 19)
    return 7.0 if high_contrast else 3.0 if large else 4.5


@in_looks(high_contrast=CONTRASTS, low_position=POSITIONS)
def test_the_question_covers_no_way_in_and_opens_into_readable_faces(qtbot, demo, tmp_path,
                                                                      look):
    window = kiosk_in(look, demo, tmp_path, qtbot,
                      settings=BAND_CUTS[look.shape] if look.low_position else None)
    window.activateWindow()
    home = window.page("home")
    for i, (route, _title, _sub) in enumerate(TILES):
        strip = end_a_visit(qtbot, window)
        question = on_window(window, strip)
        assert window.content_rect().contains(question), "the question leaves the reach band"
        for tile in home.tiles:
            assert not shown_of(window, tile).intersects(question), \
                f"{tile.objectName()} {shown_of(window, tile)} under the question {question}"
        tile = home.tiles[i]
        centre = on_window(window, tile).center()
        assert shown_of(window, tile).contains(centre), f"{tile.objectName()}: centre hidden"
        target = window.childAt(centre)
        assert target is tile or tile.isAncestorOf(target), f"{target} over {route}"
        qtbot.mouseClick(target, Qt.LeftButton, pos=target.mapFrom(window, centre))
        settle(qtbot)
        assert window.route == route and not window.visit_end.showing()

    strip = end_a_visit(qtbot, window)
    qtbot.mouseClick(strip.ask, Qt.LeftButton)
    survey = window.visit_end.survey
    qtbot.waitUntil(survey.isVisible)
    settle(qtbot)
    assert not strip.asking()
    for widget in (survey.title, *(face.words for face in survey.faces.values())):
        owner = widget.parentWidget() if widget is not survey.title else widget
        problem = hidden_part(window, owner)
        assert not problem, f"{widget.text()}: {problem}"
        drawn = drawn_contrast(widget)
        assert drawn.ratio >= least_contrast(widget, look.high_contrast), str(drawn)


def test_it_says_the_question_and_keys_act_on_home_until_it_is_opened(qtbot, demo, tmp_path):
    speech = FakeSpeech()
    window = kiosk_in(Look("en", "landscape", 1.0), demo, tmp_path, qtbot, speech=speech)
    window.ctx.session.set_profile(window.ctx.session.profile.toggled("speech"))
    window.idle.idle_timer.setInterval(2**31 - 1)
    strip = end_a_visit(qtbot, window)
    qtbot.waitUntil(lambda: any("Did you find what you needed?" in t for t, _ in speech.said))
    assert not strip.isAncestorOf(QApplication.focusWidget())  # it takes no focus
    # Keys move on home as before: the tiles, then down to the strip's two controls.
    keys(qtbot, window, Qt.Key_Down)
    assert QApplication.focusWidget() is window.page("home").tiles[0]
    for _ in range(12):
        if QApplication.focusWidget() is strip.ask:
            break
        keys(qtbot, window, Qt.Key_Down)
    assert QApplication.focusWidget() is strip.ask and strip.ask.hasFocus()
    keys(qtbot, window, Qt.Key_Right)
    assert QApplication.focusWidget() is strip.close_button
    keys(qtbot, window, Qt.Key_Left, Qt.Key_Return)  # opens the faces, which take the keys
    survey = window.visit_end.survey
    qtbot.waitUntil(survey.isVisible)
    assert survey.isAncestorOf(QApplication.focusWidget())
    keys(qtbot, window, Qt.Key_Escape)
    assert not window.visit_end.showing()


@pytest.mark.parametrize("shape", ["landscape", "portrait"])
def test_close_and_its_own_time_end_it_and_the_ways_in_stay_put(qtbot, demo, tmp_path,
                                                                 monkeypatch, shape):
    window = kiosk_in(Look("ko", shape, 1.0), demo, tmp_path, qtbot)
    home = window.page("home")
    strip = end_a_visit(qtbot, window)
    qtbot.mouseClick(strip.close_button, Qt.LeftButton)
    assert not window.visit_end.showing() and window.route == ("home",)
    ways_in = [on_window(window, tile) for tile in home.tiles]
    monkeypatch.setattr(survey_module, "SHOW_SECONDS", 0.05)
    window.navigate(("floors",))
    # Waited for by its own timer: polled for, a question that stays 50 ms may come and go
    # unseen on a loaded machine.
    with qtbot.waitSignal(strip.timer.timeout, timeout=20000):
        qtbot.mouseClick(window.home_button, Qt.LeftButton)
    settle(qtbot)
    assert not strip.asking()
    assert window.route == ("home",) and window.visit_end._survey is None  # never opened
    # Gone by itself, home keeps its room: no way in moves under a finger on its way.
    assert [on_window(window, tile) for tile in home.tiles] == ways_in
    window.navigate(("search",))
    assert not strip.isVisible()  # home left: its room goes back to it


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_strip_is_one_line(qtbot, demo, tmp_path, lang):
    """The question's words on one line beside Close at the largest text on the narrow
    screen, in its short form where the whole question would wrap."""
    window = kiosk_in(Look(lang, "portrait", 2.0), demo, tmp_path, qtbot)
    strip = end_a_visit(qtbot, window)
    heading = strip.ask.heading
    assert heading.height() < 2 * heading.fontMetrics().lineSpacing()
    assert heading.fontMetrics().horizontalAdvance(heading.text()) <= heading.width()
