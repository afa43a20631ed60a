"""The charter's tables in a bundle (pledges, hours, closed_days, notices, each service's
person in charge): every mistake staff can make is named with its file, the line of the key
at fault and the fix; export, check and apply give the same tables back; the change list says
what changed in them; and whatever validates, the kiosk's pages show."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel

from kiosk.bundle.changes import report_text
from kiosk.bundle.export import building_toml
from kiosk.bundle.update import apply_bundle, check_bundle, current_directory, discard
from kiosk.directory.files import load_demo
from kiosk.directory.model import ClosedDay, Hours, Notice, Pledge, Text
from kiosk.directory.notices import current_notices, month_events
from kiosk.directory.values import shows_nothing

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()
BASE = """\
[[pledges]]
id = "p1"
section = { ko = "전문", en = "Charter" }
text = { ko = "약속합니다.", en = "We promise." }

[[hours]]
id = "h1"
name = { ko = "자료실", en = "Reading room" }
rooms = ["2F-general"]
mon = ""
tue = "09:00-18:00"
wed = "09:00-18:00"
thu = "09:00-18:00"

[[closed_days]]
date = "2026-12-25"
name = { ko = "성탄절", en = "Christmas" }

[[notices]]
id = "n1"
kind = "event"
title = { ko = "행사", en = "Event" }
start = "2026-12-12"
end = "2026-12-13"
time = "14:00-16:00"
room = "1F-story"
"""
PERSON = """
[[services]]
id = "s1"
name = { ko = "민원", en = "Petitions" }
department = "ga-admin"
person = "s03"
"""


def check(folder, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "building.toml").write_text(text, encoding="utf-8")
    checked = check_bundle(folder, folder.parent / "data", DEMO, public_key=None)
    discard(checked)
    return checked


def test_the_base_bundle_passes(tmp_path):
    checked = check(tmp_path / "stick" / "kiosk-directory", BASE + PERSON)
    assert checked.ok, [p.text("en") for p in checked.problems]
    assert checked.directory.hours[0].tue == "09:00-18:00"


# (what staff wrote: old -> new), problem key, severity, the text of the line it names
MISTAKES = [
    ('tue = "09:00-18:00"', 'tue = "25:00-26:00"', "time.range", "error", "tue = "),
    ('wed = "09:00-18:00"', 'wed = "09:00-18:75"', "time.range", "error", "wed = "),
    ('wed = "09:00-18:00"', 'wed = "18:00-09:00"', "time.order", "error", "wed = "),
    ('thu = "09:00-18:00"', 'thu = "9-18"', "time.form", "error", "thu = "),
    ('thu = "09:00-18:00"', 'thu = "1:00-5:00 pm"', "time.form", "error", "thu = "),
    ('rooms = ["2F-general"]', 'rooms = ["nowhere"]', "charter.room", "error", "rooms = "),
    ('rooms = ["2F-general"]', 'rooms = "2F-general"', "record.types", "error", "rooms = "),
    ('name = { ko = "자료실", en = "Reading room" }', 'name = ""', "text.required", "error",
     "name = "),
    ('date = "2026-12-25"', 'date = "2026-02-30"', "date.invalid", "error", "date = "),
    ('wed = "09:00-18:00"', 'wed = "24:00-24:00"', "time.opens_at_24", "error", "wed = "),
    ('date = "2026-12-25"', 'date = "25.12.2026"', "date.form", "error", "date = "),
    ('date = "2026-12-25"', 'date = "2026/12/25"', "date.form", "error", "date = "),
    ('date = "2026-12-25"', "date = 2026-12-25T10:00:00", "record.unquoted_time", "error", "date = "),
    ('start = "2026-12-12"', 'start = "2026-13-01"', "date.invalid", "error", "start = "),
    ('end = "2026-12-13"', 'end = "2026-12-01"', "notice.order", "error", "end = "),
    ('kind = "event"', 'kind = "party"', "notice.kind", "error", "kind = "),
    ('start = "2026-12-12"', 'start = ""', "notice.event_date", "error", "start = "),
    ('time = "14:00-16:00"', 'time = "14:00-13:00"', "time.order", "error", "time = "),
    ('room = "1F-story"', 'room = "nowhere"', "charter.room", "error", "room = "),
    ('title = { ko = "행사", en = "Event" }', 'title = { ko = " ", en = "" }', "text.required",
     "error", "title = "),
    ('text = { ko = "약속합니다.", en = "We promise." }', 'text = { ko = "약속합니다.", en = "" }',
     "text.one_language", "warning", "text = "),
    ('person = "s03"', 'person = "s99"', "service.person", "warning", "person = "),
    ('[[closed_days]]\ndate = "2026-12-25"', '[[closed_days]]\ndate = "2026-12-25"\n\n'
     '[[closed_days]]\ndate = "2026-12-25"', "closed_day.twice", "error", "date = "),
]


@pytest.mark.parametrize("old, new, key, severity, line_text", MISTAKES,
                         ids=[m[2] + "-" + m[1][:18] for m in MISTAKES])
def test_each_mistake_is_named_with_its_line_and_fix(tmp_path, old, new, key, severity,
                                                     line_text):
    text = (BASE + PERSON)
    assert old in text
    text = text.replace(old, new, 1)
    checked = check(tmp_path / "stick" / "kiosk-directory", text)
    found = [p for p in checked.problems if p.key == key]
    assert found, [p.text("en") for p in checked.problems]
    problem = found[0]
    assert problem.severity == severity
    assert checked.ok == (severity == "warning")
    assert problem.file == "building.toml" and problem.line is not None
    assert line_text in text.split("\n")[problem.line - 1]
    for lang in ("ko", "en"):
        assert problem.message.get(lang) and problem.fix.get(lang)
        assert "{" not in problem.message.get(lang).replace("{ ko", "")
    if key not in ("link.duplicate", "record.types", "closed_day.twice",
                   "record.unquoted_time"):  # these name the list, or quote the line
        assert "'" in problem.message.en  # the record is named: "hours 'h1': ..."


def test_rooms_a_bundle_removes_from_under_kept_hours_and_notices_are_a_warning(tmp_path):
    """The kiosk keeps its hours and notices; the bundle's rooms leave out one they name."""
    from kiosk.bundle.export import building_toml
    fewer = dataclasses.replace(DEMO, rooms=tuple(r for r in DEMO.rooms if r.id != "1F-story"),
                                nav_nodes=tuple(n for n in DEMO.nav_nodes
                                                if n.room != "1F-story"))
    fewer = dataclasses.replace(fewer, nav_edges=tuple(
        e for e in DEMO.nav_edges if {e.a, e.b} <= {n.id for n in fewer.nav_nodes}))
    text = building_toml(fewer, ("staff", "departments"))
    text = text.split("\n[[pledges]]")[0]  # the charter's tables left out: the kiosk keeps them
    assert "[[notices]]" not in text and "[[hours]]" not in text
    checked = check(tmp_path / "stick" / "kiosk-directory", text)
    found = [p for p in checked.problems if p.key == "charter.room"]
    assert checked.ok and found and all(p.severity == "warning" for p in found)
    assert "notices 'story-time'" in found[0].message.en


