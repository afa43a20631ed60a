"""The font files' pages the kiosk holds while it idles.

FreeType maps each font file it opens whole (read-only, private), and every glyph it loads
faults in the pages around it as well (the kernel's fault-around, 64 KB), so painting home
once leaves about 3 MB of each of the two Nanum faces counted to the kiosk (docs/performance.md
§2a, fifth round) for glyphs that Qt has long since kept in its own cache. Giving those pages
back loses nothing: the file is unchanged, its pages stay in the system's page cache, and a
glyph not drawn before maps what it needs again in microseconds.
"""
from __future__ import annotations

import ctypes
from pathlib import Path

FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".pfb", ".woff", ".woff2")
MADV_DONTNEED = 4  # Linux, <sys/mman.h>


def font_mappings(maps: str) -> list[tuple[int, int]]:
    """(start, end) of each read-only private mapping of a font file in `maps`
    (/proc/<pid>/maps' text). Only those: their pages can always be read again from the file."""
    found = []
    for line in maps.splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) < 6 or fields[1] != "r--p":
            continue
        if fields[5].strip().lower().endswith(FONT_SUFFIXES):
            start, end = fields[0].split("-")
            found.append((int(start, 16), int(end, 16)))
    return found


def drop_font_pages() -> int:
    """Hands back the font files' mapped pages; the number of bytes of mappings advised
    (0 where there is no /proc or no madvise: another system, nothing to do)."""
    try:
        maps = Path("/proc/self/maps").read_text()
        madvise = ctypes.CDLL(None, use_errno=True).madvise
    except (OSError, AttributeError):
        return 0
    madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    done = 0
    for start, end in font_mappings(maps):
        if madvise(start, end - start, MADV_DONTNEED) == 0:
            done += end - start
    return done
