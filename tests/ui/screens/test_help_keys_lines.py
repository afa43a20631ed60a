"""The help dialog's keypad line keeps each key with what it does: "0 home; ." / "back" read
as if "." did nothing, at 150 and 200 % in both languages."""
from __future__ import annotations

import re

from label_lines import shown_lines
from looks import in_looks, settle, wear

from kiosk.directory.units import keep_keys

BARE_KEY = re.compile(r"(^|[\s,;:])[0-9./*+−]$")  # a line that ends with a key alone


@in_looks()
def test_no_line_of_the_keys_ends_with_a_bare_key(window, qtbot, look):
    wear(window, look)
    window.help_overlay.open()
    settle(qtbot)
    lines = shown_lines(window.help_overlay.keys)
    assert [line for line in lines if BARE_KEY.search(line)] == [], lines
    window.help_overlay.close_overlay()


def test_keys_are_bound_to_their_actions_and_to_each_other():
    nb = "\u00a0"
    assert keep_keys("Keypad: 8 2 4 6 up, down; 0 home; . back; * say again") == (
        f"Keypad: 8{nb}2{nb}4{nb}6{nb}up, down; 0{nb}home; .{nb}back; *{nb}say again")
    assert keep_keys("5 선택, / 도움") == f"5{nb}선택, /{nb}도움"
