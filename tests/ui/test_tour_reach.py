"""Low position over the whole screenshot tour: with the screen lowered, every control a
visitor can use on every screen, dialog and overlay lies wholly on screen and inside the reach
band (400 to 1,220 mm above the floor, from the panel's size and mounting height), uncovered;
a control in a scrolling area is brought into view by scrolling it, and that area shows its
scroll bar; a list's rows are scrolled to one by one and show whole in it (only search's
answers, lowered in portrait at 200 %, give way to the keys: a row taller than their list shows
from its top and is scrolled through). ui/test_dialog_reach.py checks the dialogs alone at
every text size."""
from __future__ import annotations

import pytest
from dialogs import lies_over, on_window
from helpers import keep_messages
from looks import (BAND_CUTS, LARGEST, POSITIONS, SMALLEST, Look, hidden_part, in_looks,
                   kiosk_in)
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QScrollArea,
)

from kiosk.directory import config
from kiosk.ui.screenshots.staff import STEPS, staff_tour
from kiosk.ui.screenshots.visitor import tour

# The tour is long: each shape at the smallest and the largest text, the languages in turn.
WALKS = [Look(lang, shape, zoom, low_position=True) for shape, zoom, lang in (
    ("landscape", SMALLEST, "ko"), ("landscape", LARGEST, "en"), ("portrait", SMALLEST, "en"),
    ("portrait", LARGEST, "ko"))]


