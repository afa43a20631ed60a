"""Where a room's name on a plan may break into lines: at its spaces, every way for a short
name, the most even way for each count of lines for a long one; magnified, inside a long
Korean word too. The placement (plan_labels) tries these, in this order, at each size."""
from __future__ import annotations

from functools import lru_cache
from itertools import combinations

EVERY_SPLIT = 8  # words: a name this long or shorter is tried at every break (128 at most)
COMPOUND = 5  # syllables: a Korean word this long may break inside, magnified


@lru_cache(maxsize=1024)  # asked at every size of every name, of every tag's side
def layouts(name: str, compounds: bool = False,
            most: int | None = None) -> tuple[tuple[str, ...], ...]:
    """The name on one line, then on two broken at a space, then on three, and so on up to a
    word a line (the most even first at each count): a narrow, tall room holds a long name
    larger on four lines than on three. Up to EVERY_SPLIT words every break is tried; a
    longer name (a bundle allows 60 words) gets the most even break at each count, found
    without trying them all (a name of 40 words has 2^39 ways to break). `compounds`: then
    the breaks inside a long Korean word too (`_compound_breaks`). `most`: on that many lines
    at most (what the room is tall enough for): a name of 60 words is not broken 60 ways
    for a room of three lines."""
    words = name.split()
    most = len(words) if most is None else most
    if most < 1:
        return ()
    out: list[tuple[str, ...]] = [(name,)]
    if len(words) > EVERY_SPLIT:
        return (*out, *_most_even(tuple(words), most))
    for count in range(1, min(len(words), most)):  # the breaks: one fewer than the lines
        out += sorted((_lines(words, at) for at in combinations(range(1, len(words)), count)),
                      key=_widest)
    return tuple(out + ([lines for lines in _compound_breaks(words) if len(lines) <= most]
                        if compounds else []))


def _compound_breaks(words: list[str]) -> list[tuple[str, ...]]:
    """The name with a Korean word of COMPOUND syllables or more broken before its last three
    (학교도서관 / 지원실, 어린이 / 자료실: a room's name mostly ends in a two-syllable word
    and a one-syllable suffix), that break always taken, with the other breaks as `layouts`
    tries them. Only where a name grows with magnified text (`grow_labels`): one narrow room
    otherwise holds a one-word name at its 100 % size beside names twice as large."""
    out = []
    for i, word in enumerate(words):
        if len(word) < COMPOUND or not all("가" <= c <= "힣" for c in word) \
                or len(words) >= EVERY_SPLIT:
            continue
        parts = [*words[:i], word[:-3], word[-3:], *words[i + 1:]]
        for count in range(1, len(parts)):
            out += sorted((_lines(parts, at) for at in combinations(range(1, len(parts)), count)
                           if i + 1 in at), key=_widest)
    return out


def _lines(words, at) -> tuple[str, ...]:
    return tuple(" ".join(words[a:b]) for a, b in zip((0, *at), (*at, len(words))))


def _most_even(words: tuple[str, ...], most: int) -> list[tuple[str, ...]]:
    """For 2 to `most` lines (len(words) at most), the break whose longest line has the
    fewest characters (`_widest`'s measure): each count's best from the one before
    (`_even_row`), n²/2 steps a count, each count worked out once for a name."""
    out = []
    for count in range(2, min(len(words), most) + 1):
        at, i = [], len(words)
        for back in range(count, 1, -1):
            i = _even_row(words, back)[1][i]
            at.append(i)
        out.append(_lines(words, tuple(reversed(at))))
    return out


@lru_cache(maxsize=4096)  # a name's every count of lines: 100 names of 60 words, 60 each
def _even_row(words: tuple[str, ...], count: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """For each i, the longest line of words[:i] broken most evenly into `count` lines, and
    where its last line starts."""
    n = len(words)
    ends = [0]
    for word in words:
        ends.append(ends[-1] + len(word))

    def width(a: int, b: int) -> int:  # words[a:b] on one line, with their spaces
        return ends[b] - ends[a] + (b - a - 1)

    if count == 1:
        return tuple(width(0, i) if i else 0 for i in range(n + 1)), (0,) * (n + 1)
    best = _even_row(words, count - 1)[0]
    row, came = [0] * (n + 1), [0] * (n + 1)
    for i in range(count, n + 1):
        row[i], came[i] = min((max(best[p], width(p, i)), p) for p in range(count - 1, i))
    return tuple(row), tuple(came)


def _widest(lines: tuple[str, ...]) -> int:
    return max(map(len, lines))
