"""Searches that found nothing, counted without personal data.

Staff learn what visitors asked for and the directory lacks ("주차", "wifi"). A visitor may
also type a phone number, a card number or a person's name: such a query is counted, but its
text is withheld. The rule: the text is kept only when it holds no run of 4 or more digits
(spaces, hyphens and dots between them do not break the run: 010-1234-5678) and no name from
the staff list, in Korean or English, with or without spaces, in either order of its words
("Kim Minji", "minjikim", "김 민지", "Seojun Lee" for "Lee Seo-jun").
"""
from __future__ import annotations

import re
import uuid
from collections.abc import Iterable

from kiosk.directory.directory import Directory
from kiosk.search.hangul import normalize

MAX_QUERY = 100  # longer than the search box takes; what a record keeps at most
_DIGIT_RUN = re.compile(r"\d{4,}")
_SEPARATORS = re.compile(r"[\s\W_]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _compact(text: str) -> str:
    """Case-folded, NFC, with every space and punctuation mark taken out."""
    return _SEPARATORS.sub("", normalize(text))


def name_forms(names: Iterable[str]) -> frozenset[str]:
    """Each name as it may be typed: without spaces, family name first or last (every turn of
    its words: "Lee Seo-jun" is also "Seojun Lee"). Names of one character are left out: they
    would withhold nearly every Korean query."""
    forms = set()
    for name in names:
        words = [w for w in _SEPARATORS.split(normalize(name)) if w]
        for turn in range(max(1, len(words))):
            form = "".join(words[turn:] + words[:turn])
            if len(form) >= 2:
                forms.add(form)
    return frozenset(forms)


def staff_name_forms(directory: Directory) -> frozenset[str]:
    return name_forms(n for person in directory.staff for n in person.name.both())


def withheld(query: str, names: frozenset[str]) -> bool:
    """True when the query's text must not be kept: a run of 4+ digits, or a staff name."""
    compact = _compact(query)
    if _DIGIT_RUN.search(compact):
        return True
    return any(name in compact for name in names)


def unfound_record(query: str, names: frozenset[str], *, kiosk: str, lang: str, at: float,
                   record_id: str | None = None) -> dict:
    """A "searches" record (docs/records.md): the text, or "" when it was withheld."""
    hidden = withheld(query, names)
    text = "" if hidden else " ".join(_CONTROL.sub("", query).split())[:MAX_QUERY]
    return {"id": record_id or uuid.uuid4().hex, "at": float(at), "kiosk": kiosk, "lang": lang,
            "query": text, "withheld": hidden}
