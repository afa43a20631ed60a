"""Words a visitor reads as one stay on one line (units.keep_units): "about" and its number,
a word and the phone number it names, a Korean verb and its helping verb; and the week's
hours written as English writes them ("Mon closed", not "Mon Closed")."""
from __future__ import annotations

from kiosk.directory.charter_text import week_text, window_lines
from kiosk.directory.model import Hours
from kiosk.directory.units import NBSP, keep_units


def test_about_and_its_number_stay_together():
    assert keep_units("13 m · about 1 min") == f"13{NBSP}m · about{NBSP}1{NBSP}min"
    assert keep_units("8m · 걸어서 약 1분") == f"8m · 걸어서 약{NBSP}1분"
    assert keep_units("할인약 3") == "할인약 3"  # "약" only as a word of its own


def test_a_word_and_its_phone_number_stay_together():
    assert keep_units("전화 02-3677-0371~0372") == f"전화{NBSP}02-3677-0371~0372"
    assert keep_units("Fax 02-507-5895") == f"Fax{NBSP}02-507-5895"
    assert keep_units("room 0 is open") == "room 0 is open"


def test_a_korean_verb_and_its_helping_verb_stay_together():
    assert keep_units("함께 가 드립니다.") == f"함께 가{NBSP}드립니다."
    assert keep_units("주세요 드립니다") == f"주세요{NBSP}드립니다"
    assert keep_units("안내 드립니다는") == "안내 드립니다는"  # not a word that only starts so


def test_every_service_windows_numbers_stay_with_their_names(demo):
    lines = [line for service in demo.services for lang in ("ko", "en")
             for line in window_lines(demo, service, lang)]
    contacts = [line for line in lines if "02-" in line]
    assert contacts
    for line in contacts:
        for label in ("전화", "팩스", "Phone", "Fax"):
            assert f"{label} 0" not in line, line


def test_a_closed_day_is_written_as_english_writes_it():
    week = Hours(id="h", name=None, mon="", tue="09:00-22:00", wed="09:00-22:00",
                 thu="09:00-22:00", fri="09:00-22:00", sat="09:00-17:00", sun="09:00-17:00")
    assert week_text(week, "en").startswith("Mon closed · ")
    assert week_text(week, "ko").startswith("월요일 휴관 · ")
