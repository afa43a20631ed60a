"""The lines the staff screen and the report on the stick share, so that both say the same:
the result of a check (warnings counted) and the summary of what changes, per kind of entry.
"""
from __future__ import annotations

from collections import Counter

from kiosk.bundle import korean
from kiosk.bundle.problems import tally
from kiosk.directory.strings import tr

SUMMARY_TABLES = ("staff", "departments", "rooms", "services", "amenities", "floors", "kiosks",
                  "building", "pledges", "hours", "closed_days", "notices", "nav_nodes",
                  "nav_edges")
TABLE_KEYS = {"staff": "kind.staff", "rooms": "kind.rooms", "services": "kind.services",
              "departments": "kind.departments", "amenities": "kind.amenities",
              "floors": "staff.table.floors", "kiosks": "staff.table.kiosks",
              "building": "staff.table.building", "pledges": "staff.table.pledges",
              "hours": "staff.table.hours", "closed_days": "staff.table.closed_days",
              "notices": "staff.table.notices", "nav_nodes": "staff.table.nav_nodes",
              "nav_edges": "staff.table.nav_edges"}


def table_label(table: str, lang: str) -> str:
    if table in TABLE_KEYS:
        return tr(TABLE_KEYS[table], lang)
    return korean.table(table).get(lang)  # a list without words of its own: as files name it


def result(checked) -> tuple[str, dict]:
    """The result of a check as a string key and its values: errors, or ready with or without
    warnings."""
    errors, warnings = tally(checked.problems)
    if not checked.ok:
        return "staff.bad", {"n": errors}
    if warnings:
        return "staff.ok.warnings", {"n": warnings}
    return "staff.ok", {}


def summary(changes, lang: str) -> list[str]:
    """One line per kind of entry: how many are added, removed, changed."""
    counts = Counter((c.table, c.kind) for c in changes)
    tables = [t for t in SUMMARY_TABLES if any(counts[(t, k)] for k in
                                                ("added", "removed", "changed"))]
    tables += sorted({c.table for c in changes} - set(tables))
    if not tables:
        return [tr("staff.summary.none", lang)]
    return [tr("staff.summary", lang, table=table_label(t, lang), added=counts[(t, "added")],
               removed=counts[(t, "removed")], changed=counts[(t, "changed")])
            for t in tables]
