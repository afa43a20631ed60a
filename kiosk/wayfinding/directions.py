"""Numbered directions for a path over the navigation graph, in Korean and English.

Turns come from the plan's geometry: at each node the angle between the way in and the way
out (under 30 degrees is straight on). The first direction is told as the visitor standing at
the kiosk sees it: the plans are drawn as seen from the kiosk, so up on the plan is straight
ahead past the screen, left is left. A stretch without turns is one step, with the most useful
landmark it passes (the information desk, the elevator, a labelled node, else a room). The
last turn into a door becomes "on your left"; a floor change is one step however many
flights it climbs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.directory.model import Text
from kiosk.directory.particles import particle
from kiosk.directory.units import NBSP
from kiosk.wayfinding.route import Step

if TYPE_CHECKING:
    from kiosk.directory.directory import Directory
    from kiosk.wayfinding.graph import NavGraph

STRAIGHT_DEG, BACK_DEG = 30.0, 150.0
FEW_STEPS_M = 3.0  # nearer than this is "a few steps", not a number of metres
# Rooms worth naming as landmarks, best first; then labelled nodes, other rooms, and toilets
# last (they stand in every corridor). Of equals, the one passed last: nearest the next turn.
LANDMARK_KINDS = ("desk", "elevator", "stairs", "entrance")
PLAIN = ("toilet",)
UNNAMED = ("hall",)  # a hall is where one walks, not a landmark
SIDE = {"left": Text("왼쪽", "on your left"), "right": Text("오른쪽", "on your right"),
        "straight": Text("앞쪽", "straight ahead"), "back": Text("뒤쪽", "behind you")}
GO = {"left": Text("왼쪽으로", "left"), "right": Text("오른쪽으로", "right"),
      "straight": Text("앞으로", "straight ahead"), "back": Text("뒤로", "back")}
RIDE_NAME = {"elevator": Text("엘리베이터", "elevator"), "stairs": Text("계단", "stairs"),
             "escalator": Text("에스컬레이터", "escalator"), "ramp": Text("경사로", "ramp")}


def subject(word: str) -> str:
    """word + 이/가, as the word is read (kiosk/directory/particles.py)."""
    return _chosen(word, "이(가)", "가")


def toward(word: str) -> str:
    """word + 으로/로 (로 after a vowel or ㄹ)."""
    return _chosen(word, "(으)로", "로")


def _chosen(word: str, forms: str, unknown: str) -> str:
    """A name whose reading is unknown (a sign, or blank: a bundle may leave a floor's Korean
    name empty) takes the vowel's form, as a name read letter by letter mostly ends."""
    said = particle(word, forms)
    return said if not said.endswith(forms) else word + unknown


def distance(metres: float) -> Text:
    if metres < FEW_STEPS_M:
        return Text("몇 걸음", "a few steps")
    return Text(f"{round(metres)}m", f"{round(metres)}{NBSP}m")  # "13 m" on one line


def turn(ax: float, ay: float, bx: float, by: float) -> str:
    """left, right, straight or back, going a->b after coming along a (plan y points down)."""
    if (ax == ay == 0) or (bx == by == 0):
        return "straight"
    angle = math.degrees(math.atan2(ax * by - ay * bx, ax * bx + ay * by))
    if abs(angle) < STRAIGHT_DEG:
        return "straight"
    if abs(angle) > BACK_DEG:
        return "back"
    return "right" if angle > 0 else "left"


def facing(dx: float, dy: float) -> str:
    """A first direction as seen by a visitor facing the kiosk's screen."""
    if abs(dx) >= abs(dy):
        return "right" if dx > 0 else "left"
    return "straight" if dy < 0 else "back"


@dataclass
class Stretch:
    """Walking without a turn on one floor: from path position `a` to `b`."""

    a: int
    b: int
    turn: str  # how it begins: the turn at a ("" for the first stretch of a floor)
    metres: float
    landmark: Text | None


