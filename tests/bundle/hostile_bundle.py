"""Hypothesis strategies for a bundle with hostile values in any field of building.toml and of
the staff and departments sheets: the demo directory written as building.toml, staff.csv and
departments.csv, then a few edits, each one value put into one field of one entry or row.

Values by the kind of field: text (control characters, ESC and BEL, the RTL override, zero-width
characters, NFD Hangul, 10,000 characters, empty, whitespace only, a lone surrogate, which
neither UTF-8 file can carry); numbers (NaN, infinities, below 0, 0, huge); dates and times
that do not exist and ranges the wrong way round; phones; ids that differ from another only in
case; references to ids that do not exist; and a value of the wrong kind for any field. Now
and then one more edit by size or drawing (hostile_crowds.py): a floor at its limit of places
or past it, a department with more people than its card lists, a plan with a filter."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import math
import unicodedata
from pathlib import Path

from hostile_crowds import CROWDS, apply_crowd
from hypothesis import strategies as st

from kiosk.bundle.export import toml_text
from kiosk.directory.files import DEPARTMENT_COLUMNS, STAFF_COLUMNS
from kiosk.directory.charter_tables import NOTICE_KINDS
from kiosk.directory.model import (
    NAV_EDGE_KINDS,
    NAV_NODE_KINDS,
    PRESENCE,
    ROOM_KINDS,
    TABLES,
    Building,
    encode,
)

SHEET_TABLES = ("staff", "departments")
TOML_TABLES = tuple(t for t in TABLES if t not in SHEET_TABLES)
COLUMNS = {"staff": STAFF_COLUMNS, "departments": DEPARTMENT_COLUMNS}
REFERENCES = {"floor": "floors", "room": "rooms", "department": "departments",
              "parent": "departments", "person": "staff", "a": "nav_nodes", "b": "nav_nodes",
              "rooms": "rooms"}
DATES = {"date", "start", "end"}
TIMES = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "time"}
PHONES = {"phone", "fax", "extension"}
NUMBERS = {"level", "x", "y", "metres_per_unit", "length"}
PAIRS = {"plan_size": 2, "rect": 4}
FLAGS = {"accessible", "paid", "sample", "complaint_window", "step_free"}
FILES = {"photo", "plan"}
KINDS = {"kind": ROOM_KINDS + NAV_NODE_KINDS + NAV_EDGE_KINDS + NOTICE_KINDS,
         "presence": PRESENCE + ("IN", "Away", "")}

HOSTILE_TEXT = st.one_of(st.sampled_from([
    "\x1b[31m빨강\x1b[0m", "종\x07", "\u202e관장실", "자료\u200b실", "\ufeff안내",
    unicodedata.normalize("NFD", "한글 자료실"), "가" * 10_000, "A" * 10_000, "", " ",
    " \t ", "\u3000", "\ud800", "a\udfffb", "줄\n바꿈", "탭\t칸", "\x00", "\x7f", "끝\r\n",
    "'; DROP TABLE staff; --", "=HYPERLINK(\"http://x\")", "{record}", "%s%n", "🧑‍🦽",
    "\u0301", "ﷺ" * 50, "ם" * 30,
]), st.text(max_size=30))
HOSTILE_NUMBER = st.sampled_from([math.nan, math.inf, -math.inf, -1, -0.0, 0, 0.0, 1e308,
                                  -1e308, 5e-324, 10 ** 30, 10 ** 400, -(10 ** 400), 2 ** 63])
HOSTILE_DATE = st.sampled_from(["2026-02-30", "2026-13-01", "0000-01-01", "9999-12-31",
                                "2026-1-5", "", " ", "2026/12/25", "내일", "2026-12-25T09:00",
                                "1900-02-29", "2000-02-29"])
HOSTILE_TIME = st.sampled_from(["25:00-26:00", "18:00-09:00", "09:00", "24:00-24:00",
                                "00:00-24:00", "9시-18시", "09:00-09:00", "23:59-24:00", "",
                                "09:00-18:00, 19:00-20:00", "09:00–18:00", "-", "09:60-10:00",
                                "1:00-5:00 pm", "9-6", "오후 13시-14시", "9am-6pm",
                                "M-F 9:00-18:00", "12 am - 12 pm"])
# A place's hours text as staff type it by hand, odd or wrong (kiosk.directory.hours_form).
HOSTILE_HOURS = st.one_of(HOSTILE_TIME, HOSTILE_TEXT, st.sampled_from([
    "M-F 9-6", "Mon–Fri 9:00–18:00", "화-금 9시~18시, 토·일 9시~17시", "F 2:00-4:00",
    "토요일: 오전 9시~오후 13시", "sat 9am-1pm & sun 25:00-26:00", "월" * 500 + " 9:00-18:00",
    "9:00-18:00" * 40, "M-F\u202e 9:00-18:00", "Mo\x00-Fr 9시-18시", "０９：００～１８：００"]))
HOSTILE_PHONE = st.sampled_from(["", "0", "02-123-4567" * 100, "+82 (0)2 123 4567", "☎",
                                 "1012345678", "236770311", "=1+1", "-", "@", "02‒123‒4567",
                                 "０２-１２３-４５６７", "tel:02-1234-5678"])
WRONG_KIND = st.sampled_from([5, 1.5, True, [1, 2], {"a": 1}, [], {}, "text", math.nan,
                              ["x"] * 3, [[1]]])


def demo_bundle(directory) -> dict:
    """The directory as the bundle's data: building.toml's records and the sheets' rows."""
    records = {"building": encode(directory.building)}
    for table in TOML_TABLES:
        records[table] = [encode(item) for item in getattr(directory, table)]
    sheets = {"staff": [_staff_row(s) for s in directory.staff],
              "departments": [_department_row(d) for d in directory.departments]}
    return {"toml": records, "sheets": sheets}


