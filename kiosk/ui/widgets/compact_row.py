"""A list row laid out for magnified text on a narrow list (150 and 200 %): the fewest lines,
so that a floor's places beside its plan and search results beside the keys show several at
once instead of one.

The floor's badge is a finger's size, or larger where its words need it to be no smaller
than the row's body text (row_badge.py); a person's photo grows, to be known by. The name
comes first, then the place and the phone number on one line where both fit (the floor said
once, by the badge, when the badge shows it). "Show me the way" stands at the row's end, its
words on two lines, where the words beside it keep more than half the row; else (200 % in
portrait, a half-width list) it goes under them, and they take the row's width. It is as
tall as the badge or its words need, never stretched down a tall row. Where a text under
the name would wrap in a column narrower than its readable measure, the name keeps its place
beside the badge and the rest takes the row's whole width under them. A place's description
waits on its card; a person's position, department and duties stay, and a department's
duties, wrapped as they need, since they tell two people of one name apart and who does
what (search, beside its keys, keeps a person's position and department only), as a place's
or a department's kind, before its room number, tells a room from the department of the
same name where a list mixes kinds (search); a list of one kind (the departments, a floor's
places) does not say it on every row: its heading does.
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
# width than English for it. Who does what (a position, duties) reads in sentences, and asks
# a sentence's measure; a place or a phone number is read at a glance.
READABLE_CHARS = 20
DESCRIPTION_CHARS = 30
# "Show me the way" stands beside the words only where they keep this share of the row: at
# 200 % in portrait it left them 53 %, duties wrapped every 15 to 24 characters and the button
# was stretched down the row's whole height. Under the words, it gives them the row's width.
BESIDE_SHARE = 0.6


def readable_width(font, text: str, chars: int = READABLE_CHARS) -> float:
    """The least width `text` may take in `font`: its whole line, or `chars` of its
    characters where it is longer and wraps."""
    if not text:
        return 0.0
    whole = QFontMetrics(font).horizontalAdvance(text)
    return min(whole, whole / len(text) * chars)


def compact_layout(theme, rect: QRect, row, words, way_text: str, max_lines: int = 2,
                   duties: bool = True, kinds_differ: bool = True, held: dict | None = None,
                   stack: bool = False, _stacked: bool | None = None, _pad: int = 0, *,
                   name_line: bool = True):
    """(avatar, way button or None, [(rect, font, colour, text, align, lines)], height),
    as AnswerDelegate.layout gives them; `kinds_differ` when the list mixes kinds of rows;
    `held`: the delegate's record of how each row was last arranged (`_arranged`); `stack`:
    each row in the shorter of the two arrangements, its margins the least (search at
    200 %, where the place and the phone often share one line under the name and the way
    button, and every pixel of height counts for a second whole answer).

    The way button stands at the row's end where the words beside it keep BESIDE_SHARE of
    the row, else under the words, as wide as they are. The words take the column beside
    the badge (and the button) where each of them fits there on one line or its readable
    measure a line; where one does not, the name keeps its place beside the badge (and the
    button) and everything under them takes the row's whole width. The button is as tall
    as the badge or its words need, never stretched down the row."""
    if stack:
        return min((compact_layout(theme, rect, row, words, way_text, max_lines, duties,
                                   kinds_differ, None, False, stacked, theme.touch(8),
                                   name_line=name_line)
                    for stacked in (False, True)), key=lambda arranged: arranged[3])
    detail, place, call, call_colour = words
    if not row.photo and row.floor_mark:  # the badge says the floor
        place = row.room_number or ""
    if kinds_differ and row.table != "staff" and row.kind:
        # Its kind leads the place: a place and the department of one name read apart.
        place = " · ".join(p for p in (row.kind, place) if p)
    # A person's photo keeps a size to be known by; a floor's badge a finger's, or what its
    # words need at the body's size. Never smaller than unmagnified (a narrow row's 64).
    pad = _pad or theme.touch(12)
    side = theme.px(56) if row.photo else badge_side(theme, row.floor_mark or row.name[:1],
                                                      theme.touch(64))
    avatar = QRect(rect.left() + pad, rect.top() + pad, side, side)
    left = avatar.right() + pad
    way_width = way_button_width(theme, way_text) if way_text else 0
    key, below_key = held_keys(theme, row, way_text)
    band = theme.px(24)
    right = rect.right() - pad - (way_width + pad if way_width else 0)
    below = bool(way_width) and _arranged(held, below_key, rect.width(), band,
                                          right - left < rect.width() * BESIDE_SHARE)
    if below:
        right = rect.right() - pad
    small, place_font, call_font = theme.font(24), theme.font(26, bold=True), theme.font(24)
    # Who does what: a person's position and department, then duties, and a department's
    # duties, wrapped as on an unmagnified row (who handles book donations shows without
    # opening each card). Without `duties` (search beside its keys, two whole results), a
    # person's position and department only.
    shown = ((detail, row.duties) if duties else (detail,)) if row.table == "staff" else \
        (row.detail,) if row.table == "departments" and duties else ()
    shown = [w for w in shown if w]  # all of it: who does what is why the row is read
    under = [(small, w, DESCRIPTION_CHARS) for w in shown] + \
        [(place_font, place, READABLE_CHARS), (call_font, call, READABLE_CHARS)]
    stacked = _arranged(held, key, rect.width(), band,
                        right - left < max(readable_width(*each) for each in under)) \
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
    gap = theme.px(24)
    tail = [(font, colour, text, QFontMetrics(font).horizontalAdvance(text))
            for font, colour, text in ((place_font, theme.color("primary"), place),
                                       (call_font, call_colour, call)) if text]
    name_width = QFontMetrics(name_font).horizontalAdvance(row.name)
    # The place and the number after the name, on its line, where all of them fit there: a
    # line less a row (at 200 % in landscape, two of a department's people in view, not one).
    after_name = name_line and bool(tail) and \
        name_width + sum(gap + each[3] for each in tail) <= width
    if after_name:
        tall = add(name_font, theme.color("text"), row.name, left, name_width, 1)
        at = left + name_width
        for number, (font, colour, text, text_width) in enumerate(tail, 1):
            at += gap
            lift = QFontMetrics(name_font).ascent() - QFontMetrics(font).ascent()  # baseline
            room = left + width - at if number == len(tail) else text_width  # the last: the rest
            drawn.append((QRect(at, bottom + lift, room, lines_height(font, 1)), font,
                          colour, text, Qt.AlignLeft | Qt.AlignTop, 1))
            tall, at = max(tall, lift + lines_height(font, 1)), at + text_width
        bottom += tall
    else:
        bottom += add(name_font, theme.color("text"), row.name, left, width,
                      max(1, len(wrap(name_font, row.name, width))))
    way = None
    if way_width and not below:  # at the row's end, from its top
        way = QRect(right + pad, rect.top() + pad, way_width,
                    max(side, way_height(theme, way_text, way_width)))
    if stacked:  # under the name, the badge and the button: the row's whole width
        bottom = max(bottom, avatar.bottom() + 1, way.bottom() + pad if way else 0)
        left = rect.left() + pad
        width = rect.right() - pad - left
    for text in shown:
        bottom += add(small, theme.color("text_muted"), text, left, width,
                      max(1, len(wrap(small, text, width))))
    place_width = QFontMetrics(place_font).horizontalAdvance(place)
    call_width = QFontMetrics(call_font).horizontalAdvance(call)
    if after_name:
        pass  # drawn on the name's line
    elif place and call and place_width + gap + call_width <= width:  # one line for both
        tall = add(place_font, theme.color("primary"), place, left, place_width, 1)
        tall = max(tall, add(call_font, call_colour, call, left + place_width + gap,
                             width - place_width - gap, 1))
        bottom += tall
    else:
        for font, colour, text in ((place_font, theme.color("primary"), place),
                                   (call_font, call_colour, call)):
            if text:
                bottom += add(font, colour, text, left, width, max_lines)
    if below:  # under the words (and the badge), as wide as the words
        top = max(bottom, avatar.bottom() + 1) + pad // 2
        way = QRect(left, top, width, way_height(theme, way_text, width))
    height = max(avatar.bottom(), bottom, way.bottom() if way else 0) + pad - rect.top()
    return avatar, way, drawn, height


def held_keys(theme, row, way_text: str) -> tuple[tuple, tuple]:
    """The keys of `row`'s arrangement in `held`: its words beside or under its badge, and
    its way button beside or under its words."""
    key = (row.table, row.id, row.name, way_text, theme.unit)
    return key, key + ("below",)


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


def way_height(theme, text: str, width: int) -> int:
    """The way button's height at `width`: a finger's, or what its words need at their least
    size (way_words in answer_row.py draws them as large as that leaves room for)."""
    font = theme.font(20, bold=True)
    lines = len(wrap(font, text, width - 2 * theme.px(8)))
    return max(theme.touch(72), lines_height(font, lines) + 2 * theme.px(4))