def test_the_demo_exported_checked_and_applied_is_the_same(tmp_path):
    from kiosk.bundle.update import export_bundle
    data = tmp_path / "data"
    bundle = export_bundle(DEMO, data, tmp_path / "stick" / "kiosk-directory")
    checked = check_bundle(bundle, data, DEMO, public_key=None)
    assert checked.ok and checked.changes == ()
    assert checked.directory == DEMO
    for table in ("pledges", "hours", "closed_days", "notices", "services"):
        assert getattr(checked.directory, table) == getattr(DEMO, table)
    apply_bundle(checked, data)
    assert current_directory(data) == DEMO


def test_the_change_list_names_what_changed_in_pledges_hours_and_notices(tmp_path):
    text = BASE + PERSON
    first = check(tmp_path / "a" / "kiosk-directory", text)
    edited = (text.replace('"We promise."', '"We promise, always."')
              .replace('tue = "09:00-18:00"', 'tue = "10:00-18:00"')
              .replace('id = "n1"', 'id = "n2"'))
    folder = tmp_path / "b" / "kiosk-directory"
    folder.mkdir(parents=True)
    (folder / "building.toml").write_text(edited, encoding="utf-8")
    checked = check_bundle(folder, tmp_path / "data", first.directory, public_key=None)
    discard(checked)
    changes = {(c.table, c.id, c.kind, c.fields) for c in checked.changes}
    assert ("pledges", "p1", "changed", ("text",)) in changes
    assert ("hours", "h1", "changed", ("tue",)) in changes
    assert ("notices", "n1", "removed", ()) in changes
    assert ("notices", "n2", "added", ()) in changes
    report = report_text(checked, "en")
    assert ("  [changed] Pledges p1 We promise, always.\r\n"
            "      text: We promise. → We promise, always.\r\n") in report
    assert ("  [changed] Opening hours h1 Reading room\r\n"
            "      tue: 09:00-18:00 → 10:00-18:00\r\n") in report
    assert "[added] Notices and events n2 Event" in report
    assert "[변경] 헌장 약속 p1" in report_text(checked, "ko")


# -- whatever validates, the pages show ------------------------------------------------------
def mostly(valid, invalid):
    """Valid 19 times in 20: a bundle of some 30 such values validates about half the time."""
    return st.one_of(*[valid] * 19, invalid)


SPANS = mostly(st.sampled_from(["", "09:00-18:00", "00:00-24:00", "23:59-24:00"]),
               st.sampled_from(["25:00-26:00", "18:00-09:00", "9:5-10:00", "junk"]))
