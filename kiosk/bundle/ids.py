"""Ids compared as staff mean them: "Admin", "admin" and " admin " are one id
(text_safety.id_key). Two records whose ids differ only so are a duplicate, named with both
rows; a reference written in another case (or with spaces) is read as the id it names, so a
staff member's department "ADMIN" is the department "admin"."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from kiosk.bundle import korean
from kiosk.bundle.parts import BundleParts
from kiosk.bundle.problems import Problem, problem
from kiosk.directory.directory import Directory
from kiosk.directory.model import TABLES
from kiosk.directory.text_safety import id_key

# table -> (field, the table it names)
REFERENCES = {
    "rooms": (("floor", "floors"), ("department", "departments")),
    "departments": (("parent", "departments"), ("room", "rooms")),
    "staff": (("department", "departments"), ("room", "rooms")),
    "services": (("department", "departments"), ("room", "rooms"), ("person", "staff")),
    "amenities": (("room", "rooms"),),
    "kiosks": (("floor", "floors"),),
    "nav_nodes": (("floor", "floors"), ("room", "rooms")),
    "nav_edges": (("a", "nav_nodes"), ("b", "nav_nodes")),
    "notices": (("room", "rooms"),),
    "hours": (("rooms", "rooms"),),  # a list of ids: each read as the id it names
}


def same_ids(after: Directory, parts: BundleParts) -> Iterator[Problem]:
    """A problem for each record whose id is another's but for case or spaces (the same id
    written twice is link.duplicate's). Only the tables the bundle brings: the ids a kiosk
    kept from before this rule must not refuse a bundle that does not touch them."""
    for table in TABLES:
        if table == "nav_edges" or table not in parts.tables:  # an edge's id is its nodes'
            continue
        first: dict[str, str] = {}
        for item in getattr(after, table):
            seen = first.setdefault(id_key(item.id), item.id)
            if seen != item.id:
                file, line = parts.where(table, item.id)
                other_file, other_line = parts.where(table, seen)
                yield problem("link.same_id", file, line, table=korean.table(table), id=item.id,
                              other=seen,
                              other_file=other_file, other_line=other_line or "-")


def canonical(after: Directory, parts: BundleParts) -> Directory:
    """`after` with every reference that names an id in another case (or with spaces) written
    as that id; a reference to no id is left as it is, for the link checks to name."""
    keys = {t: {id_key(i.id): i.id for i in reversed(getattr(after, t))} for t in TABLES}
    ids = {t: {i.id for i in getattr(after, t)} for t in TABLES}
    tables = {}
    changed = False
    for table in TABLES:
        items = []
        for item in getattr(after, table):
            fixed = {}
            for field, target in REFERENCES.get(table, ()):
                value = getattr(item, field)
                if isinstance(value, tuple):
                    named = tuple(_named(v, ids[target], keys[target]) for v in value)
                    if named != value:
                        fixed[field] = named
                elif _named(value, ids[target], keys[target]) != value:
                    fixed[field] = _named(value, ids[target], keys[target])
            if fixed:
                new = replace(item, **fixed)
                if new.id != item.id and (table, item.id) in parts.origins:
                    parts.origins.setdefault((table, new.id), parts.origins[(table, item.id)])
                item, changed = new, True
            items.append(item)
        tables[table] = items
    return Directory(building=after.building, **tables) if changed else after


def _named(value, ids: set[str], keys: dict[str, str]):
    """The id `value` names: itself, or the id it is but for case and spaces; a value that
    names no id (or is no text) as it is."""
    if not isinstance(value, str) or not value or value in ids:
        return value
    return keys.get(id_key(value), value)
