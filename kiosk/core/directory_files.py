"""Read a directory from its files: `building.toml` plus `staff.csv`.

The built-in demo directory (kiosk/demo/) is kept in this form, so the files a staff member
edits and the ones the kiosk ships with are read by the same code.
"""
from __future__ import annotations

import csv
import hashlib
import io
import tomllib
from pathlib import Path

from .directory import Directory

DEMO_FOLDER = Path(__file__).resolve().parent.parent / "demo"

STAFF_COLUMNS = ("id", "name_ko", "name_en", "position_ko", "position_en", "department",
                 "duties_ko", "duties_en", "extension", "room", "presence", "photo")


class DirectoryFileError(ValueError):
    """A directory file is malformed; the message names the file, the row and the fix."""


def read_staff_csv(path: Path) -> list[dict]:
    text = path.read_bytes().decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in STAFF_COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise DirectoryFileError(f"{path.name}: missing column(s) {', '.join(missing)}; "
                                 f"the first row must name: {', '.join(STAFF_COLUMNS)}")
    records = []
    for row_number, row in enumerate(reader, start=2):
        if not any((v or "").strip() for v in row.values()):
            continue
        if not (row["id"] or "").strip():
            raise DirectoryFileError(f"{path.name}, row {row_number}: the id is empty")
        records.append({
            "id": row["id"].strip(),
            "name": {"ko": row["name_ko"].strip(), "en": row["name_en"].strip()},
            "position": {"ko": row["position_ko"].strip(), "en": row["position_en"].strip()},
            "department": row["department"].strip(),
            "duties": {"ko": row["duties_ko"].strip(), "en": row["duties_en"].strip()},
            "extension": row["extension"].strip(),
            "room": row["room"].strip() or None,
            "presence": row["presence"].strip() or "in",
            "photo": row["photo"].strip(),
        })
    return records


def read_records(folder: Path) -> dict:
    toml_path = folder / "building.toml"
    try:
        records = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DirectoryFileError(f"{toml_path.name}: {exc}") from exc
    staff_path = folder / "staff.csv"
    if staff_path.exists():
        records["staff"] = read_staff_csv(staff_path)
    return records


def load_folder(folder: Path) -> Directory:
    try:
        return Directory.from_records(read_records(folder))
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, DirectoryFileError):
            raise
        raise DirectoryFileError(f"{folder}: {exc}") from exc


def demo_fingerprint() -> str:
    """A hash of the demo's files: tells whether a stored demo is this version's demo."""
    digest = hashlib.sha256()
    for name in ("building.toml", "staff.csv"):
        digest.update((DEMO_FOLDER / name).read_bytes())
    return "files-" + digest.hexdigest()[:16]


def load_demo() -> Directory:
    """The built-in demo directory (경기과천교육도서관, sample staff)."""
    return load_folder(DEMO_FOLDER)
