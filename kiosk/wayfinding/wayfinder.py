"""The way from "you are here" to a room, person, service or amenity: the path over the
navigation graph (kiosk.wayfinding.graph), cut into one leg per floor visit, with numbered steps
in Korean and English (kiosk.wayfinding.directions), and the forms it leaves the kiosk in: plain
text for a QR code, or a link to the site's route page.
"""
from __future__ import annotations

from urllib.parse import urlencode

from kiosk.directory.directory import Directory
from kiosk.directory.model import Kiosk, Text
from kiosk.directory.same_place import same_name
from kiosk.wayfinding.directions import steps_for
from kiosk.wayfinding.graph import NavGraph
from kiosk.wayfinding.route import Leg, NoRoute, Route

WALK_M_PER_S = 1.0  # an unhurried pace: elderly visitors walk about 1 m/s
# Seconds between floors: an elevator's wait and ride per level; stairs per level.
ELEVATOR_WAIT_S, ELEVATOR_S_PER_LEVEL, STAIRS_S_PER_LEVEL = 30, 5, 20

NO_STEP_FREE = Text("계단 없이 갈 수 있는 길이 없습니다.",
                    "There is no step-free way there.")
NO_WAY = Text("안내도에 이곳으로 이어지는 길이 없습니다.",
              "The floor plans show no way to this place.")


def not_step_free(place: Text) -> Text:
    """Why a room has no step-free way: its own way in, the room named."""
    return Text(f"{place.get('ko')}에는 들어가는 길에 계단이나 턱이 있습니다.",
                f"{place.get('en')} can only be entered by steps.")


class Wayfinder:
    """Routes over one directory's graph, from `here` (a kiosk, or a node id) unless a route
    names another start. Built once per directory; each route is a search over the graph."""

    def __init__(self, directory: Directory, here: Kiosk | str | None = None) -> None:
        self.directory = directory
        self.graph = NavGraph(directory)
        self.doors: dict[str, list[int]] = {}  # room id -> the nodes that are its way in
        for i, node in enumerate(self.graph.nodes):
            if node.room:
                self.doors.setdefault(node.room, []).append(i)
        self.here = self._start(here)

    # -- ends ------------------------------------------------------------------------------
    def _start(self, here: Kiosk | str | None) -> int:
        """A kiosk stands at its own node (same id), else at the node nearest to its place on
        its floor; without a kiosk, at the directory's first kiosk."""
        graph = self.graph
        if isinstance(here, str):
            if here in graph.index:
                return graph.index[here]
            kiosk = self.directory.kiosk(here)
            if kiosk is None:
                raise KeyError(f"{here!r} is neither a kiosk nor a navigation node")
            here = kiosk
        if here is None:
            if not self.directory.kiosks:
                raise KeyError("the directory has no kiosk to start from")
            here = self.directory.kiosks[0]
        own = graph.index.get(here.id)
        if own is not None and graph.nodes[own].floor == here.floor:
            return own
        on_floor = [i for i, n in enumerate(graph.nodes) if n.floor == here.floor]
        if not on_floor:
            raise KeyError(f"floor {here.floor!r} of kiosk {here.id!r} has no navigation nodes")
        return min(on_floor, key=lambda i: (graph.x[i] - here.x) ** 2 + (graph.y[i] - here.y) ** 2)

    def room_of(self, table: str, item_id: str) -> str:
        """The room a directory entry is found in (a person's or service's own room, else
        their department's, else that of the nearest department above it that has one).
        KeyError if the entry or its room is unknown."""
        d = self.directory
        item = d.get(table, item_id)
        if item is None:
            raise KeyError(f"{table}/{item_id} is not in the directory")
        if table == "rooms":
            return item.id
        room = d.room(getattr(item, "room", None))
        if room is None:
            dept = item if table == "departments" else \
                d.department(getattr(item, "department", None))
            room = d.department_room(dept)
        if room is None:
            raise KeyError(f"{table}/{item_id} has no room")
        return room.id

    # -- routing ---------------------------------------------------------------------------
    def route(self, target: tuple[str, str], start: str | None = None,
              step_free: bool = False) -> Route:
        """The way to `target` (table, id). KeyError when the target or its room has no place
        in the graph; NoRoute (with the reason for the visitor) when no way leads there."""
        table, item_id = target
        room_id = self.room_of(table, item_id)
        ends = set(self.doors.get(room_id, ()))
        if not ends:
            raise KeyError(f"room {room_id!r} has no navigation node")
        room = self.directory.room(room_id)
        if step_free and not room.accessible:
            raise NoRoute(not_step_free(room.name))
        begin = self._start(start) if start is not None else self.here
        found = self.graph.shortest(begin, ends, step_free)
        if found is None:
            if step_free and self.graph.shortest(begin, ends, False) is not None:
                raise NoRoute(NO_STEP_FREE)
            raise NoRoute(NO_WAY)
        path, _cost = found
        who = None if table == "rooms" else self.directory.get(table, item_id).name
        if who is not None and same_name(who, room.name):
            who = None  # a department found in its place: the place's name says it once
        return self._route(path, who or room.name, who, step_free)

    def _route(self, path: list[int], destination: Text, who: Text | None,
               step_free: bool) -> Route:
        graph = self.graph
        legs: list[Leg] = []
        walked = 0.0
        seconds = 0.0
        points: list[tuple[float, float]] = []
        for i, node in enumerate(path):
            if i and graph.floor_no[path[i - 1]] != graph.floor_no[node]:
                legs.append(Leg(graph.nodes[path[i - 1]].floor, tuple(points)))
                points = []
                seconds += _between_floors(graph, path[i - 1], node, step_free)
            elif i:
                metres = graph.walked(path[i - 1], node, step_free)
                walked += metres
                seconds += metres / WALK_M_PER_S
            points.append((graph.x[node], graph.y[node]))
        legs.append(Leg(graph.nodes[path[-1]].floor, tuple(points)))
        ids = tuple(graph.nodes[i].id for i in path)
        steps = steps_for(self.directory, graph, path, who, step_free)
        return Route(start=ids[0], end=ids[-1], destination=destination, nodes=ids,
                     legs=tuple(legs), steps=steps, length_m=walked, seconds=round(seconds),
                     step_free=step_free)


