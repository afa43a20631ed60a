"""The floor's badge on a list row: no smaller magnified than at 100 %, and its words ("4F")
clear of its circle at every text size (test_row_measure.py checks them no smaller than the
row's body text on every list)."""
from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics

from kiosk.directory.accessibility import Profile
from kiosk.search.answers import Answer
from kiosk.ui.widgets.row_badge import badge_font
from kiosk.ui.widgets.compact_row import compact_layout

ROW = Answer(table="rooms", id="r401", kind="Place", name="Seminar room", detail="",
             floor="4F", floor_mark="4F", room="Seminar room (401)", room_id="r401",
             room_number="401", department="", phone="02-3677-0401")


@pytest.mark.parametrize("zoom", (1.0, 1.5, 2.0))
def test_the_badge_keeps_its_size_and_its_words_clear_of_the_circle(window, zoom):
    theme = window.ctx.theme
    window.ctx.session.set_profile(Profile(zoom=zoom))
    unmagnified = round(64 * theme.short_side / 1080)  # a narrow row's badge at 100 %
    avatar, *_ = compact_layout(theme, QRect(0, 0, 700, 400), ROW,
                                ("", "401", ROW.phone, theme.color("text_muted")), "")
    assert avatar.width() >= unmagnified, f"{avatar.width()} px, {unmagnified} at 100 %"
    side = avatar.width()
    box = QFontMetrics(badge_font(theme, "4F", side)).tightBoundingRect("4F")
    corner = math.hypot(box.width() / 2, box.height() / 2)
    assert corner <= side / 2 - theme.px(2), f"4F reaches the circle at {side} px"
