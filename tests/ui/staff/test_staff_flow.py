"""The staff screen end to end, on the kiosk as the composition root builds it: a stick that
appears in a configured USB root opens the PIN pad; the lockout; the preview of an added, a
removed and a changed person with their photos; Apply and what visitors then see; roll back
and export from the screen; a bad stick that changes nothing; a stick pulled out."""
from __future__ import annotations

import re
import shutil

import pytest
from dialogs import clipped_by
from helpers import tap
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from staff_support import NEW_PERSON, PIN, change_staff, make_stick, photo, set_pin

from kiosk.bundle import update as bundle
from kiosk.bundle.staff_pin import LOCK_SECONDS, StaffPin
from kiosk.directory import config, paths
from kiosk.directory.files import demo_fingerprint, load_demo
from kiosk.directory.store import open_directory
from kiosk.ui.imaging import check_photo as check_image
from kiosk.ui.staff import watch_sticks
from kiosk.ui.staff.change_list import change_detail
from kiosk.ui.staff.problem_list import lines

CHANGED = "s03"  # 이수진: new duties, new room, new photo
NEW_DUTIES = ("어린이실 상담, 독서 동아리 운영", "Children's room advice; reading clubs")
NEW_PHOTO = QColor("#c0189b")  # a colour no demo photo has, to find it on screen
REMOVED = ("s02", "박성호")


class Clock:
    now = 7_000_000.0

    def __call__(self):
        return self.now


pytestmark = pytest.mark.usefixtures("built_in_assets")


@pytest.fixture
def kiosk(qtbot, tmp_path):
    """The kiosk as `run` builds it: the directory from its data folder, a PIN set, and
    sticks noticed in `tmp_path/media` (a configured USB root)."""
    from kiosk.ui.app import build

    media = tmp_path / "media"
    media.mkdir()
    cfg = config.Config({"data.folder": str(tmp_path / "data"), "usb.roots": [str(media)]})
    directory = open_directory(cfg.data_dir, load_demo, demo_fingerprint)
    set_pin(cfg.data_dir)
    window = build(directory, cfg)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    flow = window.staff_flow()
    flow.public_key = lambda: None  # no signing key configured: signature not checked
    flow.pin = StaffPin(cfg.data_dir, Clock())
    watcher = watch_sticks(window, cfg)
    watcher.timer.setInterval(20)
    return window, cfg, media, tmp_path / "sticks"


def plug_in(kiosk, **edits):
    """A stick made aside (an edited export), then put into the USB root whole."""
    window, cfg, media, aside = kiosk
    made = make_stick(aside, window.ctx.directory, cfg.data_dir, **edits)
    volume = media / made.parent.name
    made.parent.rename(volume)
    return volume / made.name


def enter(qtbot, pad, digits):
    for d in digits:
        tap(qtbot, pad.digits[d])
    tap(qtbot, pad.ok_key)


def open_staff_screen(qtbot, window):
    flow = window.staff
    qtbot.waitUntil(lambda: flow is not None and flow.pad.isVisible(), timeout=5000)
    enter(qtbot, flow.pad, PIN)
    qtbot.waitUntil(lambda: flow.state == "checked", timeout=20000)
    return flow


def found(window, text):
    window.navigate(("search",))
    page = window.page("search")
    page.set_query(text)
    return [item_id for _t, item_id, _m in page.model.items]


def card_text(window, person):
    window.navigate(("card", "staff", person))
    return " ".join(w.text() for w in window.page("card").findChildren(QLabel))


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() if p.is_file() else None
            for p in folder.rglob("*")}


def new_duties_and_photo(bundle_folder):
    change_staff(bundle_folder, CHANGED, duties_ko=NEW_DUTIES[0], duties_en=NEW_DUTIES[1],
                 room="2F-digital")
    photo(bundle_folder / "photos" / f"{CHANGED}.png", NEW_PHOTO.name())


def photo_columns(image, colour: QColor) -> list[int]:
    return [x for x in range(image.width()) for y in range(0, image.height(), 4)
            if image.pixelColor(x, y) == colour]


