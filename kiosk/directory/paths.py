"""Where the kiosk's bundled files are, from source and from the PyInstaller folder alike.

Photos and floor plans brought by a directory bundle live in the data folder, in the applied
version's folder (`photos/`, `floorplans/`, `thumbnails/`); `use_data_assets` points the
lookups there, and anything not found there comes from the built-in assets.
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"
FLOORPLANS = ASSETS / "floorplans"
STAFF_PHOTOS = ASSETS / "staff_photos"

_data_assets: Path | None = None


def use_data_assets(folder: Path | None) -> None:
    """Look for photos and plans in `folder` (an applied bundle version) first."""
    global _data_assets
    _data_assets = folder


def data_assets() -> Path | None:
    return _data_assets


def floorplan(name: str) -> Path:
    if _data_assets is not None and name and (_data_assets / "floorplans" / name).is_file():
        return _data_assets / "floorplans" / name
    return FLOORPLANS / name


def staff_photo(name: str) -> Path | None:
    if not name:
        return None
    for folder in ((_data_assets / "photos") if _data_assets else None, STAFF_PHOTOS):
        if folder is not None and (folder / name).is_file():
            return folder / name
    return None


def thumbnail_name(photo: str) -> str:
    """The file name of a photo's thumbnail in a version's `thumbnails/` (always a JPEG)."""
    return photo + ".jpg"


def staff_thumbnail(name: str) -> Path | None:
    """A small copy of the photo made when the bundle was applied, else the photo itself."""
    if _data_assets is not None and name:
        thumb = _data_assets / "thumbnails" / thumbnail_name(name)
        if thumb.is_file():
            return thumb
    return staff_photo(name)


# A directory update on a USB stick: this folder at the top of the volume (docs/bundle-format.md).
# Here rather than in bundle/update.py: the stick watcher runs all day and needs only this, not the
# bundle reader with its signature and spreadsheet libraries.
BUNDLE_FOLDER = "kiosk-directory"


def find_bundle(root: Path, folder_name: str = BUNDLE_FOLDER) -> Path | None:
    """The bundle folder at the top of a mounted volume (not a link), or None."""
    path = Path(root) / folder_name
    try:
        return path if path.is_dir() and not path.is_symlink() else None
    except OSError:
        return None
