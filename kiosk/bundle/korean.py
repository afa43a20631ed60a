"""The lists and edge kinds of a bundle as a Korean message names them, and an entry as a
message names it. The particles after them are chosen by kiosk/directory/particles.py
when the message is made."""
from __future__ import annotations

from kiosk.directory.model import Text

# The lists of a bundle and the kinds of navigation edge, as a Korean message names them.
TABLES = {"building": "건물", "floors": "층", "rooms": "장소", "departments": "부서",
          "staff": "직원", "services": "서비스", "amenities": "편의 시설", "kiosks": "키오스크",
          "nav_nodes": "길 안내 지점", "nav_edges": "길 안내 연결", "pledges": "헌장 약속",
          "hours": "이용시간", "closed_days": "휴관일", "notices": "공지·행사"}
KINDS = {"corridor": "복도", "door": "문", "stairs": "계단", "elevator": "엘리베이터",
         "ramp": "경사로", "escalator": "에스컬레이터"}


def table(name: str) -> Text:
    """A list's name in both languages (the English one as the file writes it)."""
    return Text(TABLES.get(name, name), name)


def kind(name: str) -> Text:
    return Text(KINDS.get(name, name), name)


def record(table_name: str, item_id: str) -> Text:
    """An entry as a message names it: 직원 's01' / staff 's01'; an edge by its two ends."""
    # Quoted as written, whatever quotes the id holds (a repr would show 'a\\'b'); what a
    # terminal would obey is escaped when the message is made (problems.problem).
    if table_name == "nav_edges":
        a, _, b = item_id.partition("~")
        shown = f"'{a}'–'{b}'"
    else:
        shown = f"'{item_id}'"
    return Text(f"{TABLES.get(table_name, table_name)} {shown}", f"{table_name} {shown}")
