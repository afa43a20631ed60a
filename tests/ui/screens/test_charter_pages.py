"""The charter's pages on the real window: the service windows (rows present, nothing cut at
200 % text, a tap or the keys open a service), the pledges, today's hours on home with an
injected clock, notices and events by date, and speech reading them."""
from __future__ import annotations

import datetime as dt

from helpers import FakeSpeech, find, focus_on, keys, tap, tap_row
from looks import in_looks, kiosk_in
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QListView, QScrollArea

from kiosk.directory import config
from kiosk.directory.accessibility import Profile
from kiosk.ui.app import build
from kiosk.ui.widgets.basic import Tile
from kiosk.ui.widgets.window_list import ROW_ROLE, WRAP

SATURDAY = dt.datetime(2026, 12, 5, 10, 30)


def at(window, moment):
    window.ctx.clock = lambda: moment


def settle():
    """Rebuilt pages: the old widgets deleted, the new ones shown."""
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QApplication.processEvents()


def labels(page, name=None):
    settle()
    return [w.text() for w in page.findChildren(QLabel, name) if w.isVisible()]


def event_titles(page):
    settle()
    return [t.heading.text() for t in page.findChildren(Tile, "EventTile") if t.isVisible()]


def test_home_shows_todays_hours_from_the_clock(qtbot, window):
    tile = find(window, "Tile-hours")
    for moment, expected in (
            (SATURDAY, "오늘 종합정보자료실 09:00–17:00 · 지금 열려 있습니다"),
            (SATURDAY.replace(hour=8), "오늘 종합정보자료실 09:00–17:00 · 09:00에 엽니다"),
            (dt.datetime(2026, 12, 7, 12), "오늘 종합정보자료실 휴관 · 다음 운영: 12월 8일 화요일 09:00"),
            (dt.datetime(2026, 12, 25, 12),
             "오늘 종합정보자료실 휴관 (성탄절) · 다음 운영: 12월 26일 토요일 09:00")):
        at(window, moment)
        window.navigate(("home",))  # each return home reads the clock again
        assert tile.heading.text() == expected
    window.ctx.session.set_language("en")
    assert tile.heading.text() == ("General Reading Room closed today (Christmas Day) · opens "
                                   "next Sat 26 Dec 09:00")
    tap(qtbot, tile)
    assert window.route == ("notices",)


def test_the_hours_line_changes_at_closing_time_by_its_timer(qtbot, window):
    moment = [SATURDAY.replace(hour=16, minute=59, second=59)]
    window.ctx.clock = lambda: moment[0]
    window.navigate(("home",))
    home = window.page("home")
    assert "지금 열려" in home.link_tiles["hours"].heading.text()
    assert 0 < home.hours_timer.remainingTime() <= 2000  # set for 17:00, not polling
    moment[0] = SATURDAY.replace(hour=17, minute=0, second=1)
    qtbot.waitUntil(lambda: "운영이 끝났" in home.link_tiles["hours"].heading.text(),
                    timeout=5000)


def test_service_windows_list_each_service_then_the_complaint_windows(qtbot, window, demo):
    tap(qtbot, find(window, "Tile-tables"))
    view = find(window, "WindowList", QListView)
    model = view.model()
    rows = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
    titles = [title for _kind, title, _lines in rows]
    assert titles[0] == "서비스별 접수 창구"
    assert titles.index("불만 접수 창구 (불친절 신고 포함)") == len(demo.services) - 1 + 1
    assert len(rows) == len(demo.services) + 2
    complaint = rows[-1]
    assert complaint[1] == demo.get("services", "complaints").name.ko
    # Each word stays on one line with the number it names (a no-break space between them).
    assert "전화\u00a002-3677-0314 · 팩스\u00a002-504-7532" in complaint[2]
    certificates = rows[titles.index(demo.get("services", "certificates").name.ko)]
    assert any("법정 3시간, 권고 10분, 수수료 무료" in line for line in certificates[2])
    tap_row(qtbot, view, len(rows) - 1)
    assert window.route == ("card", "services", "complaints")


