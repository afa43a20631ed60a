"""A generated directory of any size (e.g. 5,000 staff, 1,000 rooms), for benchmarks and for
tests that need a building far larger than the demo. Deterministic for a given seed."""
from __future__ import annotations

import random

from kiosk.directory.directory import Directory
from kiosk.directory.model import (
    Building,
    Department,
    Floor,
    Kiosk,
    Rect,
    Room,
    Service,
    Staff,
    Text,
    Words,
)

FAMILY = [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"),
          ("강", "Kang"), ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"),
          ("한", "Han"), ("오", "Oh"), ("서", "Seo"), ("신", "Shin"), ("권", "Kwon")]
GIVEN = [("민", "Min"), ("서", "Seo"), ("지", "Ji"), ("현", "Hyun"), ("수", "Su"),
         ("영", "Young"), ("준", "Jun"), ("우", "Woo"), ("하", "Ha"), ("은", "Eun"),
         ("도", "Do"), ("예", "Ye"), ("진", "Jin"), ("성", "Sung"), ("혜", "Hye")]
TOPICS = [("자료", "materials"), ("대출", "lending"), ("반납", "returns"), ("열람", "reading"),
          ("기증", "donations"), ("평생교육", "lifelong learning"), ("계약", "contracts"),
          ("회계", "accounting"), ("홈페이지", "website"), ("전산", "IT"),
          ("학교지원", "school support"), ("행사", "events"), ("시설", "facilities")]
ROOM_WORDS = [("자료실", "materials room"), ("사무실", "office"), ("열람실", "reading room"),
              ("세미나실", "seminar room"), ("강의실", "lecture room"), ("창고", "storage")]


def generate(staff: int = 5000, rooms: int = 1000, floors: int = 20, departments: int = 100,
             seed: int = 1) -> Directory:
    rng = random.Random(seed)
    floor_list = [Floor(f"{i}F", i, Text(f"{i}층", f"{i}F"), Text(f"{i}층", f"Floor {i}"),
                        plan="1F.svg") for i in range(1, floors + 1)]
    per_row = 10
    room_list = []
    for i in range(rooms):
        floor = floor_list[i % floors]
        k = i // floors
        word = ROOM_WORDS[i % len(ROOM_WORDS)]
        topic = TOPICS[i % len(TOPICS)]
        room_list.append(Room(
            f"r{i}", floor.id, Text(f"{topic[0]}{word[0]} {i}", f"{topic[1].title()} {word[1]} {i}"),
            number=f"{floor.level}{k:02d}", phone=f"02-555-{i:04d}",
            rect=Rect(40 + (k % per_row) * 150, 60 + (k // per_row) * 120, 140, 100)))
    dept_list = [Department(f"d{i}", Text(f"{TOPICS[i % len(TOPICS)][0]}{i}팀",
                                          f"{TOPICS[i % len(TOPICS)][1].title()} team {i}"),
                            duties=Text(f"{TOPICS[i % len(TOPICS)][0]} 업무",
                                        f"{TOPICS[i % len(TOPICS)][1]} work"),
                            room=f"r{i % rooms}")
                 for i in range(departments)]
    people = []
    for i in range(staff):
        fam, g1, g2 = rng.choice(FAMILY), rng.choice(GIVEN), rng.choice(GIVEN)
        topic = rng.choice(TOPICS)
        people.append(Staff(
            f"p{i}", Text(fam[0] + g1[0] + g2[0], f"{fam[1]} {g1[1]}{g2[1].lower()}"),
            Text("주무관", "Officer"), f"d{i % departments}",
            duties=Text(f"{topic[0]} 담당", f"In charge of {topic[1]}"),
            extension=f"02-555-{(i * 7) % 10000:04d}", room=f"r{rng.randrange(rooms)}",
            presence=rng.choice(("in", "in", "in", "away", "leave"))))
    services = [Service(f"sv{i}", Text(f"{t[0]} 서비스 {i}", f"{t[1].title()} service {i}"),
                        department=f"d{i % departments}", room=f"r{i % rooms}",
                        keywords=Words((t[0],), (t[1],)))
                for i, t in enumerate(TOPICS * 4)]
    return Directory(Building("synthetic", Text("생성된 건물", "Generated building")),
                     floors=floor_list, rooms=room_list, departments=dept_list, staff=people,
                     services=services,
                     kiosks=[Kiosk("lobby", Text("로비", "Lobby"), "1F", 60, 40)])
