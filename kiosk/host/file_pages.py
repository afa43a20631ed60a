"""The pages of mapped files the kiosk holds while it idles: its fonts and its code.

The dynamic loader maps each library's code read-only and private, and FreeType each font
file it opens; every page touched faults in its neighbours too (the kernel's fault-around,
64 KB). Start-up runs code that idling never runs again (building every screen, reading the
style sheet, importing), and painting home leaves about 3 MB of each Nanum face for glyphs
Qt has long since kept in its own cache (docs/performance.md §2a, fifth and eighth rounds).

Giving those pages back loses nothing: a page of a read-only private mapping that the process
never wrote is the file's own content, it stays in the system's page cache, and the next use
maps it again (a minor fault, a few microseconds). A mapping with a page of its own (a copy
written: a library's relocated tables, `Anonymous` above 0 in smaps) is never touched, nor
any writable or shared one.
"""
from __future__ import annotations

import ctypes
from collections.abc import Iterable

MADV_DONTNEED = 4  # Linux, <sys/mman.h>
READ_ONLY_PRIVATE = ("r--p", "r-xp")


def clean_mappings(smaps: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of each read-only private file mapping in `smaps` (the lines of
    /proc/<pid>/smaps) none of whose pages the process wrote: their pages can always be
    read again."""
    found, current = [], None
    for line in smaps:
        fields = line.split(maxsplit=5)
        if not fields:
            continue
        if not fields[0].endswith(":"):  # a mapping's first line: range perms offset dev inode path
            current = None
            if len(fields) == 6 and fields[1] in READ_ONLY_PRIVATE and fields[5].startswith("/"):
                start, end = fields[0].split("-")
                current = (int(start, 16), int(end, 16))
        elif fields[0] == "Anonymous:" and current is not None:
            if int(fields[1]) == 0:
                found.append(current)
            current = None
    return found


def drop_file_pages() -> int:
    """Hands back the clean pages of read-only file mappings (code, fonts); the number of bytes
    of mappings advised (0 where there is no /proc or no madvise: another system, nothing to
    do). Call it from the GUI thread: a mapping that thread unmaps (a font engine let go)
    cannot then be replaced by another between the reading of smaps and the advice."""
    try:
        madvise = ctypes.CDLL(None, use_errno=True).madvise
        # A line at a time: its half megabyte of text is never held whole (read whole and
        # split, it left 0.8 MB more in Python's arenas).
        with open("/proc/self/smaps", encoding="utf-8", errors="replace") as smaps:
            mappings = clean_mappings(smaps)
    except (OSError, AttributeError):
        return 0
    madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    done = 0
    for start, end in mappings:
        if madvise(start, end - start, MADV_DONTNEED) == 0:
            done += end - start
    return done