def test_stick_pin_lockout_preview_apply_rollback_export(qtbot, kiosk):
    window, cfg, _media, _aside = kiosk
    assert window.staff is not None and not window.staff.active
    stick = plug_in(kiosk)
    new_duties_and_photo(stick)
    flow = window.staff
    qtbot.waitUntil(lambda: flow.pad.isVisible(), timeout=5000)
    assert flow.bundle == stick and flow.state == "pin"

    # Five wrong PINs: locked for 5 minutes, and the pad says so.
    pad = flow.pad
    for _ in range(5):
        enter(qtbot, pad, "1357")
    assert pad.text.text() == "PIN이 5번 틀려 잠겼습니다. 5:00 뒤에 다시 시도하세요."
    assert not pad.digits[PIN[0]].isEnabled() and flow.state == "pin"
    assert flow.pin.locked_for() == LOCK_SECONDS
    flow.pin.clock.now += LOCK_SECONDS
    pad.refresh()
    assert pad.digits[PIN[0]].isEnabled()

    # The right PIN: the check, then the preview.
    flow = open_staff_screen(qtbot, window)
    screen = flow.screen
    changes = {c.id: c for c in screen.changes.changes if c.table == "staff"}
    assert {i: c.kind for i, c in changes.items()} == {
        NEW_PERSON[0]: "added", REMOVED[0]: "removed", CHANGED: "changed"}
    assert {"duties", "room", "photo"} <= set(changes[CHANGED].fields)
    detail = change_detail(changes[CHANGED], "ko", window.ctx.directory, flow.checked.directory)
    assert "업무: " in detail and "→ 디지털자료실 (2F-digital)" in detail  # old → new
    assert detail.endswith("바뀐 항목: 사진")  # the photos are shown side by side
    assert "직원: 추가 1, 삭제 1, 변경 1" in screen.summary.text()
    before, after = flow.photos(changes[CHANGED])
    assert before == paths.staff_photo(f"{CHANGED}.png") and after.parent.name == "photos"
    assert after != before and check_image(after) is None
    assert flow.photos(changes[NEW_PERSON[0]])[0] is None
    assert flow.photos(changes[REMOVED[0]])[1] is None
    # Side by side: the new photo on the right of the changed person's row.
    view = screen.change_list
    row = list(screen.changes.changes).index(changes[CHANGED])
    view.scrollTo(screen.changes.index(row, 0))
    rect = view.visualRect(screen.changes.index(row, 0))
    image = view.viewport().grab(rect).toImage()
    columns = photo_columns(image, NEW_PHOTO)
    assert columns and min(columns) > image.width() // 2

    # The screen and the report on the stick say the same.
    report = list(stick.parent.glob("kiosk-report-*.txt"))[0].read_text(encoding="utf-8-sig")
    assert f"결과: {screen.status.text()}" in report
    assert all(f"  {line}" in report for line in screen.summary.text().split("\n"))

    # Apply: the visitors' screens show the new directory.
    tap(qtbot, screen.apply_button)
    qtbot.waitUntil(lambda: flow.state == "done", timeout=20000)
    assert "적용했습니다" in screen.status.text()
    applied_photo = flow.photos(changes[CHANGED])[1]  # now the applied version's copy
    assert applied_photo is not None and applied_photo.is_file()
    assert screen.cancel_button.text() == "닫기"  # nothing left to cancel
    assert NEW_PERSON[0] in found(window, NEW_PERSON[1])
    assert REMOVED[0] not in found(window, REMOVED[1])
    assert NEW_DUTIES[0] in card_text(window, CHANGED)
    report = list(stick.parent.glob("kiosk-report-*.txt"))
    assert len(report) == 1 and CHANGED in report[0].read_text(encoding="utf-8-sig")

    # Roll back from the screen: the old directory again.
    tap(qtbot, screen.rollback_button)
    assert screen.stack.currentWidget() is screen.versions
    rows = {v.number: v for v in screen.versions.items}
    assert [v.current for v in screen.versions.items] == [True, False]
    earlier = min(rows)
    # Told apart: the version kept from before the first update has its own time and source.
    texts = [screen.versions.describe(v)[1] for v in screen.versions.items]
    assert texts[0] != texts[1] and "USB" in texts[0] and "예시" in texts[1]
    # One tap asks first, naming what comes back; Cancel changes nothing.
    versions = screen.versions

    def row(number):  # the rows are built again in each language: the one on screen
        return next(w for w in versions.findChildren(type(screen.apply_button),
                                                     f"Version-{number}") if w.isVisible())
    tap(qtbot, row(earlier))
    assert versions.asking.isVisible() and flow.state == "done"
    assert f"버전 {earlier}" in versions.question.text()
    assert "직원" in versions.question_detail.text() and "예시" in versions.question_detail.text()
    tap(qtbot, versions.refuse)
    assert not versions.asking.isVisible() and flow.state == "done"
    assert NEW_PERSON[0] in {p.id for p in window.ctx.directory.staff}
    tap(qtbot, row(earlier))
    tap(qtbot, versions.confirm)
    qtbot.waitUntil(lambda: flow.state == "done" and "되돌렸습니다" in screen.status.text(),
                    timeout=20000)
    assert f"버전 {earlier}로 되돌렸습니다" in screen.status.text()  # 일: ㄹ takes 로
    assert not screen.stack.isVisible()  # the preview is void: no empty list left
    assert REMOVED[0] in found(window, REMOVED[1])
    assert NEW_PERSON[0] not in found(window, NEW_PERSON[1])
    assert NEW_DUTIES[0] not in card_text(window, CHANGED)

    # Export to the stick: a bundle of the directory in use, which checks clean.
    tap(qtbot, screen.export_button)
    # Its result takes the roll-back's place as the headline: one action's result at a time.
    qtbot.waitUntil(lambda: flow.state == "done" and "내보냈습니다" in screen.status.text(),
                    timeout=20000)
    assert "되돌렸습니다" not in screen.status.text() and not screen.note.isVisible()
    exported = [p for p in stick.parent.iterdir()
                if p.is_dir() and p.name.startswith(bundle.BUNDLE_FOLDER) and p != stick]
    assert len(exported) == 1 and exported[0].name in screen.status.text()
    checked = bundle.check_bundle(exported[0], cfg.data_dir, window.ctx.directory,
                                  public_key=None, image_check=check_image)
    try:
        assert checked.ok and checked.changes == ()
        assert all(p.severity == "warning" and p.key.startswith("sign.")
                   for p in checked.problems)
    finally:
        bundle.discard(checked)
    tap(qtbot, screen.close_button)
    assert flow.state == "idle" and not screen.isVisible() and window.route == ("home",)


