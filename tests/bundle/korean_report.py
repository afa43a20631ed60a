"""What a Korean report line may hold in Latin letters: names quoted from the data, and the
names staff type (keys, lists, files, commands, values such as true). Anything else is an
English word a Korean reader was left to read (`english_words`)."""
from __future__ import annotations

import dataclasses
import re

from kiosk.directory import model
from kiosk.directory.text_safety import escaped
from kiosk.directory.charter_tables import NOTICE_KINDS
from kiosk.directory.model import (
    NAV_EDGE_KINDS,
    NAV_NODE_KINDS,
    PRESENCE,
    ROOM_KINDS,
    TABLES,
)

# Quoted from the data or from the format: '...', "...", `...`, and a path or id with a dot,
# a slash, an underscore or a digit (building.toml, photos/, nav_nodes, s01, 1F).
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|`[^`\n]*`|‘[^’\n]*’|“[^”\n]*”")
# \u, \n as a file writes them; a character named by its code point, U+001B.
_ESCAPE = re.compile(r"\\[A-Za-z]+|U\+[0-9A-Fa-f]{4,6}")
# A word that starts a word (not "F" of "1F", nor "png" of "a.png").
_WORD = re.compile(r"(?<![\w.+/\\#<@:-])[A-Za-z][A-Za-z0-9_./\\:@$#-]*")
# Every key a bundle's files may write, and the lists' names.
_KEYS = {f.name for cls in (model.Building, model.ServiceStep, *TABLES.values())
         for f in dataclasses.fields(cls)} | set(TABLES) | {"building", "ko", "en"}
# Names staff type or see on their PC, as the messages quote them.
NAMES = _KEYS | set(NAV_EDGE_KINDS + NAV_NODE_KINDS + NOTICE_KINDS + PRESENCE + ROOM_KINDS) | {
    "TOML", "CSV", "UTF", "CP949", "XLSX", "xlsx", "Excel", "SVG", "PNG", "JPEG", "XML",
    "ENTITY", "MB", "ID", "id", "USB", "PC", "true", "false", "in", "away", "leave", "nan",
    "inf", "viewBox", "foreignObject", "onclick", "onload", "python", "kiosk", "bundle",
    "sign", "validate", "forget-version", "export", "key", "version", "DIR", "KEYFILE", "HH",
    "MM",
    "x", "y", "w", "h", "a", "b", "corridor", "door", "stairs", "elevator", "ramp",
    "escalator", "kiosk", "notice", "event", "docs", "macOS", "Windows", "U", "TAB", "m",
    "km", "public_key", "CSV UTF-8", "Comma", "delimited", "Home", "Merge", "Center",
    "off", "width", "height", "href", "url", "data", "import", "xml-stylesheet", "script",
    "image", "photos", "floorplans",
}


def english_words(text: str, quoted_values: tuple[str, ...] = ()) -> list[str]:
    """The Latin words of a Korean text that are neither quoted, nor a name, nor one of
    `quoted_values` (what the data put into the message)."""
    # A value is quoted as given, or with its control characters written out (<U+0001>).
    shown = {form for value in quoted_values for form in (value, escaped(value))}
    for value in sorted(shown, key=len, reverse=True):
        if len(value) > 1 and any("A" <= c.upper() <= "Z" for c in value):
            text = text.replace(value, " ")
    text = _ESCAPE.sub(" ", _QUOTED.sub(" ", text))
    out = []
    for word in _WORD.findall(text):
        word = word.rstrip(".:,-/\\")
        if word in NAMES or any(c.isdigit() or c in "_./\\" for c in word):
            continue
        out.append(word)
    return out
