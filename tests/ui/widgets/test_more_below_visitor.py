"""What a view's edge would slice lies under a strip that says more lies below, on the
visitor's screens: search's answers at 200 % in landscape ("▼ 2 more below" over the fourth,
which was sliced through its words) and help's needs in portrait at 200 % ("▼ More below" over
"Another language", cut at the dialog's edge). A tap on the strip scrolls what it covers to
the top of its view, whole, and opens nothing; the strip is drawn, in the visitor's language."""
from __future__ import annotations

from looks import Look, kiosk_in, settle
from strip_look import cue_drawn
from PySide6.QtCore import QPoint, QRect, Qt

from kiosk.directory.strings import tr
from kiosk.ui.screenshots.desk import PicturedDesk
from kiosk.ui.widgets.more_below import MoreBelow
from kiosk.ui.widgets.strip_cue import strip_band


def strip_drawn(window, widget, top: int, edge: int, view: int) -> bool:
    """The strip, from `top` to `edge` of `widget` (in a view `view` tall), is drawn as the
    window is: blank in the ground of what it covers, and its cue, in muted words, at its
    top, right under what shows whole."""
    image, theme = window.grab().toImage(), window.ctx.theme
    ground = image.pixelColor(widget.mapTo(window, QPoint(10, top + 1)))
    band = strip_band(theme, QRect(0, top, widget.width(), edge - top), view)
    band.moveTopLeft(widget.mapTo(window, band.topLeft()))
    return ground == theme.color("surface") and cue_drawn(image, band, theme.color("text_muted"))


def test_a_sliced_answer_lies_under_the_strip_and_a_tap_on_it_scrolls(qtbot, demo, tmp_path):
    window = kiosk_in(Look("ko", "landscape", 2.0), demo, tmp_path, qtbot)
    window.navigate(("search",))
    page = window.page("search")
    page.reset()
    page.set_query("대출증")
    settle(qtbot)
    view, model = page.results, page.results.model()
    cut = view.cut()
    assert cut is not None  # the list's edge slices an answer
    top, below = cut
    row = model.rowCount() - below
    rect = view.visualRect(model.index(row, 0))
    edge = view.viewport().height()
    assert rect.top() < edge <= rect.bottom() and top <= rect.top()
    assert view.strip[1](below) == tr("more_below.rows", "ko", n=below)
    assert strip_drawn(window, view.viewport(), top, edge, edge)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=QPoint(10, (top + edge) // 2))
    settle(qtbot)
    assert window.route[0] == "search"  # nothing opened
    rect = view.visualRect(model.index(row, 0))
    assert 0 <= rect.top() <= 2 * view.spacing() and rect.bottom() < edge


def test_helps_last_need_lies_under_the_strip_and_a_tap_shows_it(qtbot, demo, tmp_path):
    """As README's picture shows help (a desk online: the call and its needs)."""
    window = kiosk_in(Look("en", "portrait", 2.0), demo, tmp_path, qtbot,
                      alerts=PicturedDesk("lobby"))
    window.help_overlay.open()
    sheet, need = window.help_overlay.sheet, window.help_overlay.needs["language"]
    qtbot.waitUntil(lambda: sheet.findChild(MoreBelow) is not None
                    and sheet.findChild(MoreBelow).isVisible())
    strip = sheet.findChild(MoreBelow)
    assert strip.words() == tr("more_below", "en")
    assert strip_drawn(window, strip, 0, strip.height(), sheet.viewport().height())
    assert need.visibleRegion().isEmpty()  # under the strip, not sliced by the edge
    assert strip.y() == need.mapTo(sheet.viewport(), QPoint(0, 0)).y()
    qtbot.mouseClick(strip, Qt.LeftButton)
    settle(qtbot)
    assert need.visibleRegion().boundingRect() == need.rect()  # scrolled to, whole
    bar = sheet.verticalScrollBar()  # at the top of the view, or as near as it scrolls
    assert need.mapTo(sheet.viewport(), QPoint(0, 0)).y() == 0 or bar.value() == bar.maximum()
