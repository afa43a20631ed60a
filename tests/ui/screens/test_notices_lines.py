"""The opening hours read line by line: where the words wrap (magnified, or in portrait) no
line ends in a "·" that belongs to the next part of the week."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.directory.accessibility import Profile
from kiosk.ui.screenshots.visitor import SIZES
from kiosk.ui.widgets.text_fit import wrap


@pytest.mark.parametrize("shape", list(SIZES))
@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("zoom", [1.0, 1.5, 2.0])
def test_no_line_ends_in_a_dot(qtbot, window, shape, lang, zoom):
    window.resize(*SIZES[shape])
    window.ctx.session.set_language(lang)
    window.ctx.session.set_profile(Profile(zoom=zoom))
    window.navigate(("notices",))
    for _ in range(6):
        QApplication.processEvents()
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