@in_looks(lang="en", zoom=2.0)
def test_no_row_is_cut_at_200_percent(qtbot, demo, tmp_path, look):
    window = kiosk_in(look, demo, tmp_path, qtbot)
    window.navigate(("tables",))
    view = window.page("tables").list
    qtbot.waitUntil(lambda: view.viewport().width() > 100)
    delegate, theme = view.itemDelegate(), window.ctx.theme
    width = view.viewport().width() - 2 * view.spacing() - 2 * theme.px(24)
    metrics = QFontMetrics(theme.font(26))
    for r in range(view.model().rowCount()):
        index = view.model().index(r, 0)
        _kind, title, lines = index.data(ROW_ROLE)
        for line in lines:
            for number in [w for w in line.split() if w[:2] == "02"]:
                assert metrics.horizontalAdvance(number) <= width, number  # never broken
        need = sum(QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), WRAP,
                                                   text).height()
                   for font, text, _h in delegate._blocks(_kind, title, lines, width))
        assert view.visualRect(index).height() >= need, title


def test_service_windows_by_keys_and_read_aloud(qtbot, demo, tmp_path):
    speech = FakeSpeech()
    window = build(demo, config.Config({"data.folder": str(tmp_path)}), speech)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ctx.session.set_profile(Profile(speech=True))
    window.navigate(("tables",))
    qtbot.waitUntil(lambda: any("민원행정실명제" in t and "방문객 안내" in t and
                                "02-3677-0371~0372" in t for t, _ in speech.said))
    focus_on(qtbot, window, "WindowList")
    view = window.page("tables").list
    keys(qtbot, window, Qt.Key_Down)
    assert view.currentIndex().row() == 1
    assert "방문객 안내" in speech.said[-1][0] and "강소희" in speech.said[-1][0]
    keys(qtbot, window, Qt.Key_Return)
    assert window.route == ("card", "services", demo.services[0].id)


def test_pledges_are_numbered_under_their_sections(qtbot, window, demo):
    tap(qtbot, find(window, "Tile-pledges"))
    texts = labels(window.page("pledges"))
    assert texts[0] == "행정서비스헌장 전문"
    assert texts[1].startswith("1. 우리도서관은 다양한 프로그램을")
    assert "방문하시는 경우" in texts
    assert len([t for t in texts if t[:1].isdigit()]) == len(demo.pledges)
    window.ctx.session.set_language("en")
    qtbot.waitUntil(lambda: "When you call" in labels(window.page("pledges")))


def test_notices_and_events_follow_the_date(qtbot, window):
    at(window, SATURDAY)
    window.navigate(("notices",))
    page = window.page("notices")
    assert labels(page, "NoticeTitle") == ["성탄절 휴관 안내", "예약 자료 문자 안내"]
    assert event_titles(page) == ["작가와의 만남", "그림책 읽어주기", "겨울방학 독서교실"]  # 2–3 Dec is past
    assert "12월 행사" in labels(page)
    assert labels(page, "HoursToday")[3] == "오늘 휴관 · 다음 운영: 12월 7일 월요일 09:00"
    # after Christmas: the notice is down, the last events of the month remain
    at(window, dt.datetime(2026, 12, 26, 9))
    window.navigate(("home",))
    window.navigate(("notices",))
    assert labels(page, "NoticeTitle") == ["예약 자료 문자 안내"]
    assert event_titles(page) == ["겨울방학 독서교실"]
    assert labels(page, "ClosedDay")[0] == "1월 1일 금요일 신정"
    # January: its own events
    at(window, dt.datetime(2027, 1, 2, 9))
    window.navigate(("home",))
    window.navigate(("notices",))
    assert "1월 행사" in labels(page)
    assert event_titles(page) == ["새해 인문학 강좌"]
    tile = find(window, "EventTile")
    page.findChild(QScrollArea).ensureWidgetVisible(tile)  # under the fold: scrolled to
    tap(qtbot, tile)
    assert window.route == ("card", "rooms", "3F-lecture-1")


def test_a_rooms_card_shows_its_hours_from_the_hours_table(qtbot, window):
    at(window, dt.datetime(2026, 12, 7, 10))  # a Monday: the reading room is closed
    window.navigate(("card", "rooms", "2F-general"))
    texts = labels(window.page("card"))
    assert "오늘 휴관 · 다음 운영: 12월 8일 화요일 09:00\n월요일 휴관 · 화요일–금요일 " \
           "09:00–22:00 · 토요일–일요일 09:00–17:00" in texts
    window.navigate(("card", "rooms", "1F-story"))  # in no hours entry: its own text
    assert "프로그램 일정에 따름" in labels(window.page("card"))
