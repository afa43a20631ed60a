"""'Did you find what you needed?': asked as a visit that used the kiosk ends (home, or the
idle reset), compact until tapped (test_survey_strip.py), then five faces named in words and
an optional fixed reason, kept as survey records; it never stands in the next visitor's way."""
from __future__ import annotations

import pytest
from helpers import FakeSpeech, find, keys, tap
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.directory import config
from kiosk.records.log import records_of
from kiosk.ui.app import build
from kiosk.ui.screens import survey as survey_module
from kiosk.ui.screens.survey_strip import SurveyStrip
from kiosk.ui.widgets.faces import FaceButton


def end_a_visit(qtbot, window):
    """Ends a visit and opens the question into its faces, as the visitor's tap does."""
    window.navigate(("floors",))
    tap(qtbot, window.home_button)
    qtbot.waitUntil(lambda: window.visit_end.strip.asking())
    tap(qtbot, window.visit_end.strip.ask)
    qtbot.waitUntil(lambda: window.visit_end.survey.isVisible())
    return window.visit_end.survey


def answers(cfg):
    return records_of(cfg.data_dir).latest("survey")


def test_a_face_and_a_reason_make_one_record(qtbot, window, cfg):
    survey = end_a_visit(qtbot, window)
    assert [f.words.text() for f in survey.faces.values()] == [
        "전혀 못 찾음", "거의 못 찾음", "보통", "대체로 찾음", "모두 찾음"]
    assert not survey.reasons["place"].isVisible()
    tap(qtbot, survey.faces[2])
    assert survey.faces[2].words.text().startswith("✓ ")  # the choice in words, not colour
    assert answers(cfg)[0]["face"] == 2 and answers(cfg)[0]["reason"] == ""
    tap(qtbot, survey.reasons["place"])
    (record,) = answers(cfg)
    assert (record["face"], record["reason"], record["lang"]) == (2, "place", "ko")
    assert record["kiosk"] == "lobby"
    qtbot.waitUntil(lambda: not survey.isVisible(), timeout=10000)  # thanks, then gone


def test_nothing_is_asked_when_only_home_was_seen(qtbot, window):
    window.navigate(("home",))
    window.idle.reset_visit()
    QApplication.processEvents()
    assert window.visit_end._survey is None or not window.visit_end.survey.isVisible()


def test_a_tap_elsewhere_closes_it_and_does_what_it_was_for(qtbot, window, cfg):
    survey = end_a_visit(qtbot, window)
    tile = find(window, "Tile-floors")
    corner = tile.rect().topLeft() + tile.rect().center() / 4  # clear of the panel
    tap(qtbot, tile, corner)
    assert window.route == ("floors",) and not survey.isVisible()
    assert answers(cfg) == []


def test_it_closes_by_itself_and_the_idle_reset_still_ends_at_home(qtbot, window, monkeypatch):
    monkeypatch.setattr(survey_module, "SHOW_SECONDS", 0.05)
    shown = []  # seen as it shows: on a busy machine 50 ms can pass before a poll looks
    real_show = SurveyStrip.show_question
    monkeypatch.setattr(SurveyStrip, "show_question",
                        lambda self: (real_show(self), shown.append(self.asking())))
    window.ctx.session.set_language("en")
    window.navigate(("services",))
    window.idle.reset_visit()  # the idle reset ends the visit: the question follows it
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    strip = window.visit_end.strip
    assert shown == [True]
    assert window.route == ("home",) and window.ctx.session.language == "ko"
    qtbot.waitUntil(lambda: not strip.asking(), timeout=20000)
    assert window.route == ("home",)
    # Opened, it closes by itself too: the strip kept until it is tapped, then the open
    # question given 50 ms (seen as it opens: a poll could come after it closed again).
    monkeypatch.setattr(survey_module, "SHOW_SECONDS", 600)
    window.navigate(("floors",))
    tap(qtbot, window.home_button)
    qtbot.waitUntil(lambda: window.visit_end.strip.asking(), timeout=20000)
    monkeypatch.setattr(survey_module, "SHOW_SECONDS", 0.05)
    opened = []
    survey = window.visit_end.survey
    survey_open = type(survey).open
    monkeypatch.setattr(type(survey), "open",
                        lambda self: (survey_open(self), opened.append(self.isVisible())))
    tap(qtbot, window.visit_end.strip.ask)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert opened == [True]
    qtbot.waitUntil(lambda: not survey.isVisible(), timeout=20000)
    assert not window.visit_end.showing()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_keys_reach_every_face_with_a_ring_and_speech_reads_it(qtbot, demo, tmp_path, lang):
    speech = FakeSpeech()
    cfg = config.Config({"data.folder": str(tmp_path)})
    window = build(demo, cfg, speech)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.ctx.session.set_language(lang)
    window.ctx.session.set_profile(window.ctx.session.profile.toggled("speech"))
    survey = end_a_visit(qtbot, window)
    qtbot.waitUntil(lambda: any(survey.title.text() in t for t, _ in speech.said))
    assert QApplication.focusWidget() is survey.close_button
    keys(qtbot, window, Qt.Key_Up, Qt.Key_Left, Qt.Key_Left, Qt.Key_Left)
    reached = set()
    for _ in range(6):
        focus = QApplication.focusWidget()
        assert isinstance(focus, FaceButton) and survey.isAncestorOf(focus)
        assert focus.hasFocus()  # ringed: the theme's :focus border
        reached.add(focus.score)
        keys(qtbot, window, Qt.Key_Right)
    assert reached == {1, 2, 3, 4, 5}
    assert any(survey.faces[5].words.text() in t for t, _ in speech.said)  # focus is said
    keys(qtbot, window, Qt.Key_Return)
    assert answers(cfg)[0]["face"] == QApplication.focusWidget().score
    keys(qtbot, window, Qt.Key_Escape)  # closes it, as any dialog
    assert not survey.isVisible()


def test_without_records_the_question_still_closes_politely(qtbot, window):
    window.ctx.keep_record = None
    survey = end_a_visit(qtbot, window)
    tap(qtbot, survey.faces[5])
    tap(qtbot, survey.reasons["other"])
    assert survey.title.text() == "고맙습니다. 안녕히 가세요."
