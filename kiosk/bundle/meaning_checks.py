"""What a well-formed bundle must also mean for the kiosk to show it: a building with a name
in both languages, every place and person a visitor finds by name with a name, floor plans drawn in the units their floor's plan_size says, rooms a
wheelchair reaches wherever the room says it can be entered. Each finding
names the file and line and the fix (kiosk/bundle/messages_meaning.py)."""
from __future__ import annotations

from typing import Iterator

from kiosk.bundle import korean
from kiosk.bundle.parts import BUILDING_FILE, BundleParts
from kiosk.bundle.problems import Problem, problem
from kiosk.directory import paths
from kiosk.directory.directory import Directory
from kiosk.directory.values import shows_nothing
from kiosk.wayfinding.graph import NavGraph
from kiosk.wayfinding.number_checks import finite
from kiosk.wayfinding.plan_box import matches, plan_box


def building_problems(after: Directory, parts: BundleParts) -> Iterator[Problem]:
    building = after.building
    file, line = parts.where("building", building.id, "name")
    if parts.building is None:
        file, line = BUILDING_FILE, None  # the kiosk's own, which the bundle leaves
    for lang, ko, en in (("ko", "한국어", "Korean"), ("en", "영어", "English")):
        if shows_nothing(building.name.given(lang)):
            yield problem("building.name_empty", file, line, lang_ko=ko, lang_en=en)


NAMED = ("floors", "rooms", "departments", "staff", "services", "amenities", "kiosks")


def name_problems(after: Directory, parts: BundleParts) -> Iterator[Problem]:
    """An error for an entry a visitor finds by its name, with no name in either language
    (only spaces, or letters that draw nothing such as the Hangul filler ㅤ): its card, its
    list row and its spoken name would be blank ("[장소] — …"
    in the results). One message, in the form of its file (cells or name = { ko, en }).
    Only the lists the bundle brings."""
    for table in NAMED:
        if table not in parts.tables:
            continue
        for item in getattr(after, table):
            if not (shows_nothing(item.name.ko) and shows_nothing(item.name.en)):
                continue
            file, line = parts.where(table, item.id, "name")
            sheet = file != BUILDING_FILE
            yield problem("name.empty", file, line,
                          record=korean.record(table, item.id),
                          where="name_ko, name_en 열" if sheet else "name = { ko, en }",
                          where_en="the name_ko and name_en cells" if sheet else
                          "name = { ko, en }")


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


def step_free_problems(after: Directory, parts: BundleParts) -> Iterator[Problem]:
    """A warning for each room that is step-free to enter (accessible) but that a kiosk
    reaches only by stairs or an escalator: a visitor in a wheelchair would be told there
    is no way. A floor where that holds for every such room is one warning, for the floor.
    A room not reached at all is graph.room_no_node's or graph.cut_off's."""
    if not after.nav_nodes:
        return
    graph = NavGraph(after)
    walk, free = graph.bounds[False].part, graph.bounds[True].part
    doors: dict[str, list[int]] = {}
    for i, node in enumerate(graph.nodes):
        if node.room:
            doors.setdefault(node.room, []).append(i)
    kiosks = [(k, graph.index[k.id]) for k in after.kiosks if k.id in graph.index]
    stairs_only: dict[str, list] = {}  # floor -> (room, kiosk) reached by stairs only
    checked: dict[str, int] = {}  # floor -> accessible rooms with a way in
    for room in after.rooms:
        if not room.accessible or room.id not in doors:
            continue
        checked[room.floor] = checked.get(room.floor, 0) + 1
        ends = doors[room.id]
        for kiosk, start in kiosks:
            if any(walk[d] == walk[start] for d in ends) and \
                    not any(free[d] == free[start] for d in ends):
                stairs_only.setdefault(room.floor, []).append((room, kiosk))
                break
    floors = {f.id: f for f in after.floors}
    for floor_id, found in stairs_only.items():
        floor = floors.get(floor_id)
        if len(found) == checked[floor_id] > 1 and floor is not None:
            file, line = parts.where("floors", floor_id)
            yield problem("floor.not_step_free", file, line, severity="warning",
                          floor=floor_id, name=floor.name.ko, name_en=floor.name.en,
                          kiosk=found[0][1].id, count=len(found))
            continue
        for room, kiosk in found:
            file, line = parts.where("rooms", room.id)
            yield problem("room.not_step_free", file, line, severity="warning",
                          room=room.id, name=room.name.ko, name_en=room.name.en,
                          kiosk=kiosk.id)
