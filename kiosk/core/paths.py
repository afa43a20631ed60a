"""Where the kiosk's bundled files are, from source and from the PyInstaller folder alike."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"
FLOORPLANS = ASSETS / "floorplans"
STAFF_PHOTOS = ASSETS / "staff_photos"


def floorplan(name: str) -> Path:
    return FLOORPLANS / name


def staff_photo(name: str) -> Path | None:
    path = STAFF_PHOTOS / name if name else None
    return path if path is not None and path.is_file() else None
