"""glibc's heaps once start-up begins its after-first-frame work (kiosk/host/heap.py tune_malloc;
docs/performance.md §2a): the kiosk's threads share two heaps ("arenas"), and a large block
is mapped on its own, so that freeing it gives it back, even after a larger one was freed.
Both are read from glibc's own malloc_info, in a fresh process."""
from __future__ import annotations

import ctypes.util
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(ctypes.util.find_library("c") != "libc.so.6",
                                reason="glibc only")

# glibc's report on its heaps (one <heap nr=...> per arena, and a total of mapped blocks).
MALLOC_INFO = """
def malloc_info():
    libc.open_memstream.restype = ctypes.c_void_p
    text, size = ctypes.c_char_p(), ctypes.c_size_t()
    stream = ctypes.c_void_p(libc.open_memstream(ctypes.byref(text), ctypes.byref(size)))
    libc.malloc_info(0, stream)
    libc.fclose(stream)
    return text.value.decode()
"""

# Five threads allocate at once, as the call link's, the start-up's and speech's may.
COUNT_ARENAS = """
import ctypes, sys, threading
from kiosk.host import heap
libc = ctypes.CDLL("libc.so.6")
if sys.argv[1] == "tuned":
    heap.tune_malloc()
start = threading.Barrier(5)
def work():
    start.wait()
    kept = [bytearray(4000) for _ in range(3000)]
threads = [threading.Thread(target=work) for _ in range(5)]
for t in threads: t.start()
for t in threads: t.join()
""" + MALLOC_INFO + """
print(malloc_info().count("<heap nr="))
"""

# A 4 MB block freed (glibc mapped it alone), then a 1 MB one: is it mapped alone too?
MAPPED_ALONE = """
import ctypes, re, sys
from kiosk.host import heap
libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
if sys.argv[1] == "tuned":
    heap.tune_malloc()
""" + MALLOC_INFO + """
def mapped():
    return int(re.search(r'<total type="mmap" count="(\\d+)"', malloc_info()).group(1))
libc.free(libc.malloc(4 << 20))
before = mapped()
block = libc.malloc(1 << 20)
print(mapped() - before)
libc.free(block)
"""


def run(script: str, mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", script, mode], capture_output=True,
                          text=True, timeout=60, cwd=Path(__file__).resolve().parents[2],
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


def test_threads_share_two_heaps_once_tuned():
    assert run(COUNT_ARENAS, "tuned") == 2  # the GUI thread's, and one shared by the others
    assert run(COUNT_ARENAS, "default") > 2  # what the limit changes: each thread its own


def test_a_large_block_is_mapped_alone_after_a_larger_one_was_freed():
    assert run(MAPPED_ALONE, "tuned") == 1  # given back to the system when freed
    assert run(MAPPED_ALONE, "default") == 0  # glibc's raised threshold: kept in the heap
