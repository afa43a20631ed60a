"""Read the parts of a bundle folder (the staging copy, never the stick): building.toml, the
staff and departments sheets, photos and floor plans. Every problem is collected with its
file and line or row; nothing is raised, so staff see all of them at once.

A part that is missing from the bundle is left out of the result (the kiosk keeps its own);
a table named in building.toml replaces the kiosk's whole table (`rooms = []` empties it).
"""
from __future__ import annotations

from pathlib import Path

from kiosk.bundle.parts import BUILDING_FILE, BundleParts
from kiosk.bundle.problems import problem
from kiosk.bundle.read_sheets import SHEET_TYPES, SHEETS, read_sheet_into
from kiosk.bundle.read_text import file_name_problem
from kiosk.bundle.read_toml import read_toml
from kiosk.directory.text_safety import normal

PHOTOS = "photos"
PLANS = "floorplans"
PHOTO_TYPES = (".png", ".jpg", ".jpeg")
PLAN_TYPES = (".svg",)


def read_parts(folder: Path) -> BundleParts:
    parts = BundleParts()
    if (folder / BUILDING_FILE).is_file():
        read_toml(folder / BUILDING_FILE, parts)
    for table in SHEETS:
        found = [p for p in sorted(folder.glob(f"{table}.*")) if p.suffix.lower() in SHEET_TYPES]
        if len(found) > 1:
            parts.problems.append(problem("sheet.twice", found[1].name, None, table=table,
                                          first=found[0].name))
        if found:
            if table in parts.tables:
                parts.problems.append(problem("sheet.and_toml", found[0].name, None, table=table))
            read_sheet_into(found[0], table, parts)
    parts.photos = _files(folder / PHOTOS, PHOTO_TYPES, parts)
    parts.plans = _files(folder / PLANS, PLAN_TYPES, parts)
    return parts


def _files(folder: Path, types: tuple[str, ...], parts: BundleParts) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    out = {}
    for path in sorted(folder.iterdir()):
        where = f"{folder.name}/{path.name}"
        if path.is_dir():
            parts.problems.append(problem("files.subfolder", where, None, severity="warning"))
        elif path.suffix.lower() not in types:
            parts.problems.append(problem("files.wrong_type", where, None, severity="warning",
                                          types=", ".join(types)))
        elif file_name_problem(path.name, where) is not None:
            parts.problems.append(file_name_problem(path.name, where))
        elif normal(path.name) in out:  # the same name in NFC and in NFD (macOS)
            parts.problems.append(problem("files.same_name", where, None,
                                          other=out[normal(path.name)].name))
        else:
            out[normal(path.name)] = path  # as the cells that name it are read: NFC
    return out