def _scroll_areas(widget):
    """Every scroll area `widget` lies in, the innermost first."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            yield parent
        parent = parent.parentWidget()


def controls(window) -> list:
    """What a visitor can use now: with a dialog open, the dialog's controls; where it lets
    touches through beside its panel (a mask: the closing question), the header's and the
    footer's too, which stay in use under it and which no panel may cover. (What it lies over
    on the screen is reached through it by a tap beside its buttons.)"""
    dialog = window.keypad.dialog()
    roots = [dialog] if dialog is not None else [window]
    if dialog is not None and not dialog.mask().isEmpty():
        roots += [window.chrome.header, window.chrome.footer]
    return [c for root in roots
            for c in root.findChildren(QAbstractButton) + root.findChildren(QAbstractItemView)
            if c.isVisible() and c.isEnabled()]


def _name(widget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{widget.objectName() or type(widget).__name__} {text!r}"


def _scrolls(area, what: str) -> list[str]:
    """An area that scrolls shows it (its scroll bar), and never scrolls sideways."""
    out = []
    if area.verticalScrollBar().maximum() > 0 and not area.verticalScrollBar().isVisible():
        out.append(f"{what}: {_name(area)} scrolls without showing it")
    if area.horizontalScrollBar().maximum() > 0:
        out.append(f"{what}: {_name(area)} scrolls sideways")
    return out


def _placed(window, band: QRect, what: str, owner, rect: QRect) -> list[str]:
    """`rect` (on the window) of a control (`owner`, or a row of it) inside the band, cut off
    by nothing that holds it, and under no other widget."""
    out = []
    if not band.contains(rect):
        out.append(f"{what} {rect.getCoords()} leaves the band {band.getCoords()}")
    parent = owner
    while parent is not None and parent is not window:
        if not on_window(parent).contains(rect):
            out.append(f"{what} is cut off by {_name(parent)}")
            break
        parent = parent.parentWidget()
    over = lies_over(window, owner, rect)
    if over is not None:
        out.append(f"{what} lies under {_name(over)}")
    return out


def _rows_out_of_reach(window, band: QRect, view) -> list[str]:
    """A list's rows are its controls: each, scrolled into view in the list and in every
    area around it, lies within reach."""
    out = _scrolls(view, _name(view))
    viewport = view.viewport()
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        view.scrollTo(index)
        rect = view.visualRect(index)
        what = f"{_name(view)} row {row}"
        if not viewport.rect().contains(rect):
            if getattr(view, "rows_whole", True) or rect.height() <= viewport.height():
                out.append(f"{what} {rect.getCoords()} never shows whole in its list "
                           f"{viewport.rect().getCoords()}")
                continue
            # A list that gives way to what must show whole (search's keys, lowered in
            # portrait at 200 %): a row taller than it shows from its top, then scrolls.
            view.scrollTo(index, QAbstractItemView.PositionAtTop)
            rect = view.visualRect(index)
            if rect.top() < 0 or rect.top() > 2 * view.spacing():
                out.append(f"{what} {rect.getCoords()} does not show from its top")
                continue
            rect = rect & viewport.rect()
        for area in _scroll_areas(view):
            centre = viewport.mapTo(area.widget(), rect.center())
            area.ensureVisible(centre.x(), centre.y(), rect.width() // 2 + 1,
                               rect.height() // 2 + 1)
        on_win = QRect(viewport.mapTo(window, rect.topLeft()), rect.size())
        out += _placed(window, band, what, viewport, on_win)
    return out


def out_of_reach(window, band: QRect | None = None) -> list[str]:
    """Each control, scrolled into view where it scrolls, that leaves the band (the reach
    band unless given) or the window, is cut off by what holds it, or lies under another
    widget; each scrolling area that does not show its scroll bar, or scrolls sideways."""
    if band is None:
        top, bottom = window.ctx.geometry.reach_band(window.width(), window.height())
        band = QRect(0, top, window.width(), bottom - top) & window.rect()
    problems = []
    for control in controls(window):
        what = _name(control)
        for area in _scroll_areas(control):
            problems += _scrolls(area, what)
        if isinstance(control, QAbstractItemView):
            problems += _rows_out_of_reach(window, band, control)
            continue
        for area in _scroll_areas(control):
            area.ensureWidgetVisible(control, 0, 0)
        problems += _placed(window, band, what, control, on_window(control))
    return problems


@pytest.mark.parametrize("look", WALKS, ids=str)
def test_every_control_of_every_screen_is_within_reach(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot, BAND_CUTS[look.shape])  # mounted to cut it
    keep_messages(window, tmp_path / "notes")  # the cards offer a message: its screens too
    top, bottom = window.ctx.geometry.reach_band(window.width(), window.height())
    assert top > 0 or bottom < window.height()  # the band does cut the screen
    found, checked, names = [], 0, []
    for name in tour(window, demo):
        names.append(name)
        # As the visitor sees it a moment later: a list lays its rows out again 100 ms after
        # a resize (QListView's Adjust mode), and may then grow to its tallest row.
        for view in window.findChildren(QAbstractItemView):
            if view.isVisible():
                view.doItemsLayout()
        for _ in range(3):
            QApplication.processEvents()
        for problem in out_of_reach(window):
            found.append(f"{name}: {problem}")
        checked += len(controls(window))
    assert checked > 500 and "message-sent" in names  # measured, not skipped
    assert found == [], "\n".join(found)


@pytest.mark.usefixtures("built_in_assets")
@in_looks(zoom=LARGEST, low_position=POSITIONS)
def test_every_control_of_the_staff_screens_shows_at_200(qtbot, demo, tmp_path, look):
    """The staff screen's steps (ui/screenshots/staff.py), magnified most, at full height and
    lowered (mounted where the band cuts the screen): each control on screen, inside the
    reach band when lowered (a member of staff in a wheelchair reaches Close, the language
    and every action), scrolled to where it scrolls, cut off by nothing and under nothing;
    the question before rolling back opens whole in view, its answers not half under the
    fold, nor the question above it where the list was scrolled down to the version tapped."""
    cfg = config.Config({"data.folder": str(tmp_path / "data"), "usb.watch": False,
                         **(BAND_CUTS[look.shape] if look.low_position else {})})
    found, names = [], []
    for shots, name in staff_tour(demo, cfg, look.size, look.lang, look.profile):
        names.append(name)
        window = shots.window
        if name == "versions-confirm":  # as it opened, before anything scrolls it
            versions = shots.flow.screen.versions
            hidden = hidden_part(window, versions.asking)  # the question and its answers
            found += [f"{name}: the question {hidden}"] if hidden else []
        band = None if look.low_position else window.rect()  # None: the reach band
        found += [f"{name}: {problem}" for problem in out_of_reach(window, band)]
        if name == "versions":  # scrolled down to the oldest version, which is tapped next
            bar = shots.flow.screen.versions.area.verticalScrollBar()
            bar.setValue(bar.maximum())
    assert names == list(STEPS)  # measured, not skipped
    assert found == [], "\n".join(found)


def test_a_control_out_of_reach_is_found(qtbot, demo, tmp_path):
    """The check can fail: a button moved above the band, and one covered by another."""
    window = kiosk_in(Look("ko", "portrait", 1.0, low_position=True), demo, tmp_path, qtbot,
                      BAND_CUTS["portrait"])
    QApplication.processEvents()
    assert out_of_reach(window) == []
    low = window.findChild(QAbstractButton, "LowButton")
    low.setParent(window)  # out of the lowered layout, to the window's top edge
    low.move(0, 0)
    low.show()
    lid = QLabel("lid", window)  # over the help button
    lid.setGeometry(on_window(window.chrome.help_button))
    lid.show()
    lid.raise_()
    problems = "\n".join(out_of_reach(window))
    assert "LowButton" in problems and "leaves the band" in problems
    assert "lies under QLabel" in problems
