"""The kiosk deletes a damaged store file it moved aside (it may hold visitors' names and phone
numbers) once it is older than messages.retention_days: at start, and with each purge of the
messages (ui/services/message_service.py, wired in ui/app.py)."""
from __future__ import annotations

import os
import time

from kiosk.directory import config
from kiosk.directory.store import FILE_NAME
from kiosk.ui.app import build

DAY = 86400.0


def test_the_kiosk_sweeps_damaged_files_at_start_and_with_each_purge(qtbot, tmp_path, demo):
    data = tmp_path / "data"
    data.mkdir()
    old, young = data / f"{FILE_NAME}.damaged-old", data / f"{FILE_NAME}.damaged-young"
    for path, age in ((old, 8 * DAY), (young, 7 * DAY - 60)):
        path.write_bytes(b"{")
        os.utime(path, (time.time() - age, time.time() - age))
    window = build(demo, config.Config({"data.folder": str(data),
                                        "messages.retention_days": 7}))
    qtbot.addWidget(window)
    assert not old.exists() and young.exists()  # at start
    assert window.ctx.messages.purge_timer.isActive()
    os.utime(young, (time.time() - 7 * DAY - 1, time.time() - 7 * DAY - 1))
    window.ctx.messages.purge()  # what the purge timer does once a minute
    assert not young.exists()
