""""Show me the way" on the list rows, in every look, on the rects the rows are drawn in: it
stands beside the words only where they keep half the row or more, else under them, and it is
a button's height wherever it stands; who does what (a position, duties) wraps on lines of
DESCRIPTION_CHARS characters or the row's whole width.

At 200 % in portrait in English, General Affairs' duties wrapped every 15 to 24 characters
beside the button, and the button was stretched down the row, about 470 px tall."""
from __future__ import annotations

from looks import in_looks, settle, wear
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListView

from kiosk.ui.widgets.answer_row import ANSWER_ROLE, AnswerDelegate
from kiosk.ui.widgets.text_fit import fit, lines_height

DESCRIPTION_CHARS = 30  # a sentence's measure: a phrase or two a line, not a word or two
BESIDE = 0.5  # of the row: the least the words keep beside the button


def answer_lists(window) -> list[QListView]:
    return [view for view in window.findChildren(QListView)
            if view.isVisible() and isinstance(view.itemDelegate(), AnswerDelegate)]


def routes(demo) -> list[tuple]:
    dept = next(d for d in demo.departments if demo.staff_in(d.id))
    return [("people",), ("staff", "*"), ("card", "departments", dept.id),
            *(("floor", f.id) for f in demo.floors), ("search", "ㅈㅎㅈㅂ"),
            ("search", "library card"), ("search", "대출증")]


def way_bounds(theme, avatar) -> tuple[int, int]:
    """The least and the most a way button's height may be: a finger's size, up to its badge
    or two lines of its words at their least size."""
    two_lines = lines_height(theme.font(20, bold=True), 2) + 2 * theme.px(4)
    return theme.touch(64), max(theme.touch(72), avatar.height(), two_lines) + 1


def row_problems(view, where: str) -> list[str]:
    delegate, model = view.itemDelegate(), view.model()
    theme = delegate.theme
    out = []
    for number in range(model.rowCount()):
        index = model.index(number, 0)
        rect = view.visualRect(index)
        row = index.data(ANSWER_ROLE)
        avatar, way, drawn, _height = delegate.layout(rect, row)
        said = f"{where}: {row.name!r}"
        if way is not None:
            least, most = way_bounds(theme, avatar)
            if not least <= way.height() <= most:
                out.append(f"{said}: the way button {way.height()} px tall, not {least}-{most}")
            # The words' span beside the button (a wide row's name and place columns both).
            beside = [area for area, *_rest in drawn if area.right() < way.left()
                      and area.top() <= way.bottom() and way.top() <= area.bottom()]
            span = max((a.right() for a in beside), default=0) - \
                min((a.left() for a in beside), default=0)
            if beside and span < rect.width() * BESIDE:
                out.append(f"{said}: words {span} px beside the way button in a row of "
                           f"{rect.width()}")
        described = {row.duties, row.detail, delegate.words_of(row)[0]} - {""}
        for area, font, _colour, text, _align, most in drawn:
            if text not in described or len(fit(font, text, area.width(), most,
                                                count=False)) < 2:
                continue
            measure = QFontMetrics(font).horizontalAdvance(text) / len(text) * DESCRIPTION_CHARS
            whole = rect.width() - 2 * theme.touch(12)  # the row less its margins
            if area.width() < min(measure, whole) - 1:
                out.append(f"{said}: {text[:30]!r} wraps in {area.width()} px, about "
                           f"{area.width() * len(text) // QFontMetrics(font).horizontalAdvance(text)}"
                           f" characters a line")
    return out


@in_looks()
def test_the_way_button_leaves_the_words_room_and_keeps_its_height(window, demo, look):
    wear(window, look)
    found, rows = [], 0
    for route in routes(demo):
        window.navigate(route[:1] if route[0] == "search" else route)
        if route[0] == "search":
            window.page("search").set_query(route[1])
        settle()
        for view in answer_lists(window):
            rows += view.model().rowCount()
            found += row_problems(view, " ".join(route))
    assert rows >= 20
    assert found == [], "\n".join(found)