def _staff_row(s) -> dict:
    return dict(zip(STAFF_COLUMNS, (s.id, s.name.ko, s.name.en, s.position.ko, s.position.en,
                                    s.department, s.duties.ko, s.duties.en, s.extension,
                                    s.room or "", s.presence, s.photo)))


def _department_row(d) -> dict:
    return dict(zip(DEPARTMENT_COLUMNS, (d.id, d.name.ko, d.name.en, d.parent or "",
                                         d.duties.ko, d.duties.en, d.phone, d.fax,
                                         d.room or "", "; ".join(d.keywords.ko),
                                         "; ".join(d.keywords.en))))


def _ids(bundle: dict, table: str) -> list[str]:
    if table in SHEET_TABLES:
        return [row["id"] for row in bundle["sheets"][table]]
    return [r.get("id", "") for r in bundle["toml"].get(table, []) if isinstance(r, dict)]


@st.composite
def value_for(draw, field: str, bundle: dict, table: str):
    """A hostile value for `field` (a key of building.toml, or a sheet's column without
    _ko/_en), of its own kind mostly, of any kind sometimes."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.one_of(WRONG_KIND, HOSTILE_TEXT))
    if field == "id":
        ids = _ids(bundle, table) or ["x"]
        other = draw(st.sampled_from(ids))
        return draw(st.one_of(st.sampled_from([other.upper(), other.lower(), other.title(),
                                               f" {other} ", other, ""]), HOSTILE_TEXT))
    if field in REFERENCES:
        target = REFERENCES[field]
        ids = _ids(bundle, target) or ["x"]
        one = draw(st.one_of(st.sampled_from(ids).map(str.upper), st.sampled_from(ids),
                             st.just("no-such-id"), HOSTILE_TEXT))
        return [one, draw(st.sampled_from(ids))] if field == "rooms" else one
    if field in DATES:
        return draw(HOSTILE_DATE)
    if field in TIMES:
        return draw(HOSTILE_TIME)
    if field in PHONES:
        return draw(HOSTILE_PHONE)
    if field in NUMBERS:
        return draw(st.one_of(HOSTILE_NUMBER, st.integers(-300, 300)))
    if field in PAIRS:
        n = PAIRS[field]
        return draw(st.lists(st.one_of(HOSTILE_NUMBER, st.floats(-10, 3000)),
                             min_size=n - 1, max_size=n + 1) | st.lists(
                                 HOSTILE_NUMBER, min_size=n, max_size=n))
    if field in FILES:
        return draw(st.one_of(st.sampled_from(["../../etc/passwd", "a/b.png", "C:\\x.png",
                                               "없는사진.png", "s01.PNG", ".png", "1F.SVG",
                                               "missing.svg", "..", "."]), HOSTILE_TEXT))
    if field in KINDS:
        return draw(st.one_of(st.sampled_from(KINDS[field]), HOSTILE_TEXT))
    if field in FLAGS:
        return draw(st.sampled_from([True, False, "yes", 1, 0, ""]))
    if field == "keywords" and table in SHEET_TABLES:
        return "; ".join(draw(st.lists(HOSTILE_TEXT, max_size=3)))
    if field == "keywords":
        return {"ko": draw(st.lists(HOSTILE_TEXT, max_size=3)),
                "en": draw(st.lists(HOSTILE_TEXT, max_size=3))}
    if field == "items":
        return draw(st.lists(st.fixed_dictionaries({"name": HOSTILE_TEXT}, optional={
            "fee": HOSTILE_TEXT, "legal_time": HOSTILE_TEXT}), max_size=3))
    text = draw(HOSTILE_HOURS if field == "hours" else HOSTILE_TEXT)
    shape = draw(st.integers(0, 2))  # both languages, one, or one text for both
    if table in SHEET_TABLES or field not in _TEXTS:
        return text
    return [text, {"ko": text, "en": "Text"}, {"ko": "글", "en": text}][shape]


_TEXTS = {"name", "summary", "hours", "description", "address", "sample_note", "duties",
          "position", "text", "title", "section", "label"}


@st.composite
def edits(draw, bundle: dict):
    """Up to three edits: (where, index, field, value); none is the demo as it is."""
    out = []
    for _ in range(draw(st.integers(0, 3))):
        where = draw(st.sampled_from(("building", *TOML_TABLES, *SHEET_TABLES)))
        if where in SHEET_TABLES:
            rows = bundle["sheets"][where]
            column = draw(st.sampled_from(COLUMNS[where]))
            field = column.removesuffix("_ko").removesuffix("_en")
            out.append((where, draw(st.integers(0, len(rows) - 1)), column,
                        draw(value_for(field, bundle, where))))
            continue
        if where == "building":
            names = [f.name for f in dataclasses.fields(Building)]
            index = 0
        else:
            names = [f.name for f in dataclasses.fields(TABLES[where])]
            index = draw(st.integers(0, max(0, len(bundle["toml"][where]) - 1)))
        field = draw(st.sampled_from(names))
        out.append((where, index, field, draw(value_for(field, bundle, where))))
    if draw(st.integers(0, 7)) == 7:  # never in the first example, the demo as it is
        out.append(draw(CROWDS))
    return out


def edited(bundle: dict, changes: list) -> dict:
    out = {"toml": {k: (dict(v) if isinstance(v, dict) else [dict(r) for r in v])
                    for k, v in bundle["toml"].items()},
           "sheets": {k: [dict(r) for r in v] for k, v in bundle["sheets"].items()},
           "plans": dict(bundle.get("plans", {}))}
    for where, index, field, value in changes:
        if where in ("crowd", "plan"):
            apply_crowd(out, (where, index, field, value))
        elif where in SHEET_TABLES:
            rows = out["sheets"][where]
            rows[index % len(rows)][field] = _cell(value)
        elif where == "building":
            out["toml"]["building"][field] = value
        elif out["toml"][where]:
            entries = out["toml"][where]
            entries[index % len(entries)][field] = value
    return out


def _cell(value) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def write(bundle: dict, folder: Path) -> None:
    """building.toml, the two sheets as CSV (UTF-8; a lone surrogate kept as its bytes) and
    the plans an edit brings."""
    folder.mkdir(parents=True)
    (folder / "building.toml").write_bytes(building_toml(bundle["toml"]).encode(
        "utf-8", "surrogatepass"))
    for table, rows in bundle["sheets"].items():
        text = io.StringIO()
        writer = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(COLUMNS[table])
        writer.writerows([row[c] for c in COLUMNS[table]] for row in rows)
        (folder / f"{table}.csv").write_bytes(text.getvalue().encode("utf-8", "surrogatepass"))
    for name, text in bundle.get("plans", {}).items():
        (folder / "floorplans").mkdir(exist_ok=True)
        (folder / "floorplans" / name).write_text(text, encoding="utf-8")


def building_toml(records: dict) -> str:
    """As `bundle export` writes it, from records that may hold any value."""
    return toml_text(records, TOML_TABLES)


def strings_in(value) -> list[str]:
    """Every string a value holds, however deep (what a message may quote)."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in strings_in(v)]
    return []
