"""Read a directory from its files: `building.toml` plus `staff.csv` and `navigation.toml`.

The built-in demo directory (kiosk/demo/) is kept in this form, so the files a staff member
edits and the ones the kiosk ships with are read by the same code.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from kiosk.directory.directory import Directory

DEMO_FOLDER = Path(__file__).resolve().parent.parent / "demo"

STAFF_COLUMNS = ("id", "name_ko", "name_en", "position_ko", "position_en", "department",
                 "duties_ko", "duties_en", "extension", "room", "presence", "photo")
DEPARTMENT_COLUMNS = ("id", "name_ko", "name_en", "parent", "duties_ko", "duties_en", "phone",
                      "fax", "room", "keywords_ko", "keywords_en")
KEYWORD_SEPARATOR = ";"
YES = ("yes", "y", "true", "1", "예", "o")


class DirectoryFileError(ValueError):
    """A directory file is malformed; the message names the file, the row and the fix."""


def staff_record(row: dict[str, str]) -> dict:
    """One staff sheet row (STAFF_COLUMNS, and optionally "sample") as a Staff record."""
    cell = {k: (v or "").strip() for k, v in row.items()}
    record = {
        "id": cell["id"],
        "name": {"ko": cell["name_ko"], "en": cell["name_en"]},
        "position": {"ko": cell["position_ko"], "en": cell["position_en"]},
        "department": cell["department"],
        "duties": {"ko": cell["duties_ko"], "en": cell["duties_en"]},
        "extension": cell["extension"],
        "room": cell["room"] or None,
        "presence": cell["presence"] or "in",
        "photo": cell["photo"],
    }
    if "sample" in cell:
        record["sample"] = cell["sample"].lower() in YES
    return record


def department_record(row: dict[str, str]) -> dict:
    """One departments sheet row (DEPARTMENT_COLUMNS) as a Department record."""
    cell = {k: (v or "").strip() for k, v in row.items()}
    return {
        "id": cell["id"],
        "name": {"ko": cell["name_ko"], "en": cell["name_en"]},
        "parent": cell["parent"] or None,
        "duties": {"ko": cell["duties_ko"], "en": cell["duties_en"]},
        "phone": cell["phone"],
        "fax": cell["fax"],
        "room": cell["room"] or None,
        "keywords": {"ko": split_keywords(cell["keywords_ko"]),
                     "en": split_keywords(cell["keywords_en"])},
    }


def split_keywords(cell: str) -> list[str]:
    return [w.strip() for w in cell.split(KEYWORD_SEPARATOR) if w.strip()]


def read_staff_csv(path: Path) -> list[dict]:
    import csv
    import io

    text, _encoding = decode_csv_or_fail(path)
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
        records.append(staff_record(row))
    return records


def decode_csv_or_fail(path: Path) -> tuple[str, str]:
    # The sheet reader (and its XLSX checks) loads only when files are read: every start
    # compares the stored demo with demo_fingerprint(), and reads them only on a change.
    from kiosk.directory.sheets import SheetError, decode_csv

    try:
        return decode_csv(path.read_bytes())
    except SheetError as exc:
        raise DirectoryFileError(f"{path.name}, line {exc.line}: not UTF-8 or CP949 text; "
                                 f"save it again as 'CSV UTF-8'") from None


def read_records(folder: Path) -> dict:
    toml_path = folder / "building.toml"
    try:
        records = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DirectoryFileError(f"{toml_path.name}: {exc}") from exc
    staff_path = folder / "staff.csv"
    if staff_path.exists():
        records["staff"] = read_staff_csv(staff_path)
    nav_path = folder / "navigation.toml"
    if nav_path.exists():
        records.update(read_navigation(nav_path))
    return records


def read_navigation(path: Path) -> dict:
    """The navigation graph: `nav_nodes` and `nav_edges` lists (see kiosk/demo/navigation.toml)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DirectoryFileError(f"{path.name}: {exc}") from exc
    unknown = sorted(set(data) - {"nav_nodes", "nav_edges"})
    if unknown:
        raise DirectoryFileError(f"{path.name}: unknown key(s) {', '.join(unknown)}; the file "
                                 f"holds only nav_nodes and nav_edges")
    for key in ("nav_nodes", "nav_edges"):
        for number, item in enumerate(data.get(key, ()), start=1):
            if not isinstance(item, dict):
                raise DirectoryFileError(f"{path.name}: {key} entry {number} is not a table; "
                                         f"write it as {{ id = ..., ... }}")
    return {key: data.get(key, []) for key in ("nav_nodes", "nav_edges")}


def load_folder(folder: Path) -> Directory:
    try:
        return Directory.from_records(read_records(folder))
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, DirectoryFileError):
            raise
        raise DirectoryFileError(f"{folder}: {exc}") from exc


def demo_fingerprint() -> str:
    """A checksum of the demo's files: tells whether a stored demo is this version's demo."""
    # CRC-32 and the sizes, not a cryptographic hash: it tells one release's demo files from
    # another's, and importing OpenSSL's hashes cost every demo start 2-3 ms before its first
    # frame (performance.md §1e). zlib is loaded by then anyway (PySide6 imports zipfile).
    import zlib

    crc, size = 0, 0
    for name in ("building.toml", "staff.csv", "navigation.toml"):
        data = (DEMO_FOLDER / name).read_bytes()
        crc, size = zlib.crc32(data, crc), size + len(data)
    return f"crc-{crc:08x}-{size}"


def load_demo() -> Directory:
    """The built-in demo directory (경기과천교육도서관, sample staff)."""
    return load_folder(DEMO_FOLDER)
