"""Photos from a bundle, checked and shrunk with Qt's image readers (the domain core has no
Qt; kiosk.core.bundle takes these two functions as arguments).

Qt refuses to allocate more than the allocation limit for one decoded image, so a
decompression bomb (a small file claiming 50,000 x 50,000 pixels) fails before it takes
memory; the pixel count in the header is checked first for a clear message.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

ALLOCATION_LIMIT_MB = 128
# 32 megapixels: more than any photo of a person needs, and, decoded at 4 bytes a pixel, within
# the allocation limit (a larger PNG, which Qt cannot decode at a smaller size, would be
# refused by the limit and reported as damaged).
MAX_PIXELS = 32_000_000
THUMBNAIL_SIDE = 160
# PNG quality 80 is zlib level 1: a quarter of the default level's time, files 15% larger.
THUMBNAIL_QUALITY = 80
FORMATS = (b"png", b"jpeg", b"jpg")
# Photos are checked on every core at once; decodes larger than this take turns, so the check
# holds one allocation limit's worth of pixels at a time, not one per core.
LARGE_DECODE_BYTES = 16 << 20
_large_decode = threading.Lock()

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
    if _decoded_bytes(reader, size) > LARGE_DECODE_BYTES:
        with _large_decode:
            image = reader.read()
    else:
        image = reader.read()
    return "photo.corrupt" if image.isNull() else None


def _decoded_bytes(reader: QImageReader, size: QSize) -> int:
    """Memory the decode takes: a JPEG decodes at the scaled size, any other format whole."""
    if bytes(reader.format()).lower() in (b"jpeg", b"jpg"):
        size = reader.scaledSize()
    return size.width() * size.height() * 4


def make_thumbnail(photo: Path, target: Path) -> None:
    """A PNG at most THUMBNAIL_SIDE pixels a side, for lists and the staff screen."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader = QImageReader(str(photo))
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(_fit(size, THUMBNAIL_SIDE))
    image: QImage = reader.read()
    if image.isNull():
        raise OSError(f"{photo}: {reader.errorString()}")
    if max(image.width(), image.height()) > THUMBNAIL_SIDE:
        image = image.scaled(THUMBNAIL_SIDE, THUMBNAIL_SIDE, Qt.KeepAspectRatio,
                             Qt.SmoothTransformation)
    if not image.save(str(target), "PNG", THUMBNAIL_QUALITY):
        raise OSError(f"{target}: cannot write the thumbnail")


def _fit(size: QSize, side: int) -> QSize:
    if size.width() <= side and size.height() <= side:
        return size
    return size.scaled(side, side, Qt.KeepAspectRatio)
