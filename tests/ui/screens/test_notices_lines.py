"""The opening hours read line by line: where the words wrap (magnified, or in portrait) no
line ends in a "·" that belongs to the next part of the week."""
from __future__ import annotations

from looks import in_looks, settle, wear
from PySide6.QtWidgets import QLabel

from kiosk.ui.widgets.text_fit import wrap


@in_looks()
def test_no_line_ends_in_a_dot(window, look):
    wear(window, look).navigate(("notices",))
    settle()
    page = window.current_page()
    weeks = page.findChildren(QLabel, "HoursWeek")
    assert weeks
    dangling = []
    for week in weeks:
        for paragraph in week.text().split("\n"):
            for line in wrap(week.font(), paragraph, week.contentsRect().width()):
                if line.rstrip().endswith("·"):
                    dangling.append(f"{line!r} in {week.text()!r}")
    assert dangling == []
