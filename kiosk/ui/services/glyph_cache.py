"""What a visit drew, given back when it ends: Qt's pixmap cache, the font engines' glyphs
(docs/performance.md, "The font engines' glyphs, given back at each idle reset") and the
heap's free pages.

Qt keeps one font engine per family, pixel size and weight, and each engine keeps every glyph
it has rasterised (FreeType's cache, `QFontEngineFT::loadGlyph`) for as long as a font uses
it. The help modes multiply the engines (three text sizes, high contrast, bold roles), so a day
of visits filled the heap by about 1.4 MB per 1,000 interactions. Qt's font cache has no
public way to be emptied, but adding an application font empties it and removing one empties
it with the font database (QFontDatabase's own code). Each engine then goes with its glyphs
once nothing else holds it, and every font finds its engine again when next used: the same
face, the same metrics (the tour's screens draw the same words at the same places).

The font added and removed is built here: 556 bytes, one empty glyph, a family of its own that
no text asks for, so nothing is drawn with it and no file is read.
"""
from __future__ import annotations

import logging
import struct
from functools import lru_cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFontDatabase, QPixmapCache

from kiosk.host.heap import release_free_memory

log = logging.getLogger("kiosk")

FAMILY = "Kiosk Glyph Cache Reset"  # asked for by no text


def release_visit_memory() -> None:
    """A visit has ended: Qt's pixmap cache is emptied (what its styles drew for the last
    visitor's screens, 5-10 MB within a few hundred taps in the soak, up to its 10 MB limit),
    and so are its font engines with the glyphs they keep; both are drawn again as the next
    visitor's screens paint. Then the heap's free pages go back."""
    QPixmapCache.clear()
    if not release_glyphs():
        log.warning("Qt refused the font that empties its font cache: glyphs kept")
    release_free_memory()


def release_glyphs() -> bool:
    """Qt's font engines let go, with the glyphs they keep. False if Qt refused the font
    (then nothing was released)."""
    handle = QFontDatabase.addApplicationFontFromData(QByteArray(empty_font()))
    if handle < 0:
        return False
    return QFontDatabase.removeApplicationFont(handle)


@lru_cache(maxsize=1)
def empty_font() -> bytes:
    """A TrueType font with one empty glyph, mapped from no character (the OpenType spec's
    required tables; no OS/2, which FreeType and fontconfig do without)."""
    units_per_em, ascent, descent, advance = 1000, 800, -200, 500
    cmap_format_4 = (struct.pack(">7H", 4, 24, 0, 2, 2, 0, 0)  # one segment: the end mark
                     + struct.pack(">5H", 0xFFFF, 0, 0xFFFF, 1, 0))
    tables = {
        b"cmap": struct.pack(">2H2HI", 0, 1, 3, 1, 12) + cmap_format_4,
        b"glyf": b"",
        b"head": struct.pack(">4I2H2q4h2H3h", 0x10000, 0x10000, 0, 0x5F0F3CF5, 0,
                             units_per_em, 0, 0, 0, 0, 0, 0, 0, 8, 2, 0, 0),
        b"hhea": struct.pack(">I3hH11hH", 0x10000, ascent, descent, 0, advance,
                             0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1),
        b"hmtx": struct.pack(">Hh", advance, 0),
        b"loca": struct.pack(">2H", 0, 0),  # glyph 0 is empty
        b"maxp": struct.pack(">I14H", 0x10000, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0),
        b"name": _names(FAMILY),
        b"post": struct.pack(">2I2h5I", 0x30000, 0, -100, 50, 0, 0, 0, 0, 0),
    }
    count = len(tables)
    power = count.bit_length() - 1
    header = struct.pack(">I4H", 0x10000, count, 16 << power, power, 16 * count - (16 << power))
    offset = len(header) + 16 * count
    records, body = b"", b""
    for tag in sorted(tables):
        data = tables[tag]
        records += struct.pack(">4s3I", tag, _checksum(data), offset + len(body), len(data))
        body += _padded(data)
    return header + records + body


def _names(family: str) -> bytes:
    """The name table: family, style, full name, PostScript name (Windows, UTF-16)."""
    names = [(1, family), (2, "Regular"), (4, family), (6, family.replace(" ", ""))]
    records, strings = b"", b""
    for name_id, text in names:
        raw = text.encode("utf-16-be")
        records += struct.pack(">6H", 3, 1, 0x409, name_id, len(raw), len(strings))
        strings += raw
    return struct.pack(">3H", 0, len(names), 6 + len(records)) + records + strings


def _padded(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % 4)


def _checksum(data: bytes) -> int:
    padded = _padded(data)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF
