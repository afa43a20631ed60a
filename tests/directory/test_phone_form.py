"""Phone numbers in one form: seed 002 wrote ranges as "0371~2", "0331~4" and "0371~0372"
and lists as "0322,0325,0328"; the kiosk reads every phone, fax and extension into one."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kiosk.directory.model import Service, decode
from kiosk.directory.phone_form import one_form

SHORT_END = re.compile(r"(\d+)~(\d+)")


def test_a_range_end_is_written_whole_and_a_list_spaced():
    assert one_form("02-3677-0371~2") == "02-3677-0371~0372"
    assert one_form("02-3677-0331~4") == "02-3677-0331~0334"
    assert one_form("02-3677-0371~0372") == "02-3677-0371~0372"
    assert one_form("02-3677-0322,0325,0328") == "02-3677-0322, 0325, 0328"
    assert one_form(" 02-3677-0340 ,0343, 0345 ~ 6 ") == "02-3677-0340, 0343, 0345~0346"
    assert one_form("") == ""


def test_every_number_of_the_demo_is_in_the_one_form(demo):
    numbers = [getattr(item, field) for table in ("rooms", "departments", "services", "staff")
               for item in getattr(demo, table) for field in ("phone", "fax", "extension")
               if getattr(item, field, "")]
    assert numbers and all(n == one_form(n) for n in numbers)
    for n in numbers:
        for start, end in SHORT_END.findall(n):
            assert len(start) == len(end), n
        assert not re.search(r",\S", n), n
    assert demo.desk_phone() == "02-3677-0371~0372"


def test_a_bundle_record_is_read_into_the_one_form():
    service = decode(Service, {"id": "s", "name": {"ko": "가", "en": "A"},
                               "phone": "02-3677-0331~4", "fax": "02-507-5895,5896"})
    assert (service.phone, service.fax) == ("02-3677-0331~0334", "02-507-5895, 5896")


@given(st.text(alphabet="0123456789-~, ", max_size=30))
def test_the_one_form_is_stable(text):
    assert one_form(one_form(text)) == one_form(text)


def test_a_range_inside_a_text_is_written_whole():
    from kiosk.directory.phone_form import in_text

    assert in_text("평생교육담당(02-3677-0331~4)으로") == "평생교육담당(02-3677-0331~0334)으로"
    assert in_text("2026-12-25~26, 9~5 and 02-3677-0311") == "2026-12-25~26, 9~5 and 02-3677-0311"


def test_the_demo_notices_write_numbers_as_the_tables_do(demo):
    texts = [t for notice in demo.notices for t in notice.text.both()]
    assert any("02-3677-0331~0334" in t for t in texts)
    assert not any(SHORT_END.search(t) and len(a) != len(b)
                   for t in texts for a, b in SHORT_END.findall(t) if "02-" in t)
