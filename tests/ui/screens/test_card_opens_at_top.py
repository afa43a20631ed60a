"""Every card, and every screen opened again for another item, opens at its top: a card
scrolled down and left does not hand its scroll position to the next one (at 200 % the
name, the photo, "Show me the way" and "Leave a message" would start out of sight)."""
from __future__ import annotations

from helpers import tap_row
from looks import LARGEST, in_looks, kiosk_in, looks, settle
from PySide6.QtWidgets import QAbstractScrollArea, QListView

TABLES = ("staff", "departments", "rooms", "services", "amenities")


def scrolled_areas(window):
    holder = window.stack.currentWidget()
    return [a for a in (holder, *holder.findChildren(QAbstractScrollArea))
            if a.verticalScrollBar().value() > 0]


def scroll_to_bottom(window) -> bool:
    holder = window.stack.currentWidget()
    moved = False
    for area in (holder, *holder.findChildren(QAbstractScrollArea)):
        bar = area.verticalScrollBar()
        bar.setValue(bar.maximum())
        moved = moved or bar.value() > 0
    return moved


def items(demo, table):
    return [getattr(x, "id") for x in getattr(demo, table)]


@in_looks(lang="ko", shape=("landscape", "portrait"), zoom=LARGEST)
def test_every_card_opens_at_its_top_after_a_scrolled_one(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot)
    scrolled = 0
    for table in TABLES:
        ids = items(demo, table)
        for before, after in zip(ids, ids[1:] + ids[:1]):
            window.navigate(("card", table, before))
            settle()
            if not scroll_to_bottom(window):
                continue
            scrolled += 1
            window.back()  # as the visitor did: back to the list, then another one
            window.navigate(("card", table, after))
            settle()
            assert not scrolled_areas(window), (table, before, after)
        # From a card of another kind too.
        window.navigate(("card", table, ids[0]))
        settle()
        scroll_to_bottom(window)
        other = TABLES[(TABLES.index(table) + 1) % len(TABLES)]
        window.navigate(("card", other, items(demo, other)[0]))
        settle()
        assert not scrolled_areas(window), (table, other)
    assert scrolled, "no card scrolled at this look: the test would prove nothing"


def test_the_next_person_from_the_list_opens_at_the_top(qtbot, demo, tmp_path):
    """The visitor's own path: people of a department, a card scrolled down, back, another
    person (tapped on the list): the second card shows from its top."""
    look = looks(lang="ko", shape="portrait", zoom=LARGEST)[0]
    window = kiosk_in(look, demo, tmp_path, qtbot)
    dept = max(demo.departments, key=lambda d: len(demo.staff_in(d.id)))
    window.navigate(("staff", dept.id))
    settle()
    people = next(v for v in window.findChildren(QListView, "StaffList") if v.isVisible())
    tap_row(qtbot, people, 0)
    settle()
    assert window.route[0] == "card"
    assert scroll_to_bottom(window)
    window.back()
    settle()
    tap_row(qtbot, people, 1)
    settle()
    assert window.route[0] == "card"
    assert not scrolled_areas(window)
