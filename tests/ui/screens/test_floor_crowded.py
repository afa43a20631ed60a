"""A floor at a bundle's limits (kiosk.wayfinding.crowded_floor): 60 places named in 120
characters, or 100 places. Such a bundle validates, so its floor screen must show promptly:
the grey of what is no room is worked out once for the floor's rooms, and the text measured
while the names are placed a bounded number of times a name (on main: 55,000 times a name,
18 s at 100 %; 100 places at 150 %, 261 s). The key names every room shown by a letter,
every row of it whole. Counted and measured in drawn geometry, never timed."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QFontMetricsF

from kiosk.bundle.export import building_toml
from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.accessibility import Profile
from kiosk.ui.widgets.plan_placing import PlanPlacing
from kiosk.ui.widgets.text_fit import watch_elisions
from kiosk.wayfinding import plan_marks
from kiosk.wayfinding.crowded_floor import crowded_floor

pytestmark = pytest.mark.usefixtures("built_in_assets")

MEASURES_A_NAME = 150  # text measures a placed name may cost, every tag's side included


@pytest.fixture
def counted(monkeypatch):
    """Counts of the rooms' grey worked out (each time asks the floor's outline once) and
    of the text measured while names are placed."""
    counts = {"grey": 0, "measured": 0, "placing": False}
    advance, place, outline = QFontMetricsF.horizontalAdvance, PlanPlacing._place, \
        plan_marks.outline

    def measured(self, *args):
        counts["measured"] += counts["placing"]
        return advance(self, *args)

    def placing(self):
        counts["placing"] = True
        try:
            return place(self)
        finally:
            counts["placing"] = False

    def outlined(rects):
        counts["grey"] += 1
        return outline(rects)

    monkeypatch.setattr(QFontMetricsF, "horizontalAdvance", measured)
    monkeypatch.setattr(PlanPlacing, "_place", placing)
    monkeypatch.setattr(plan_marks, "outline", outlined)
    return counts


def checked_directory(demo, tmp_path, places: int, chars: int):
    """The crowded floor as a bundle, checked as a stick's would be: it must validate."""
    folder = tmp_path / "stick" / "kiosk-directory"
    folder.mkdir(parents=True)
    crowded = crowded_floor(demo, "1F", places, chars)
    (folder / "building.toml").write_text(building_toml(crowded, ()), encoding="utf-8")
    checked = check_bundle(folder, tmp_path / "data", demo, public_key=None)
    discard(checked)
    assert checked.ok, [p.text("en") for p in checked.problems if p.severity == "error"]
    assert len(checked.directory.rooms_on("1F")) == places
    return checked.directory


def show_floor(qtbot, window, cfg, directory, zoom: float):
    from kiosk.ui.directory_services import switch_directory
    switch_directory(window, directory, cfg)
    window.ctx.session.set_profile(Profile(zoom=zoom))
    window.navigate(("floor", "1F"))
    page = window.page("floor")
    window.grab()
    return page


@pytest.mark.parametrize("places, chars, zoom", [(60, 120, 1.0), (100, 0, 1.5)])
def test_a_crowded_floor_is_placed_with_bounded_work(qtbot, window, cfg, demo, tmp_path,
                                                      counted, places, chars, zoom):
    directory = checked_directory(demo, tmp_path, places, chars)
    page = show_floor(qtbot, window, cfg, directory, zoom)
    placement = page.plan.last_placement
    assert placement is not None and len(placement.labels) >= places - 10  # all but pictograms
    # Once for the floor's rooms, however often the key asks what the plan draws.
    assert counted["grey"] <= 1, counted
    assert counted["measured"] <= MEASURES_A_NAME * len(placement.labels), counted
    named = [label for label in placement.labels if label.keyed is None]
    if chars:  # a name of 120 characters still goes in a room that holds it
        assert any(len(" ".join(label.lines)) == chars for label in named)


@pytest.mark.parametrize("places, chars, zoom", [(100, 0, 1.0), (100, 0, 2.0), (60, 120, 1.0)])
def test_the_key_of_a_crowded_floor_shows_every_row_whole(qtbot, window, cfg, demo, tmp_path,
                                                          places, chars, zoom):
    """Every entry the key draws lies inside it, its words whole: squeezed under the plan,
    it had cut its rows at the key's edge (100 places), and a name of 120 characters, wider
    than the key, ended in "…" (it now takes the lines it needs on a row of its own)."""
    page = show_floor(qtbot, window, cfg, checked_directory(demo, tmp_path, places, chars),
                      zoom)
    legend = page.legend
    qtbot.waitUntil(lambda: legend.height() >= legend.heightForWidth(legend.width()))
    window.grab()  # painted as it is laid out: the plan placed at its size, the key named
    keyed = page.plan.keyed
    assert len(keyed) > 20 and legend.keyed == keyed  # the key names many rooms
    places = legend._places(legend.width())
    assert [key for key, _icon, _text in places][-len(keyed):] == \
        [f"#{number}" for number, _name in keyed]
    for key, icon, text in places:
        assert text.top() >= 0 and text.bottom() <= legend.height(), (key, text, legend.height())
        assert icon.bottom() <= legend.height(), key
    # The page scrolls to the key's last row: it is not under the footer for good.
    qtbot.waitUntil(lambda: legend.mapTo(page, legend.rect().bottomLeft()).y() <= page.height())
    with watch_elisions() as cut:
        legend.grab()
    assert cut == []


def test_crowded_names_are_as_long_as_a_bundle_allows(demo):
    crowded = crowded_floor(demo, "1F", 60, 120)
    rooms = crowded.rooms_on("1F")
    assert len(rooms) == 60
    assert {len(r.name.ko) for r in rooms} == {len(r.name.en) for r in rooms} == {120}
    other = [dataclasses.astuple(r) for r in crowded.rooms if r.floor != "1F"]
    assert other == [dataclasses.astuple(r) for r in demo.rooms if r.floor != "1F"]
