"""Routes and directions over the demo building, and over small buildings made for a case:
golden directions, step-free routes, no route, the forms a route leaves the kiosk in, and
the turn words against the geometry."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.directory.directory import Directory
from kiosk.directory.files import load_demo
from kiosk.directory.model import Building, Floor, Kiosk, NavEdge, NavNode, Room, Text
from kiosk.wayfinding.checks import graph_problems
from kiosk.wayfinding.directions import subject, toward, turn
from kiosk.wayfinding.route import NoRoute
from kiosk.wayfinding.wayfinder import NO_STEP_FREE, NO_WAY, Wayfinder, route_text, route_url

DEMO = load_demo()
WAY = Wayfinder(DEMO)



def test_the_demo_graph_has_no_problems():
    assert graph_problems(DEMO) == []


def test_a_broken_graph_is_named_by_its_checks():
    records = DEMO.to_records()
    records["nav_edges"].append({"a": records["nav_nodes"][0]["id"], "b": "nowhere"})
    problems = graph_problems(Directory.from_records(records))
    assert any(p.key == "graph.edge_node" and p.table == "nav_edges" and p.field == "b"
               and p.values["value"] == "nowhere" for p in problems), problems


GOLDEN = {
    ("rooms", "4F-director", False): [
        "키오스크 화면을 바라보고 오른쪽으로 돌아 안내데스크 앞을 지나 13m 가세요.",
        "왼쪽의 엘리베이터를 타고 4층으로 가세요.",
        "엘리베이터에서 내려 오른쪽으로 돌아 기획정보부 사무실 앞을 지나 34m 가세요.",
        "관장실이 오른쪽에 있습니다 (401호)."],
    ("rooms", "2F-general", False): [
        "Facing the kiosk screen, turn right and go 18\u00a0m, past the Information desk.",
        "Take the stairs on your left up to the 2nd floor.",
        "Leave the stairs, turn right and go 26\u00a0m, past the Elevator.",
        "General Reading Room is on your right (room 201)."],
    ("rooms", "2F-general", True): [
        "Facing the kiosk screen, turn right and go 13\u00a0m, past the Information desk.",
        "Take the elevator on your left to the 2nd floor.",
        "Leave the elevator, turn right and go 21\u00a0m, past the Lounge.",
        "General Reading Room is on your right (room 201)."],
    ("rooms", "1F-lounge", False): [
        "키오스크 화면을 바라보고 왼쪽으로 돌아 어린이자료실 앞을 지나 19m 가세요.",
        "휴게실이 왼쪽에 있습니다 (104호)."],
    ("rooms", "1F-nursing", False): [
        "Facing the kiosk screen, turn right and go a few steps.",
        "Nursing room is on your left (room 102)."],
}


@pytest.mark.parametrize("key", list(GOLDEN))
def test_golden_directions(key):
    table, item_id, step_free = key
    route = WAY.route((table, item_id), step_free=step_free)
    lang = "ko" if any("가세요" in s for s in GOLDEN[key]) else "en"
    assert [s.text.get(lang) for s in route.steps] == GOLDEN[key]
    assert route.steps[0].kind == "start" and route.steps[-1].kind == "arrive"


def destinations(directory):
    yield from (("rooms", r.id) for r in directory.rooms if r.kind != "hall")
    yield from (("staff", p.id) for p in directory.staff)
    yield from (("services", s.id) for s in directory.services if s.room or s.department)
    yield from (("amenities", a.id) for a in directory.amenities)


def uses_steps(route) -> bool:
    return any(WAY.graph.edge(WAY.graph.index[a], WAY.graph.index[b], route.step_free)
               .kind in ("stairs", "escalator") for a, b in zip(route.nodes, route.nodes[1:]))


@pytest.mark.parametrize("step_free", [False, True])
def test_every_demo_destination_has_a_short_way_in_both_languages(step_free):
    for target in destinations(DEMO):
        room = DEMO.room(WAY.room_of(*target))
        if step_free and not room.accessible:  # the stairs themselves
            with pytest.raises(NoRoute):
                WAY.route(target, step_free=True)
            continue
        route = WAY.route(target, step_free=step_free)
        assert 2 <= len(route.steps) <= 8, target
        assert all(s.text.ko and s.text.en for s in route.steps), target
        assert route.legs[0].floor == "1F" and route.legs[-1].floor == room.floor, target
        assert route.length_m > 0 and route.seconds > 0
        if step_free:
            assert route.step_free and not uses_steps(route), target


def test_a_person_is_found_in_their_room_and_named_on_arrival():
    person = next(p for p in DEMO.staff if p.room)
    route = WAY.route(("staff", person.id))
    assert route.end in {n.id for n in DEMO.nav_nodes if n.room == person.room}
    assert person.name.ko in route.steps[-1].text.ko
    assert person.name.en in route.steps[-1].text.en
    assert route.destination == person.name


def test_unknown_targets_raise_key_error():
    with pytest.raises(KeyError):
        WAY.route(("rooms", "no-such-room"))
    with pytest.raises(KeyError):
        Wayfinder(DEMO, "no-such-kiosk")


def test_the_qr_text_and_the_link():
    route = WAY.route(("rooms", "4F-director"), step_free=True)
    text = route_text(route, "en").splitlines()
    assert text[0] == "Way to Director's office" and text[1].startswith("50 m")
    assert text[2:] == [f"{n}. {s.text.en}" for n, s in enumerate(route.steps, 1)]
    url = route_url(route, "https://library.example/way", "ko")
    query = parse_qs(urlsplit(url).query)
    assert query == {"from": ["lobby"], "to": ["4F-director-door"], "lang": ["ko"],
                     "step_free": ["1"]}
    assert route_url(route, "https://x.example/r?site=7", "en").startswith(
        "https://x.example/r?site=7&from=")


# -- small buildings made for a case ---------------------------------------------------------
def building(edges, nodes=None, rooms=None) -> Directory:
    """Two floors: a kiosk at k on 1F, corridor c, rooms A (1F) and B (2F) behind doors."""
    floors = (Floor("1F", 0, Text("1층", "1st floor")), Floor("2F", 1, Text("2층", "2nd floor")))
    nodes = nodes or [NavNode("k", "1F", 100, 450, "kiosk"), NavNode("c", "1F", 300, 450),
                      NavNode("a", "1F", 300, 400, "door", "A"),
                      NavNode("s1", "1F", 500, 450, "stairs"),
                      NavNode("s2", "2F", 500, 450, "stairs"),
                      NavNode("b", "2F", 500, 500, "door", "B")]
    rooms = rooms or (Room("A", "1F", Text("가실", "Room A")),
                      Room("B", "2F", Text("나실", "Room B")))
    return Directory(building=Building("t", Text("시험", "Test")), floors=floors,
                     rooms=tuple(rooms), kiosks=(Kiosk("k", Text("키", "K"), "1F", 100, 450),),
                     nav_nodes=tuple(nodes), nav_edges=tuple(NavEdge(*e) for e in edges))


STAIRS_ONLY = [("k", "c"), ("c", "a", "door"), ("c", "s1"), ("s1", "s2", "stairs"),
               ("s2", "b", "door")]


def test_no_step_free_way_is_said_and_the_stairs_way_still_exists():
    way = Wayfinder(building(STAIRS_ONLY))
    assert way.route(("rooms", "B")).legs[-1].floor == "2F"
    with pytest.raises(NoRoute) as caught:
        way.route(("rooms", "B"), step_free=True)
    assert caught.value.reason == NO_STEP_FREE


def test_no_way_at_all():
    way = Wayfinder(building(STAIRS_ONLY[:3]))
    with pytest.raises(NoRoute) as caught:
        way.route(("rooms", "B"))
    assert caught.value.reason == NO_WAY


def test_a_ramp_is_step_free_and_a_door_sill_is_not():
    edges = STAIRS_ONLY[:3] + [("s1", "s2", "ramp"), ("s2", "b", "door")]
    assert Wayfinder(building(edges)).route(("rooms", "B"), step_free=True).step_free
    sill = STAIRS_ONLY[:3] + [("s1", "s2", "ramp"), ("s2", "b", "door", None, False)]
    with pytest.raises(NoRoute):
        Wayfinder(building(sill)).route(("rooms", "B"), step_free=True)


def test_starting_at_the_door_is_right_here():
    route = Wayfinder(building(STAIRS_ONLY)).route(("rooms", "A"), start="a")
    assert [s.text.en for s in route.steps] == ["Room A is right here."]


def test_a_kiosk_without_its_own_node_starts_at_the_nearest():
    way = Wayfinder(building(STAIRS_ONLY), Kiosk("x", Text("x", "x"), "1F", 290, 440))
    assert way.route(("rooms", "A")).start == "c"


# -- words -----------------------------------------------------------------------------------
@given(st.floats(-1e3, 1e3), st.floats(-1e3, 1e3), st.floats(-1e3, 1e3), st.floats(-1e3, 1e3))
def test_a_mirrored_turn_is_the_other_way(ax, ay, bx, by):
    """Reflecting the plan left-right swaps left and right and keeps straight and back."""
    swap = {"left": "right", "right": "left", "straight": "straight", "back": "back"}
    assert turn(-ax, ay, -bx, by) == swap[turn(ax, ay, bx, by)]


def test_turns_on_the_plan():
    east, south, north, west = (1, 0), (0, 1), (0, -1), (-1, 0)  # plan y points down
    assert turn(*east, *south) == "right" and turn(*east, *north) == "left"
    assert turn(*east, *east) == "straight" and turn(*east, *west) == "back"
    assert turn(*south, *west) == "right"  # out of a lift on the north wall, then west


def test_korean_particles():
    assert subject("관장실") == "관장실이" and subject("안내데스크") == "안내데스크가"
    assert toward("4층") == "4층으로" and toward("계단") == "계단으로"
    assert toward("경사로") == "경사로로" and toward("1층 열람실") == "1층 열람실로"
    assert subject("수유실") == "수유실이" and subject("B1") == "B1이"  # 비일