DATES = mostly(st.sampled_from(["2026-12-05", "2026-12-31", "2027-01-01", "2026-11-30"]),
               st.sampled_from(["2026-02-30", "soon"]))
KINDS = mostly(st.sampled_from(["notice", "event"]), st.just("party"))
ROOMS = mostly(st.sampled_from([None, "1F-story"]), st.just("nowhere"))
WORDS = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xD7A3,
                              blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)
TEXTS = mostly(WORDS, st.just(""))


@st.composite
def charter_tables(draw):
    hours = tuple(Hours(f"h{i}", Text(draw(TEXTS), draw(TEXTS)),
                        rooms=tuple(draw(st.lists(mostly(st.just("2F-general"),
                                                         st.just("nowhere")), max_size=2))),
                        **{day: draw(SPANS) for day in ("mon", "tue", "sat")})
                  for i in range(draw(st.integers(0, 3))))
    days = tuple(ClosedDay(d, Text(draw(TEXTS), "")) for d in
                 draw(st.lists(DATES, max_size=3, unique=True)))
    notices = tuple(Notice(f"n{i}", Text(draw(TEXTS), draw(TEXTS)),
                           kind=draw(KINDS), text=Text(draw(TEXTS), draw(TEXTS)),
                           start=draw(st.one_of(st.just(""), DATES)),
                           end=draw(st.one_of(st.just(""), DATES)), time=draw(SPANS),
                           room=draw(ROOMS))
                    for i in range(draw(st.integers(0, 3))))
    pledges = tuple(Pledge(f"p{i}", Text(draw(TEXTS), draw(TEXTS)), Text(draw(TEXTS), ""))
                    for i in range(draw(st.integers(0, 3))))
    return dataclasses.replace(DEMO, hours=hours, closed_days=days, notices=notices,
                               pledges=pledges)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(charter_tables())
def test_a_bundle_that_validates_renders_the_charter_pages(qtbot, window, cfg, tmp_path_factory,
                                                           directory):
    from kiosk.ui.directory_services import switch_directory
    folder = tmp_path_factory.mktemp("stick") / "kiosk-directory"
    folder.mkdir()
    (folder / "building.toml").write_text(building_toml(directory, ("staff", "departments")),
                                          encoding="utf-8")
    checked = check_bundle(folder, tmp_path_factory.mktemp("data"), DEMO,
                           public_key=None)
    discard(checked)
    event(f"ok={checked.ok}")
    event(",".join(sorted({p.key for p in checked.problems if p.severity == "error"})))
    if not checked.ok:
        return
    now = dt.datetime(2026, 12, 5, 10, 30)
    window.ctx.clock = lambda: now
    switch_directory(window, checked.directory, cfg)
    shown = checked.directory
    window.navigate(("home",))
    hours_tile = window.page("home").link_tiles["hours"]
    assert hours_tile.heading.text()
    if shown.hours:
        assert shown.hours[0].name.get("ko") in hours_tile.heading.text()
    window.navigate(("tables",))
    assert window.page("tables").model.rowCount() >= len(shown.services)
    window.navigate(("pledges",))
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # the pages built before
    texts = [w.text() for w in window.page("pledges").findChildren(QLabel)]
    assert all(any(p.text.get("ko") in t for t in texts) for p in shown.pledges)
    window.navigate(("notices",))
    page = window.page("notices")
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    texts = [w.text() for w in page.findChildren(QLabel)]
    for notice in current_notices(shown.notices, now.date()) + month_events(shown.notices,
                                                                             now.date()):
        # Every notice has a title line in Korean: its English one when it has no Korean
        # (on main the page drew none, and a Korean visitor saw a notice without a title)
        title = notice.title.get("ko")
        assert not shows_nothing(title) and any(title in t for t in texts), notice
    assert len(page.findChildren(QLabel, "HoursToday")) == len(shown.hours)


def test_hours_opening_at_midnight_say_what_is_allowed(tmp_path):
    """'24:00-24:00' (meant: open all day) read as 'a time that does not exist'; 24:00 is
    allowed, as a closing time. The message says so, and how to write all day or closed."""
    text = (BASE + PERSON).replace('wed = "09:00-18:00"', 'wed = "24:00-24:00"', 1)
    checked = check(tmp_path / "stick" / "kiosk-directory", text)
    [said] = [p for p in checked.problems if p.key == "time.opens_at_24"]
    assert "24:00 can only be a closing time" in said.message.en
    assert "닫는 시각으로만" in said.message.ko
    for fix in (said.fix.en, said.fix.ko):
        assert '"00:00-24:00"' in fix and '""' in fix
    fixed = text.replace('wed = "24:00-24:00"', 'wed = "00:00-24:00"', 1)
    assert check(tmp_path / "again" / "kiosk-directory", fixed).ok
