"""Green and yellow cards: the charter's clocks, anonymity, and what a card may hold."""
from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.feedback.cards import YELLOW_CATEGORIES, Card, CardError, phone_digits
from kiosk.feedback.survey import REASONS, survey_record

AT = 1_780_000_000.0
PHONE = "010-1234-5678"
DAY = 86400.0  # without office hours (no directory) the days are the wall clock's


@pytest.mark.parametrize(("category", "days"), [("unkind", 1), ("improvement", 7),
                                                 ("facilities", 3), ("collection", 3),
                                                 ("other", 3)])
def test_a_yellow_card_with_a_contact_runs_the_charters_clock(category, days):
    record = Card.make("yellow", category, "…", phone=PHONE, name="홍길동").record("lobby", AT)
    assert record["due"] == AT + days * DAY
    assert record["contact"] == "01012345678" and record["name"] == "홍길동"


def test_a_green_card_with_a_contact_is_answered_within_three_days():
    record = Card.make("green", "anything", "친절했어요", staff="s-01", phone=PHONE).record("k", AT)
    assert record["category"] == "praise" and record["staff"] == "s-01"
    assert record["due"] == AT + 3 * DAY


@pytest.mark.parametrize("colour", ["green", "yellow"])
def test_an_anonymous_card_has_no_clock_and_nothing_personal(colour):
    record = Card.make(colour, "unkind", "기다렸어요").record("lobby", AT)
    assert record["due"] is None and record["contact"] == "" and record["name"] == ""
    assert set(record) == {"id", "at", "kiosk", "colour", "category", "staff", "text",
                           "contact", "name", "due", "answered_at", "answered_by",
                           "purged_at"}


@pytest.mark.parametrize(("colour", "category"), [("red", "unkind"), ("yellow", "praise"),
                                                  ("yellow", ""), ("", "")])
def test_unknown_colours_and_categories_are_refused(colour, category):
    with pytest.raises(CardError):
        Card.make(colour, category)


@pytest.mark.parametrize("phone", ["1234", "02-12", "010-1234-5678-9999", "0１0-1234-5678",
                                   "010\x001234\x005678", "-1", "NaN", "+82 10 1234 5678"])
def test_a_phone_that_is_no_korean_number_is_refused(phone):
    assert phone_digits(phone) == ""
    with pytest.raises(CardError):
        Card.make("yellow", "other", phone=phone)


def test_a_name_without_a_phone_is_refused():
    with pytest.raises(CardError):
        Card.make("green", name="홍길동")


@given(text=st.text(max_size=2000), name=st.text(max_size=200))
def test_any_text_becomes_one_short_line_of_json(text, name):
    card = Card.make("yellow", "facilities", text, name=name, phone="02-3677-0371")
    line = json.dumps(card.record("lobby", AT), ensure_ascii=False)
    assert "\n" not in line and len(card.text) <= 300 and len(card.name) <= 30
    assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f for c in card.text + card.name)


def test_survey_records_take_only_a_face_and_a_fixed_reason():
    assert survey_record(5, "", kiosk="lobby", lang="ko", at=AT)["face"] == 5
    assert survey_record(1, REASONS[0], kiosk="lobby", lang="en", at=AT)["reason"] == "place"
    for face, reason in ((0, ""), (6, ""), (True, ""), (3.5, ""), (3, "I hate it"),
                         (3, YELLOW_CATEGORIES[0])):
        with pytest.raises(ValueError):
            survey_record(face, reason, kiosk="lobby", lang="ko", at=AT)
