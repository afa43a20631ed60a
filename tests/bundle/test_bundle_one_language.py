"""A text a bundle gives in one language only (a notice titled in English only, a person with
no Korean name, duties in Korean only) validates, with a warning where the charter needs the
text; the kiosk then shows it in the language it was written in, never a blank: on main a
Korean visitor saw a notice without a title, an English one "You arrive at the ." """
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel

from kiosk.bundle.export import building_toml
from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import load_demo
from kiosk.directory.model import Notice, Text
from kiosk.directory.values import shows_nothing
from kiosk.wayfinding.wayfinder import Wayfinder, route_text

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()


def one_language_directory():
    """The demo with a notice titled in English only, a person named in English only whose
    duties are in Korean only, and a room named in Korean only."""
    person = DEMO.staff[0]
    person = dataclasses.replace(person, name=Text("", "Kim Haneul"),
                                 duties=Text("도서 대출", ""))
    room = next(r for r in DEMO.rooms if r.kind == "reading_room")
    room = dataclasses.replace(room, name=Text("어린이자료실", ""))
    notice = Notice("story", Text("", "Picture-book story time"), start="2026-12-01")
    return dataclasses.replace(
        DEMO, notices=(notice,),
        staff=(person, *DEMO.staff[1:]),
        rooms=tuple(room if r.id == room.id else r for r in DEMO.rooms)), person, room


def checked_bundle(tmp_path, directory):
    folder = tmp_path / "stick" / "kiosk-directory"
    folder.mkdir(parents=True)
    (folder / "building.toml").write_text(building_toml(directory, ()), encoding="utf-8")
    checked = check_bundle(folder, tmp_path / "data", DEMO, public_key=None)
    discard(checked)
    return checked


def test_one_language_texts_validate_and_every_screen_shows_them(qtbot, window, cfg, tmp_path):
    from kiosk.ui.directory_services import switch_directory
    directory, person, room = one_language_directory()
    checked = checked_bundle(tmp_path, directory)
    assert checked.ok, [p.text("en") for p in checked.problems if p.severity == "error"]
    warned = [p for p in checked.problems if p.key == "text.one_language"]
    assert warned and "other language" in warned[0].text("en")
    shown = checked.directory
    window.ctx.clock = lambda: dt.datetime(2026, 12, 5, 10, 30)
    switch_directory(window, shown, cfg)

    window.ctx.session.set_language("ko")
    window.navigate(("notices",))
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    titles = [w.text() for w in window.page("notices").findChildren(QLabel, "NoticeTitle")]
    assert titles == ["Picture-book story time"]

    window.navigate(("card", "staff", person.id))
    texts = [w.text() for w in window.page("card").findChildren(QLabel)]
    assert "Kim Haneul" in texts and "도서 대출" in texts
    window.ctx.session.set_language("en")
    texts = [w.text() for w in window.page("card").findChildren(QLabel)]
    assert "도서 대출" in texts

    way = Wayfinder(shown, shown.kiosks[0].id).route(("rooms", room.id), step_free=False)
    assert "어린이자료실" in way.steps[-1].text.en and "어린이자료실" in route_text(way, "en")


TEXTS = st.sampled_from(["", " ", "\u3164", "\u00ad", "도서관", "Library"])


@given(TEXTS, TEXTS)
def test_a_text_shows_something_in_either_language_when_it_has_any(ko, en):
    text = Text(ko, en)
    for lang, mine, other in (("ko", ko, en), ("en", en, ko)):
        expected = other if shows_nothing(mine) and not shows_nothing(other) else mine
        assert text.get(lang) == expected
        assert shows_nothing(text.get(lang)) == (shows_nothing(ko) and shows_nothing(en))
        assert text.given(lang) == mine
