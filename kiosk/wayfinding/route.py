"""A route from the kiosk to a destination, as the screen, speech, the QR code and the
`route` command show it: the path drawn per floor, and numbered steps in both languages.

Steps carry `Text` (Korean and English), so switching the language never re-routes.
"""
from __future__ import annotations

from dataclasses import dataclass

from kiosk.directory.model import Text

STEP_KINDS = ("start", "walk", "turn", "floor_change", "arrive")


@dataclass(frozen=True)
class Leg:
    """The part of a route on one floor: a polyline in that floor's plan units."""

    floor: str
    points: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Step:
    """One numbered instruction. `point` is where on `floor` it happens (for the map)."""

    text: Text
    floor: str
    point: tuple[float, float]
    kind: str = "walk"  # one of STEP_KINDS


@dataclass(frozen=True)
class Route:
    start: str  # navigation node ids
    end: str
    destination: Text  # the name of what the visitor asked for
    nodes: tuple[str, ...]
    legs: tuple[Leg, ...]  # in walking order; a floor may appear once per visit
    steps: tuple[Step, ...]
    length_m: float
    seconds: int  # walking time at an unhurried pace
    step_free: bool  # routed on elevators and ramps only

    @property
    def floors(self) -> tuple[str, ...]:
        """The floors the route crosses, in walking order, each once."""
        seen: list[str] = []
        for leg in self.legs:
            if leg.floor not in seen:
                seen.append(leg.floor)
        return tuple(seen)


class NoRoute(LookupError):
    """No route exists (for step-free: none without stairs). `reason` says so to the visitor
    and points to the information desk."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason.en)
        self.reason = reason
