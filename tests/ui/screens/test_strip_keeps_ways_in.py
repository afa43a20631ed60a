"""Home's four ways in keep their place and show whole as the closing question comes and goes,
in every look (ko/en × landscape/portrait × 100/150/200 % × both palettes × full height and
lowered in the band that cuts the screen): no tile moves when the strip appears or leaves, and
no pixel row of a tile is cut or covered by it, measured on the painted window."""
from __future__ import annotations

from looks import BAND_CUTS, CONTRASTS, POSITIONS, in_looks, kiosk_in, settle
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage

from kiosk.ui.app import build_dialogs


def on_window(window, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def ways_in(window) -> list[QRect]:
    return [on_window(window, tile) for tile in window.page("home").tiles]


def cut_rows(window, tile) -> list[int]:
    """The pixel rows of `tile` that the window does not paint as the tile paints itself
    (cut by the view's edge, or covered), looked at down two columns inside its corners."""
    rect = on_window(window, tile)
    shown = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    alone = tile.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    scale = alone.width() / tile.width()
    rows = []
    for y in range(tile.height()):
        for x in (tile.width() // 3, tile.width() // 2):
            at = QPoint(rect.x() + x, rect.y() + y)
            if not window.rect().contains(at) or (
                    shown.pixel(at) != alone.pixel(int(x * scale), int(y * scale))):
                rows.append(y)
                break
    return rows


def end_a_visit(qtbot, window):
    window.navigate(("floors",))
    qtbot.mouseClick(window.home_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.visit_end.strip.asking())
    settle(qtbot)
    return window.visit_end.strip


@in_looks(high_contrast=CONTRASTS, low_position=POSITIONS)
def test_the_ways_in_stay_put_and_whole_as_the_question_comes_and_goes(qtbot, demo, tmp_path,
                                                                        look):
    window = kiosk_in(look, demo, tmp_path, qtbot,
                      settings=BAND_CUTS[look.shape] if look.low_position else None)
    build_dialogs(window)  # as the kiosk does once its first frame is on screen
    settle(qtbot)
    home = window.page("home")
    before = ways_in(window)
    strip = end_a_visit(qtbot, window)
    assert ways_in(window) == before, "the ways in moved as the question appeared"
    question = on_window(window, strip)
    problems = []
    for tile in home.tiles:
        if on_window(window, tile).intersects(question):
            problems.append(f"{tile.objectName()} {on_window(window, tile)} under {question}")
        rows = cut_rows(window, tile)
        if rows:
            problems.append(f"{tile.objectName()}: {len(rows)} of its {tile.height()} rows "
                            f"not shown as painted (from row {rows[0]})")
    assert problems == [], "\n".join(problems)
    qtbot.mouseClick(strip.close_button, Qt.LeftButton)
    settle(qtbot)
    assert ways_in(window) == before, "the ways in moved as the question left"
