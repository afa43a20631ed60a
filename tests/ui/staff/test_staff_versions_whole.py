"""The versions to roll back to, magnified most: no words and no button cut by the edges of
the view they scroll in. At 200 % in landscape "Version 1" was cut in half by the bottom
edge, and the question before rolling back, scrolled only as far as its answers, left the
title above it sliced through its words at the top edge."""
from __future__ import annotations

import pytest
from fold_check import cut_at_the_fold
from looks import LARGEST, in_looks

from kiosk.directory import config
from kiosk.ui.screenshots.staff import staff_tour
from kiosk.ui.widgets.more_below import first_cut


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
    """"▼ More below" lies where the bottom edge cuts, or is hidden where nothing is cut."""
    cut = first_cut(panel.area)
    return panel.more.y() == cut if panel.more.isVisible() else cut is None
