"""Long text in pieces espeak-ng can take, and their WAVs joined into one.

espeak-ng 1.51 crashes the whole process (SIGSEGV) when one utterance is longer than about
16 KB of UTF-8: 5,700 Korean syllables, 17,000 Latin letters. A screen of long notices read
aloud, or `say` with a long text, would take the kiosk down with it. So text longer than
PIECE_BYTES is cut, at a sentence's end where one is near, else at a space, else anywhere
between characters, and each piece is synthesised on its own.
"""
from __future__ import annotations

import re
import wave
from pathlib import Path

PIECE_BYTES = 4000  # well under espeak's limit, and a piece still synthesises in a moment
_SENTENCE_END = re.compile(r"[.!?。…\n]+\s*")
_SPACE = re.compile(r"\s+")


def pieces(text: str, limit: int = PIECE_BYTES) -> list[str]:
    """`text` in order, each piece at most `limit` bytes of UTF-8, none empty."""
    out: list[str] = []
    rest = text.strip()
    while len(rest.encode("utf-8")) > limit:
        head = _head(rest, limit)
        cut = _last_end(_SENTENCE_END, head, len(head) // 2) or _last_end(_SPACE, head, 1)
        cut = cut or len(head)
        out.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        out.append(rest)
    return [p for p in out if p]


def _head(text: str, limit: int) -> str:
    """The longest start of `text` of at most `limit` bytes, whole characters only."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def _last_end(pattern: re.Pattern, text: str, at_least: int) -> int:
    """Where the last match of `pattern` in `text` ends, if at `at_least` or later; else 0."""
    ends = [m.end() for m in pattern.finditer(text) if m.end() >= at_least]
    return ends[-1] if ends else 0


def join_wavs(parts: list[Path], path: Path) -> None:
    """Write the WAV files `parts` (one engine's: the same format) one after another to `path`."""
    with wave.open(str(path), "wb") as out:
        for n, part in enumerate(parts):
            with wave.open(str(part), "rb") as wav:
                if n == 0:
                    out.setparams(wav.getparams())
                out.writeframes(wav.readframes(wav.getnframes()))