def test_a_bad_stick_names_file_and_row_and_changes_nothing(qtbot, kiosk):
    window, cfg, _media, _aside = kiosk
    before = snapshot(cfg.data_dir)
    directory = window.ctx.directory
    stick = plug_in(kiosk, bad_department=True)
    (stick / "photos" / f"{CHANGED}.png").write_bytes(b"a photo? no, just words")
    flow = open_staff_screen(qtbot, window)
    screen = flow.screen
    assert not screen.apply_button.isEnabled()
    assert screen.stack.currentWidget() is screen.problem_list
    by_key = {p.key: p for p in screen.problems.problems}
    department = by_key["link.missing"]
    assert department.file == "staff.xlsx" and department.line == len(directory.staff) + 1
    assert "nowhere" in department.message.ko
    assert by_key["photo.not_image"].file == f"photos/{CHANGED}.png"
    shown = [screen.problems.data(screen.problems.index(i, 0))
             for i in range(screen.problems.rowCount())]
    assert any(f"staff.xlsx {department.line}행" in text for text in shown)
    window.ctx.session.set_language("en")
    assert lines(department, "en")[0].endswith(f"staff.xlsx, row {department.line}")
    assert screen.status.text() == "Errors: 2. Fix them before applying"
    tap(qtbot, screen.cancel_button)
    assert flow.state == "idle" and window.ctx.directory is directory
    assert snapshot(cfg.data_dir) == before


