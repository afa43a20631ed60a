"""A staff member's directory update, on the real kiosk: stick in, PIN, preview, Apply, and
the kiosk shows the change; a bad stick changes nothing; roll back and export."""
from __future__ import annotations

import pytest
from helpers import tap
from staff_support import NEW_PERSON, PIN, make_stick, set_pin

pytestmark = pytest.mark.usefixtures("built_in_assets")


def unlock(qtbot, window, bundle):
    flow = window.staff_flow()
    flow.public_key = lambda: None  # no signing key configured: signature not checked
    flow.stick_inserted(bundle)
    pad = flow.pad
    assert pad.isVisible()
    for d in PIN:
        tap(qtbot, pad.digits[d])
    tap(qtbot, pad.ok_key)
    assert flow.screen.isVisible()
    return flow


def checked(qtbot, window, bundle):
    flow = unlock(qtbot, window, bundle)
    qtbot.waitUntil(lambda: flow.state == "checked", timeout=20000)
    return flow


def search(window, text):
    window.navigate(("search",))
    page = window.page("search")
    page.set_query(text)
    return [item_id for _t, item_id, _m in page.model.items]


def test_a_good_stick_is_previewed_applied_and_shown(qtbot, window, demo, cfg, tmp_path):
    set_pin(cfg.data_dir)
    bundle = make_stick(tmp_path / "media", demo, cfg.data_dir)
    assert "s99" not in search(window, NEW_PERSON[1])
    flow = checked(qtbot, window, bundle)
    screen = flow.screen
    kinds = {(c.table, c.id): c.kind for c in screen.changes.changes}
    assert kinds[("staff", "s99")] == "added" and kinds[("staff", "s02")] == "removed"
    assert "직원: 추가 1, 삭제 1" in screen.summary.text()
    added = next(c for c in screen.changes.changes if c.id == "s99")
    before, after = flow.photos(added)
    assert before is None and after is not None and after.name == "s99.png"
    removed = next(c for c in screen.changes.changes if c.id == "s02")
    assert flow.photos(removed)[0] is not None
    assert screen.apply_button.isEnabled()
    reports = list(bundle.parent.glob("kiosk-report-*.txt"))
    assert len(reports) == 1 and reports[0].name in screen.note.text()
    assert "s99" in reports[0].read_text(encoding="utf-8-sig")
    tap(qtbot, screen.apply_button)
    qtbot.waitUntil(lambda: flow.state == "done", timeout=20000)
    assert "적용했습니다" in screen.status.text()
    assert window.ctx.directory.get("staff", "s99").name.ko == NEW_PERSON[1]
    tap(qtbot, screen.close_button)
    assert not screen.isVisible() and flow.state == "idle"
    assert window.route == ("home",)
    assert "s99" in search(window, NEW_PERSON[1])
    assert "s02" not in {s.id for s in window.ctx.directory.staff}


def test_a_bad_stick_shows_its_problems_and_cannot_be_applied(qtbot, window, demo, cfg,
                                                              tmp_path):
    set_pin(cfg.data_dir)
    bundle = make_stick(tmp_path / "media", demo, cfg.data_dir, bad_department=True)
    before = window.ctx.directory
    flow = checked(qtbot, window, bundle)
    screen = flow.screen
    assert not screen.apply_button.isEnabled()
    assert screen.stack.currentWidget() is screen.problem_list
    problems = screen.problems.problems
    assert any("nowhere" in p.message.ko for p in problems)
    assert "오류 1건" in screen.status.text()
    assert list(bundle.parent.glob("kiosk-report-*.txt"))
    tap(qtbot, screen.apply_button)  # disabled: nothing happens
    assert flow.state == "checked" and window.ctx.directory is before
    tap(qtbot, screen.cancel_button)
    assert flow.state == "idle" and window.ctx.directory is before


def test_a_photo_that_did_not_change_is_shown_once_without_before_and_after():
    from kiosk.bundle.changes import Change
    from kiosk.ui.staff.change_list import photo_slots
    moved = Change("staff", "s11", "changed", None, None, ("room", "duties"))
    assert photo_slots(moved, "old.png", "new.png") == [(0, ("new.png", ""))]
    new_face = Change("staff", "s11", "changed", None, None, ("photo",))
    assert photo_slots(new_face, "old.png", "new.png") == [
        (0, ("old.png", "staff.photo.before")), (1, ("new.png", "staff.photo.after"))]
    added = Change("staff", "s99", "added", None, None, ())
    assert photo_slots(added, None, "new.png") == [(1, ("new.png", "staff.photo.after"))]
    removed = Change("staff", "s02", "removed", None, None, ())
    assert photo_slots(removed, "old.png", None) == [(0, ("old.png", "staff.photo.before"))]