def _between_floors(graph: NavGraph, a: int, b: int, step_free: bool) -> float:
    levels = max(1, abs(graph.level[a] - graph.level[b]))
    kind = graph.edge(a, b, step_free).kind
    if kind == "elevator":
        return ELEVATOR_WAIT_S + ELEVATOR_S_PER_LEVEL * levels
    if kind in ("stairs", "escalator"):
        return STAIRS_S_PER_LEVEL * levels
    return graph.cost(graph.edge(a, b, step_free)) / WALK_M_PER_S  # a ramp is walked


# -- taking it along ---------------------------------------------------------------------------
def route_text(route: Route, lang: str) -> str:
    """The directions as plain text: what a QR code carries to any phone, with no network."""
    title = {"ko": f"{route.destination.get('ko')} 가는 길",
             "en": f"Way to {route.destination.get('en')}"}
    minutes = max(1, round(route.seconds / 60))
    summary = {"ko": f"{round(route.length_m)}m · 걸어서 약 {minutes}분",
               "en": f"{round(route.length_m)} m · about {minutes} min on foot"}
    lines = [title.get(lang, title["en"]), summary.get(lang, summary["en"])]
    lines += [f"{n}. {step.text.get(lang)}" for n, step in enumerate(route.steps, 1)]
    return "\n".join(lines)


def route_url(route: Route, base_url: str, lang: str) -> str:
    """A link to the site's route page: where from, where to, the language and step-free."""
    query = {"from": route.start, "to": route.end, "lang": lang}
    if route.step_free:
        query["step_free"] = "1"
    joiner = "&" if "?" in base_url else "?"
    return f"{base_url}{joiner}{urlencode(query)}"
