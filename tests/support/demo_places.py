"""The demo directory's places that bear the name of the department found in them, read from
kiosk/demo/building.toml (each department's `room`, and that room's name): a visitor's card
for such a place is the department's, titled with their one name. Written out here, not
computed by directory/same_place.py, so the screens' tests check that code against the data."""
from __future__ import annotations

# room id -> the department in it of the same name (in Korean and in English)
SHARED_NAME = {
    "4F-director": "director",  # 관장실
    "2F-general": "pi-general-room",  # 종합정보자료실
    "2F-digital": "pi-digital-room",  # 디지털자료실
    "1F-children": "pi-children-room",  # 어린이자료실
    "1F-info-desk": "pi-info-desk",  # 안내데스크
}


def card_of_place(room_id: str) -> tuple:
    """The route of the card a tap on the place `room_id` opens."""
    department = SHARED_NAME.get(room_id)
    return ("card", "departments", department) if department else ("card", "rooms", room_id)
