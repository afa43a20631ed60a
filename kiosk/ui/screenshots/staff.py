"""The staff screen's steps rendered offscreen, for `python -m kiosk screenshots`: the PIN pad,
its lockout, a bad stick's problems, a good stick's preview with photos side by side, applied,
the versions to roll back to, the question before rolling back, rolled back, and an export to
the stick.

Driven through the real flow (checks and applies on its worker threads) with a sample update
made from the directory itself, in a temporary data folder: the kiosk's own data is never
touched. That folder starts as the kiosk's own export applied, so that the photos and plans of
an applied bundle (a person added with a photo) are there too; copying only the directory lost
them, the sample update was refused for a missing photo and the tour waited out its timeout.
"""
from __future__ import annotations

import dataclasses
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from kiosk.bundle.staff_pin import MAX_TRIES, StaffPin
from kiosk.bundle.update import (BUNDLE_FOLDER, apply_bundle, check_bundle, current_directory,
                                 export_bundle)
from kiosk.directory import config as config_module
from kiosk.directory import paths
from kiosk.directory.directory import Directory
from kiosk.directory.model import Staff, Text
from kiosk.ui import imaging

SAMPLE_PIN = "2468"
WRONG_PIN = "1357"
STEPS = ("pin", "pin-locked", "problems", "preview", "applied", "versions",
         "versions-confirm", "rolled-back", "exported")
NEW_PHOTO = "sample-new.png"


def sample_update(directory: Directory, bad: bool = False) -> Directory:
    """The directory with one person added, one removed and one given new duties, a new
    room and a new photo, and a department's new phone number; `bad`: the added person's
    department does not exist."""
    staff = list(directory.staff)
    first = staff[0]
    changed = staff[2] if len(staff) > 2 else first
    rooms = [r.id for r in directory.rooms if r.id != changed.room]
    staff[staff.index(changed)] = dataclasses.replace(
        changed, duties=Text("어린이실 상담, 독서 동아리 운영", "Children's room advice; reading clubs"),
        room=rooms[0] if rooms else changed.room, photo=NEW_PHOTO)
    if len(staff) > 3:
        del staff[1]
    staff.append(Staff("sample-new", Text("한새봄", "Han Saebom"), Text("사서", "Librarian"),
                       "no-such-department" if bad else first.department,
                       Text("어린이 독서 프로그램", "Children's reading programmes"),
                       extension="1234", room=first.room, presence="in",
                       photo=NEW_PHOTO if not bad else first.photo))
    departments = list(directory.departments)
    phoned = next((d for d in departments if d.phone), None)
    if phoned is not None:  # the last digit moved on: "02-3677-0314 → 02-3677-0315"
        last = str((int(phoned.phone[-1]) + 1) % 10) if phoned.phone[-1].isdigit() else "0"
        departments[departments.index(phoned)] = dataclasses.replace(
            phoned, phone=phoned.phone[:-1] + last)
    return dataclasses.replace(directory, staff=tuple(staff), departments=tuple(departments))


def _photo(path: Path, colour: str) -> None:
    """A portrait-shaped sample photo: head and shoulders, lighter, on `colour`."""
    image = QImage(300, 400, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour).lighter(135))
    painter.drawEllipse(95, 80, 110, 130)  # head
    painter.drawEllipse(40, 250, 220, 260)  # shoulders, cut by the bottom edge
    painter.end()
    image.save(str(path), "PNG")


def write_stick(directory: Directory, data_dir: Path, volume: Path, bad: bool = False) -> Path:
    """A stick (the folder `volume`) holding the sample update; returns its bundle folder."""
    volume.mkdir(parents=True)
    bundle = export_bundle(sample_update(directory, bad), data_dir, volume / BUNDLE_FOLDER)
    if bad:  # a "photo" that is not an image
        (bundle / "photos" / NEW_PHOTO).write_text("not a picture", encoding="utf-8")
    else:
        _photo(bundle / "photos" / NEW_PHOTO, "#5b8fb9")
    return bundle


def _wait(condition, seconds: float = 120) -> None:
    """Let the flow's worker threads finish (a render script, not a test: waiting is fine)."""
    app, deadline = QApplication.instance(), time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("the staff screen did not reach the step to render")
        app.processEvents(QEventLoop.AllEvents, 50)
    for _ in range(3):
        app.processEvents()


def render_staff(directory: Directory, cfg, out_dir: Path, langs, sizes, profile,
                 suffix: str) -> list[Path]:
    """Every step of STEPS for each shape and language; returns the files written."""
    written: list[Path] = []
    for shape, size in sizes.items():
        for lang in langs:
            for shots, step in staff_tour(directory, cfg, size, lang, profile):
                path = out_dir / f"{shape}-{lang}-{suffix}staff-{step}.png"
                shots.window.grab().save(str(path))
                written.append(path)
    return written


