"""Thumbnails made when a bundle is applied: small JPEGs that cover a magnified round photo,
upright, never black where a cut-out portrait was transparent, and none for a photo that will
not decode (lists then show the photo itself)."""
from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QImageReader

from kiosk import imaging

SIDE = imaging.THUMBNAIL_SIDE


def photo(path, width, height, fmt="JPEG", alpha=False):
    image = QImage(width, height, QImage.Format_ARGB32 if alpha else QImage.Format_RGB32)
    image.fill(Qt.transparent if alpha else QColor(90, 120, 160))
    if alpha:  # an opaque figure in the middle of a transparent sheet
        for y in range(height // 4, 3 * height // 4):
            for x in range(width // 4, 3 * width // 4):
                image.setPixelColor(x, y, QColor(90, 120, 160))
    assert image.save(str(path), fmt)
    return path


def read(path):
    image = QImageReader(str(path)).read()
    assert not image.isNull()
    return ("jpeg" if path.read_bytes()[:3] == b"\xff\xd8\xff" else "other"), image


@pytest.mark.parametrize("width,height", [(3000, 4000), (4000, 3000), (300, 400), (241, 241)])
def test_a_large_photo_becomes_a_jpeg_covering_the_thumbnail_side(qapp, tmp_path, width, height):
    target = tmp_path / "thumb.jpg"
    imaging.make_thumbnail(photo(tmp_path / "p.jpg", width, height), target)
    fmt, image = read(target)
    assert fmt == "jpeg"
    assert min(image.width(), image.height()) == SIDE
    assert abs(image.width() / image.height() - width / height) < 0.01  # not stretched


def test_a_small_photo_keeps_its_size(qapp, tmp_path):
    target = tmp_path / "thumb.jpg"
    imaging.make_thumbnail(photo(tmp_path / "p.png", 120, 160, fmt="PNG"), target)
    fmt, image = read(target)
    assert fmt == "jpeg" and (image.width(), image.height()) == (120, 160)


def test_a_transparent_background_turns_white_not_black(qapp, tmp_path):
    target = tmp_path / "thumb.jpg"
    imaging.make_thumbnail(photo(tmp_path / "cut-out.png", 400, 400, fmt="PNG", alpha=True),
                           target)
    _, image = read(target)
    corner, middle = image.pixelColor(5, 5), image.pixelColor(SIDE // 2, SIDE // 2)
    assert min(corner.red(), corner.green(), corner.blue()) > 240
    assert abs(middle.blue() - 160) < 12 and abs(middle.red() - 90) < 12


@pytest.mark.qt_log_ignore(r"Corrupt JPEG data", r"JPEG datastream contains no image")
def test_a_photo_that_will_not_decode_gets_no_thumbnail(qapp, tmp_path, caplog):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"not a picture" * 50)
    target = tmp_path / "thumb.jpg"
    with caplog.at_level(logging.WARNING, logger="kiosk"):
        imaging.make_thumbnail(broken, target)
    assert not target.exists()
    assert "no thumbnail for broken.jpg" in caplog.text
