"""Photos from a bundle, checked and shrunk with Qt's image readers (only kiosk.ui uses Qt, so
kiosk.bundle.update takes these two functions as arguments).

Qt refuses to allocate more than the allocation limit for one decoded image, so a
decompression bomb (a small file claiming 50,000 x 50,000 pixels) fails before it takes
memory; the pixel count in the header is checked first for a clear message.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPainter

ALLOCATION_LIMIT_MB = 128
# 32 megapixels: more than any photo of a person needs, and, decoded at 4 bytes a pixel, within
# the allocation limit (a larger PNG, which Qt cannot decode at a smaller size, would be
# refused by the limit and reported as damaged).
MAX_PIXELS = 32_000_000
# The shorter side of a thumbnail: a list row's round photo, magnified, on the largest screen.
THUMBNAIL_SIDE = 240
# Thumbnails are JPEGs: a 240x320 one took 0.9 ms to write and 17 kB, where a PNG (even at
# zlib level 1) took 3.7 ms and 106 kB, three times the photo it was made from.
THUMBNAIL_QUALITY = 85
JPEG_START = b"\xff\xd8"
PNG_START = b"\x89PNG\r\n\x1a\n"
log = logging.getLogger("kiosk")
_first_use = threading.Lock()
_thread = threading.local()
_ready = False


def _set_up_once() -> None:
    """Without a QCoreApplication (`bundle apply` in a terminal, the kill test's applier) the
    first Qt object made in a thread has Qt adopt that thread, the first of them becoming
    Qt's main thread; and the image readers and writers set themselves up (their plugins
    found and loaded) on their first use. Apply's thumbnail threads doing that at once crashed
    the process with SIGSEGV under load, one thread making its first QImageReader while the
    other read its first image. So each thread's first Qt object, and the process's first
    PNG and JPEG written and read back, are made one thread at a time."""
    global _ready
    if getattr(_thread, "ready", False):
        return
    with _first_use:
        QBuffer().close()  # this thread's first Qt object, while no other thread makes one
        if not _ready:
            QImageReader.supportedImageFormats()
            QImageWriter.supportedImageFormats()
            image = QImage(2, 2, QImage.Format.Format_RGB32)
            image.fill(Qt.GlobalColor.white)
            for kind in ("PNG", "JPEG"):
                buffer = QBuffer()
                buffer.open(QIODevice.OpenModeFlag.ReadWrite)
                image.save(buffer, kind)
                QImage.fromData(buffer.data(), kind)
            _ready = True
        _thread.ready = True


def check_photo(path: Path) -> str | None:
    """None if the file is a PNG or JPEG that decodes whole, else a bundle problem key."""
    with open(path, "rb") as f:
        # A cut JPEG is refused before Qt sees it: its reader warns at each of the many
        # places a cut can fall (no image, bogus table, invalid component...), into the log.
        # A cut PNG fails to decode in Qt, which cannot tell a cut from damage: its chunks
        # say which, so staff are told to copy it again rather than to save it again.
        head = f.read(8)
        if head[:2] == JPEG_START and not _data_ends(head + f.read()):
            return "photo.cut_short"
        if head == PNG_START and not _png_ends(head + f.read()):
            return "photo.cut_short"
    _set_up_once()
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader = _reader(path, head)
    if reader is None or not reader.canRead():
        return "photo.not_image"
    size = reader.size()
    if size.width() * size.height() > MAX_PIXELS:
        return "photo.too_many_pixels"
    # Decoding at an eighth of each side still reads every byte, so damage shows; a JPEG
    # decodes at that size in its DCT, in 60% of the time a thumbnail's size takes.
    reader.setScaledSize(QSize(max(1, (size.width() + 7) // 8), max(1, (size.height() + 7) // 8)))
    return "photo.corrupt" if reader.read().isNull() else None


def _reader(path: Path, head: bytes) -> QImageReader | None:
    """A reader held to the format the file's first bytes name (PNG or JPEG; None for any
    other). Left to find the format, Qt asks every image plugin, the SVG one included, which
    makes a QTextStream: that takes one of Qt's signal-slot locks while this worker thread
    holds Python's, and the kiosk's thread, disconnecting a Python object's signal under that
    lock and waiting for Python's, froze the two threads for good."""
    kind = b"jpeg" if head[:2] == JPEG_START else b"png" if head == PNG_START else None
    if kind is None:
        return None
    reader = QImageReader(str(path), kind)
    reader.setAutoDetectImageFormat(False)
    return reader


