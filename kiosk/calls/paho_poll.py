"""paho-mqtt's `select`: its network loop's select() answered by poll().

paho-mqtt 2.2 waits for its socket with `select.select`, which cannot watch a file descriptor
numbered 1024 or higher (FD_SETSIZE): it raises ValueError, paho takes that for a lost
connection, and reconnects into the same error for ever, saying only "connecting". A process
with that many files open (a long run that leaked some, a test process after thousands of
tests) then never reaches the broker. poll() has no such limit. paho_import.py hands the
client module this stand-in in place of the `select` module.
"""
from __future__ import annotations

import math
import select as _select

# What select() counts as ready (the kernel's POLLIN_SET and POLLOUT_SET): a socket that
# failed or hung up is ready, and the read or write says why. POLLNVAL (a closed descriptor,
# where select() raises) counts as readable: paho's read then fails and it reconnects.
READ = _select.POLLIN
READABLE = _select.POLLIN | _select.POLLHUP | _select.POLLERR | _select.POLLNVAL
WRITE = _select.POLLOUT
WRITABLE = _select.POLLOUT | _select.POLLERR


def _fd(obj) -> int:
    """The descriptor select() would watch: an int, or what fileno() returns; the same
    TypeError and ValueError as select() for anything else (paho catches both)."""
    fd = obj if isinstance(obj, int) else getattr(obj, "fileno", None)
    if callable(fd):
        fd = fd()
    if not isinstance(fd, int):
        raise TypeError(f"argument must be an int, or have a fileno() method: {obj!r}")
    if fd < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({fd})")
    return fd


def poll_select(rlist, wlist, xlist, timeout: float | None = None):
    """select.select's arguments and answer, waited for with poll()."""
    watched: dict[int, int] = {}
    for objects, mask in ((rlist, READ), (wlist, WRITE), (xlist, _select.POLLPRI)):
        for obj in objects:
            fd = _fd(obj)
            watched[fd] = watched.get(fd, 0) | mask
    poller = _select.poll()
    for fd, mask in watched.items():
        poller.register(fd, mask)
    wait_ms = None if timeout is None else max(0, math.ceil(timeout * 1000))
    events = dict(poller.poll(wait_ms))
    return ([o for o in rlist if events.get(_fd(o), 0) & READABLE],
            [o for o in wlist if events.get(_fd(o), 0) & WRITABLE],
            [o for o in xlist if events.get(_fd(o), 0) & _select.POLLPRI])


class PollSelect:
    """The `select` module as paho's client sees it: select() by poll(), the rest the real
    module's."""

    select = staticmethod(poll_select)

    def __getattr__(self, name: str):
        return getattr(_select, name)
