"""What a changed record's fields were and become, in words: "전화: 02-3677-0311 →
02-3677-0312", "자리(방): 디지털자료실 (2F-digital) → 열람실 (3F-study)". One formatter for
the staff preview of an update (ui/staff/change_list.py paints its lines) and the report
written to the stick (changes.py report_text), so both say the same.

Every value is made safe to show: a control, bidi or zero-width character is written as
<U+hhhh> (the readers refuse them, but a value must not act on a screen or a terminal if one
came through). Each side may cut a value further (`shown`): the preview wraps it whole, the
report cuts a long one with a mark and lists it whole at its end.

A field that names another record (a room, a department, a floor) shows that record's name
as each directory has it (the kiosk's now, the bundle's after), with its id. A bilingual
field shows the screen's language, or the other one when only that changed. Photos and
plans are not words: their rows show the pictures (change_list.photo_slots), and such a
field, like one that is no value to read (a position on the plan), is only named.
"""
from __future__ import annotations

from collections.abc import Callable

from kiosk.directory.model import Text, Words
from kiosk.directory.strings import tr
from kiosk.directory.text_safety import escaped

# What a changed record's fields are called; fields not listed (plan geometry, map
# positions) keep the name they have in the bundle's files.
FIELD_KEYS = {"name": "staff.field.name", "position": "staff.field.position",
              "department": "staff.field.department", "duties": "staff.field.duties",
              "extension": "staff.field.extension", "room": "staff.field.room",
              "presence": "staff.field.presence", "photo": "staff.field.photo",
              "phone": "staff.field.phone", "fax": "staff.field.fax",
              "parent": "staff.field.parent", "keywords": "staff.field.keywords",
              "hours": "staff.field.hours", "description": "staff.field.description",
              "floor": "staff.field.floor", "items": "staff.field.items"}
REFERENCES = {"room": "rooms", "department": "departments", "parent": "departments",
              "floor": "floors"}
NOT_WORDS = frozenset({"photo", "plan", "items", "rect"})  # pictures, lists, geometry


def item_name(item, lang: str) -> str:
    """Its name; a notice's title, a pledge's text; else its id."""
    for attr in ("name", "title", "text"):
        value = getattr(item, attr, None)
        if hasattr(value, "get") and value.get(lang):
            return value.get(lang)
    return str(getattr(item, "id", ""))


def one_line(text: str) -> str:
    """A value as one line to wrap: its lines joined with " / ", spaces collapsed."""
    return " / ".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def value_text(value, lang: str) -> str | None:
    """A value in words; None when it is none to read (a rectangle, a list of records)."""
    if value is None or value == "" or value == ():
        return tr("staff.value.none", lang)
    if isinstance(value, bool):
        return tr("staff.value.yes" if value else "staff.value.no", lang)
    if isinstance(value, Text):
        return one_line(value.given(lang)) or tr("staff.value.none", lang)
    if isinstance(value, Words):
        words = value.en if lang == "en" else value.ko
        return ", ".join(words) or tr("staff.value.none", lang)
    if isinstance(value, (str, int, float)):
        return one_line(str(value)) or tr("staff.value.none", lang)
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return one_line(", ".join(value))
    return None


def _reference(table: str, value, directory, lang: str) -> str:
    if not value:
        return tr("staff.value.none", lang)
    found = None
    if directory is not None:
        try:
            found = directory.get(table, value)
        except KeyError:
            found = None
    name = item_name(found, lang) if found is not None else ""
    return f"{name} ({value})" if name and name != value else str(value)


def field_label(field: str, lang: str, labels: dict[str, str]) -> str:
    return tr(labels[field], lang) if field in labels else field


def value_line(change, field: str, lang: str, labels: dict[str, str], before=None,
               after=None, shown: Callable[[str], str] = escaped) -> str | None:
    """"field: old → new" for one changed field; None when its values are not words.
    `shown`: each value as the reader sees it (safe; the report also cuts long ones)."""
    if field in NOT_WORDS:
        return None
    old, new = getattr(change.before, field, None), getattr(change.after, field, None)
    label = field_label(field, lang, labels)
    if field in REFERENCES:
        old_text = _reference(REFERENCES[field], old, before, lang)
        new_text = _reference(REFERENCES[field], new, after, lang)
    else:
        if isinstance(old, (Text, Words)) and isinstance(new, (Text, Words)):
            other = "ko" if lang == "en" else "en"
            if value_text(old, lang) == value_text(new, lang):  # only the other language
                label = tr(f"staff.change.value.in_{other}", lang, field=label)
                old_text, new_text = value_text(old, other), value_text(new, other)
                return tr("staff.change.value", lang, field=label, old=shown(old_text),
                          new=shown(new_text))
        old_text, new_text = value_text(old, lang), value_text(new, lang)
        if old_text is None or new_text is None:
            return None
    return tr("staff.change.value", lang, field=label, old=shown(old_text),
              new=shown(new_text))


def change_lines(change, lang: str, labels: dict[str, str] = FIELD_KEYS, before=None,
                 after=None, shown: Callable[[str], str] = escaped
                 ) -> tuple[list[str], list[str]]:
    """(one "field: old → new" line per field that has words, the names of the others)."""
    lines, named = [], []
    for field in change.fields:
        line = (value_line(change, field, lang, labels, before, after, shown)
                if change.before is not None and change.after is not None else None)
        if line is None:
            named.append(field_label(field, lang, labels))
        else:
            lines.append(line)
    return lines, named


def changed_lines(change, lang: str, before=None, after=None,
                  shown: Callable[[str], str] = escaped) -> list[str]:
    """A changed record in words, a line each: "field: old → new" for each field with words
    (a reference named as `before` and `after`, the directories, have it), then "Changed:
    photo" naming the others. The preview's lines under a row, the report's under a change."""
    lines, named = change_lines(change, lang, FIELD_KEYS, before, after, shown)
    if named:
        lines.append(tr("staff.change.fields", lang, fields=", ".join(named)))
    return lines
