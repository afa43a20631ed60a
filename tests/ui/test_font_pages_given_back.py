"""Once start-up is over, and after each visit, the font files' pages FreeType faulted in go
back to the system (kiosk/host/font_pages.py): about 3 MB of each Nanum face at idle
otherwise (docs/performance.md §2a, sixth round). Nothing drawn changes."""
from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.host.font_pages import font_mappings
from kiosk.host.heap import release_free_memory


def font_pages_kb() -> int:
    """The resident kB of the process's font file mappings."""
    total, font = 0, False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        fields = line.split()
        if "-" in fields[0] and not fields[0].endswith(":"):
            font = bool(font_mappings(line))
        elif font and fields[0] == "Rss:":
            total += int(fields[1])
    return total


@pytest.mark.skipif(not Path("/proc/self/smaps").exists(), reason="Linux's /proc only")
def test_a_released_kiosk_holds_no_font_pages_and_draws_the_same(window):
    before = window.grab().toImage()
    assert font_pages_kb() > 0  # home's glyphs were read from the files
    release_free_memory()
    assert font_pages_kb() == 0
    assert window.grab().toImage() == before  # from Qt's own glyph cache


def test_only_read_only_private_font_mappings_are_named():
    maps = "\n".join([
        "7f00-7f10 r--p 00000000 fe:00 1 /usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf",
        "7f10-7f20 r--p 00000000 fe:00 2 /usr/share/fonts/opentype/a font with spaces.OTF",
        "7f20-7f30 rw-p 00000000 fe:00 3 /tmp/written.ttf",
        "7f30-7f40 r--s 00000000 fe:00 4 /tmp/shared.ttc",
        "7f40-7f50 r-xp 00000000 fe:00 5 /usr/lib/x86_64-linux-gnu/libfreetype.so.6",
        "7f50-7f60 rw-p 00000000 00:00 0",
        "7f60-7f70 r--p 00000000 fe:00 6 /usr/share/fonts/truetype/ttf-list.txt",
    ])
    assert font_mappings(maps) == [(0x7f00, 0x7f10), (0x7f10, 0x7f20)]
