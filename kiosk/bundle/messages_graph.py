"""What can be wrong with a bundle's navigation graph (kiosk/wayfinding/checks.py), in Korean
and English: key -> ((what is wrong: ko, en), (how to fix it: ko, en)), merged into
problems.MESSAGES. {record} names the entry in the message's language; a particle written
"이(가)" is chosen by the word before it (kiosk/directory/particles.py)."""
from __future__ import annotations

MESSAGES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "graph.node_floor": (
        ("{record}의 floor '{value}'이(가) 층 목록(floors)에 없습니다.",
         "{record}: its floor '{value}' is not in floors."),
        ("floor에 있는 층의 id를 쓰세요: {known}.", "Set floor to one of: {known}.")),
    "graph.node_no_floor": (
        ("{record}의 floor가 비어 있습니다.", "{record}: its floor is empty."),
        ("floor에 그 지점이 있는 층의 id를 쓰세요: {known}.",
         "Set floor to the id of the node's floor: {known}.")),
    "graph.node_kind": (
        ("{record}의 kind '{value}'은(는) 쓸 수 없는 종류입니다.",
         "{record}: kind '{value}' is not a kind of node."),
        ("kind에 다음 중 하나를 목록 그대로 소문자로 쓰세요: {known}.",
         "Set kind to one of these, in small letters as listed: {known}.")),
    "graph.node_room": (
        ("{record}의 room '{value}'이(가) 방 목록(rooms)에 없습니다.",
         "{record}: its room '{value}' is not in rooms."),
        ("room을 있는 방의 id로 고치거나, 방의 문이 아니면 room 줄을 지우세요.",
         "Correct room to an existing room's id, or remove the room line if the node is no "
         "room's door.")),
    "graph.node_room_floor": (
        ("{record}은(는) {floor}에 있는데, 그 방 '{value}'은(는) {room_floor}에 있습니다.",
         "{record} is on {floor}, its room '{value}' on {room_floor}."),
        ("지점의 floor를 {room_floor}(으)로 고치거나 room을 맞는 방으로 고치세요.",
         "Set the node's floor to {room_floor}, or its room to the right room.")),
    "graph.edge_node": (
        ("{record}이(가) 잇는 지점 '{value}'이(가) 길 안내 지점 목록(nav_nodes)에 없습니다.",
         "{record}: the node '{value}' is not in nav_nodes."),
        ("[[nav_nodes]]에 id = \"{value}\"인 지점을 추가하거나 a, b를 있는 지점의 id로 "
         "고치세요.", "Add a [[nav_nodes]] entry with id = \"{value}\", or correct a and b to "
         "existing nodes.")),
    "graph.edge_loop": (
        ("{record}이(가) 지점 '{value}'을(를) 자기 자신과 잇습니다.",
         "{record} links the node '{value}' to itself."),
        ("이 [[nav_edges]] 항목을 지우거나 b를 다른 지점으로 고치세요.",
         "Remove this [[nav_edges]] entry, or set b to another node.")),
    "graph.edge_kind": (
        ("{record}의 kind '{value}'은(는) 쓸 수 없는 종류입니다.",
         "{record}: kind '{value}' is not a kind of edge."),
        ("kind에 다음 중 하나를 목록 그대로 소문자로 쓰세요: {known}.",
         "Set kind to one of these, in small letters as listed: {known}.")),
    "graph.edge_step_free": (
        ("{record}: {kind}은(는) 계단 없는 길(step_free)이 될 수 없습니다.",
         "{record}: {kind} cannot be step-free."),
        ("step_free 줄을 지우세요. 휠체어로 갈 수 있는 길이면 kind를 elevator나 ramp로 "
         "고치세요.", "Remove the step_free line; if a wheelchair can use it, make kind "
         "elevator or ramp.")),
    "graph.edge_between_floors": (
        ("{record}: {kind}이(가) 서로 다른 층 {a}과(와) {b}을(를) 잇습니다.",
         "{record}: a {kind} links two floors, {a} and {b}."),
        ("층 사이의 연결은 kind를 stairs, elevator, ramp, escalator 중 하나로 쓰세요.",
         "Between floors, make kind one of stairs, elevator, ramp, escalator.")),
    "graph.room_no_node": (
        ("{record}(으)로 가는 길 안내 지점이 없어 길 안내를 할 수 없습니다.",
         "{record}: no navigation node leads there, so no way can be shown."),
        ("그 방의 문 앞에 room = \"{room}\"인 [[nav_nodes]] 지점을 추가하고 복도와 잇는 "
         "[[nav_edges]]를 쓰세요.", "Add a [[nav_nodes]] entry with room = \"{room}\" at its "
         "door, and a [[nav_edges]] entry linking it to the corridor.")),
    "graph.in_room_without_node": (
        ("{record}의 방 '{room}'에 길 안내 지점이 없어 길 안내를 할 수 없습니다.",
         "{record}: its room '{room}' has no navigation node, so no way can be shown."),
        ("building.toml에서 그 방의 문 앞에 room = \"{room}\"인 [[nav_nodes]] 지점을 "
         "추가하세요.", "In building.toml, add a [[nav_nodes]] entry with room = \"{room}\" at "
         "the room's door.")),
    "graph.kiosk_no_node": (
        ("{record}과(와) 같은 id의 길 안내 지점이 없어 키오스크가 출발점을 모릅니다.",
         "{record}: no navigation node has the kiosk's id, so routes have no start."),
        ("[[nav_nodes]]에 kiosk와 같은 id, kind = \"kiosk\", floor = \"{floor}\", x = {x}, "
         "y = {y}인 지점을 추가하고 복도와 이으세요.", "Add a [[nav_nodes]] entry with the "
         "kiosk's id, kind = \"kiosk\", floor = \"{floor}\", x = {x}, y = {y}, linked to the "
         "corridor.")),
    "graph.kiosk_node_floor": (
        ("{record}은(는) {floor}에 있는데, 같은 id의 길 안내 지점은 {node_floor}에 있습니다.",
         "{record} is on {floor}, its navigation node on {node_floor}."),
        ("지점의 floor를 {floor}(으)로 고치세요.", "Set the node's floor to {floor}.")),
    "graph.cut_off": (
        ("길 안내 지점 {nodes}({count}개)이(가) 나머지 길과 이어져 있지 않습니다.",
         "The nodes {nodes} ({count}) are not connected to the rest of the graph."),
        ("그 지점들과 나머지 길을 잇는 [[nav_edges]] 항목을 추가하세요.",
         "Add a [[nav_edges]] entry linking them to the rest.")),
}
