"""The route screen: the way drawn per floor, the steps beside it, step-free routing, the QR
code, no route, the language, zooming the plan, and "show me the way" from everywhere."""
from __future__ import annotations

import pytest
from helpers import FakeSpeech, find, focus_on, keys, row_of, tap
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListView

from kiosk.directory import config
from kiosk.directory.accessibility import READY, Profile
from kiosk.directory.model import Text
from kiosk.ui.app import build
from kiosk.wayfinding.route import NoRoute

from kiosk.wayfinding.wayfinder import route_text, route_url

UPSTAIRS = ("rooms", "4F-director")
ONE_FLIGHT = ("rooms", "2F-general")  # one floor up: the stairs are the shorter way


def open_route(window, table, item_id):
    window.navigate(("route", table, item_id))
    page = window.page("route")
    page.map.finish_animation()
    return page


def stairs_in(demo, route) -> bool:
    kinds = {n.id: n.kind for n in demo.nav_nodes}
    return any(kinds[a] == kinds[b] == "stairs" for a, b in zip(route.nodes, route.nodes[1:]))


def drawn(page) -> bool:
    return any(len(line) >= 2 for line in page.map.drawn_points())


def visible_tabs(page) -> list[str]:
    return [f for f, tab in page.tab_buttons.items() if tab.isVisible()]


def step_texts(page) -> list[str]:
    """Every step's words as the screen shows them, paged with its Next button, then back
    at the first."""
    texts = [page.pager.text.text()]
    while page.pager.next.isEnabled():
        page.pager.next.click()
        texts.append(page.pager.text.text())
    page.pager.page_to(0)
    return texts


def test_a_staff_members_way_in_three_taps(qtbot, window, demo):
    person = next(p for p in demo.staff if demo.room(p.room) is not None)
    tap(qtbot, find(window, "Tile-people"))
    departments = find(window, "DepartmentList", QListView)
    tap_way(qtbot, departments, row_of(departments, "departments", person.department), False)
    people = find(window, "StaffList", QListView)
    tap_way(qtbot, people, row_of(people, "staff", person.id))
    assert window.route == ("route", "staff", person.id)
    window.page("route").map.finish_animation()
    assert drawn(window.page("route"))


def tap_way(qtbot, view, row, way=True):
    """Tap a list row: on its way button, or (way=False) on the row itself."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    if way:
        button = view.itemDelegate().way_rect(rect, index.data(Qt.UserRole + 1))
        assert button is not None
        tap(qtbot, view.viewport(), button.center())
    else:
        tap(qtbot, view.viewport(), rect.center())


def test_an_upstairs_room_shows_each_floor_and_the_steps(qtbot, window, demo):
    page = open_route(window, *UPSTAIRS)
    assert visible_tabs(page)[:1] == [window.ctx.kiosk.floor]  # the first leg's floor first
    assert len(visible_tabs(page)) >= 2
    assert page.map.floor.id == window.ctx.kiosk.floor and drawn(page)
    assert step_texts(page) == [s.text.ko for s in page.route.steps]
    assert page.summary.isVisible() and "m" in page.summary.text()
    assert window.title.text() == "관장실 가는 길"
    tap(qtbot, page.tab_buttons["4F"])
    page.map.finish_animation()
    assert page.map.floor.id == "4F" and drawn(page)
    assert page.tab_buttons["4F"].text() == "✓ 4F"


def test_step_free_switch_avoids_stairs(qtbot, window, demo):
    page = open_route(window, *ONE_FLIGHT)
    assert not page.step_free and stairs_in(demo, page.route)
    tap(qtbot, find(window, "StepFreeToggle"))
    assert page.step_free and page.route.step_free and not stairs_in(demo, page.route)
    assert find(window, "StepFreeToggle").text().startswith("✓")
    assert step_texts(page) == [s.text.ko for s in page.route.steps]


@pytest.mark.parametrize("lang, off, on", [("ko", "휠체어 길: 꺼짐", "✓ 휠체어 길: 켜짐"),
                                           ("en", "Step-free: off", "✓ Step-free: on")])
def test_the_step_free_switch_says_on_and_off_in_words(qtbot, window, lang, off, on):
    """Found with the screen in greyscale: the switch showed only "✓" when on."""
    window.ctx.session.set_language(lang)
    open_route(window, *ONE_FLIGHT)
    toggle = find(window, "StepFreeToggle")
    assert toggle.text() == off
    tap(qtbot, toggle)
    assert toggle.text() == on


def test_step_free_is_on_with_the_wheelchair_profile(qtbot, window, demo):
    window.ctx.session.set_profile(READY["wheelchair"])
    page = open_route(window, *ONE_FLIGHT)
    assert page.step_free and not stairs_in(demo, page.route)
    assert find(window, "StepFreeToggle").text().startswith("✓")
    window.ctx.session.set_profile(Profile())  # help given up while the route shows
    assert not page.step_free and stairs_in(demo, page.route)


class NoWayThere:
    """The directory's router, except that one place cannot be reached."""

    def __init__(self, real, refused):
        self.real, self.refused = real, refused

    def route(self, target, start=None, step_free=False):
        if target == self.refused:
            raise NoRoute(Text("계단 없이 갈 수 있는 길이 없습니다.", "There is no step-free way."))
        return self.real.route(target, start, step_free)


