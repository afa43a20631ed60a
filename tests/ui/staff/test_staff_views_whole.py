"""The staff screen magnified most: no words and no button cut by the edges of the views
they scroll in. At 200 % in landscape "Version 1" was cut in half by the bottom edge of the
versions to roll back to, and the question before rolling back, scrolled only as far as its
answers, left the title above it sliced through its words at the top edge; in portrait the
second of a stick's problems showed its first line and half its second ("Error photos/sample-"
over half a line), as the rows under the first of an update's changes did."""
from __future__ import annotations

import pytest
from fold_check import cut_at_the_fold
from looks import LARGEST, in_looks
from PySide6.QtGui import QColor

from kiosk.directory import config
from kiosk.ui.screenshots.staff import staff_tour
from kiosk.ui.widgets.fold_cue import cue_room
from kiosk.ui.widgets.view_spans import first_cut


@pytest.mark.usefixtures("built_in_assets")
@in_looks(zoom=LARGEST)
def test_no_version_nor_word_is_cut_by_the_views_edges(qtbot, demo, tmp_path, look):
    """Each step showing the versions: as tapped, and as the question opens."""
    cfg = config.Config({"data.folder": str(tmp_path / "data"), "usb.watch": False})
    found, seen = [], []
    tour = staff_tour(demo, cfg, look.size, look.lang, look.profile)
    for shots, step in tour:
        if not step.startswith("versions"):
            continue
        panel = shots.flow.screen.versions
        qtbot.waitUntil(lambda: strip_placed(panel), timeout=20000)
        seen.append(step)
        found += [f"{step}: {line}" for line in cut_at_the_fold(panel.area.widget())]
        if step == "versions-confirm":
            break
    tour.close()
    assert seen == ["versions", "versions-confirm"]
    assert found == [], "\n".join(found)


def strip_placed(panel) -> bool:
    """"▼ More below" lies where the bottom edge cuts, or over the blank above it where that
    is too short for its arrow (by the least arrow's height at most), or is hidden where
    nothing is cut."""
    cut = first_cut(panel.area)
    if not panel.more.isVisible():
        return cut is None
    return cut is not None and cut - cue_room(panel.more.theme) <= panel.more.y() <= cut


@pytest.mark.usefixtures("built_in_assets")
@in_looks(zoom=LARGEST, shape="portrait")
def test_a_row_the_lists_edge_would_slice_lies_under_the_strip(qtbot, demo, tmp_path, look):
    """The problems' and the changes' lists: where the bottom edge crosses a row under the
    first, the last line of pixels above the edge is the list's blank ground, not the row's."""
    cfg = config.Config({"data.folder": str(tmp_path / "data"), "usb.watch": False})
    found, checked = [], 0
    tour = staff_tour(demo, cfg, look.size, look.lang, look.profile)
    for shots, step in tour:
        if step not in ("problems", "preview"):
            continue
        screen = shots.flow.screen
        view = screen.problem_list if step == "problems" else screen.change_list
        ground = screen.ctx.theme.color("surface").name()  # the list's, blank under the cue
        edge = view.viewport().height()
        rows = [view.visualRect(view.model().index(r, 0)) for r in range(view.model().rowCount())]
        sliced = [r for r, rect in enumerate(rows) if r and rect.top() < edge <= rect.bottom()]
        if sliced:
            checked += 1
            image = view.viewport().grab().toImage()
            colours = {QColor(image.pixel(x, edge - 1)).name()
                       for x in range(0, image.width(), 7)}
            if colours != {ground}:
                found.append(f"{step}: row {sliced[0]} shows at the edge: {sorted(colours)}")
        if step == "preview":
            break
    tour.close()
    assert checked == 2  # a problem and a change sliced, in each language
    assert found == [], "\n".join(found)
