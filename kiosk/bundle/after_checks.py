"""What the directory as it would be after an update must hold, beyond each file's own form:
references that resolve (kiosk.directory) and a whole navigation graph (kiosk.wayfinding),
numbers the plans and routes can use, and photos and plans that exist under names the
kiosk's disk keeps and that pass their checks. Each finding becomes a Problem naming the
file and line it came from (BundleParts.where).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

from kiosk.bundle import korean
from kiosk.bundle.dependents import Missing, folded
from kiosk.bundle.entry_checks import closed_day_lines
from kiosk.bundle.parts import BUILDING_FILE, BundleParts
from kiosk.bundle.problems import Problem, problem
from kiosk.bundle.read import PHOTO_TYPES, PHOTOS, PLANS
from kiosk.bundle.read_sheets import SHEETS
from kiosk.bundle.stage import name_problem
from kiosk.directory import paths
from kiosk.directory.directory import Directory
from kiosk.directory.model import Text
from kiosk.wayfinding.checks import graph_problems
from kiosk.wayfinding.number_checks import number_problems as find_numbers
from kiosk.wayfinding.plan_check import MAX_ELEMENTS as PLAN_ELEMENTS
from kiosk.wayfinding.plan_check import plan_problem

IMAGE_PROBLEMS = ("photo.not_image", "photo.corrupt", "photo.cut_short",
                  "photo.too_many_pixels")
ImageCheck = Callable[[Path], "str | None"]  # a photo -> None, or one of IMAGE_PROBLEMS


# What Directory.inconsistencies() finds -> the problem that says it.
_LINKS = {"duplicate": "link.duplicate", "missing": "link.missing", "cycle": "link.cycle",
          "presence": "link.presence"}


# A graph finding that names an id which is not there -> the list it should be in.
_GRAPH_MISSING = {"graph.node_floor": "floors", "graph.node_room": "rooms",
                  "graph.edge_node": "nav_nodes"}


def link_problems(after: Directory, parts: BundleParts) -> list[Problem]:
    """Broken references, duplicates and the graph's findings; the rows naming one missing id
    after the first are counted on one line (kiosk.bundle.dependents)."""
    found: list[tuple[Problem, Missing | None]] = []
    files: dict[str, str] = {}  # a list -> its file, looked up once (20,000 rows name one)
    told: set[tuple[str, str]] = set()
    for f in after.inconsistencies():
        file, line = parts.where(f.table, f.id, f.attr or None)
        if f.kind == "duplicate" and f.table == "closed_days":  # a date written twice
            lines = closed_day_lines(parts, f.id)
            found.append((problem("closed_day.twice", file, lines[-1] if lines else line,
                                  date=f.id, lines=", ".join(map(str, lines)) or "-"), None))
            continue
        if f.kind == "duplicate":
            if (f.table, f.id) not in told:  # an id given three times is one message
                told.add((f.table, f.id))
                places = parts.places.get((f.table, f.id), [])
                found.append((_duplicate(f.table, f.id, places if len(places) > 1 else
                                         [(file, line)]), None))
            continue
        if f.kind == "missing" and _refused(parts, f.target, f.value):
            continue  # the entry is there, refused for its values: said once, at its line
        values = {"table": korean.table(f.table), "id": f.id, "value": f.value}
        missing = None
        if f.kind == "missing":
            values.update(record=korean.record(f.table, f.id), attr=f.attr,
                          target_file=files.get(f.target) or files.setdefault(
                              f.target, _file_of(parts, f.target)),
                          target=korean.table(f.target))
            missing = Missing(f.table, f.id, f.target, f.value)
            meant = _meant(after, f.target, f.value)
            if meant is not None:  # a door number or a name where the id belongs
                how, item = meant
                values.update(name=item.name, meant=item.id)
                found.append((problem(f"link.missing_{how}", file, line, **values), missing))
                continue
        found.append((problem(_LINKS[f.kind], file, line, **values), missing))
    graph = graph_problems(after)
    for f, p in zip(graph, _findings(graph, parts)):
        target = _GRAPH_MISSING.get(f.key)
        if target and _refused(parts, target, f.values["value"]):
            continue
        found.append((p, Missing(f.table, f.item_id, target, f.values["value"])
                      if target else None))
    return folded(found)


def _meant(after: Directory, table: str, value) -> tuple[str, object] | None:
    """What a librarian most likely meant by a value that is no id of `table`: a place by its
    door number ("201"), or any entry by its name in either language; None when nothing or
    more than one entry fits."""
    want = value.strip().casefold() if isinstance(value, str) else ""
    if not want:
        return None
    items = getattr(after, table, ())
    for how, fits in (("number", lambda i: str(getattr(i, "number", "")).strip().casefold()),
                      ("name", lambda i: {str(n).strip().casefold()
                                          for n in (i.name.ko, i.name.en)})):
        found = [i for i in items if isinstance(getattr(i, "name", None), Text)
                 and (want in fits(i) if how == "name" else want == fits(i))]
        if len(found) == 1:
            return how, found[0]
        if found:
            return None  # two places with one door number: which one is not ours to guess
    return None


def _refused(parts: BundleParts, table: str | None, value) -> bool:
    return isinstance(value, str) and (table, value.strip().casefold()) in parts.refused


def _file_of(parts: BundleParts, table: str) -> str:
    """The file that holds a list: the bundle's sheet or building.toml, else where the kiosk's
    own would go (staff and departments in a sheet, the rest in building.toml)."""
    for (origin_table, _id), (file, _line) in parts.origins.items():
        if origin_table == table:
            return file
    return f"{table}.xlsx" if table in SHEETS else BUILDING_FILE


def number_problems(after: Directory, parts: BundleParts) -> Iterator[Problem]:
    yield from _findings(find_numbers(after), parts)


def _findings(found: list, parts: BundleParts) -> Iterator[Problem]:
    """Problems from kiosk.wayfinding's findings, each at its entry's file and line."""
    for f in found:
        if f.item_id:
            file, line = parts.where(f.table, f.item_id, f.field)
        else:  # the table as a whole
            file, line = BUILDING_FILE, parts.table_line(f.table)
        values = {k: korean.kind(v) if k == "kind" else v for k, v in f.values.items()}
        yield problem(f.key, file, line, record=korean.record(f.table, f.item_id), **values)


def _plain_name(name: str) -> bool:
    return not ("/" in name or "\\" in name or ":" in name or name in (".", "..")
                or name.startswith("."))


def file_problems(after: Directory, parts: BundleParts,
                   image_check: ImageCheck | None) -> list[Problem]:
    out = []
    for s in after.staff:
        if not s.photo:
            continue
        file, line = parts.where("staff", s.id)
        bad_name = name_problem(s.photo, PHOTOS, file, line)
        if not _plain_name(s.photo):
            out.append(problem("photo.name", file, line, name=s.photo))
        elif bad_name is not None:
            out.append(bad_name)
        elif s.photo not in parts.photos and paths.staff_photo(s.photo) is None:
            # A HEIC from a phone (or a GIF, a BMP) may well be in photos/: it is not missing,
            # it is of a kind the kiosk does not show, and the fix is another file.
            kind = Path(s.photo).suffix.lower()
            key = "photo.missing" if kind in PHOTO_TYPES or not kind else "photo.kind"
            out.append(problem(key, file, line, id=s.id, name=s.photo, kind=kind))
    for f in after.floors:
        if not f.plan:
            continue
        file, line = parts.where("floors", f.id, "plan")
        bad_name = name_problem(f.plan, PLANS, file, line)
        if not _plain_name(f.plan):
            out.append(problem("plan.name", file, line, name=f.plan))
        elif bad_name is not None:
            out.append(bad_name)
        elif f.plan not in parts.plans and not paths.floorplan(f.plan).is_file():
            out.append(problem("plan.missing", file, line, id=f.id, name=f.plan))
    if image_check is not None:
        for name, path in parts.photos.items():
            key = image_check(path)
            if key is not None:
                out.append(problem(key, f"{PHOTOS}/{name}", None))
    for name, path in parts.plans.items():
        found = plan_problem(path)
        if found is not None:
            out.append(problem(found[0], f"{PLANS}/{name}", None, limit=PLAN_ELEMENTS,
                               what=found[1]))
    return out


def _duplicate(table: str, item_id: str, places: list[tuple[str, int | None]]) -> Problem:
    """An id given to several rows (or entries): said at the first, naming every one (the
    kiosk's own list, kept by the bundle, knows no rows: one place, the id twice)."""
    by_file: dict[str, list[str]] = {}
    for file, line in places:
        by_file.setdefault(file, []).append(str(line) if line is not None else "-")
    where = Text("; ".join(f"{file} {', '.join(lines)}행" for file, lines in by_file.items()),
                 "; ".join(f"{file}, lines {', '.join(lines)}" for file, lines in by_file.items()))
    lines = ", ".join(line for rows in by_file.values() for line in rows)
    file, line = places[0]
    count = max(len(places), 2)
    return problem("link.duplicate", file, line, table=korean.table(table), id=item_id,
                   count=Text("두 번", "twice") if count == 2 else Text(f"{count}번",
                                                                      f"{count} times"),
                   where=where, lines=lines)