def test_no_route_names_the_desk_and_its_phone(qtbot, window, demo):
    real = window.ctx.wayfinder()
    window.ctx.wayfinder = lambda: NoWayThere(real, UPSTAIRS)
    page = open_route(window, *UPSTAIRS)
    assert page.problem_text.isVisible() and "계단 없이" in page.problem_text.text()
    assert window.ctx.desk_phone and window.ctx.desk_phone in page.desk_text.text()
    desk = next(r for r in demo.rooms if r.kind == "desk")
    assert page.map.isVisible() and drawn(page)  # the way to the desk, never a blank map
    assert page.map.floor.id == desk.floor
    assert not page.qr.isVisible()
    window.ctx.session.set_language("en")
    assert "step-free" in page.problem_text.text() and "1F" in page.desk_text.text()


def test_the_qr_code_holds_the_route(qtbot, demo, tmp_path):
    for base in ("", "https://library.example/way"):
        cfg = config.Config({"data.folder": str(tmp_path), "route.base_url": base})
        window = build(demo, cfg)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        page = open_route(window, *UPSTAIRS)
        expected = (route_url(page.route, base, "ko") if base else route_text(page.route, "ko"))
        assert page.qr.isVisible() and page.qr.text == expected
        assert page.qr.matrix  # encoded, and painted module by module


def test_switching_language_rewrites_the_steps(qtbot, window):
    page = open_route(window, *UPSTAIRS)
    route = page.route
    tap(qtbot, find(window, "LanguageButton"))
    assert page.route is route  # the same route, not routed again
    assert step_texts(page) == [s.text.en for s in route.steps]
    assert page.qr.text == route_text(route, "en")
    assert window.title.text() == "Way to Director's office"


def test_speech_reads_the_steps(qtbot, demo, tmp_path):
    speech = FakeSpeech()
    window = build(demo, config.Config({"data.folder": str(tmp_path)}), speech)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.ctx.session.set_profile(Profile(speech=True))
    page = open_route(window, *UPSTAIRS)
    steps = page.route.steps

    def said(words):
        return any(words in text for text, _lang in speech.said)

    qtbot.waitUntil(lambda: said(steps[0].text.ko) and said(f"{len(steps)}단계 중 1단계"))
    for number, step in enumerate(steps[1:], 2):  # each step aloud as the visitor pages
        speech.said.clear()
        tap(qtbot, page.pager.next)
        qtbot.waitUntil(lambda: said(step.text.ko))
        assert speech.said[-1][0] == (f"{len(steps)}단계 중 {number}단계. {step.text.ko} "
                                      "지도에 노란색으로 표시했습니다.")  # where to look
    speech.said.clear()
    tap(qtbot, find(window, "StepFreeToggle"))  # the new way is said too, from its start
    qtbot.waitUntil(lambda: said(page.route.steps[0].text.ko))
    assert "휠체어 길" in speech.said[-1][0]


def test_paging_the_steps_follows_their_floors(qtbot, window):
    page = open_route(window, *UPSTAIRS)
    steps = page.route.steps
    assert page.pager.number.text() == f"{len(steps)}단계 중 1단계"
    assert not page.pager.previous.isEnabled() and page.pager.next.isEnabled()
    for number, step in enumerate(steps[1:], 2):
        tap(qtbot, page.pager.next)
        assert page.pager.text.text() == step.text.ko
        assert page.pager.number.text() == f"{len(steps)}단계 중 {number}단계"
        assert page.map.floor.id == step.floor  # the map shows where the step happens
    assert not page.pager.next.isEnabled() and page.pager.previous.isEnabled()
    window.ctx.session.set_language("en")  # the same step, in English
    assert page.pager.text.text() == steps[-1].text.en
    assert page.pager.number.text() == f"Step {len(steps)} of {len(steps)}"
    tap(qtbot, page.tab_buttons[steps[0].floor])  # a floor's tab: its first step
    assert page.pager.step == 0 and page.map.floor.id == steps[0].floor
    open_route(window, *ONE_FLIGHT)  # another way starts at its first step
    assert page.pager.step == 0


