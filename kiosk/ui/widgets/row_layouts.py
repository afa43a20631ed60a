"""A list row's layout worked out once for what decides it, then moved to where it is drawn.

Qt asks a list's delegate for each row again and again as a screen opens: its size for
each layout pass of the list (and once more for the tallest row, touch_list.py), then
where it is painted, where its "▼ more below" strip falls, where a tap lands. A row's
layout wraps and fits every one of its words: the services' 30 rows were laid out 190 times
on their first opening, 9 or 10 times each for the rows in view, at two widths.

A layout depends on the row, its width, the look (text size, screen, palette), the
language and the delegate's settings, and on how a compact row was last arranged
(compact_row's `held` record, which a layout may also write): all of them make the key,
the record as it stood before (or as the layout left it: laid out again from there, a row
keeps its arrangement), and a layout found again writes what the first one wrote.
Nothing in it depends on where the row stands: it is worked out at (0, 0) and moved. Only
a row's last layout is kept (a new width or look replaces it), for the last KEPT rows.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRect

# Rows whose last layout is kept, per list: a screen's rows in view and those its layout
# passes measure (a long list measures a sample of them). A layout holds its fonts, colours
# and rects: about 4 kB each.
KEPT = 64


class RowLayouts(QObject):
    """The last layout of each of one delegate's rows (see the module's docstring), all of
    them forgotten when a visit ends (`ended`): the idle kiosk holds none."""

    def __init__(self, work, ended, parent: QObject):
        super().__init__(parent)
        ended.connect(self.forget)
        self._work = work  # (rect, row) -> (avatar, way or None, drawn, height)
        self._kept: dict = {}  # row -> (the keys it answers, the layout, the record after)

    def layout(self, rect: QRect, row, look: tuple, held: dict, held_keys: tuple):
        """`work`'s layout of `row` at `rect`: `look` holds everything else it depends on,
        `held` is the record of arrangements, of which `held_keys` are the row's."""
        before = tuple(held.get(key) for key in held_keys)
        key = (rect.width(), look, before)
        kept = self._kept.get(row)
        if kept is not None and key in kept[0]:
            laid, after = kept[1], kept[2]
            for held_key, value in zip(held_keys, after):
                if value is not None:
                    held[held_key] = value
        else:
            laid = self._work(QRect(0, 0, rect.width(), 0), row)
            after = tuple(held.get(key) for key in held_keys)
            # Laid out again from the record it wrote, a row is arranged as it just was
            # (compact_row._arranged keeps an arrangement at the width it was made at).
            self._kept.pop(row, None)
            if len(self._kept) >= KEPT:
                self._kept.pop(next(iter(self._kept)))  # the row laid out longest ago
            self._kept[row] = ({key, key[:2] + (after,)}, laid, after)
        return moved(laid, rect.left(), rect.top())

    def forget(self) -> None:
        self._kept.clear()


def moved(laid: tuple, dx: int, dy: int) -> tuple:
    """A layout made at (0, 0), moved by (`dx`, `dy`); its rects are copies."""
    avatar, way, drawn, height = laid
    return (avatar.translated(dx, dy), way.translated(dx, dy) if way is not None else None,
            [(rect.translated(dx, dy), *rest) for rect, *rest in drawn], height)
