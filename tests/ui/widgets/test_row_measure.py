"""Magnified list rows as drawn, on every list of the screenshot tour: a row's words never wrap
in a column narrower than a readable measure, and the floor's badge is no smaller than the
body text it labels and reads against its circle.

At 200 % in portrait a department's duties wrapped every 13 or so characters ("General /
management of the / library; bids and") between the badge and "Show me the way"; the badge's
"4F" was drawn at 29 px beside 48 px words.

The measure: 20 characters of the text itself at its drawn size (its mean advance a character),
the least line that holds a phrase rather than a word or two; a row narrower than that gives
its words its whole width."""
from __future__ import annotations

from looks import in_looks, settle, wear
from pixel_contrast import drawn_row_contrast
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListView

from kiosk.ui.screenshots.visitor import tour
from kiosk.ui.widgets.answer_row import ANSWER_ROLE, AnswerDelegate
from kiosk.ui.widgets.row_badge import badge_font
from kiosk.ui.widgets.text_fit import fit

MEASURE = 20  # characters


def answer_lists(window) -> list[QListView]:
    return [view for view in window.findChildren(QListView)
            if view.isVisible() and isinstance(view.itemDelegate(), AnswerDelegate)]


def drawn_rows(view):
    """(row, avatar, drawn texts, the row's rect) of each row as its delegate lays it out."""
    delegate, model = view.itemDelegate(), view.model()
    for number in range(model.rowCount()):
        index = model.index(number, 0)
        rect = view.visualRect(index)
        row = index.data(ANSWER_ROLE)
        avatar, _way, drawn, _height = delegate.layout(rect, row)
        yield row, avatar, drawn, rect


def narrow_columns(view, theme, where: str) -> list[str]:
    """Each text under the name that wraps in a column narrower than MEASURE of its own characters (or than
    the row, less its margins, where the row is narrower)."""
    out = []
    for row, _avatar, drawn, rect in drawn_rows(view):
        for area, font, _colour, text, _align, most in drawn:
            if text == row.name:  # the row's title, set large: two lines read as one title
                continue
            lines = fit(font, text, area.width(), most, count=False)
            if len(lines) < 2:
                continue
            measure = QFontMetrics(font).horizontalAdvance(text) / len(text) * MEASURE
            least = min(measure, rect.width() - 2 * theme.px(16))
            if area.width() < least:
                out.append(f"{where}: {text[:40]!r} of {row.name!r} wraps in {area.width()} "
                           f"px (about {len(text) // len(lines)} characters a line), "
                           f"{least:.0f} px wanted")
    return out


def small_badges(view, where: str) -> list[str]:
    """Each floor badge whose words are drawn smaller than the row's body text (its
    description, its phone number: the regular, not bold, text)."""
    out = []
    theme = view.itemDelegate().ctx.theme
    for row, avatar, drawn, _rect in drawn_rows(view):
        if row.photo:
            continue
        body = max((font.pixelSize() for _a, font, *_ in drawn if not font.bold()),
                   default=theme.px(24))
        text = row.floor_mark or row.name[:1]
        badge: QFont = badge_font(theme, text, avatar.width())
        if badge.pixelSize() < body:
            out.append(f"{where}: {text!r} of {row.name!r} at {badge.pixelSize()} px, "
                       f"its body text at {body}")
    return out


@in_looks(zoom=(1.5, 2.0))
def test_rows_wrap_in_a_readable_measure_and_badges_match_their_words(window, demo, look):
    wear(window, look)
    found, lists = [], 0
    theme = window.ctx.theme
    for name in tour(window, demo):
        for view in answer_lists(window):
            lists += 1
            found += narrow_columns(view, theme, name)
            found += small_badges(view, name)
    assert lists >= 5  # the floors' places, search, the departments, a department's people
    assert found == [], "\n".join(found)


@in_looks(lang="en", zoom=2.0, high_contrast=(False, True))
def test_the_floor_badge_reads_against_its_circle(window, demo, look):
    """The badge's words on its circle, on the pixels: 4.5:1, 7:1 in high contrast."""
    wear(window, look)
    least = 7.0 if look.high_contrast else 4.5
    measured = 0
    for route in (("floor", "4F"), ("people",)):
        window.navigate(route)
        settle()  # laid out as the visitor sees it (a floor in portrait at 200 % moves on)
        view = window.current_page().list
        floors = {view.model().answer(r).floor_mark for r in range(view.model().rowCount())}
        for drawn in drawn_row_contrast(view):
            if drawn.text in floors:
                measured += 1
                assert drawn.ratio >= least, str(drawn)
    assert measured >= 2