def test_the_steps_page_by_keypad(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = open_route(window, *UPSTAIRS)
    steps = page.route.steps
    focus_on(qtbot, window, "RouteNextStep")
    keys(qtbot, window, (Qt.Key_5, Qt.KeypadModifier))
    assert page.pager.step == 1
    stops = window.keypad.focusables()  # side by side, in reading order
    assert stops.index(page.pager.previous) + 1 == stops.index(page.pager.next)
    for _ in steps[2:]:
        keys(qtbot, window, (Qt.Key_5, Qt.KeypadModifier))
    # The last step: Next gives way, and the focus goes to Previous, not elsewhere.
    assert page.pager.step == len(steps) - 1
    assert QApplication.focusWidget() is page.pager.previous
    keys(qtbot, window, (Qt.Key_5, Qt.KeypadModifier))
    assert page.pager.step == len(steps) - 2


def scale(page) -> float:
    return page.map.view_transform().m11()


def test_wheel_buttons_pinch_and_drag_move_the_plan(qtbot, window):
    page = open_route(window, *UPSTAIRS)
    plan = page.map
    fitted = scale(page)
    centre = QPointF(plan.width() / 2, plan.height() / 2)
    wheel = QWheelEvent(centre, plan.mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(plan, wheel)
    assert scale(page) > fitted
    tap(qtbot, find(window, "RouteZoomOut"))
    tap(qtbot, find(window, "RouteZoomOut"))
    assert scale(page) == pytest.approx(fitted)
    tap(qtbot, find(window, "RouteZoomIn"))
    zoomed = scale(page)
    assert zoomed > fitted

    device = QTest.createTouchDevice()
    a, b = QPoint(plan.width() // 2 - 60, plan.height() // 2), QPoint(plan.width() // 2 + 60,
                                                                     plan.height() // 2)
    QTest.touchEvent(plan, device).press(0, a).press(1, b).commit()
    QTest.touchEvent(plan, device).move(0, a - QPoint(60, 0)).move(1, b + QPoint(60, 0)).commit()
    QTest.touchEvent(plan, device).release(0, a - QPoint(60, 0)).release(1, b + QPoint(60, 0)
                                                                          ).commit()
    assert scale(page) > zoomed  # fingers apart: closer in

    before = plan.view_transform().dx()
    start = plan.rect().center()
    qtbot.mousePress(plan, Qt.LeftButton, pos=start)
    qtbot.mouseMove(plan, start + QPoint(40, 0))
    qtbot.mouseMove(plan, start + QPoint(80, 0))
    qtbot.mouseRelease(plan, Qt.LeftButton, pos=start + QPoint(80, 0))
    assert plan.view_transform().dx() > before  # dragged right: the plan follows the finger
    assert window.route[0] == "route"  # a drag on the plan opens nothing


def test_rows_of_search_and_floor_show_the_way(qtbot, window, demo):
    window.navigate(("search",))
    window.page("search").set_query("대출증")
    results = window.page("search").results
    table, item_id, _ = results.model().items[0]
    tap_way(qtbot, results, 0)
    assert window.route == ("route", table, item_id)
    window.navigate(("floor", "3F"))
    rooms = window.page("floor").list
    tap_way(qtbot, rooms, 0)
    assert window.route == ("route", *rooms.model().items[0][:2])
    window.navigate(("floor", "3F"))
    tap_way(qtbot, rooms, 0, way=False)  # the rest of the row still opens the card
    assert window.route == ("card", *rooms.model().items[0][:2])


def destinations(demo):
    yield from (("rooms", r.id) for r in demo.rooms if r.kind != "hall")
    yield from (("staff", p.id) for p in demo.staff if demo.room(p.room) is not None)
    yield from (("services", s.id) for s in demo.services if demo.room(s.room) is not None)
    yield from (("amenities", a.id) for a in demo.amenities)


def test_every_destination_shows_its_way(qtbot, window, demo):
    cards = window.page("card")
    for table, item_id in destinations(demo):
        window.navigate(("card", table, item_id))
        tap(qtbot, find(cards, "ShowWayButton"))
        assert window.route == ("route", table, item_id)
        page = window.page("route")
        page.map.finish_animation()
        assert page.problem is None and drawn(page), (table, item_id)
        assert page.pager.steps and page.pager.text.isVisible(), (table, item_id)
