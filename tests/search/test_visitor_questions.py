"""What library visitors ask at the desk most (parking, Wi-Fi, lockers, lost and found,
printing and copying, opening hours) is found in the demo directory, in Korean and English,
as a service with its answer."""
from __future__ import annotations

import pytest

QUESTIONS = {
    "parking": ["주차", "주차장", "차", "파킹", "parking", "car park"],
    "wifi": ["와이파이", "무선인터넷", "wifi", "Wi-Fi", "wireless"],
    "locker-use": ["사물함", "보관함", "locker", "lockers"],
    "lost-and-found": ["분실물", "습득물", "lost and found", "lost property"],
    "printing-copying": ["프린트", "인쇄", "복사", "print", "printing", "copy", "photocopy"],
    "opening-hours": ["운영시간", "개관시간", "휴관일", "opening hours", "closed"],
}
CASES = [(service, query) for service, queries in QUESTIONS.items() for query in queries]


@pytest.mark.parametrize(("service", "query"), CASES)
def test_each_question_finds_its_service_among_the_first_answers(demo_index, service, query):
    hits = [(h.table, h.id) for h in demo_index.search(query, limit=3)]
    assert ("services", service) in hits, (query, hits)


@pytest.mark.parametrize("service", sorted(QUESTIONS))
def test_each_answer_is_said_in_both_languages_with_a_place_and_a_phone(demo, service):
    item = demo.get("services", service)
    assert item.description.ko and item.description.en
    assert demo.room(item.room) is not None and item.phone
    assert item.keywords.ko and item.keywords.en
