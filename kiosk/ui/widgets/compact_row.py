"""A list row laid out for magnified text on a narrow list (150 and 200 %): the fewest lines,
so that a floor's places beside its plan and search results beside the keys show several at
once instead of one.

The floor's badge is a finger's size, or larger where its words need it to be no smaller
than the row's body text (row_badge.py); a person's photo grows, to be known by. The name
comes first, then the place and the phone number on one line where both fit (the floor said
once, by the badge, when the badge shows it); the way button stands at the row's end, as
tall as the words, its words on two lines. Where that leaves a text a column narrower than
READABLE_CHARS of its characters (200 % in portrait), the name keeps its place between the
badge and the way button and the rest takes the row's whole width under them. A place's description waits on its
card; a person's position, department and duties stay, and a department's duties, wrapped as
they need, since they tell two people of one name apart and who does what (search, beside its
keys, keeps a person's position and department only), as a place's or a department's kind,
before its room number, tells a room from the department of the same name where a list mixes
kinds (search); a list of one kind (the departments, a floor's places) does not say it on
every row: its heading does.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from kiosk.ui.widgets.row_badge import badge_side
from kiosk.ui.widgets.text_fit import fit, lines_height, wrap

# A description (a place's in a list row, a person's position and department, duties) wraps
# onto as many lines as it needs, up to this many; only a longer one is cut, and the cut
# counted.
DESCRIPTION_LINES = 6
# The least line a row's words wrap on, in characters of the words themselves as drawn: a
# phrase a line, where narrower ones hold a word or two and the eye jumps back on every line
# ("General / management of the / library; bids and"). Korean, wider a character, asks more
# width than English for it.
READABLE_CHARS = 20


def readable_width(font, text: str) -> float:
    """The least width `text` may take in `font`: its whole line, or READABLE_CHARS of its
    characters where it is longer and wraps."""
    if not text:
        return 0.0
    whole = QFontMetrics(font).horizontalAdvance(text)
    return min(whole, whole / len(text) * READABLE_CHARS)


def compact_layout(theme, rect: QRect, row, words, way_text: str, max_lines: int = 2,
                   duties: bool = True, kinds_differ: bool = True, held: dict | None = None,
                   stack: bool = False, _stacked: bool | None = None):
    """(avatar, way button or None, [(rect, font, colour, text, align, lines)], height),
    as AnswerDelegate.layout gives them; `kinds_differ` when the list mixes kinds of rows;
    `held`: the delegate's record of how each row was last arranged (`_arranged`); `stack`:
    each row in the shorter of the two arrangements (search lowered at 200 %, where the
    place and the phone often share one line under the name and the way button).

    The words take the column between the badge and the way button where each of them fits
    there on one line or READABLE_CHARS a line; where one does not (200 % in portrait), the
    name keeps its place between the badge and the way button and everything under them
    takes the row's whole width."""
    if stack:
        return min((compact_layout(theme, rect, row, words, way_text, max_lines, duties,
                                   kinds_differ, None, False, stacked)
                    for stacked in (False, True)), key=lambda arranged: arranged[3])
    detail, place, call, call_colour = words
    if not row.photo and row.floor_mark:  # the badge says the floor
        place = row.room_number or ""
    if kinds_differ and row.table != "staff" and row.kind:
        # Its kind leads the place: a place and the department of one name read apart.
        place = " · ".join(p for p in (row.kind, place) if p)
    # A person's photo keeps a size to be known by; a floor's badge a finger's, or what its
    # words need at the body's size. Never smaller than unmagnified (a narrow row's 64).
    pad = theme.touch(12)
    side = theme.px(56) if row.photo else badge_side(theme, row.floor_mark or row.name[:1],
                                                      theme.touch(64))
    avatar = QRect(rect.left() + pad, rect.top() + pad, side, side)
    left = avatar.right() + pad
    way_width = way_button_width(theme, way_text) if way_text else 0
    right = rect.right() - pad - (way_width + pad if way_width else 0)
    small, place_font, call_font = theme.font(24), theme.font(26, bold=True), theme.font(24)
    # Who does what: a person's position and department, then duties, and a department's
    # duties, wrapped as on an unmagnified row (who handles book donations shows without
    # opening each card). Without `duties` (search beside its keys, two whole results), a
    # person's position and department only.
    shown = ((detail, row.duties) if duties else (detail,)) if row.table == "staff" else \
        (row.detail,) if row.table == "departments" and duties else ()
    shown = [w for w in shown if w]  # all of it: who does what is why the row is read
    under = [(small, w) for w in shown] + [(place_font, place), (call_font, call)]
    stacked = _arranged(held, (row.table, row.id, row.name, way_text, theme.unit),
                        rect.width(), theme.px(24),
                        right - left < max(readable_width(font, text) for font, text in under)) \
        if _stacked is None else _stacked
    width = max(theme.px(60), right - left)
    drawn, bottom = [], rect.top() + pad

    def add(font, colour, text, at, room, lines, align=Qt.AlignLeft):
        shown = len(fit(font, text, room, lines, count=False))
        height = lines_height(font, shown)
        drawn.append((QRect(at, bottom, room, height), font, colour, text,
                      align | Qt.AlignTop, lines))
        return height

    name_font = theme.font(32, bold=True)  # a name takes the lines it needs: never cut
    bottom += add(name_font, theme.color("text"), row.name, left, width,
                  max(1, len(wrap(name_font, row.name, width))))
    way = None
    if way_width and stacked:  # beside the name, over the words: it shares the name's lines
        way = QRect(right + pad, rect.top() + pad, way_width,
                    max(theme.touch(72), side, bottom - rect.top() - pad,
                        way_words_height(theme, way_text, way_width)))
    if stacked:
        bottom = max(bottom, avatar.bottom() + 1, way.bottom() + pad if way else 0)
        left = rect.left() + pad
        width = rect.right() - pad - left
    for text in shown:
        bottom += add(small, theme.color("text_muted"), text, left, width,
                      max(1, len(wrap(small, text, width))))
    gap = theme.px(24)
    place_width = QFontMetrics(place_font).horizontalAdvance(place)
    call_width = QFontMetrics(call_font).horizontalAdvance(call)
    if place and call and place_width + gap + call_width <= width:  # one line for both
        tall = add(place_font, theme.color("primary"), place, left, place_width, 1)
        tall = max(tall, add(call_font, call_colour, call, left + place_width + gap,
                             width - place_width - gap, 1))
        bottom += tall
    else:
        for font, colour, text in ((place_font, theme.color("primary"), place),
                                   (call_font, call_colour, call)):
            if text:
                bottom += add(font, colour, text, left, width, max_lines)
    if way_width and not stacked:
        way = QRect(right + pad, rect.top() + pad, way_width,
                    max(theme.touch(72), side, bottom - rect.top() - pad))
    height = max(avatar.bottom(), bottom, way.bottom() if way else 0) + pad - rect.top()
    return avatar, way, drawn, height


