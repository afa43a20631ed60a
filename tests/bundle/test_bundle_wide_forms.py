"""A bundle's times and phone numbers typed in full-width forms (０９：００－１７：００, as a Korean
input method types them) are read, and kept, as their ASCII forms; a name keeps what was
typed."""
from __future__ import annotations

import csv
import io

import pytest

from kiosk.bundle.read import read_parts
from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import DEPARTMENT_COLUMNS, load_demo

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()
HOURS = ('[[hours]]\nid = "reading"\nname = { ko = "자료실１", en = "Reading room" }\n'
         'rooms = ["2F-general"]\nsat = "０９：００－１７：００"\nsun = "９：００〜１８：００"\n')


def department_cells(d) -> dict:
    return {"id": d.id, "name_ko": d.name.ko, "name_en": d.name.en, "parent": d.parent or "",
            "phone": d.phone, "fax": d.fax, "room": d.room or ""}


def test_full_width_hours_and_phones_are_read_as_ascii(tmp_path):
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    (folder / "building.toml").write_text(HOURS, encoding="utf-8")
    department = DEMO.departments[0]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(DEPARTMENT_COLUMNS)
    for d in DEMO.departments:
        cells = dict(department_cells(d), phone="０２－３６７７－０３７１～２") \
            if d is department else department_cells(d)
        writer.writerow([cells.get(c, "") for c in DEPARTMENT_COLUMNS])
    (folder / "departments.csv").write_text(out.getvalue(), encoding="utf-8")
    checked = check_bundle(folder, tmp_path / "data", DEMO, public_key=None)
    discard(checked)
    assert [p.text("en") for p in checked.problems if p.severity == "error"] == []
    parts = read_parts(folder)
    [hours] = parts.tables["hours"]
    assert (hours.sat, hours.sun) == ("09:00-17:00", "9:00~18:00")
    assert hours.name.ko == "자료실１"  # a name is left as typed
    kept = next(d for d in parts.tables["departments"] if d.id == department.id)
    assert kept.phone == "02-3677-0371~0372"  # narrowed, and its range written whole
