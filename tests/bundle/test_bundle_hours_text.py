"""A place's hours text in a bundle, typed by hand ("M-F 9am-6pm", "화-금 9시~18시"), is read
in the one form the hours table shows; what does not read for certain is kept as typed, with
no error; and the export gives back what the kiosk read, which checks as no change."""
from __future__ import annotations

import pytest

from kiosk.bundle.export import building_toml
from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import load_demo

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()


def check(folder, text, current=DEMO):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "building.toml").write_text(text, encoding="utf-8")
    checked = check_bundle(folder, folder.parent / "data", current, public_key=None)
    discard(checked)
    return checked


def with_room_hours(ko: str, en: str) -> str:
    """The demo's building.toml, the General Reading Room's hours typed anew."""
    text = building_toml(DEMO)
    room = text.index('id = "2F-general"')
    start = text.index("\nhours = ", room) + 1
    end = text.index("\n", start)
    return f'{text[:start]}hours = {{ ko = "{ko}", en = "{en}" }}{text[end:]}'


@pytest.mark.parametrize("ko, en, shown_ko, shown_en", [
    ("화-금 9시~18시, 토·일 오전 9시~오후 5시", "M-F 9am-6pm, sat & sun 9:00 - 17:00",
     "화요일–금요일 09:00–18:00, 토요일–일요일 09:00–17:00",
     "Mon–Fri 09:00–18:00, Sat–Sun 09:00–17:00"),
    # Hours that do not read for certain are kept as typed, and are no error.
    ("월-금 9-6", "Mon-Fri 2:00-4:00", "월-금 9-6", "Mon-Fri 2:00-4:00"),
    ("화-금 25:00-26:00", "F 1:00-5:00 pm", "화-금 25:00-26:00", "F 1:00-5:00 pm"),
])
def test_hand_typed_hours_are_read_in_one_form(tmp_path, ko, en, shown_ko, shown_en):
    checked = check(tmp_path / "stick" / "kiosk-directory", with_room_hours(ko, en))
    assert checked.ok, [p.text("en") for p in checked.problems]
    assert checked.directory.room("2F-general").hours.both() == (shown_ko, shown_en)
    # Exported and checked again: what the kiosk read is what it gets back, no change.
    assert [c.table for c in checked.changes] == ["rooms"]
    again = check(tmp_path / "again" / "kiosk-directory", building_toml(checked.directory),
                  current=checked.directory)
    assert again.ok and again.changes == ()
