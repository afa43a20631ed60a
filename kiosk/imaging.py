"""Photos from a bundle, checked and shrunk with Qt's image readers (the domain core has no
Qt; kiosk.core.bundle takes these two functions as arguments).

Qt refuses to allocate more than the allocation limit for one decoded image, so a
decompression bomb (a small file claiming 50,000 x 50,000 pixels) fails before it takes
memory; the pixel count in the header is checked first for a clear message.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

ALLOCATION_LIMIT_MB = 128
# 32 megapixels: more than any photo of a person needs, and, decoded at 4 bytes a pixel, within
# the allocation limit (a larger PNG, which Qt cannot decode at a smaller size, would be
# refused by the limit and reported as damaged).
MAX_PIXELS = 32_000_000
# The shorter side of a thumbnail: a list row's round photo, magnified, on the largest screen.
THUMBNAIL_SIDE = 240
# PNG quality 80 is zlib level 1: a quarter of the default level's time, files 15% larger.
THUMBNAIL_QUALITY = 80
FORMATS = (b"png", b"jpeg", b"jpg")
log = logging.getLogger("kiosk")
# Qt loads its image plugins once, owned by the thread that first reads an image. Loaded by a
# worker thread that then ends, every later reader in another thread warns "Cannot move to
# target thread"; loaded here, on import, they belong to the importing (main) thread.
QImageReader.supportedImageFormats()


def check_photo(path: Path) -> str | None:
    """None if the file is a PNG or JPEG that decodes, else a bundle problem key."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    if not reader.canRead() or bytes(reader.format()).lower() not in FORMATS:
        return "photo.not_image"
    size = reader.size()
    if size.width() * size.height() > MAX_PIXELS:
        return "photo.too_many_pixels"
    # Decoding at an eighth of each side still reads every byte, so damage shows; a JPEG
    # decodes at that size in its DCT, in 60% of the time a thumbnail's size takes.
    reader.setScaledSize(QSize(max(1, (size.width() + 7) // 8), max(1, (size.height() + 7) // 8)))
    return "photo.corrupt" if reader.read().isNull() else None


def make_thumbnail(photo: Path, target: Path) -> None:
    """A PNG whose shorter side is at most THUMBNAIL_SIDE, for lists and the staff screen
    (run on apply's worker threads). A photo that will not decode gets none: lists then show
    the photo itself, slower but never wrong."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader = QImageReader(str(photo))
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(_cover(size, THUMBNAIL_SIDE))
    image: QImage = reader.read()
    if image.isNull():
        log.warning("no thumbnail for %s: %s", photo.name, reader.errorString())
        return
    if min(image.width(), image.height()) > THUMBNAIL_SIDE:
        image = image.scaled(THUMBNAIL_SIDE, THUMBNAIL_SIDE, Qt.KeepAspectRatioByExpanding,
                             Qt.SmoothTransformation)
    if not image.save(str(target), "PNG", THUMBNAIL_QUALITY):
        log.warning("no thumbnail for %s: cannot write %s", photo.name, target)


def _cover(size: QSize, side: int) -> QSize:
    """The size whose shorter side is `side` (round photos are cut from the middle)."""
    if min(size.width(), size.height()) <= side:
        return size
    return size.scaled(side, side, Qt.KeepAspectRatioByExpanding)
