"""A problem found in what the kiosk already holds, a list this bundle does not bring, is said
as the installed directory's, with how to change it there: it was blamed on building.toml,
without a line, in a bundle that held no building.toml."""
from __future__ import annotations

import csv
import io

import pytest

from kiosk.bundle.problems import INSTALLED
from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import STAFF_COLUMNS, load_demo
from kiosk.ui.staff.problem_list import where

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()


def test_a_service_of_the_installed_directory_is_not_blamed_on_building_toml(tmp_path):
    service = next(s for s in DEMO.services if s.person)
    folder = tmp_path / "kiosk-directory"
    folder.mkdir()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(STAFF_COLUMNS)
    for person in DEMO.staff:  # the staff sheet without the service's person
        if person.id != service.person:
            row = [person.id, person.name.ko, person.name.en, person.position.ko,
                   person.position.en, person.department, "", "", person.extension,
                   person.room or "", person.presence, ""]
            writer.writerow(row[:len(STAFF_COLUMNS)])
    (folder / "staff.csv").write_text(out.getvalue(), encoding="utf-8")
    checked = check_bundle(folder, tmp_path / "data", DEMO, public_key=None)
    discard(checked)
    found = [p for p in checked.problems if p.key == "service.person"]
    assert found and all(p.file == INSTALLED and p.line is None for p in found)
    said = found[0]
    assert said.text("en").startswith("[warning] the kiosk's installed directory: ")
    assert said.text("ko").startswith("[경고] 키오스크에 설치된 목록: ")
    assert "building.toml" not in said.text("en") + said.text("ko")
    assert "not in this bundle" in said.fix.en and "bundle export" in said.fix.en
    assert "이 묶음이 아니라" in said.fix.ko and "bundle export" in said.fix.ko
    assert where(said, "en") == "the kiosk's installed directory"  # the staff screen's row
    assert where(said, "ko") == "키오스크에 설치된 목록"
