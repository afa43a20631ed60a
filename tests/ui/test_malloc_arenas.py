"""The kiosk's threads share glibc heaps ("arenas") once start-up begins its after-first-frame
work (kiosk/ui/app.py limit_malloc_arenas; docs/performance.md §2a): counted with glibc's
own malloc_info, in a fresh process, after threads like the call link's have allocated."""
from __future__ import annotations

import ctypes.util
import subprocess
import sys
from pathlib import Path

import pytest

# Five threads allocate at once, as the call link's, the start-up's and speech's may; then
# glibc lists its heaps (one <heap nr=...> per arena) into a memory stream.
COUNT_ARENAS = """
import ctypes, sys, threading
from kiosk.ui import app
if sys.argv[1] == "limited":
    app.limit_malloc_arenas()
start = threading.Barrier(5)
def work():
    start.wait()
    kept = [bytearray(4000) for _ in range(3000)]
threads = [threading.Thread(target=work) for _ in range(5)]
for t in threads: t.start()
for t in threads: t.join()
libc = ctypes.CDLL("libc.so.6")
libc.open_memstream.restype = ctypes.c_void_p
text, size = ctypes.c_char_p(), ctypes.c_size_t()
stream = ctypes.c_void_p(libc.open_memstream(ctypes.byref(text), ctypes.byref(size)))
libc.malloc_info(0, stream)
libc.fclose(stream)
print(text.value.decode().count("<heap nr="))
"""


def arenas(mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", COUNT_ARENAS, mode], capture_output=True,
                          text=True, timeout=60, cwd=Path(__file__).resolve().parents[2],
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


@pytest.mark.skipif(ctypes.util.find_library("c") != "libc.so.6", reason="glibc only")
def test_threads_share_two_heaps_once_limited():
    assert arenas("limited") == 2  # the GUI thread's, and one shared by the others
    assert arenas("default") > 2  # what the limit changes: each thread its own
