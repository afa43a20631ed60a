"""A change row's title wraps onto more lines of a taller row, never cut: magnified, in
portrait, "General Affairs Division" was painted "General Aff…" (cut by Qt, uncounted)."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from kiosk.bundle.changes import Change
from kiosk.directory.accessibility import Profile
from kiosk.directory.model import Text
from kiosk.ui.staff.change_list import ChangeListModel, change_view
from kiosk.ui.widgets import text_fit


def test_a_long_title_wraps_onto_a_taller_row(qtbot, window, demo):
    window.ctx.session.set_language("en")
    window.ctx.session.set_profile(Profile(zoom=2.0))
    team = demo.departments[0]
    short = dataclasses.replace(team, name=Text("총무", "Admin"))
    long = dataclasses.replace(team, name=Text("총무부", "General Affairs and Facilities "
                                                        "Management Division"))
    model = ChangeListModel(window.ctx.session)
    changes = [Change("departments", team.id, "changed", short, short, ("phone",)),
               Change("departments", team.id, "changed", long, long, ("phone",))]
    model.set_changes(changes)
    view = change_view(window.ctx.theme, window.ctx.session, model, lambda _c: (None, None))
    view.setParent(window)
    view.resize(900, 1200)  # a portrait screen's list at 200 %
    view.show()
    delegate, option = view.itemDelegate(), QStyleOptionViewItem()
    heights = [delegate.sizeHint(option, model.index(row, 0)).height() for row in (0, 1)]
    assert heights[1] > heights[0]  # the long title's lines make its row taller
    image = QImage(view.viewport().width(), heights[1], QImage.Format_RGB32)
    painter = QPainter(image)
    option.rect = QRect(0, 0, view.viewport().width(), heights[1])
    with text_fit.watch_elisions() as cut:
        delegate.paint(painter, option, model.index(1, 0))
    painter.end()
    assert cut == []
    words = " ".join(delegate._title_lines(changes[1], 400))
    assert "…" not in words
