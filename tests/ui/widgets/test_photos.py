"""People's photos as lists and cards show them: decoded at the shown size, never squashed,
upright, and in lists from the small copy made when the bundle was applied."""
from __future__ import annotations

import struct

import pytest
from PySide6.QtGui import QColor, QImage

from kiosk.directory import paths
from kiosk.ui.widgets.answer_row import staff_photos
from kiosk.ui.widgets.photos import read_photo

RED, GREEN, BLUE = QColor(220, 30, 30), QColor(30, 200, 30), QColor(30, 30, 220)


def banded(path, width, height):
    """Green top and bottom quarters around a red middle: a portrait's head and shoulders."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(RED)
    for y in list(range(height // 4)) + list(range(3 * height // 4, height)):
        for x in range(width):
            image.setPixelColor(x, y, GREEN)
    assert image.save(str(path))
    return path


def near(color: QColor, want: QColor) -> bool:
    return all(abs(a - b) < 30 for a, b in zip(color.getRgb()[:3], want.getRgb()[:3]))


def test_a_square_is_cut_from_the_middle_not_squashed(qapp, tmp_path):
    image = read_photo(banded(tmp_path / "tall.png", 100, 200), 50, square=True)
    assert (image.width(), image.height()) == (50, 50)
    assert near(image.pixelColor(25, 2), RED) and near(image.pixelColor(25, 47), RED)


def test_a_fitted_photo_keeps_its_shape(qapp, tmp_path):
    image = read_photo(banded(tmp_path / "tall.png", 300, 400), 120)
    assert (image.width(), image.height()) == (90, 120)
    assert near(image.pixelColor(45, 2), GREEN)


def test_a_photo_stored_on_its_side_stands_up(qapp, tmp_path):
    """A phone stores pixels as the sensor saw them and an EXIF orientation (6: turn 90°)."""
    stored = QImage(200, 100, QImage.Format.Format_RGB32)
    stored.fill(BLUE)
    plain = tmp_path / "plain.jpg"
    assert stored.save(str(plain), "JPEG")
    exif = (b"Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08\x00\x01"
            b"\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00\x00\x00\x00\x00")
    raw = plain.read_bytes()
    path = tmp_path / "phone.jpg"
    path.write_bytes(raw[:2] + b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif + raw[2:])
    image = read_photo(path, 60)
    assert (image.width(), image.height()) == (30, 60)


def test_a_photo_that_will_not_read_gives_none(qapp, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    assert read_photo(broken, 60) is None
    assert staff_photos().get(None, 60) is None


@pytest.fixture
def applied(tmp_path):
    """An applied version holding a red photo and, as its thumbnail, a blue one."""
    (tmp_path / "photos").mkdir()
    (tmp_path / "thumbnails").mkdir()
    photo = QImage(400, 400, QImage.Format.Format_RGB32)
    photo.fill(RED)
    assert photo.save(str(tmp_path / "photos" / "kim.png"))
    photo.fill(BLUE)
    assert photo.save(str(tmp_path / "thumbnails" / paths.thumbnail_name("kim.png")), "JPEG")
    paths.use_data_assets(tmp_path)
    yield tmp_path
    paths.use_data_assets(None)


def test_lists_read_the_thumbnail_else_the_photo(qapp, applied):
    row = staff_photos().get("kim.png", 48).toImage()
    assert near(row.pixelColor(24, 24), BLUE)
    assert paths.staff_photo("kim.png") == applied / "photos" / "kim.png"
    (applied / "thumbnails" / paths.thumbnail_name("kim.png")).unlink()
    assert near(staff_photos().get("kim.png", 48).toImage().pixelColor(24, 24), RED)
