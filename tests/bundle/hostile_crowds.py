"""Edits of a hostile bundle (hostile_bundle.py) by size and by drawing rather than by value:
a floor at its limit of places or one past it, a department with more people than its card
lists, a floor plan with an effect Qt draws at a cost no count bounds (refused) or with the
hatching and arrows drawing programs export (kept). Each edit is (kind, 0, what, how)."""
from __future__ import annotations

from hypothesis import strategies as st

from kiosk.bundle.limit_checks import ROOMS_PER_FLOOR
from kiosk.directory.paths import FLOORPLANS
from kiosk.ui.screens.cards import CARD_PEOPLE

PLAN = "2F.svg"
MARKUPS = (
    '<filter id="blur"><feGaussianBlur stdDeviation="50"/></filter>'
    '<rect width="1600" height="900" fill="#eee" filter="url(#blur)"/>',
    '<mask id="m"><rect width="40" height="40" fill="white"/></mask>'
    '<rect width="40" height="40" mask="url(#m)"/>',
    '<g style="opacity:1;filter:url(#shadow)"><rect width="40" height="40"/></g>',
    '<pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse">'
    '<path d="M0 8L8 0" stroke="#999"/></pattern>'
    '<rect x="10" y="10" width="200" height="100" fill="url(#hatch)"/>',
    '<marker id="arrow" markerWidth="10" markerHeight="10" refX="5" refY="5">'
    '<path d="M0 0L10 5L0 10z"/></marker>'
    '<path d="M10 10L300 10" stroke="#000" marker-end="url(#arrow)"/>',
)
CROWDS = st.one_of(
    st.tuples(st.just("crowd"), st.just(0), st.just("rooms"), st.integers(0, 1)),
    st.tuples(st.just("crowd"), st.just(0), st.just("staff"),
              st.sampled_from([CARD_PEOPLE + 1, 2_000])),
    st.tuples(st.just("plan"), st.just(0), st.just(PLAN), st.sampled_from(MARKUPS)))


def apply_crowd(out: dict, change: tuple) -> None:
    """Make `change` in the bundle `out` (as hostile_bundle.edited holds it)."""
    kind, _index, what, how = change
    if kind == "plan":
        text = (FLOORPLANS / what).read_text(encoding="utf-8")
        out["plans"][what] = text.replace("</svg>", how + "\n</svg>")
    elif what == "rooms":
        _rooms(out["toml"], ROOMS_PER_FLOOR + how)
    else:
        staff = out["sheets"]["staff"]
        department = out["sheets"]["departments"][0]["id"]
        staff += [dict(staff[0], id=f"crowd-{n}", name_ko=f"직원{n}", name_en=f"Person {n}",
                       department=department, photo="") for n in range(how)]


def _rooms(toml: dict, total: int) -> None:
    """Offices (each with its door, linked to a node of the floor) on the first floor, until
    it holds `total` places."""
    floor = toml["floors"][0]
    width, height = floor.get("plan_size", (1600.0, 900.0))
    hub = next(n["id"] for n in toml["nav_nodes"] if n.get("floor") == floor["id"])
    there = sum(1 for r in toml["rooms"] if r.get("floor") == floor["id"])
    for n in range(max(0, total - there)):
        x, y = width * (n % 20) / 20, height * (n // 20) / 20
        toml["rooms"].append({"id": f"crowd-{n}", "floor": floor["id"], "kind": "office",
                              "name": {"ko": f"사무실 {n}", "en": f"Office {n}"},
                              "rect": [x, y, width / 25, height / 25]})
        toml["nav_nodes"].append({"id": f"crowd-{n}-door", "floor": floor["id"], "x": x,
                                  "y": y, "kind": "door", "room": f"crowd-{n}"})
        toml["nav_edges"].append({"a": hub, "b": f"crowd-{n}-door"})
