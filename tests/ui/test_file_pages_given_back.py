"""Once start-up is over, and after each visit, the clean pages of the files the kiosk
mapped go back to the system (kiosk/host/file_pages.py): the font files' pages FreeType
faulted in (about 3 MB of each Nanum face at idle otherwise) and the code start-up ran and
idling never runs again (docs/performance.md §2a, fifth and eighth rounds). Nothing drawn
changes, and no page the process wrote (a library's relocated tables) is ever given back."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alert_support import free_port

from kiosk.host.file_pages import clean_mappings
from kiosk.host.heap import release_free_memory

FONTS = (".ttf", ".otf", ".ttc")
# A kiosk started as `python -m kiosk` starts, which says where start-up's release ran, then quits.
START = """
import sys, threading
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from kiosk.ui import call_system
def release():
    print("released in", threading.current_thread().name, flush=True)
    QMetaObject.invokeMethod(QCoreApplication.instance(), "quit", Qt.QueuedConnection)
call_system.release_free_memory = release
from kiosk.__main__ import main
sys.exit(main(["--windowed", "--config", sys.argv[1]]))
"""
needs_proc = pytest.mark.skipif(not Path("/proc/self/smaps").exists(), reason="Linux's /proc only")


def resident_kb(wanted, kind: str = "Rss:") -> int:
    """The resident kB (or `kind`: "Anonymous:", the pages the process wrote) of the
    process's mappings whose first line `wanted` accepts."""
    total, counted = 0, False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        fields = line.split()
        if not fields[0].endswith(":"):
            counted = wanted(fields)
        elif counted and fields[0] == kind:
            total += int(fields[1])
    return total


def font_file(fields) -> bool:
    return len(fields) == 6 and fields[5].lower().endswith(FONTS)


def widgets_code(fields) -> bool:
    return len(fields) == 6 and fields[1] == "r-xp" and "libQt6Widgets" in fields[5]


def widgets_library(fields) -> bool:
    return len(fields) == 6 and "libQt6Widgets" in fields[5]


@needs_proc
def test_a_released_kiosk_holds_no_font_pages_and_draws_the_same(window):
    before = window.grab().toImage()
    assert resident_kb(font_file) > 0  # home's glyphs were read from the files
    release_free_memory()
    assert resident_kb(font_file) == 0
    assert window.grab().toImage() == before  # from Qt's own glyph cache


@needs_proc
def test_a_released_kiosk_holds_none_of_qts_widget_code_until_it_runs_it_again(window):
    before = window.grab().toImage()
    assert resident_kb(widgets_code) > 1024  # building and painting home ran Qt's widgets
    written = resident_kb(widgets_library, "Anonymous:")  # its tables, relocated by the loader
    assert written > 0
    release_free_memory()
    assert resident_kb(widgets_code) == 0
    assert resident_kb(widgets_library, "Anonymous:") == written  # kept: not the file's content
    assert window.grab().toImage() == before  # the code is read again as it runs
    assert resident_kb(widgets_code) > 0


def test_only_read_only_private_file_mappings_never_written_are_named():
    def mapping(head: str, anonymous: int) -> str:
        return f"{head}\nSize: 64 kB\nRss: 8 kB\nAnonymous: {anonymous} kB\nVmFlags: rd mr\n"
    smaps = "".join([
        mapping("7f00-7f10 r--p 00000000 fe:00 1 /usr/share/fonts/truetype/nanum/Nanum.ttf", 0),
        mapping("7f10-7f20 r-xp 00001000 fe:00 2 /usr/lib/x86_64-linux-gnu/libfreetype.so.6", 0),
        mapping("7f20-7f30 r--p 00009000 fe:00 2 /usr/lib/x86_64-linux-gnu/libfreetype.so.6", 8),
        mapping("7f30-7f40 rw-p 0000a000 fe:00 2 /usr/lib/x86_64-linux-gnu/libfreetype.so.6", 4),
        mapping("7f40-7f50 r--s 00000000 fe:00 4 /tmp/shared.ttc", 0),
        mapping("7f50-7f60 rw-p 00000000 00:00 0 ", 8),
        mapping("7f60-7f70 r-xp 00000000 00:00 0                          [vdso]", 0),
        mapping("7f70-7f80 r--p 00000000 fe:00 6 /usr/share/fonts/a font with spaces.OTF", 0),
    ])
    assert clean_mappings(smaps.splitlines(keepends=True)) == [
        (0x7f00, 0x7f10), (0x7f10, 0x7f20), (0x7f70, 0x7f80)]


def test_start_ups_release_runs_in_the_gui_thread(tmp_path):
    """The call system starts in a thread of its own, and start-up's memory goes back when it
    is up; the pages are given back from the GUI thread, the one that lets font files go."""
    config = tmp_path / "kiosk.toml"
    data, port = tmp_path / "data", free_port()
    config.write_text(f'[data]\nfolder = "{data}"\n[broker]\nport = {port}\n', encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", START, str(config)], capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "released in MainThread" in done.stdout.splitlines()
