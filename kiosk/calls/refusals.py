"""Logging what was refused from the wire, without letting the sender write the log.

Topics and payloads come from other devices' accounts: a console could send thousands of
messages with 60 KB topic levels, and a log line for each, quoting them whole, would rotate
the kiosk's log and all its backups away in a second. So a line quotes at most EXCERPT
characters of anything from outside, control characters escaped, and each sender (the
account the topic names, which the broker's ACL vouches for) gets at most PER_MINUTE lines a
minute of each kind ("refused", "answers ignored", ...: docs/alerts.md lists them); the rest
are counted by kind and summed up in one line when that minute is over, naming the calls they
were about, so the sum says what it counts. Each kind has a budget of its own because a kind
that is cheap to send must not silence another: five logins with a kiosk's password wrote the
ten connection lines of its minute, and the one line saying a forged state was corrected,
the only trace of it, was never written.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable

from kiosk.directory.text_safety import escaped

EXCERPT = 200  # characters of a topic or reason quoted in a log line
PER_MINUTE = 10  # lines of each kind logged one by one per sender and minute
NAMED = 5  # calls a kind's sum names at most (the lines it did not write were about them)
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
        # sender -> [window start, {kind: [lines, not written, calls they were about]}]
        self._counts: dict[str, list] = {}

    def refused(self, topic: str, reason: str) -> None:
        self.limited(sender(topic), "refused", "refused a message on %s: %s", excerpt(topic),
                     excerpt(reason))

    def limited(self, who: str, kind: str, msg: str, *args, level: int = logging.WARNING,
                log: logging.Logger | None = None, about: str = "") -> None:
        """One line about what `who` (an account) sent, within its lines of `kind` a minute:
        an answer that changes nothing or a call its kiosk no longer lists is as cheap to
        send by the thousand as a refused message. `kind` names what one line is
        ("refused", "answers ignored"): the minute's sum counts each kind by that name, and
        names the first NAMED calls (`about`) of the lines it did not write."""
        self.flush()
        with self._lock:
            if len(self._counts) >= MAX_SENDERS and who not in self._counts:
                self._sum_up(list(self._counts))
            count = self._counts.setdefault(who, [self.clock(), {}])[1].setdefault(
                kind, [0, 0, []])
            count[0] += 1
            if count[0] > self.per_minute:
                count[1] += 1
                named = excerpt(about, 40)
                if about and named not in count[2] and len(count[2]) <= NAMED:
                    count[2].append(named)  # one more than shown: the sum says "…"
                return
        (log or self.log).log(level, msg, *args)

    def flush(self) -> None:
        """Sum up the senders whose minute is over (called at least once a second)."""
        now = self.clock()
        with self._lock:
            self._sum_up([who for who, (start, _kinds) in self._counts.items()
                          if now - start >= self.window])

    def _sum_up(self, senders: list[str]) -> None:
        for who in senders:
            start, kinds = self._counts.pop(who)
            counts = ", ".join(f"{unlogged} more {kind}{_calls(named)}"
                               for kind, (_n, unlogged, named) in kinds.items() if unlogged)
            if counts:
                self.log.warning("… %s from %s in %.0f s", counts, who, self.clock() - start)


def _calls(named: list[str]) -> str:
    """The calls a kind's unwritten lines were about, for its sum: " (calls a, b, …)"."""
    if not named:
        return ""
    more = ", …" if len(named) > NAMED else ""
    return f" (call{'s' if len(named) > 1 else ''} {', '.join(named[:NAMED])}{more})"