@pytest.mark.parametrize("at", ["pin", "checked"])
def test_pulling_the_stick_out_closes_the_screen_and_keeps_the_directory(qtbot, kiosk, at):
    window, cfg, _media, _aside = kiosk
    directory = window.ctx.directory
    stick = plug_in(kiosk)
    flow = window.staff
    qtbot.waitUntil(lambda: flow.pad.isVisible(), timeout=5000)
    if at == "checked":
        open_staff_screen(qtbot, window)
        assert bundle.versions(cfg.data_dir) == []
        assert list((cfg.data_dir / "bundles" / "staging").iterdir())  # the checked copy
    shutil.rmtree(stick.parent)
    qtbot.waitUntil(lambda: flow.state == "idle", timeout=5000)
    assert not flow.pad.isVisible() and not flow.screen.isVisible()
    assert window.ctx.directory is directory
    staging = cfg.data_dir / "bundles" / "staging"
    assert not staging.exists() or not any(staging.iterdir())


def overlapping(widgets):
    rects = [(w.objectName() or type(w).__name__, w.geometry().translated(
        w.parentWidget().mapTo(w.window(), w.parentWidget().rect().topLeft())))
        for w in widgets if w.isVisible()]
    return [(a, b) for i, (a, ra) in enumerate(rects) for b, rb in rects[i + 1:]
            if ra.intersects(rb)]


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_magnified_text_fits_the_pad_and_the_preview(qtbot, kiosk, size):
    from kiosk.directory.accessibility import Profile
    window = kiosk[0]
    window.resize(*size)
    stick = plug_in(kiosk)
    new_duties_and_photo(stick)
    flow = window.staff
    qtbot.waitUntil(lambda: flow.pad.isVisible(), timeout=5000)
    window.ctx.session.set_profile(Profile(zoom=2.0))
    pad = flow.pad
    assert pad.beside == (size[0] > size[1])  # keys beside the words only when landscape
    keys = [*pad.digits.values(), pad.delete_key, pad.ok_key]
    # (laid out over the next turns of the event loop: the words' height, then the keys')
    qtbot.waitUntil(lambda: overlapping([pad.title, pad.text, pad.display, pad.cancel_button,
                                         *keys]) == [] and
                    not any(clipped_by(k, window) for k in keys), timeout=3000)
    panel = pad.panel.geometry()
    assert all(panel.contains(k.geometry().translated(
        k.parentWidget().mapTo(pad, k.parentWidget().rect().topLeft()))) for k in keys)
    enter(qtbot, pad, PIN)
    qtbot.waitUntil(lambda: flow.state == "checked", timeout=20000)
    screen = flow.screen
    window.ctx.session.set_profile(Profile(zoom=2.0))  # a new check keeps the visitor's look
    parts = [screen.header, screen.status, screen.details, screen.changes_tab,
             screen.stack, screen.actions]
    qtbot.waitUntil(lambda: overlapping(parts) == [], timeout=3000)
    assert all(p.isVisible() for p in parts)
    line = screen.note.fontMetrics().lineSpacing()
    assert screen.details.height() >= line
    body = screen.details.widget()  # signature, report, counts: cut between lines if at all
    if screen.details.height() < body.heightForWidth(body.width()):
        assert screen.details.height() % line == 0
    assert screen.actions.geometry().bottom() <= screen.height()


def test_a_stick_that_changes_nothing_cannot_be_applied(qtbot, kiosk):
    window, _cfg, _media, _aside = kiosk
    plug_in(kiosk, add=False, remove=None)
    flow = open_staff_screen(qtbot, window)
    screen = flow.screen
    assert flow.checked.ok and flow.checked.changes == ()
    assert not screen.apply_button.isEnabled()
    assert "바뀌는 내용이 없습니다" in screen.summary.text()


