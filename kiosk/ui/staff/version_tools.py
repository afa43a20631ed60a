"""The staff screen's tools beside an update: roll back to an earlier directory version, and
export the directory in use to the stick (as a bundle staff can edit and bring back).

A part of StaffFlow (kiosk/ui/staff/flow.py): its state, screen and workers are the flow's.
"""
from __future__ import annotations

import logging

from kiosk.bundle import update as bundle
from kiosk.directory.model import Text
from kiosk.search.index import SearchIndex

log = logging.getLogger("kiosk")


def reason(exc: BaseException) -> Text | str:
    """Why something failed, for the screen: in each language where the error can say it
    (the screen shows the one it is in, also after a switch), else as the error says it."""
    if callable(getattr(exc, "text", None)):
        return Text(exc.text("ko"), exc.text("en"))
    return str(exc) or type(exc).__name__


class VersionTools:
    """Roll back and export, run on the flow's worker with its screen (StaffFlow's `screen`,
    `state`, `busy`, `_set`, `_run`, `_finished`, `checked`, `bundle`, `data_dir`)."""

    _before_versions = None  # the tab shown when the versions list was opened
    _status_before: tuple = ()  # and the headline it hid

    def show_versions(self) -> None:
        if self.busy:
            return
        s = self.screen
        try:
            s.versions.set_versions(bundle.versions(self.data_dir))
        except OSError as exc:
            s.set_text("note", ("staff.rollback_failed", {"reason": reason(exc)}))
            return
        self._before_versions = s.stack.currentWidget()
        # The last headline is beside the point while a version is chosen: its lines go to
        # the list and the question before rolling back (whole in view, lowered at 200 %).
        self._status_before = s.text_of("status")
        s.set_text("status")
        s.show_tab(s.versions)
        s.set_tabs_visible(False)
        s.set_buttons(apply=False, cancel=True, tools=False, apply_visible=False)

    def _versions_closed(self) -> None:
        s = self.screen
        s.show_tab(self._before_versions or s.change_list)
        s.set_text("status", *self._status_before)
        s.set_tabs_visible(self.state in ("checked", "done") and bool(s.changes.changes
                                                                      or s.problems.problems))
        applicable = self.state == "checked" and self.checked is not None and \
            s.apply_button.isEnabled()
        s.set_buttons(apply=applicable, cancel=True, tools=True,
                      apply_visible=self.state == "checked")

    def roll_back(self, version) -> None:
        if self.busy:
            return
        s = self.screen
        self._set("rolling_back")
        s.set_text("status", ("staff.rolling_back", {}))
        s.progress.show()
        s.set_buttons(apply=False, cancel=False, tools=False, apply_visible=False)
        self._run(self._roll_back_and_load, version.number, done=self._rolled_back,
                  failed=self._rollback_failed)

    def _rollback_failed(self, exc) -> None:
        log.warning("staff: rolling back failed: %s", exc)
        self._finished(("staff.rollback_failed", {"reason": reason(exc)}))

    def _roll_back_and_load(self, number: int):
        version = bundle.rollback(self.data_dir, to=number)
        directory = self.load_directory()
        return version, directory, SearchIndex(directory)

    def _rolled_back(self, result) -> None:
        version, directory, index = result
        log.info("staff: rolled back to directory version %s", version)
        if self.checked is not None:  # a preview made against the old directory is void
            bundle.discard(self.checked)
            self.checked = None
        s = self.screen
        s.changes.set_changes([])
        s.problems.set_problems([])
        s.summary.hide()
        s.set_text("signed")
        s.set_text("note")
        s.show_tab(s.change_list)
        s.set_tabs_visible(False)
        self.switch(directory, index)
        self._finished(("staff.rolled_back", {"version": version}))

    def export(self) -> None:
        if self.busy or self.bundle is None:
            return
        s = self.screen
        before = self.state
        self._set("exporting")
        s.progress.show()
        s.set_buttons(apply=False, cancel=False, tools=False,
                      apply_visible=s.apply_button.isVisible())
        # After an apply or a roll-back, the export's result is the headline in its place
        # (the roll-back's stayed over "exported"); beside a preview, whose headline says what
        # the update would do, it is the note under it.
        where = "status" if before == "done" else "note"
        if where == "status":
            s.set_text("note")
        s.set_text(where, ("staff.exporting", {}))
        apply_ok = s.apply_button.isEnabled()

        def done(message) -> None:
            s.progress.hide()
            s.set_text(where, message)
            s.set_buttons(apply=apply_ok, cancel=True, tools=True,
                          apply_visible=s.apply_button.isVisible())
            self._set(before)

        self._run(bundle.export_bundle, self.ctx.directory, self.data_dir, self.bundle.parent,
                  done=lambda path: done(("staff.exported", {"path": path.name})),
                  failed=lambda exc: done(("staff.export_failed", {"reason": reason(exc)})))