class Directions:
    def __init__(self, directory: "Directory", graph: "NavGraph", path: list[int],
                 step_free: bool) -> None:
        self.d, self.g, self.path, self.step_free = directory, graph, path, step_free
        self.steps: list[Step] = []

    # -- geometry --------------------------------------------------------------------------
    def vector(self, i: int) -> tuple[float, float]:
        """The way from path position i to i+1, on the plan."""
        a, b = self.path[i], self.path[i + 1]
        return self.g.x[b] - self.g.x[a], self.g.y[b] - self.g.y[a]

    def turn_at(self, i: int) -> str:
        return turn(*self.vector(i - 1), *self.vector(i))

    def floor_change(self, i: int) -> bool:
        return self.g.floor_no[self.path[i]] != self.g.floor_no[self.path[i + 1]]

    def runs(self) -> list[tuple[int, int]]:
        """(first, last) path positions of each walk on one floor, in order."""
        runs, first = [], 0
        for i in range(len(self.path) - 1):
            if self.floor_change(i):
                runs.append((first, i))
                first = i + 1
        runs.append((first, len(self.path) - 1))
        # A landing passed on the stairs is part of the climb, not a walk.
        return [r for k, r in enumerate(runs) if r[0] < r[1] or k in (0, len(runs) - 1)]

    def stretches(self, first: int, last: int) -> list[Stretch]:
        out: list[Stretch] = []
        start, how = first, ""
        for i in range(first + 1, last + 1):
            way = self.turn_at(i) if i < last else ""
            if i == last or way != "straight":
                out.append(Stretch(start, i, how, self.walked(start, i),
                                   self.landmark(start + 1, i)))
                start, how = i, way
        return out

    def walked(self, a: int, b: int) -> float:
        return sum(self.g.walked(self.path[i], self.path[i + 1], self.step_free)
                   for i in range(a, b))

    def is_door(self, i: int) -> bool:
        """Whether the way from i-1 to i goes through a door (into a room, or a lift)."""
        edge = self.g.edge(self.path[i - 1], self.path[i], self.step_free)
        return edge.kind == "door" or self.g.nodes[self.path[i]].kind != "corridor"

    # -- names -----------------------------------------------------------------------------
    def landmark(self, a: int, b: int) -> Text | None:
        """The best thing to name between path positions a and b-1 (passed, not reached)."""
        on_path = set(self.path)
        best: tuple[int, int, Text] | None = None
        for i in range(a, b):
            node = self.path[i]
            near = [node] + [n for n, _w in self.g.all[node] if n not in on_path
                             and self.g.floor_no[n] == self.g.floor_no[node]]
            for n in near:
                name, rank = self.name_of(n)
                if name is not None and (best is None or (rank, -i) <= best[:2]):
                    best = (rank, -i, name)
        return best[2] if best else None

    def name_of(self, n: int) -> tuple[Text | None, int]:
        node = self.g.nodes[n]
        if node.label.ko or node.label.en:
            return node.label, len(LANDMARK_KINDS)
        room = self.d.room(node.room) if node.room else None
        if room is None or room.kind in UNNAMED or room.id == self.destination_room:
            return None, 0
        if room.kind in LANDMARK_KINDS:
            rank = LANDMARK_KINDS.index(room.kind)
        else:
            rank = len(LANDMARK_KINDS) + (2 if room.kind in PLAIN else 1)
        return room.name, rank

    @property
    def destination_room(self) -> str | None:
        return self.g.nodes[self.path[-1]].room

    def floor_name(self, i: int) -> Text:
        return self.d.floor(self.g.nodes[self.path[i]].floor).name

    def add(self, i: int, text: Text, kind: str) -> None:
        node = self.g.nodes[self.path[i]]
        self.steps.append(Step(text, node.floor, (node.x, node.y), kind))


def walk_text(how: str, metres: float, landmark: Text | None, after: Text | None) -> Text:
    """One stretch: "[Leave the elevator,] turn right and go 20 m, past the elevator"."""
    dist = distance(metres)
    past_ko = f"{landmark.get('ko')} 앞을 지나 " if landmark else ""
    past_en = f", past the {landmark.get('en')}" if landmark else ""
    if how in ("", "straight"):
        ko, en = f"{past_ko}{dist.ko} 곧장 가세요.", f"go straight on {dist.en}{past_en}."
    elif how == "back":
        ko, en = f"뒤로 돌아 {past_ko}{dist.ko} 가세요.", f"turn back and go {dist.en}{past_en}."
    else:
        ko = f"{GO[how].ko} 돌아 {past_ko}{dist.ko} 가세요."
        en = f"turn {GO[how].en} and go {dist.en}{past_en}."
    if after is not None:
        return Text(f"{after.ko} {ko}", f"{after.en}, {en}")
    return Text(ko, en[0].upper() + en[1:])


START = Text("키오스크 화면을 바라보고", "Facing the kiosk screen")
START_ON_PLAN = Text("안내도에서 보아", "As drawn on the plan")  # a start that is no kiosk
# Stepping off a floor change: before the first walk on the new floor, and on its own.
LEAVE = {"elevator": (Text("엘리베이터에서 내려", "Leave the elevator"),
                      Text("엘리베이터에서 내리세요.", "Leave the elevator.")),
         "stairs": (Text("계단에서 나와", "Leave the stairs"),
                    Text("계단에서 나오세요.", "Leave the stairs.")),
         "escalator": (Text("에스컬레이터에서 내려", "Leave the escalator"),
                       Text("에스컬레이터에서 내리세요.", "Leave the escalator.")),
         "ramp": (Text("경사로를 지나", "Leave the ramp"),
                  Text("경사로를 지나세요.", "Leave the ramp."))}


