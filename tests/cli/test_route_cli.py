"""`python -m kiosk route`: the way staff check after editing the navigation graph is the way
the route screen shows."""
from __future__ import annotations

import json

from test_find_cli import run

from kiosk.directory.files import load_demo
from kiosk.wayfinding.wayfinder import Wayfinder, route_text


def test_route_prints_the_screens_steps(tmp_path):
    result = run(tmp_path, "route", "관장")
    assert result.returncode == 0, result.stderr
    # 관장실 is a place and the department in it: one answer, the way to the place
    expected = route_text(Wayfinder(load_demo()).route(("rooms", "4F-director")), "ko")
    assert result.stdout.startswith(expected + "\n")
    assert "1F > 4F" in result.stdout


def test_route_json_step_free_in_english(tmp_path):
    result = run(tmp_path, "route", "general reading", "--step-free", "--lang", "en", "--json")
    assert result.returncode == 0, result.stderr
    route = json.loads(result.stdout)
    # the General Reading Room: the place and the department of its name, one answer
    assert route["target"] == {"table": "departments", "id": "pi-general-room"}
    assert route["step_free"]
    assert route["nodes"][0] == "lobby" and route["floors"] == ["1F", "2F"]
    assert "elevator" in route["steps"][1]["en"] and route["steps"][-1]["kind"] == "arrive"


def test_route_from_another_node(tmp_path):
    result = run(tmp_path, "route", "관장", "--from", "4F-elevator-door", "--json")
    route = json.loads(result.stdout)
    assert route["floors"] == ["4F"] and route["nodes"][0] == "4F-elevator-door"
    assert route["steps"][0]["en"].startswith("Leave the elevator, turn right")


def test_route_refusals(tmp_path):
    nothing = run(tmp_path, "route", "zqxjzqxj")
    assert nothing.returncode == 1 and nothing.stdout.strip()
    stairs = run(tmp_path, "route", "계단", "--step-free")
    assert stairs.returncode == 1 and "안내데스크" in stairs.stdout and "02-" in stairs.stdout
    bad_start = run(tmp_path, "route", "관장", "--from", "nowhere")
    assert bad_start.returncode == 2 and "nowhere" in bad_start.stderr


def test_route_starts_where_the_config_places_the_kiosk(tmp_path):
    """The route screen starts at kiosk.floor, x and y; the command printed the way from the
    directory's place all the same."""
    result = run(tmp_path, "route", "관장", "--json",
                 config_text='[kiosk]\nfloor = "3F"\nx = 800.0\ny = 450.0\n')
    assert result.returncode == 0, result.stderr
    route = json.loads(result.stdout)
    assert route["floors"][0] == "3F" and route["nodes"][0].startswith("3F")
    half = run(tmp_path, "route", "관장", config_text='[kiosk]\nx = 800.0\n')
    assert half.returncode == 2 and "kiosk.x and kiosk.y must both be set" in half.stderr