def _arranged(held: dict | None, key: tuple, width: int, band: int, stacked: bool) -> bool:
    """Whether a row is stacked: where its words need it, and where it was stacked last at a
    width within `band` (a scroll bar's width) of this one. A page's scroll bar that shows when
    its rows grow narrows them: a row on the edge, arranged anew each time, went back and
    forth with it and the page's layout never settled. A row is never left beside its button
    where that wraps its words narrower than they read."""
    if held is None:
        return stacked
    last = held.get(key)
    if not stacked and last is not None and last[1] and abs(last[0] - width) <= band + 1:
        return True
    held[key] = (width, stacked)
    return stacked


_two_lines: dict[tuple[int, str], int] = {}  # (pixel size, words) -> width, measured once


def way_button_width(theme, text: str) -> int:
    """Wide enough for the way button's words at their least size: on one line when they
    are short ("➜ 길 안내"), else on two."""
    font = theme.font(20, bold=True)  # the least of the sizes the button's words take
    key = (font.pixelSize(), text)
    if key not in _two_lines:
        full = QFontMetrics(font).horizontalAdvance(text)
        width = full // 2 if full > theme.px(120) else full
        while width < full and len(wrap(font, text, width)) > 2:
            width += max(1, font.pixelSize() // 4)
        _two_lines[key] = min(width, full)
    return _two_lines[key] + 2 * theme.px(8) + theme.px(4)


def way_words_height(theme, text: str, width: int) -> int:
    """How tall the way button of `width` must be for its words at their least size."""
    font = theme.font(20, bold=True)
    lines = len(wrap(font, text, width - 2 * theme.px(8)))
    return lines_height(font, lines) + 2 * theme.px(4)