def ride_text(kind: str, side: str | None, up: bool, floor: Text) -> Text:
    """A floor change: "Take the elevator on your left to the 4th floor"."""
    name = RIDE_NAME.get(kind, RIDE_NAME["stairs"])
    where_ko = f"{SIDE[side].ko}의 " if side else ""
    where_en = f" {SIDE[side].en}" if side else ""
    if kind == "elevator":
        return Text(f"{where_ko}엘리베이터를 타고 {toward(floor.get('ko'))} 가세요.",
                    f"Take the elevator{where_en} to the {floor.get('en')}.")
    verb_ko, verb_en = ("올라가세요", "up") if up else ("내려가세요", "down")
    return Text(f"{where_ko}{toward(name.ko)} {floor.get('ko')}까지 {verb_ko}.",
                f"Take the {name.en}{where_en} {verb_en} to the {floor.get('en')}.")


def arrive_text(room, side: str | None, who: Text | None) -> Text:
    """The last step: where the door is, the door sign, and whom the visitor came for."""
    details = Text(", ".join(filter(None, (f"{room.number}호" if room.number else "",
                                            who.get("ko") if who else ""))),
                   ", ".join(filter(None, (f"room {room.number}" if room.number else "",
                                            who.get("en") if who else ""))))
    more_ko = f" ({details.ko})" if details.ko else ""
    more_en = f" ({details.en})" if details.en else ""
    if side is None:
        return Text(f"{room.name.get('ko')}에 도착합니다{more_ko}.",
                    f"You arrive at the {room.name.get('en')}{more_en}.")
    return Text(f"{subject(room.name.get('ko'))} {SIDE[side].ko}에 있습니다{more_ko}.",
                f"{room.name.get('en')} is {SIDE[side].en}{more_en}.")


def steps_for(directory: "Directory", graph: "NavGraph", path: list[int], who: Text | None,
              step_free: bool) -> tuple[Step, ...]:
    """The numbered steps for `path` (node indices from the kiosk to a room's door); `who`
    names the person or service the visitor asked for, when it is not the room itself."""
    w = Directions(directory, graph, path, step_free)
    room = directory.room(w.destination_room)
    if len(path) == 1:
        w.add(0, Text(f"{subject(room.name.get('ko'))} 바로 여기입니다.",
                      f"{room.name.get('en')} is right here."), "arrive")
        return tuple(w.steps)
    runs = w.runs()
    # The kind of the floor change that led to this floor; a start at a lift or the stairs
    # counts as stepping out of it.
    ride = graph.nodes[path[0]].kind if graph.nodes[path[0]].kind in LEAVE else ""
    for k, (first, last) in enumerate(runs):
        stretches = w.stretches(first, last) if first < last else []
        side = None
        if stretches and w.is_door(last):
            if len(stretches) > 1 and stretches[-1].a == last - 1:
                side = stretches.pop().turn  # the last turn is into the door
            elif k == 0 and len(stretches) == 1 and stretches[0].a == last - 1:
                side = facing(*w.vector(first))  # the door is right beside the kiosk
                stretches = []
            else:
                side = "straight"
        entered = k > 0 or bool(ride)  # the first walk on this floor starts out of a ride
        if entered and len(stretches) > 1 and stretches[0].b == first + 1 \
                and w.is_door(first + 1):
            lift, walk = stretches[0], stretches[1]  # stepping out, then the first turn
            stretches[:2] = [Stretch(first, walk.b, walk.turn, lift.metres + walk.metres,
                                     walk.landmark)]
        for n, stretch in enumerate(stretches):
            if n == 0 and not entered:
                at_kiosk = graph.nodes[path[0]].kind == "kiosk"
                how, after = facing(*w.vector(first)), START if at_kiosk else START_ON_PLAN
                kind = "start"
            elif n == 0:
                how, after, kind = stretch.turn, LEAVE.get(ride, LEAVE["stairs"])[0], "walk"
            else:
                how, after, kind = stretch.turn, None, "turn"
            if n == 0 and entered and stretch.b == first + 1 and stretch.metres < FEW_STEPS_M:
                w.add(stretch.a, LEAVE.get(ride, LEAVE["stairs"])[1], kind)
                continue
            w.add(stretch.a, walk_text(how, stretch.metres, stretch.landmark, after), kind)
        if k == len(runs) - 1:
            w.add(last, arrive_text(room, side, who), "arrive")
        else:
            nxt = runs[k + 1][0]
            ride = graph.edge(path[last], path[last + 1], step_free).kind
            up = graph.level[path[nxt]] > graph.level[path[last]]
            w.add(last, ride_text(ride, side, up, w.floor_name(nxt)), "floor_change")
    return tuple(w.steps)
