"""The process's heap and its mapped files' clean pages (code, fonts), given back to the
system when nobody waits: after start-up and when a visit ends (docs/performance.md §2a).
glibc keeps freed pages and raises its thresholds as large blocks come and go; a kiosk idles
for hours.

No Qt here: the screens' caches are emptied by the composition root (ui/app.py) first.
"""
from __future__ import annotations


def release_free_memory() -> None:
    """Start-up is over (plans rendered, index built, call link up), or a visit has ended:
    hand the heap's free pages back to the system (glibc keeps them otherwise; a kiosk
    idles for hours), and the pages of the code and fonts it mapped, read again from the
    page cache when next used (file_pages.py). From the GUI thread (see drop_file_pages)."""
    import ctypes  # not before the first frame: nothing is freed before it

    from kiosk.host.file_pages import drop_file_pages

    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass
    drop_file_pages()


M_TRIM_THRESHOLD, M_MMAP_THRESHOLD, M_ARENA_MAX = -1, -3, -8  # glibc's mallopt (malloc.h)
MALLOC_ARENAS = 2  # the GUI thread's, and one for the call link's, the start-up's and speech's
MMAP_THRESHOLD = 128 * 1024  # glibc's own starting value, kept from now on


def tune_malloc() -> None:
    """Two limits on what glibc's heaps keep while the kiosk idles (docs/performance.md §2a).

    Arenas: glibc gives each thread that allocates its own heap, each keeping its own free
    pages; the call link's threads, the start-up's and speech's share one instead.
    Thresholds: each time a block glibc had mapped on its own is freed (an image, a backing
    store), it raises its mmap threshold to that block's size (up to 32 MB) and its trim
    threshold to twice that, and freed megabytes then stay in the heap. Kept at its first
    128 KB, a large block goes back to the system as it is freed, and so does a free top of
    the heap over 128 KB (0.4 MB less at idle)."""
    import ctypes

    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):  # not glibc: nothing to do
        return
    mallopt(M_ARENA_MAX, MALLOC_ARENAS)
    mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    mallopt(M_TRIM_THRESHOLD, MMAP_THRESHOLD)
