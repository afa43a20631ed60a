"""The preview before applying a stick says what each changed field was and becomes
("전화: 02-3677-0314 → 02-3677-0319"), in Korean and English: a department's phone, a
person's room (by the room's name in each directory) and duties, long ones wrapped onto more
lines of a taller row, never cut; photos side by side as before."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from staff_support import change_row, photo
from test_staff_flow import (  # noqa: F401 (kiosk: a fixture)
    CHANGED,
    NEW_PHOTO,
    kiosk,
    open_staff_screen,
    plug_in,
)

from kiosk.ui.staff.change_list import DETAIL_ROLE, change_detail

pytestmark = pytest.mark.usefixtures("built_in_assets")

OLD_DUTIES_KO = "민원행정(제증명 발급), 친절 서비스, 부조리·불친절 신고 접수"
LONG_DUTIES = ("민원행정(제증명 발급, 고충 민원 3단계 서비스), 친절 서비스와 친절 연수, 부조리·불친절 "
               "신고 접수, 시설환경 관리, 어린이자료실 상담, 독서 동아리 운영, 평생교육 프로그램 "
               "접수와 안내, 자료 기증 접수, 희망도서 신청 안내, 상호대차 안내")
LONG_DUTIES_EN = ("Civil affairs (certificates, 3-step progress updates on grievances), "
                  "courtesy service and courtesy training, reports of misconduct or rudeness, "
                  "building facilities, children's room advice, reading clubs, lifelong "
                  "learning sign-up, donations, requested books, interlibrary loans")


@pytest.fixture
def preview(qtbot, kiosk):  # noqa: F811 (the fixture imported above)
    window = kiosk[0]
    stick = plug_in(kiosk)
    change_row(stick, "departments.xlsx", "ga-admin", phone="02-3677-0319")
    change_row(stick, "staff.xlsx", CHANGED, room="2F-digital", duties_ko=LONG_DUTIES,
               duties_en=LONG_DUTIES_EN)
    photo(stick / "photos" / f"{CHANGED}.png", NEW_PHOTO.name())
    flow = open_staff_screen(qtbot, window)
    changes = {(c.table, c.id): c for c in flow.screen.changes.changes}
    window.stick = stick
    return window, flow, changes


def test_each_changed_field_says_its_old_and_new_value(preview):
    window, flow, changes = preview
    before, after = window.ctx.directory, flow.checked.directory
    team = changes[("departments", "ga-admin")]
    assert change_detail(team, "ko", before, after) == "전화: 02-3677-0314 → 02-3677-0319"
    assert change_detail(team, "en", before, after) == "phone: 02-3677-0314 → 02-3677-0319"
    person = change_detail(changes[("staff", CHANGED)], "ko", before, after).split("\n")
    assert f"업무: {OLD_DUTIES_KO} → {LONG_DUTIES}" in person
    assert "자리(방): 총무부 사무실 (4F-general-affairs) → 디지털자료실 (2F-digital)" in person
    assert person[-1] == "바뀐 항목: 사진"  # a photo is shown, not told
    english = change_detail(changes[("staff", CHANGED)], "en", before, after).split("\n")
    assert "room: General Affairs office (4F-general-affairs) → Digital Room (2F-digital)" \
        in english
    assert any(line.startswith("duties: Civil affairs (certificates), ") and
               line.endswith(f"→ {LONG_DUTIES_EN}") for line in english)
    assert english[-1] == "Changed: photo"


def test_the_report_on_the_stick_says_the_values_the_preview_shows(qtbot, preview):
    """Written by the same check, from the same formatter: each changed record's lines, as
    the preview shows them, stand under its line in the report (these duties are long on
    screen, yet under the report's cut: tests/bundle/test_bundle_report_values.py)."""
    window, flow, changes = preview
    before, after = window.ctx.directory, flow.checked.directory
    [path] = window.stick.parent.glob("kiosk-report-*.txt")
    report = path.read_bytes().decode("utf-8-sig")
    team = changes[("departments", "ga-admin")]
    assert (f"  [변경] 부서 ga-admin {team.after.name.ko}\r\n"
            f"      {change_detail(team, 'ko', before, after)}\r\n") in report
    person = change_detail(changes[("staff", CHANGED)], "ko", before, after).split("\n")
    assert f"업무: {OLD_DUTIES_KO} → {LONG_DUTIES}" in person
    for line in person:
        assert f"\r\n      {line}\r\n" in report


@pytest.mark.parametrize("lang", ("ko", "en"))
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_long_values_wrap_onto_a_taller_row_and_are_not_cut(qtbot, preview, lang, size):
    window, flow, changes = preview
    window.resize(*size)
    window.ctx.session.set_language(lang)
    screen = flow.screen
    view, model = screen.change_list, screen.changes
    delegate = view.itemDelegate()
    row = model.changes.index(changes[("staff", CHANGED)])
    index = model.index(row, 0)
    view.scrollTo(index)
    qtbot.waitUntil(lambda: view.visualRect(index).height() > 0, timeout=3000)
    detail = index.data(DETAIL_ROLE)
    width = view.viewport().width()
    lines = delegate._detail_lines(detail, delegate._text_width(changes[("staff", CHANGED)],
                                                                width))
    # every word of every value is on a line: wrapped, nothing dropped nor cut with "…"
    assert "".join(lines).replace(" ", "").replace("\u200b", "") == \
        detail.replace("\n", "").replace(" ", "")
    assert not any("…" in line for line in lines) and len(lines) > 3
    spacing = view.fontMetrics().lineSpacing()
    rect = view.visualRect(index)
    assert rect.height() >= len(lines) * spacing  # the row grew to hold them
    # the next row starts below this one: nothing painted over
    below = view.visualRect(model.index(row + 1, 0)) if row + 1 < len(model.changes) else None
    if below is not None and below.isValid() and below.height():
        assert below.top() > rect.bottom()
    # the photos as before: the new one shows in the row
    image = view.viewport().grab(rect).toImage()
    pink = [x for x in range(image.width()) for y in range(0, image.height(), 4)
            if image.pixelColor(x, y) == NEW_PHOTO]
    assert pink
    accessible = index.data(Qt.AccessibleTextRole)
    assert ("02-3677" not in accessible) and ("→" in accessible)


def test_values_of_every_shape_read_as_words():
    """Pure: only the English changed, an empty value, a yes/no, search words, a picture."""
    import dataclasses

    from kiosk.bundle.changes import Change
    from kiosk.directory.model import Room, Text, Words
    from kiosk.bundle.change_values import FIELD_KEYS

    old = Room("r1", "1F", Text("열람실", "Reading room"), phone="", accessible=True,
               keywords=Words(("책",), ("books",)))
    new = dataclasses.replace(old, name=Text("열람실", "Study room"), phone="02-3677-0371",
                              accessible=False, keywords=Words(("책", "공부"), ("books",)))
    change = Change("rooms", "r1", "changed", old, new,
                    ("name", "phone", "accessible", "keywords", "rect"))
    from kiosk.bundle.change_values import change_lines
    lines, named = change_lines(change, "ko", FIELD_KEYS)
    assert lines == ["이름(영문): Reading room → Study room", "전화: (없음) → 02-3677-0371",
                     "accessible: 예 → 아니오", "검색어: 책 → 책, 공부"]
    assert named == ["rect"]  # a position on the plan: named, not told
    lines, _named = change_lines(change, "en", FIELD_KEYS)
    assert lines[0] == "name: Reading room → Study room"
    assert lines[1] == "phone: (none) → 02-3677-0371"
