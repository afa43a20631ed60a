"""What a well-formed bundle must also mean for the kiosk to show it: a building with a name
in both languages, floor plans drawn in the units their floor's plan_size says. Each finding
names the file and line and the fix (kiosk/bundle/messages_meaning.py)."""
from __future__ import annotations

from typing import Iterator

from kiosk.bundle.problems import Problem, problem
from kiosk.bundle.read import BUILDING_FILE, BundleParts
from kiosk.directory import paths
from kiosk.directory.directory import Directory
from kiosk.wayfinding.number_checks import finite
from kiosk.wayfinding.plan_box import matches, plan_box


def building_problems(after: Directory, parts: BundleParts) -> Iterator[Problem]:
    building = after.building
    file, line = parts.where("building", building.id, "name")
    if parts.building is None:
        file, line = BUILDING_FILE, None  # the kiosk's own, which the bundle leaves
    for lang, ko, en in (("ko", "한국어", "Korean"), ("en", "영어", "English")):
        if not building.name.get(lang).strip():
            yield problem("building.name_empty", file, line, lang_ko=ko, lang_en=en)


def plan_size_problems(after: Directory, parts: BundleParts) -> Iterator[Problem]:
    """A floor whose plan draws in other units than its plan_size; only floors or plans the
    bundle brings (a kiosk's own plans are not the bundle's to refuse)."""
    for f in after.floors:
        if not f.plan or ("floors" not in parts.tables and f.plan not in parts.plans):
            continue
        size = tuple(f.plan_size)
        if not all(finite(v) and v > 0 for v in size):
            continue  # number_problems names it
        try:
            path = parts.plans.get(f.plan) or paths.floorplan(f.plan)
            box = plan_box(path) if path.is_file() else None
        except OSError:  # a name the disk cannot hold: file_problems names it
            continue
        if box is None or matches(box, size):
            continue
        file, line = parts.where("floors", f.id, "plan_size")
        x, y, w, h = box
        yield problem("plan.viewbox", file, line, id=f.id, plan=f.plan,
                      viewbox=f"{x:g} {y:g} {w:g} {h:g}", plan_size=f"[{size[0]:g}, {size[1]:g}]",
                      w=f"{w:.1f}", h=f"{h:.1f}")
