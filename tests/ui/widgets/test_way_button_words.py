"""The way button's words on two lines keep "길 안내" (one term, the way) together: magnified,
a narrow row's button read "➜ 길 / 안내", the line broken after one syllable."""
from __future__ import annotations

from looks import in_looks, settle, wear


@in_looks(lang="ko", zoom=(1.5, 2.0))
def test_the_way_is_never_split_on_its_button(window, look):
    wear(window, look).navigate(("floor", "1F"))
    settle()
    view = window.page("floor").list
    delegate = view.itemDelegate()
    split = []
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        rect = view.visualRect(index)
        way = delegate.way_rect(rect, view.model().answer(row))
        if way is None:
            continue
        _inner, _font, lines = delegate.way_words(way)
        shown = " / ".join(line.replace("\u00a0", " ") for line in lines)
        if "길 안내" not in shown:
            split.append(shown)
    assert split == []
