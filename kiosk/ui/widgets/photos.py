"""People's photos on screen, decoded at the size they are shown.

A camera's 12-megapixel JPEG takes a frame or more to decode whole; read at its shown size
(JPEG scales in its DCT) it takes a millisecond or two. Lists cache what they decoded, least
recently used dropped past `size`.
"""
from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Callable, Hashable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap


def read_photo(path: Path, side: int, square: bool = False) -> QImage | None:
    """The photo fitted in side x side, or (square) a side x side square cut from its middle,
    never squashed; upright even when a phone stored it on its side. None if it won't read."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and not size.isEmpty():
        mode = Qt.KeepAspectRatioByExpanding if square else Qt.KeepAspectRatio
        reader.setScaledSize(size.scaled(side, side, mode))
    image = reader.read()
    if image.isNull():
        return None
    if square:
        cut = min(image.width(), image.height())
        image = image.copy((image.width() - cut) // 2, (image.height() - cut) // 2, cut, cut)
    return image


class PhotoCache:
    """Pixmaps by (key, side); `resolve(key)` says which file a key is (None: no photo)."""

    def __init__(self, resolve: Callable[[Hashable], Path | None], size: int = 400,
                 square: bool = False):
        self.resolve, self.size, self.square = resolve, size, square
        self._cache: OrderedDict[tuple[Hashable, int], QPixmap | None] = OrderedDict()

    def get(self, key: Hashable, side: int) -> QPixmap | None:
        if key is None:
            return None
        entry = (key, side)
        if entry not in self._cache:
            path = self.resolve(key)
            image = read_photo(path, side, self.square) if path is not None else None
            self._cache[entry] = QPixmap.fromImage(image) if image is not None else None
            if len(self._cache) > self.size:
                self._cache.popitem(last=False)
        self._cache.move_to_end(entry)
        return self._cache[entry]
