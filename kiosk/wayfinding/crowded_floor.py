"""A floor crowded to a bundle's limits, for the plan's benchmark and its tests: the demo's
floor with offices tiled where its large rooms were, up to a count of places, each name as
long as a bundle allows if asked. Deterministic; a bundle validate accepts (the tests check
it), so the floor screen must show it promptly.

The floor's large rooms (at least LARGE plan units², not the corridor) give their space to a
grid of cells: the first cells keep those rooms' ids (their hours, notices and departments
still point at them), the rest are new offices, each with a door on the nearest corridor
node. The pictograms' rooms (toilets, stairs, elevator) and the small rooms stay as drawn.
"""
from __future__ import annotations

import dataclasses
import math

from kiosk.directory.directory import Directory
from kiosk.directory.model import NavEdge, NavNode, Rect, Room, Text

LARGE = 100_000.0  # plan units²: a room this large is tiled (the demo's reading rooms)
WORDS = Text("민원 상담 안내 평생교육 지원실 문화 행정 열람 자료 협력 독서 진흥",
             "community learning support office for visitors reading and services desk of")


def long_name(start: Text, chars: int) -> Text:
    """`start` followed by words up to exactly `chars` characters in each language."""
    out = []
    for text, words in ((start.ko, WORDS.ko.split()), (start.en, WORDS.en.split())):
        i = 0
        while len(text) < chars:
            text += " " + words[i % len(words)]
            i += 1
        text = text[:chars]
        out.append(text[:-1] + words[0][0] if text.endswith(" ") else text)
    return Text(*out)


def crowded_floor(directory: Directory, floor_id: str, places: int,
                  name_chars: int = 0) -> Directory:
    """`directory` with `floor_id` holding `places` places (at least its own), every name on
    it `name_chars` characters long (0: as they are; new offices "사무실 n" / "Office n")."""
    own = [r for r in directory.rooms if r.floor == floor_id]
    large = [r for r in own if r.kind != "hall" and r.rect is not None
             and r.rect.w * r.rect.h >= LARGE]
    added = max(0, places - len(own))
    grids = _cells([r.rect for r in large], len(large) + added)
    moved = {r.id: dataclasses.replace(r, rect=grid[0]) for r, grid in zip(large, grids)}
    offices = [Room(f"crowd-{n}", floor_id, Text(f"사무실 {n + 1}", f"Office {n + 1}"),
                    kind="office", rect=cell)
               for n, cell in enumerate(c for grid in grids for c in grid[1:])]
    corridor = [n for n in directory.nav_nodes if n.floor == floor_id and n.kind == "corridor"]
    doors, ways = [], []
    for office in offices:
        r = office.rect
        hub = min(corridor, key=lambda n: math.dist((n.x, n.y), (r.x + r.w / 2, r.y + r.h / 2)))
        doors.append(NavNode(f"{office.id}-door", floor_id, r.x + r.w / 2,
                             r.y + r.h if r.y + r.h <= hub.y else r.y, "door", room=office.id))
        ways.append(NavEdge(hub.id, doors[-1].id))
    rooms = [moved.get(r.id, r) for r in directory.rooms] + offices
    if name_chars:
        rooms = [dataclasses.replace(r, name=long_name(r.name, name_chars))
                 if r.floor == floor_id else r for r in rooms]
    return dataclasses.replace(directory, rooms=tuple(rooms),
                               nav_nodes=directory.nav_nodes + tuple(doors),
                               nav_edges=directory.nav_edges + tuple(ways))


def _cells(areas: list[Rect], count: int) -> list[list[Rect]]:
    """`count` cells tiling `areas`, shared by their size (one at least each), each area a
    grid of cells as near square as its shape allows; the cells of each area."""
    total = sum(a.w * a.h for a in areas)
    out: list[list[Rect]] = []
    for i, area in enumerate(areas):
        left = count - sum(map(len, out))
        share = left if i == len(areas) - 1 \
            else max(1, min(left - (len(areas) - 1 - i), round(count * area.w * area.h / total)))
        rows = max(1, round(math.sqrt(share * area.h / area.w)))
        cols = math.ceil(share / rows)
        w, h = area.w / cols, area.h / rows
        out.append([Rect(area.x + (k % cols) * w, area.y + (k // cols) * h, w, h)
                    for k in range(share)])
    return out