def jpeg_ends(path: Path) -> bool:
    """True if the JPEG's image data reaches its end marker. A file cut short (a copy that did
    not finish) decodes in Qt with only a warning, grey below the cut. The segments before
    the image data are stepped over by their lengths, so the end marker of an EXIF thumbnail
    inside them does not count; within the data a 0xFF byte is never followed by 0xD9 except
    at the end. What follows the end (a phone's appended video) is allowed."""
    return _data_ends(path.read_bytes())  # photos are at most a few MB (bundle size limits)


def _data_ends(data: bytes) -> bool:
    at = 2
    while at + 4 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
        elif marker == 0x01 or 0xD0 <= marker <= 0xD8:  # markers without a length
            at += 2
        elif marker == 0xDA:  # start of scan: the entropy-coded data follows
            return data.find(b"\xff\xd9", at + 2) != -1
        else:
            at += 2 + int.from_bytes(data[at + 2:at + 4], "big")
    return False


def _png_ends(data: bytes) -> bool:
    """True if the PNG's chunks, stepped over by their lengths, reach a whole IEND chunk."""
    at = len(PNG_START)
    while at + 8 <= len(data):
        length = int.from_bytes(data[at:at + 4], "big")
        end = at + 12 + length  # length, type, data, CRC
        if data[at + 4:at + 8] == b"IEND":
            return end <= len(data)
        at = end
    return False


def make_thumbnail(photo: Path, target: Path) -> None:
    """A JPEG whose shorter side is at most THUMBNAIL_SIDE, for lists and the staff screen
    (run on apply's worker threads). A photo that will not decode gets none: lists then show
    the photo itself, slower but never wrong."""
    _set_up_once()
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    with open(photo, "rb") as f:
        reader = _reader(photo, f.read(8))
    if reader is None:
        log.warning("no thumbnail for %s: not a PNG or JPEG", photo.name)
        return
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(_cover(size, THUMBNAIL_SIDE))
    image: QImage = reader.read()
    if image.isNull():
        log.warning("no thumbnail for %s: %s", photo.name, reader.errorString())
        return
    if min(image.width(), image.height()) > THUMBNAIL_SIDE:
        image = image.scaled(THUMBNAIL_SIDE, THUMBNAIL_SIDE,
                             Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                             Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel():
        image = _on_white(image)
    if not image.save(str(target), "JPEG", THUMBNAIL_QUALITY):
        log.warning("no thumbnail for %s: cannot write %s", photo.name, target)


def _on_white(image: QImage) -> QImage:
    """JPEG has no transparency: a cut-out portrait gets the white of a card behind it (saved
    as is, its transparent pixels would turn black)."""
    opaque = QImage(image.size(), QImage.Format.Format_RGB32)
    opaque.fill(Qt.GlobalColor.white)
    painter = QPainter(opaque)
    painter.drawImage(0, 0, image)
    painter.end()
    return opaque


def _cover(size: QSize, side: int) -> QSize:
    """The size whose shorter side is `side` (round photos are cut from the middle)."""
    if min(size.width(), size.height()) <= side:
        return size
    return size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding)


def _first_use_on_this_thread() -> None:
    """What must happen once, before apply's worker threads: Qt loads its image plugins once,
    owned by the thread that first reads an image (loaded by a worker that then ends, every
    later reader in another thread warns "Cannot move to target thread"); and shiboken sets up
    its check of path-like arguments on first use, importing a module while it holds a C++
    static guard, so two threads arriving there together deadlocked (QImage(QSize, format))."""
    QImageReader.supportedImageFormats()
    _on_white(QImage(1, 1, QImage.Format.Format_ARGB32))


_first_use_on_this_thread()
