"""A card's typing steps as a magnified visitor meets them: the field being typed, the keys and
the step's way forward in view together, in every look (the list under them may scroll)."""
from __future__ import annotations

from helpers import tap
from looks import POSITIONS, hidden_part, in_looks, settle, wear
from test_search_screen import press_keys

from kiosk.search.hangul import to_keys


def in_view(window, parts) -> None:
    for what, widget in parts:
        problem = hidden_part(window, widget)
        assert not problem, f"{what}: {problem}"
        if widget is window.page("feedback").keyboard:  # whole, not only shown: no key cut
            least = widget.minimumSizeHint().height()
            assert widget.height() >= least, f"{what}: squeezed to {widget.height()} of {least}"


@in_looks(low_position=POSITIONS)
def test_the_field_the_keys_and_the_way_on_show_together(qtbot, window, look):
    wear(window, look).navigate(("feedback",))
    page = window.page("feedback")
    settle(qtbot)
    tap(qtbot, page.green)
    press_keys(qtbot, None, page, to_keys("정") if look.lang == "ko" else "jung")
    settle(qtbot)
    in_view(window, [("the name typed", page.staff_query), ("the keys", page.keyboard),
                     ("going on without a name", page.no_staff)])
    tap(qtbot, page.no_staff)
    settle(qtbot)
    in_view(window, [("the words typed", page.text_step.box), ("the keys", page.keyboard),
                     ("Next", page.text_step.next)])
    tap(qtbot, page.text_step.next)
    tap(qtbot, page.with_contact)
    tap(qtbot, page.consent.agree)
    settle(qtbot)
    in_view(window, [("the name", page.details.fields["name"]), ("the keys", page.keyboard),
                     ("Send", page.details.send)])


@in_looks(low_position=POSITIONS)
def test_a_complaints_words_and_the_keys_show_together(qtbot, window, look):
    wear(window, look).navigate(("feedback",))
    page = window.page("feedback")
    settle(qtbot)
    tap(qtbot, page.yellow)
    tap(qtbot, next(iter(page.categories.values())))
    tap(qtbot, page.text_step.phrases[0])
    settle(qtbot)
    in_view(window, [("the words typed", page.text_step.box), ("the keys", page.keyboard),
                     ("Next", page.text_step.next)])
