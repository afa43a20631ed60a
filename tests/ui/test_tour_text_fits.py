"""No word cut anywhere: every state of the screenshot tour (ui/screenshots/visitor.py tour),
both languages, both orientations, at 100, 150 and 200 %. Painted text is counted through the
one fitting function (ui/widgets/text_fit.py), labels and buttons measured against the room
the layout gave them (ui/widgets/clip_check.py)."""
from __future__ import annotations

import pytest
from helpers import keep_messages
from looks import LARGEST, in_looks, wear
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from kiosk.directory import config
from kiosk.ui.screenshots.staff import STEPS, staff_tour
from kiosk.ui.screenshots.visitor import tour
from kiosk.ui.widgets import clip_check, text_fit


def cut_on_the_tour(window, demo) -> tuple[list[str], list[str]]:
    """The states of the tour, and each word cut or clipped in one of them."""
    names, found = [], []
    with text_fit.watch_elisions() as cut:
        for name in tour(window, demo):
            names.append(name)
            before = len(cut)
            window.grab()  # painted now: list rows, plans, the way buttons
            found += [f"{name}: cut {text!r}" for text in cut[before:]]
            found += [f"{name}: {problem}" for problem in clip_check.clipped(window)]
    return names, found


@in_looks()
def test_nothing_is_cut_on_any_screen(window, demo, tmp_path, look):
    keep_messages(window, tmp_path / "notes")  # the cards offer a message: its screens too
    names, found = cut_on_the_tour(wear(window, look), demo)
    assert {"home", "floor-1F", "search-en", "help", "access", "message-sent"} <= set(names)
    assert found == [], "\n".join(found)


@in_looks(lang="en", zoom=2.0, low_position=True)
def test_nothing_is_cut_in_the_low_position_at_200(window, demo, tmp_path, look):
    """In the reach band the screens have less height: they scroll, they do not cut."""
    keep_messages(window, tmp_path / "notes")
    _names, found = cut_on_the_tour(wear(window, look), demo)
    assert found == [], "\n".join(found)


@pytest.mark.usefixtures("built_in_assets")
@in_looks(zoom=LARGEST)
def test_nothing_is_cut_on_the_staff_screens_at_200(qtbot, demo, tmp_path, look):
    """The staff screen's steps (ui/screenshots/staff.py: the PIN pad, a bad stick's problems,
    the preview, the versions and the question before rolling back, ...), magnified most."""
    cfg = config.Config({"data.folder": str(tmp_path / "data"), "usb.watch": False})
    names, found = [], []
    with text_fit.watch_elisions() as cut:
        for shots, name in staff_tour(demo, cfg, look.size, look.lang, look.profile):
            names.append(name)
            before = len(cut)
            shots.window.grab()
            found += [f"{name}: cut {text!r}" for text in cut[before:]]
            found += [f"{name}: {problem}" for problem in clip_check.clipped(shots.window)]
    assert names == list(STEPS)  # measured, not skipped
    assert found == [], "\n".join(found)


def test_a_cut_is_counted(window):
    """The check can fail: a list row painted too narrow for its place's name is reported."""
    window.navigate(("floor", "1F"))
    view = window.page("floor").list
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 160, 400)  # words 48 px wide
    image = QImage(160, 400, QImage.Format_RGB32)
    painter = QPainter(image)
    with text_fit.watch_elisions() as cut:
        view.itemDelegate().paint(painter, option, view.model().index(0, 0))
    painter.end()
    assert view.model().answer(0).name in cut


def test_a_clipped_label_is_found(window):
    window.navigate(("home",))
    tile = window.page("home").tiles[0]
    tile.heading.setFixedWidth(20)
    assert any(repr(tile.heading.text()) in problem for problem in clip_check.clipped(window))