def staff_tour(directory: Directory, cfg, size: tuple[int, int], lang: str, profile):
    """A kiosk window of its own, on its own copy of the directory, taken through each of
    STEPS: yields (its StaffShots, the step's name) while the step shows. The screenshots
    save each; the tests of the tour check what each shows."""
    kiosk_assets = paths.data_assets()  # each copy points the lookups at its own folder
    try:
        with tempfile.TemporaryDirectory(prefix="kiosk-staff-shots-") as tmp:
            # The kiosk as it is, photos and plans included, exported once while they resolve.
            seed = tempfile.mkdtemp(prefix="kiosk-staff-seed-", dir=tmp)  # a stick's name
            seed_bundle = export_bundle(directory, cfg.data_dir, Path(seed) / BUNDLE_FOLDER)
            shots = StaffShots(directory, cfg, Path(tmp), size, lang, profile, seed_bundle)
            for step in shots.walk():
                yield shots, step
    finally:
        paths.use_data_assets(kiosk_assets)


def _refused(checked) -> str:
    return "; ".join(f"{p.file}:{p.line}: {p.message.en}" for p in checked.problems
                     if p.severity == "error")[:2000]


def seed_data(bundle: Path, data: Path, directory: Directory) -> None:
    """Make `data` a kiosk data folder serving the exported `bundle` (checked and applied)."""
    checked = check_bundle(bundle, data, directory, public_key=None,
                           image_check=imaging.check_photo)
    if not checked.ok:  # say why at once, rather than wait for a step that cannot come
        raise RuntimeError(f"the kiosk's own directory could not be copied: {_refused(checked)}")
    apply_bundle(checked, data, thumbnail=imaging.make_thumbnail)


class StaffShots:
    """One kiosk window, on its own copy of the directory, taken through every step."""

    def __init__(self, directory: Directory, cfg, tmp: Path, size: tuple[int, int], lang: str,
                 profile, seed_bundle: Path):
        from kiosk.ui.app import build

        self.directory, self.tmp, self.lang, self.profile = directory, tmp, lang, profile
        self.data = tmp / "data"
        seed_data(seed_bundle, self.data, directory)  # a copy to apply to and roll back
        current_directory(self.data)  # its photos and plans from now on
        self.pin = StaffPin(self.data)
        self.pin.set(SAMPLE_PIN)
        self.window = build(directory, config_module.Config(
            {**cfg.values, "data.folder": str(self.data), "usb.watch": False}))
        self.window.resize(*size)
        self.window.show()
        self.flow = self.window.staff_flow()
        self.flow.public_key = lambda: None  # the sample is not signed

    def walk(self):
        """Puts the window in each of STEPS in turn and yields its name while it shows."""
        flow = self.flow
        self._insert(write_stick(self.directory, self.data, self.tmp / "bad" / "STICK",
                                 bad=True))
        for digit in SAMPLE_PIN[:2]:
            flow.pad.press(digit)
        yield self._shown("pin")
        for _ in range(MAX_TRIES):
            for digit in WRONG_PIN:
                flow.pad.press(digit)
            flow.pad.submit()
        yield self._shown("pin-locked")
        self.pin.set(SAMPLE_PIN)  # setting the PIN again ends the lockout
        flow.pad.refresh()
        self._unlock()
        yield self._shown("problems")
        flow.cancel()

        self._insert(write_stick(self.directory, self.data, self.tmp / "good" / "STICK"))
        self._unlock()
        if flow.checked is None or not flow.checked.ok:  # Apply would do nothing
            raise RuntimeError("the staff screen refused the sample update: "
                               + (_refused(flow.checked) if flow.checked else "not checked"))
        yield self._shown("preview")
        flow.apply()
        _wait(lambda: flow.state == "done")
        yield self._shown("applied")
        flow.show_versions()
        yield self._shown("versions")
        flow.screen.versions.ask(next(v for v in flow.screen.versions.items if not v.current))
        yield self._shown("versions-confirm")
        flow.screen.versions.confirm.click()
        _wait(lambda: flow.state == "done" and flow.screen.versions.isHidden())
        yield self._shown("rolled-back")
        flow.export()
        _wait(lambda: flow.state == "done" and not flow.screen.progress.isVisible())
        yield self._shown("exported")
        flow.cancel()
        self.window.close()
        self.window.deleteLater()
        _wait(lambda: True)

    @staticmethod
    def _shown(step: str) -> str:
        _wait(lambda: True)  # laid out and painted as the staff member sees it
        return step

    def _insert(self, bundle: Path) -> None:
        self.flow.stick_inserted(bundle)
        # Closing the staff screen starts a new visit: language and look are set again.
        self.window.ctx.session.set_language(self.lang)
        self.window.ctx.session.set_profile(self.profile)

    def _unlock(self) -> None:
        for digit in SAMPLE_PIN:
            self.flow.pad.press(digit)
        self.flow.pad.submit()
        _wait(lambda: self.flow.state == "checked")
