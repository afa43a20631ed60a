"""Photos from a bundle, checked and shrunk with Qt's image readers (the domain core has no
Qt; kiosk.core.bundle takes these two functions as arguments).

Qt refuses to allocate more than the allocation limit for one decoded image, so a
decompression bomb (a small file claiming 50,000 x 50,000 pixels) fails before it takes
memory; the pixel count in the header is checked first for a clear message.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

ALLOCATION_LIMIT_MB = 128
MAX_PIXELS = 40_000_000  # 40 megapixels: more than any camera photo of a person needs
THUMBNAIL_SIDE = 160
FORMATS = (b"png", b"jpeg", b"jpg")


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
    # Decoding at the thumbnail's size proves the whole file is readable, for less work.
    reader.setScaledSize(_fit(size, THUMBNAIL_SIDE))
    image = reader.read()
    return "photo.corrupt" if image.isNull() else None


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
    if not image.save(str(target), "PNG"):
        raise OSError(f"{target}: cannot write the thumbnail")


def _fit(size: QSize, side: int) -> QSize:
    if size.width() <= side and size.height() <= side:
        return size
    return size.scaled(side, side, Qt.KeepAspectRatio)
