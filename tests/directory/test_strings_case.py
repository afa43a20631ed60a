"""The English of the string tables is in sentence case, as an English-speaking library prints
its signs and buttons: a phrase capitalises its first word only ("Show me the way", "Library
guide", never "Library Guide"), names and abbreviations aside. And Korean tells a day of the
week in full ("화요일 09:00까지"), never by its first letter alone."""
from __future__ import annotations

import re

from kiosk.directory.strings import STRINGS, tr

# Words that keep their capital inside a phrase: names of languages, days and months, "I",
# and the buttons a sentence names ("tap Help again").
NAMES = {"I", "English", "Korean", "Help", "Ed25519"} | {
    *"Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    *"Mon Tue Wed Thu Fri Sat Sun".split(),
    *("January February March April May June July August September October November "
      "December").split(),
    *"Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec".split()}
# Where a new phrase starts, with a capital of its own: a sentence's end, a colon, the
# middle dot between parts, brackets, a line break, a dash or a slash between words.
PHRASE_ENDS = r"[.:?!;·()\n—–]|\s[-/]\s"


def capitals_inside(text: str) -> list[str]:
    """The words of `text` capitalised inside a phrase: not first, not a name, not an
    abbreviation (USB, PIN, 1F), not inside quotes (a button's words quoted)."""
    text = re.sub(r"\{\w+\}", "x", text)  # a value filled in is no word of the table's
    text = re.sub(r"(^|\s)'[^']*'", r"\1x", text)
    found = []
    for phrase in re.split(PHRASE_ENDS, text):
        words = re.findall(r"[A-Za-z0-9][A-Za-z0-9'\-]*", phrase)  # 1F: a floor, no word
        found += [w for w in words[1:] if w[0].isupper() and w not in NAMES
                  and not (len(w) > 1 and w.rstrip("s").isupper())]
    return found


def test_english_is_in_sentence_case():
    found = {key: capitals_inside(en) for key, (_ko, en) in STRINGS.items()}
    assert {key: words for key, words in found.items() if words} == {}


def test_a_word_capitalised_inside_a_phrase_is_found():
    assert capitals_inside("Library Guide") == ["Guide"]
    assert capitals_inside("Show Me The Way") == ["Me", "The", "Way"]
    assert capitals_inside("Step {n} of {total} · Back to normal") == []
    assert capitals_inside("Insert the USB stick, then tap 'Check Again'") == []


def test_korean_days_are_told_in_full():
    """Every table that names a weekday where hours or a due time are told."""
    days = [key for key in STRINGS if key.startswith(("day.", "console.weekday."))]
    assert len(days) == 14
    assert [key for key in days if not tr(key, "ko").endswith("요일")] == []
