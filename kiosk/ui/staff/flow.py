"""From a stick put in to a new directory on screen: PIN, check, preview, apply or cancel.

    stick in -> PIN pad -> checking (worker) -> result: problems or preview, report on stick
             -> Apply -> applying (worker) -> the kiosk switches to the new directory
             -> Cancel, Close, the stick taken out, or 5 minutes untouched: staging discarded

Roll back and export are on the same screen. While the staff screen is open the visitors'
idle reset stays away (idle.hold); the screen has its own timeout, which never interrupts an
apply or a roll-back: the old directory serves until the new one is complete either way.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.bundle import update as bundle
from kiosk.bundle.problems import tally
from kiosk.bundle.report_lines import result as check_result
from kiosk.directory.config import ConfigError
from kiosk.directory.paths import staff_photo
from kiosk.search.index import SearchIndex
from kiosk.ui import imaging
from kiosk.ui.services.worker import Job
from kiosk.ui.staff.pin_pad import PinPad
from kiosk.ui.staff.screen import StaffScreen
from kiosk.ui.staff.version_tools import VersionTools, reason

log = logging.getLogger("kiosk")

TIMEOUT_MS = 5 * 60 * 1000
BUSY = ("checking", "applying", "rolling_back", "exporting")


class StaffFlow(VersionTools, QObject):
    state_changed = Signal(str)

    def __init__(self, window, data_dir: Path, pin, public_key: Callable[[], bytes | None],
                 switch: Callable, position_check: Callable, load_directory: Callable,
                 inputs=None):
        """`switch(directory, index)` puts a directory on screen; `position_check(directory)`
        raises ConfigError when this kiosk has no place in it; `load_directory()` reads the
        directory in use from the data folder (after a roll-back)."""
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self.data_dir, self.pin = Path(data_dir), pin
        self.public_key, self.switch, self.position_check = public_key, switch, position_check
        self.load_directory = load_directory
        self.state = "idle"
        self.bundle: Path | None = None
        self.checked = None
        self.job: Job | None = None
        self._pad: PinPad | None = None
        self._screen: StaffScreen | None = None
        self.timeout = QTimer(self, singleShot=True, interval=TIMEOUT_MS)
        self.timeout.timeout.connect(self._timed_out)
        if inputs is not None:
            inputs.activity.connect(self._activity)

    # -- built on first use -----------------------------------------------------------------
    @property
    def pad(self) -> PinPad:
        if self._pad is None:
            self._pad = PinPad(self.ctx, self.window, self.pin)
            self._pad.accepted.connect(self._unlocked)
            self._pad.cancelled.connect(self._pad_cancelled)
        return self._pad

    @property
    def screen(self) -> StaffScreen:
        if self._screen is None:
            self._screen = StaffScreen(self.ctx, self.window, self.photos)
            self._screen.apply_clicked.connect(self.apply)
            self._screen.cancel_clicked.connect(self.cancel)
            self._screen.rollback_clicked.connect(self.show_versions)
            self._screen.export_clicked.connect(self.export)
            self._screen.version_chosen.connect(self.roll_back)
            self._screen.versions_closed.connect(self._versions_closed)
        return self._screen

    @property
    def active(self) -> bool:
        return self.state != "idle"

    @property
    def busy(self) -> bool:
        return self.state in BUSY

    def _set(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    # -- the stick --------------------------------------------------------------------------
    def stick_inserted(self, folder: Path) -> None:
        if self.active:
            log.info("staff: %s ignored, the staff screen is already open", folder)
            return
        log.info("staff: a directory update was inserted (%s); asking for the staff PIN",
                 folder)
        self.bundle = Path(folder)
        self._set("pin")
        self.timeout.start()
        self.pad.open()

    def stick_removed(self, folder: Path) -> None:
        if self.bundle is None or Path(folder) != self.bundle or self.busy:
            return  # a check or an apply works on the kiosk's own copy: let it end
        log.info("staff: the stick was taken out (%s); staff screen closed", folder)
        self.close()

    def _pad_cancelled(self) -> None:
        if self.state == "pin":
            self.close()

    def _unlocked(self) -> None:
        screen = self.screen
        screen.open()
        self.check()

    # -- checking ---------------------------------------------------------------------------
    def check(self) -> None:
        s = self.screen
        self._set("checking")
        s.set_text("status", ("staff.checking", {}))
        s.set_text("signed")
        s.set_text("note")
        s.changes.set_changes([])
        s.problems.set_problems([])
        s.summary.hide()
        s.progress.show()
        s.set_tabs_visible(False)
        s.show_tab(s.change_list)
        s.set_buttons(apply=False, cancel=True, tools=False)
        self._run(self._check_and_report, self.bundle, self.ctx.directory,
                  self.ctx.session.language, done=self._checked)

    def _check_and_report(self, folder: Path, current, lang: str):
        checked = bundle.check_bundle(folder, self.data_dir, current,
                                      public_key=self.public_key(), image_check=imaging.check_photo)
        try:
            report = bundle.write_report(checked, folder.parent, lang=lang)
        except OSError as exc:
            report = exc
        return checked, report

    def _checked(self, result) -> None:
        checked, report = result
        self.checked = checked
        s = self.screen
        s.progress.hide()
        errors, warnings = tally(checked.problems)
        log.info("staff: directory update checked: %d errors, %d warnings, %s",
                 errors, warnings, "signed" if checked.signed else "unsigned")
        placed = None
        if checked.ok and checked.directory is not None:
            try:
                self.position_check(checked.directory)
            except ConfigError:
                placed = ("staff.kiosk_missing", {"id": self.ctx.kiosk.id if self.ctx.kiosk
                                                  else ""})
        # Nothing to change, nothing to apply (a stick brought back as it was taken).
        can_apply = checked.ok and placed is None and bool(checked.changes)
        s.set_text("status", check_result(checked))  # as the report on the stick says it
        s.set_text("signed", ("staff.signed" if checked.matches_signature
                              else "staff.signed_mismatch" if checked.signed
                              else "staff.unsigned", {}))
        notes = [placed] if placed else []
        if isinstance(report, Path):
            # The file's name: where the stick is mounted means nothing to staff.
            notes.append(("staff.report.written", {"path": report.name}))
        else:
            notes.append(("staff.report.failed", {"reason": reason(report)}))
        s.set_text("note", *notes)
        s.changes.set_changes(checked.changes, self.ctx.directory, checked.directory)
        s.problems.set_problems(checked.problems)
        s.summary.show()
        s.set_tabs_visible(True)
        s.show_tab(s.change_list if checked.ok else s.problem_list)
        s.set_buttons(apply=can_apply, cancel=True, tools=True)
        self._set("checked")
        s.retranslate()

    def photos(self, change) -> tuple[Path | None, Path | None]:
        """A person's photo now and in the update, for the preview."""
        before = staff_photo(change.before.photo) if change.before is not None else None
        after = None
        if change.after is not None and change.after.photo:
            # Once applied, the staging copy is gone: the photo is the applied version's.
            after = self.checked.photo(change.after.photo) if self.checked is not None \
                else staff_photo(change.after.photo)
        return before, after

    # -- applying ---------------------------------------------------------------------------
    def apply(self) -> None:
        if self.state != "checked" or self.checked is None or not self.checked.ok:
            return
        s = self.screen
        self._set("applying")
        s.set_text("status", ("staff.applying", {}))
        s.progress.show()
        s.set_buttons(apply=False, cancel=False, tools=False)
        self._run(self._apply_and_index, self.checked, done=self._applied,
                  failed=self._apply_failed)

    def _apply_and_index(self, checked):
        version = bundle.apply_bundle(checked, self.data_dir, thumbnail=imaging.make_thumbnail)
        # Built here, not on the GUI thread: 5,000 staff take a moment to index.
        return version, checked.directory, SearchIndex(checked.directory)

    def _applied(self, result) -> None:
        version, directory, index = result
        log.info("staff: directory version %s applied and on screen", version)
        self.checked = None  # applied: the staging copy is now the kiosk's
        self.switch(directory, index)
        self._finished(("staff.applied", {"version": version}))

    def _apply_failed(self, exc) -> None:
        log.warning("staff: applying the directory update failed: %s", exc)
        self._finished(("staff.apply_failed", {"reason": reason(exc)}))

    def _finished(self, message) -> None:
        s = self.screen
        s.progress.hide()
        s.set_text("status", message)
        s.set_buttons(apply=False, cancel=True, tools=True, apply_visible=False)
        self._set("done")
        self.timeout.start()

    # -- closing ----------------------------------------------------------------------------
    def cancel(self) -> None:
        if not self.busy:
            self.close()

    def close(self) -> None:
        """Discard what was checked and not applied; the next visitor finds the kiosk as new."""
        if self.checked is not None:
            try:
                bundle.discard(self.checked)
            except OSError as exc:
                log.warning("staff: staging not removed: %s", exc)
            self.checked = None
        self.timeout.stop()
        self.bundle = None
        if self._pad is not None and self._pad.isVisible():
            self._pad.hide()
        if self._screen is not None:
            self._screen.hide()
        self._set("idle")
        self.ctx.session.reset()

    def _activity(self) -> None:
        if self.active:
            self.timeout.start()

    def _timed_out(self) -> None:
        if self.busy:
            self.timeout.start()  # an apply is never cut short; look again later
        elif self.active:
            log.info("staff: screen closed after %d s untouched", TIMEOUT_MS // 1000)
            self.close()

    # -- workers ----------------------------------------------------------------------------
    def _run(self, fn, *args, done: Callable, failed: Callable | None = None) -> None:
        self.job = Job(fn, *args, parent=self)
        self.job.finished.connect(done)
        self.job.failed.connect(failed or self._check_failed)
        self.job.start()

    def _check_failed(self, exc) -> None:
        log.warning("staff: checking the directory update failed: %s", exc)
        s = self.screen
        s.progress.hide()
        s.set_text("status", ("staff.check_failed", {"reason": reason(exc)}))
        s.set_buttons(apply=False, cancel=True, tools=True)
        self._set("checked")
