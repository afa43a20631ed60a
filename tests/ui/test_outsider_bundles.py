"""What an outsider's bundles did to the screens (each validated, so the kiosk must cope): a
directory without staff or without services renders every screen of the tour, and a place
whose name is too long for any QR code gets its route without one instead of an error."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.directory.model import Text
from kiosk.ui.screenshots.visitor import render_all, scenes
from kiosk.ui.widgets.qr_code import qr_matrix


def test_the_tour_renders_a_directory_without_staff_or_services(demo, cfg, tmp_path):
    bare = dataclasses.replace(demo, staff=(), services=(), amenities=())
    names = [name for name, _route, _text in scenes(bare)]
    assert "card-person" not in names and "card-service" not in names and "home" in names
    written = render_all(bare, cfg, tmp_path, langs=("en",),
                         sizes={"landscape": (1920, 1080)})
    assert written and all(p.stat().st_size > 10_000 for p in written)


def test_a_route_too_long_for_a_qr_code_shows_its_steps_without_one(window, demo, qtbot):
    assert qr_matrix("x" * 10_000) == []
    desk = next(r for r in demo.rooms if r.kind == "desk")
    long = dataclasses.replace(desk, name=Text(desk.name.ko, "Information desk " * 300))
    window.switch_directory(dataclasses.replace(
        demo, rooms=tuple(long if r.id == desk.id else r for r in demo.rooms)))
    window.ctx.session.set_language("en")
    window.navigate(("route", "rooms", desk.id))
    page = window.page("route")
    qtbot.waitUntil(lambda: bool(page.pager.steps))
    assert not page.qr.isVisibleTo(page) and not page.qr_caption.isVisibleTo(page)


def _past_right_edge(window) -> list[str]:
    """Visible widgets whose right edge lies past the window's."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QWidget
    out = []
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and widget.width() > 0:
            right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
            if right > window.width() + 1:
                out.append(f"{type(widget).__name__} {widget.objectName()!r} to {right} px")
    return out


def test_a_long_url_or_unbroken_text_wraps_inside_the_window(window, demo, qtbot):
    """A 200-character URL in a notice, one long unbroken pledge: Qt's labels break only
    between words, so the page grew wider than the window and pushed its cards off it."""
    from kiosk.directory.model import Notice, Pledge
    url = ("https://www.goe.go.kr/gcelib/board/view.do?bbsId=BBSMSTR_000000000451&nttId="
           + "1234567890" * 12 + "&menuNo=200072")
    notice = Notice("u", Text("겨울방학 독서교실 신청 안내", "Winter reading class"),
                    text=Text(f"자세한 내용은 {url} 에서 확인하세요.", f"See {url} for more."))
    pledge = Pledge("long", Text("약속" * 400, "promise" * 140))
    window.switch_directory(dataclasses.replace(
        demo, notices=(notice,), pledges=(pledge, *demo.pledges)))
    for lang in ("en", "ko"):
        window.ctx.session.set_language(lang)
        for route in (("notices",), ("pledges",)):
            window.navigate(route)
            qtbot.wait(50)  # the page's layout settles
            assert _past_right_edge(window) == [], (lang, route)
            shown = " ".join(w.text() for w in window.page(route[0]).findChildren(QLabel))
            assert (url in shown) if route == ("notices",) else ("약속" * 400 in shown
                                                                 or "promise" * 140 in shown)


def test_the_notices_page_builds_only_the_notices_and_events_it_shows(window, demo, qtbot):
    """20,000 notices took two minutes to show: the page builds a panel for each notice up
    today and each event of this month not yet over, none for the rest."""
    import datetime as dt

    from kiosk.bundle.limit_checks import COUNT_LIMITS
    from kiosk.directory.model import Notice
    today = dt.date(2026, 12, 10)
    window.ctx.clock = lambda: dt.datetime(2026, 12, 10, 10, 0)
    past = [Notice(f"old{i}", Text("지난", "Past"), end="2026-11-30") for i in range(140)]
    later = [Notice(f"ev{i}", Text("행사", "Event"), kind="event", start="2027-01-05")
             for i in range(140)]
    shown = [Notice("now", Text("지금", "Now"), start="2026-12-01"),
             Notice("ev", Text("이달", "This month"), kind="event", start="2026-12-20")]
    notices = tuple(past + later + shown)
    assert len(notices) <= COUNT_LIMITS["notices"] and today.month == 12
    window.switch_directory(dataclasses.replace(demo, notices=notices))
    window.ctx.session.set_language("en")
    window.navigate(("notices",))
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # the panels built before
    page = window.page("notices")
    titles = [w.text() for w in page.findChildren(QLabel)
              if w.objectName() in ("NoticeTitle", "EventTitle")]
    tiles = page.findChildren(QWidget, "EventTile")
    assert titles.count("Now") == 1 and "Past" not in titles and "Event" not in titles
    assert len(titles) + len(tiles) == 2


def _floor_renamed(demo, old: str, new: str):
    """The demo with floor `old`'s id `new`, everywhere it is named."""
    def moved(items):
        return tuple(dataclasses.replace(i, floor=new) if i.floor == old else i for i in items)
    floors = tuple(dataclasses.replace(f, id=new) if f.id == old else f for f in demo.floors)
    return dataclasses.replace(demo, floors=floors, rooms=moved(demo.rooms),
                               nav_nodes=moved(demo.nav_nodes), kiosks=moved(demo.kiosks))


def test_a_long_floor_id_gives_its_badge_and_tabs_the_floor_s_level(window, demo, qtbot):
    """A bundle's floor id may be 64 characters: its badge grew with it (978 px in a 1000 px
    row at 200 %, over the way button) and so did its tabs. They show the level's mark."""
    long = "North-Wing-Annex-Level-4-" + "x" * 39
    window.switch_directory(_floor_renamed(demo, "4F", long))
    window.ctx.session.set_language("en")
    window.navigate(("floor", long))
    page = window.current_page()
    assert {t.text() for t in page.tab_buttons.values()} >= {"✓ 4F", "3F"}
    view = page.list
    marks = {view.model().answer(r).floor_mark for r in range(view.model().rowCount())}
    assert marks == {"4F"}
    room = next(r for r in window.ctx.directory.rooms if r.floor == long and r.kind == "office")
    window.navigate(("route", "rooms", room.id))
    route = window.page("route")
    qtbot.waitUntil(lambda: bool(route.pager.steps))
    assert {t.text().removeprefix("✓ ") for t in route.tab_buttons.values()} >= {"4F"}
    assert not any(long in t.text() for t in route.tab_buttons.values())
    assert _past_right_edge(window) == []
