"""What a visitor chose to help them, for one visit, and where a screen's reach band lies.

The profile is chosen once (one control, or a ready profile such as "I use a wheelchair")
and holds until the visit ends at the idle reset. Touch targets and the low-position band are
computed from the screen's physical size and mounting height (KS X 9211: controls between
400 mm and 1,220 mm above the floor, targets at least 12 mm a side and 150 mm², 2.5 mm apart).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

ZOOMS = (1.0, 1.5, 2.0)
REACH_TOP_MM = 1220.0
REACH_BOTTOM_MM = 400.0
TARGET_SIDE_MM = 12.0
TARGET_AREA_MM2 = 150.0
TARGET_GAP_MM = 2.5
LEAST_BAND_MM = 120.0  # a header, a row of controls and the footer, each a finger's height


@dataclass(frozen=True)
class Profile:
    zoom: float = 1.0
    high_contrast: bool = False
    speech: bool = False
    low_position: bool = False
    step_free: bool = False  # routes by elevator and ramp only
    ready: str = ""  # the ready profile chosen, if any

    def __post_init__(self) -> None:
        # Every size on screen is multiplied by the zoom: 200 given for 2.0 (a percentage,
        # as `screenshots --zoom` takes it) grew the window to millions of pixels a side and
        # the process past 3 GB. Refused where every profile is made, replace() included.
        if self.zoom not in ZOOMS:
            raise ValueError(f"zoom must be one of {ZOOMS}, a factor (200 % is 2.0): "
                             f"not {self.zoom!r}")

    @property
    def is_default(self) -> bool:
        return self == DEFAULT

    @property
    def time_factor(self) -> float:
        """Any help chosen doubles every time-out: reading and reaching take longer."""
        return 1.0 if self.is_default else 2.0

    def toggled(self, what: str) -> "Profile":
        return replace(self, **{what: not getattr(self, what)}, ready="")

    def with_zoom(self, zoom: float) -> "Profile":
        return replace(self, zoom=zoom, ready="")


DEFAULT = Profile()

READY = {
    "wheelchair": Profile(low_position=True, step_free=True, ready="wheelchair"),
    "low_vision": Profile(zoom=2.0, high_contrast=True, speech=True, ready="low_vision"),
    "blind": Profile(speech=True, ready="blind"),
    "cannot_read": Profile(speech=True, zoom=1.5, ready="cannot_read"),
}


@dataclass(frozen=True)
class ScreenGeometry:
    """The panel as mounted: its diagonal and how high its bottom edge is above the floor."""

    diagonal_in: float = 32.0
    bottom_mm: float = 700.0

    def mm_per_px(self, width_px: int, height_px: int) -> float:
        """Square pixels: the diagonal in mm over the diagonal in pixels."""
        return self.diagonal_in * 25.4 / math.hypot(width_px, height_px)

    def _band(self, width_px: int, height_px: int) -> tuple[int, int]:
        """The rows of the screen between 400 and 1,220 mm above the floor, maybe none."""
        mm = self.mm_per_px(width_px, height_px)
        top_mm = self.bottom_mm + height_px * mm  # the screen's top edge above the floor
        top = max(0, math.ceil((top_mm - REACH_TOP_MM) / mm))
        bottom = height_px - max(0, math.ceil((REACH_BOTTOM_MM - self.bottom_mm) / mm))
        return (max(0, min(top, bottom, height_px)), max(0, bottom))

    def out_of_reach(self, width_px: int, height_px: int) -> bool:
        """Whether (nearly) all of the screen lies above or below the band, so lowering
        cannot help: a 10" panel whose bottom edge is 1,500 mm up. What is left within
        reach, under LEAST_BAND_MM and half the screen, holds no screen of the kiosk."""
        top, bottom = self._band(width_px, height_px)
        mm = self.mm_per_px(width_px, height_px)
        return (bottom - top) * mm < min(LEAST_BAND_MM, height_px * mm / 2)

    def reach_band(self, width_px: int, height_px: int) -> tuple[int, int]:
        """(top, bottom) pixel rows between which everything must sit in low-position mode:
        the whole screen where it is out of reach (laid out in a sliver, its screens had run
        to 32,000 px)."""
        if self.out_of_reach(width_px, height_px):
            return (0, height_px)
        return self._band(width_px, height_px)

    def lowering_helps(self, width_px: int, height_px: int) -> bool:
        """Whether part of the screen lies outside the band, so the low position moves
        anything: a landscape 32" panel 700 mm up (398 mm tall) is within reach whole, and
        nothing moves on a screen out of reach."""
        top, bottom = self.reach_band(width_px, height_px)
        return top > 0 or bottom < height_px

    def px(self, mm: float, width_px: int, height_px: int) -> float:
        return mm / self.mm_per_px(width_px, height_px)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a "#rrggbb" colour."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
