"""Where search puts its parts, in every look (ko/en × landscape/portrait × 100/150/200 % ×
both palettes × full height and lowered, mounted where the reach band cuts the screen): in
landscape the typed words lie over the answers, as wide as their column, at every text size,
so a visitor who changes it finds them where they were; with nothing typed the hint shows
whole, lowered in portrait too (the empty list gives it its room); typed, the count shows
whole."""
from __future__ import annotations

import pytest
from looks import each_look, hidden_part, settle
from PySide6.QtCore import QPoint, QRect


def on_window(window, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def searched(window, text: str):
    window.navigate(("search",))
    page = window.page("search")
    page.reset()
    page.set_query(text)
    settle()
    return page


def typed_words_place(window, page) -> str:
    """'' when the typed words lie over the answers, from their column's left to its right."""
    words, answers = on_window(window, page.query), on_window(window, page.results)
    if words.bottom() >= answers.top():
        return f"the typed words {words} are not over the answers {answers}"
    if (words.left(), words.right()) != (answers.left(), answers.right()):
        return f"the typed words span {words.left()}..{words.right()}, the answers " \
               f"{answers.left()}..{answers.right()}"
    return ""


@pytest.mark.parametrize("low", [False, True], ids=["full", "low"])
def test_the_typed_words_stay_over_the_answers_in_landscape(qtbot, demo, tmp_path, low):
    found = []
    for window, look in each_look(qtbot, demo, tmp_path, "landscape", low):
        for text in ("", "library"):
            page = searched(window, text)
            for problem in (typed_words_place(window, page), hidden_part(window, page.query)):
                if problem:
                    found.append(f"{look} {text!r}: {problem}")
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("shape", ["landscape", "portrait"])
@pytest.mark.parametrize("low", [False, True], ids=["full", "low"])
def test_the_hint_and_the_count_show_whole(qtbot, demo, tmp_path, shape, low):
    found = []
    for window, look in each_look(qtbot, demo, tmp_path, shape, low):
        tr = window.ctx.session.tr
        for text, says in (("", tr("search.hint")), ("library", "")):
            page = searched(window, text)
            if says and page.count.text() != says:
                found.append(f"{look} {text!r}: the hint reads {page.count.text()!r}")
            if problem := hidden_part(window, page.count):
                found.append(f"{look} {text!r}: the count or hint: {problem}")
    assert found == [], "\n".join(found)


def test_the_place_check_can_fail(window):
    """Across the whole width, over the keys and the answers, the typed words are found."""
    page = searched(window, "library")
    assert typed_words_place(window, page) == ""
    page.left.removeWidget(page.query)
    page.top.insertWidget(0, page.query, 1)
    settle()
    assert "span" in typed_words_place(window, page)
