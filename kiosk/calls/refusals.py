"""Logging what was refused from the wire, without letting the sender write the log.

Topics and payloads come from other devices' accounts: a console could send thousands of
messages with 60 KB topic levels, and a log line for each, quoting them whole, would rotate
the kiosk's log and all its backups away in a second. So a line quotes at most EXCERPT
characters of anything from outside, control characters escaped, and each sender (the
account the topic names, which the broker's ACL vouches for) gets at most PER_MINUTE lines a
minute; the rest are counted, each kind of line by itself ("refused", "answers ignored", ...),
and summed up in one line when that minute is over, so the sum says what it counts.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable

from kiosk.directory.text_safety import escaped

EXCERPT = 200  # characters of a topic or reason quoted in a log line
PER_MINUTE = 10  # refusals logged one by one per sender and minute
WINDOW = 60.0
MAX_SENDERS = 1000  # senders counted at once; beyond, the counts are summed up early


def excerpt(text: str, most: int = EXCERPT) -> str:
    """At most `most` characters of `text`, controls, bidi and zero-width characters written
    as <U+hhhh> and lone surrogates as \\udxxx: safe in a log file and a terminal."""
    safe = escaped(text[:most]).encode("utf-8", "backslashreplace").decode("utf-8")
    if len(text) <= most and len(safe) <= most:
        return safe
    return f"{safe[:most]}… ({len(text)} characters)"  # escapes make it longer: cut again


def sender(topic: str) -> str:
    """The account a topic names: `<prefix>/acks/<kiosk>/<console>/…` and
    `noteacks/…` the console, `presence/<role>/<id>` the id, `calls/<kiosk>/…` and
    `notes/<kiosk>/…` the kiosk."""
    levels = topic.split("/")
    index = 4 if len(levels) > 4 and levels[2] in ("acks", "noteacks", "presence") else 3
    return excerpt(levels[index], 64) if len(levels) > index else "?"


class Refusals:
    """The refusal lines of one link; refused() from paho's thread, flush() from any."""

    def __init__(self, log: logging.Logger, clock: Callable[[], float] = time.monotonic,
                 per_minute: int = PER_MINUTE, window: float = WINDOW) -> None:
        self.log, self.clock, self.per_minute, self.window = log, clock, per_minute, window
        self._lock = threading.Lock()
        self._counts: dict[str, list] = {}  # sender -> [window start, refused in it]

    def refused(self, topic: str, reason: str) -> None:
        self.limited(sender(topic), "refused", "refused a message on %s: %s", excerpt(topic),
                     excerpt(reason))

    def limited(self, who: str, kind: str, msg: str, *args, level: int = logging.WARNING,
                log: logging.Logger | None = None) -> None:
        """One line about what `who` (an account) sent, within its lines a minute: an
        answer that changes nothing or a call its kiosk no longer lists is as cheap to send
        by the thousand as a refused message. `kind` names what one line is ("refused",
        "answers ignored"): the minute's sum counts each kind by that name."""
        self.flush()
        with self._lock:
            if len(self._counts) >= MAX_SENDERS and who not in self._counts:
                self._sum_up(list(self._counts))
            count = self._counts.setdefault(who, [self.clock(), 0, {}])
            count[1] += 1
            if count[1] > self.per_minute:
                count[2][kind] = count[2].get(kind, 0) + 1
                return
        (log or self.log).log(level, msg, *args)

    def flush(self) -> None:
        """Sum up the senders whose minute is over (called at least once a second)."""
        now = self.clock()
        with self._lock:
            self._sum_up([who for who, (start, _n, _kinds) in self._counts.items()
                          if now - start >= self.window])

    def _sum_up(self, senders: list[str]) -> None:
        for who in senders:
            start, _n, unlogged = self._counts.pop(who)
            if unlogged:
                counts = ", ".join(f"{n} more {kind}" for kind, n in unlogged.items())
                self.log.warning("… %s from %s in %.0f s", counts, who, self.clock() - start)
