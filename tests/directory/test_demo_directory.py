"""The built-in demo directory holds seed 002's offices, numbers and certificate table exactly."""
from __future__ import annotations

import pytest

from kiosk.directory.directory import Directory
from kiosk.directory.files import DirectoryFileError, load_folder, read_staff_csv
from kiosk.directory.model import ROOM_KINDS
from kiosk.directory.paths import FLOORPLANS, STAFF_PHOTOS
from kiosk.directory.phone_form import one_form

# Every number of the seed's tables, as printed there.
SEED_PHONES = [
    "02-3677-0371~0372", "02-3677-0311~0316", "02-3677-0345~0346", "02-3677-0380~0381",
    "02-3677-0350~0353", "02-3677-0322,0325,0328", "02-3677-0331~4", "02-3677-0360~0362",
    "02-3677-0314", "02-3677-0312~0314", "02-3677-0313~0315", "02-3677-0322, 0325, 0328",
    "02-3677-0327", "02-3677-0340, 0343, 0345~0346", "02-3677-0350, 0352~0353",
    "02-3677-0380, 0381", "02-3677-0331~0333", "02-3677-0321, 0324",
]
SEED_FAXES = ["02-507-5895", "02-504-7532", "02-507-5894"]
SEED_OFFICES = ["안내데스크", "총무부", "종합정보자료실", "디지털자료실", "어린이자료실",
                "문헌정보담당", "평생교육담당", "학교지원담당", "총무담당", "계약담당", "기획정보부"]


def _all_text(d: Directory) -> str:
    return repr(d.to_records())


def test_demo_loads_without_problems(demo):
    assert demo.problems() == []
    assert 4 <= len(demo.floors) <= 5
    assert 20 <= len(demo.staff) <= 30


@pytest.mark.parametrize("number", SEED_PHONES + SEED_FAXES)
def test_every_seed_number_is_kept_exactly(demo, number):
    """As printed there, in the one form the kiosk writes every number (phone_form)."""
    numbers = {x for t in ("rooms", "departments", "services") for item in getattr(demo, t)
               for x in (item.phone, item.fax)}
    assert one_form(number) in numbers


@pytest.mark.parametrize("office", SEED_OFFICES)
def test_every_seed_office_is_in_the_directory(demo, office):
    named = {item.name.ko for t in ("rooms", "departments") for item in getattr(demo, t)}
    assert any(office in name for name in named)


def test_certificate_table(demo):
    service = next(s for s in demo.services if s.items)
    names = " ".join(i.name.ko for i in service.items)
    assert "재직" in names and "실적증명서" in names
    for item in service.items:
        assert (item.legal_time.ko, item.recommended_time.ko, item.fee.ko) == ("3시간", "10분", "무료")


def test_building_and_amenities(demo):
    b = demo.building
    assert "경기과천교육도서관" in b.name.ko and "도서관길 36" in b.address.ko
    assert b.sample_note.ko and b.sample_note.en
    kinds = {r.kind for r in demo.rooms}
    assert {"desk", "toilet", "elevator", "stairs", "reading_room"} <= kinds <= set(ROOM_KINDS)
    amenity_names = " ".join(a.name.ko for a in demo.amenities)
    for thing in ("복사기", "프린터", "확대경", "인터넷"):
        assert thing in amenity_names
    assert any(r.kind == "toilet" and r.accessible for r in demo.rooms)
    assert any(a.paid for a in demo.amenities)


def test_every_string_exists_in_both_languages(demo):
    for table in ("floors", "rooms", "departments", "staff", "services", "amenities", "kiosks"):
        for item in getattr(demo, table):
            assert item.name.ko.strip() and item.name.en.strip(), (table, item.id)
            for attr in ("summary", "description", "duties", "position", "hours"):
                text = getattr(item, attr, None)
                if text is not None and (text.ko or text.en):
                    assert text.ko.strip() and text.en.strip(), (table, item.id, attr)


def test_plans_and_rooms_fit(demo):
    for floor in demo.floors:
        assert (FLOORPLANS / floor.plan).is_file(), floor.plan
        w, h = floor.plan_size
        rooms = [r for r in demo.rooms_on(floor.id) if r.rect is not None]
        assert rooms
        for r in rooms:
            assert 0 <= r.rect.x and r.rect.x + r.rect.w <= w, r.id
            assert 0 <= r.rect.y and r.rect.y + r.rect.h <= h, r.id
    kiosk = demo.kiosk("lobby")
    assert kiosk is not None and kiosk.floor == "1F"


def test_every_person_has_a_photo_and_a_room(demo):
    for person in demo.staff:
        assert (STAFF_PHOTOS / person.photo).is_file(), person.photo
        assert demo.room(person.room) is not None, person.id
        assert person.sample


def test_staff_sheet_errors_name_the_file_and_row(tmp_path):
    sheet = tmp_path / "staff.csv"
    sheet.write_text("id,name_ko\ns1,김\n", encoding="utf-8")
    with pytest.raises(DirectoryFileError, match="staff.csv: missing column"):
        read_staff_csv(sheet)
    header = "id,name_ko,name_en,position_ko,position_en,department,duties_ko,duties_en," \
             "extension,room,presence,photo\n"
    sheet.write_text(header + ",김,Kim,사서,Librarian,d,,,,,in,\n", encoding="utf-8")
    with pytest.raises(DirectoryFileError, match="staff.csv, row 2: the id is empty"):
        read_staff_csv(sheet)


def test_broken_references_are_refused(tmp_path, demo):
    records = demo.to_records()
    records["staff"][0]["department"] = "nowhere"
    with pytest.raises(ValueError, match="department 'nowhere' is not in departments"):
        Directory.from_records(records)


def test_records_round_trip(demo):
    assert Directory.from_records(demo.to_records()).to_records() == demo.to_records()


def test_malformed_toml_names_the_file(tmp_path):
    (tmp_path / "building.toml").write_text("[building\nid = 1", encoding="utf-8")
    with pytest.raises(DirectoryFileError, match="building.toml"):
        load_folder(tmp_path)


def test_department_cycles_are_refused(demo):
    records = demo.to_records()
    first, second = records["departments"][0], records["departments"][1]
    first["parent"], second["parent"] = second["id"], first["id"]
    with pytest.raises(ValueError, match="a cycle"):
        Directory.from_records(records)


def test_teams_of_teams_count_as_the_department(demo):
    records = demo.to_records()
    team = next(d for d in records["departments"] if d["parent"])
    records["departments"].append({"id": "sub-team", "name": {"ko": "소팀", "en": "Sub-team"},
                                   "parent": team["id"]})
    records["staff"][0]["department"] = "sub-team"
    directory = Directory.from_records(records)
    top = directory.department(team["parent"])
    assert records["staff"][0]["id"] in {s.id for s in directory.staff_in(top.id)}
    assert "sub-team" in {d.id for d in directory.sub_departments(top.id)}


def test_everyone_has_a_place_and_a_number_to_call(demo):
    from kiosk.search.answers import answer

    for table in ("rooms", "departments", "staff", "services", "amenities"):
        for item in getattr(demo, table):
            found = answer(demo, table, item.id, "ko")
            assert found.phone, (table, item.id)
            if table != "departments" or item.room:
                assert found.floor, (table, item.id)