def test_a_stick_whose_files_changed_after_signing_says_so(qtbot, kiosk):
    """Signed with the site's key, then a sheet edited: the signature itself is valid, but
    the screen must not say 'verified' beside the errors naming the file."""
    from kiosk.bundle.sign import keygen, load_public_key, sign

    window, cfg, _media, aside = kiosk
    private, public = keygen(aside.parent / "site.key")
    key = load_public_key(str(public))
    window.staff_flow().public_key = lambda: key
    stick = plug_in(kiosk)
    sign(stick, private, 7)
    change_staff(stick, CHANGED, duties_ko=NEW_DUTIES[0], duties_en=NEW_DUTIES[1])
    flow = open_staff_screen(qtbot, window)
    screen = flow.screen
    assert flow.checked.signed and not flow.checked.matches_signature
    assert screen.signed.isVisible() and screen.signed.text() == "⚠ 파일이 서명된 내용과 다름"
    assert not screen.apply_button.isEnabled()
    altered = [p for p in screen.problems.problems if p.key == "sign.altered"]
    assert [p.file for p in altered] == ["staff.xlsx"], [p.text("en") for p in altered]
    window.ctx.session.set_language("en")
    assert screen.signed.text() == "⚠ Files differ from what was signed"
    tap(qtbot, screen.cancel_button)
    assert flow.state == "idle"


def test_a_roll_back_refused_is_said_in_the_screen_language_only(qtbot, kiosk, monkeypatch):
    from types import SimpleNamespace

    from kiosk.bundle.versions import BundleError

    def refused(data_dir, to=None):
        raise BundleError("bundle.err.no_version", version=to, kept="1, 2")

    window, _cfg, _media, _aside = kiosk
    plug_in(kiosk, bad_department=True)
    flow = open_staff_screen(qtbot, window)
    monkeypatch.setattr(bundle, "rollback", refused)
    flow.roll_back(SimpleNamespace(number=3))
    qtbot.waitUntil(lambda: flow.state == "done", timeout=10000)
    status = flow.screen.status
    assert "되돌릴 버전 3이 없습니다(보관된 버전: 1, 2)" in status.text()
    assert "roll back to" not in status.text()
    window.ctx.session.set_language("en")
    assert "there is no version 3 to roll back to (kept: 1, 2)" in status.text()
    assert not re.search("[가-힣]", status.text())


def test_a_person_added_with_a_photo_goes_through_and_stays_for_the_next_stick(qtbot, kiosk):
    window, cfg, _media, _aside = kiosk
    stick = plug_in(kiosk, remove=None)  # one person added, with a photo
    flow = open_staff_screen(qtbot, window)
    screen = flow.screen
    assert flow.checked.ok and screen.apply_button.isEnabled()
    added = next(c for c in screen.changes.changes if c.id == NEW_PERSON[0])
    assert added.kind == "added" and check_image(flow.photos(added)[1]) is None
    tap(qtbot, screen.apply_button)
    qtbot.waitUntil(lambda: flow.state == "done", timeout=20000)
    kept = paths.staff_photo("s99.png")  # the applied version's copy, not a built-in one
    assert kept is not None and kept.is_relative_to(cfg.data_dir)
    assert NEW_PERSON[0] in found(window, NEW_PERSON[1])
    # Exported from the screen, the new person comes with the photo.
    tap(qtbot, screen.export_button)
    qtbot.waitUntil(lambda: flow.state == "done" and "내보냈습니다" in screen.status.text(),
                    timeout=20000)
    exported = [p for p in stick.parent.iterdir()
                if p.is_dir() and p.name.startswith(bundle.BUNDLE_FOLDER) and p != stick]
    assert (exported[0] / "photos" / "s99.png").read_bytes() == kept.read_bytes()
    tap(qtbot, screen.close_button)
    shutil.rmtree(stick.parent)
    # The next stick, an export edited again: checked clean and applied.
    plug_in(kiosk, name="STICK2", add=False, remove="s01")
    flow = open_staff_screen(qtbot, window)
    assert flow.checked.ok and [c.kind for c in flow.checked.changes] == ["removed"]
    tap(qtbot, flow.screen.apply_button)
    qtbot.waitUntil(lambda: flow.state == "done" and "적용했습니다" in flow.screen.status.text(),
                    timeout=20000)
    assert paths.staff_photo("s99.png").read_bytes() == kept.read_bytes()
