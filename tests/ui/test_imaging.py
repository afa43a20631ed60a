"""Thumbnails made when a bundle is applied: small JPEGs that cover a magnified round photo,
upright, never black where a cut-out portrait was transparent, and none for a photo that will
not decode (lists then show the photo itself)."""
from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QImageReader

from kiosk.ui import imaging

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


def jpeg_bytes(tmp_path, width=300, height=400) -> bytes:
    path = photo(tmp_path / "whole.jpg", width, height)
    return path.read_bytes()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(keep=st.floats(min_value=0.0, max_value=0.9999))
def test_a_jpeg_cut_anywhere_is_refused(qapp, tmp_path, keep):
    """Qt decodes a cut JPEG with only a warning, grey below the cut; the check refuses it
    before Qt reads it, so no cut point fills the log with the decoder's warnings."""
    whole = jpeg_bytes(tmp_path)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[:max(2, int(len(whole) * keep))])
    assert imaging.check_photo(cut) in ("photo.cut_short", "photo.corrupt", "photo.not_image")
    assert imaging.check_photo(tmp_path / "whole.jpg") is None


def test_an_exif_thumbnail_end_does_not_hide_a_cut(qapp, tmp_path):
    """A camera's JPEG carries a small JPEG (with its own end marker) in its EXIF segment."""
    small = photo(tmp_path / "small.jpg", 16, 16).read_bytes()
    whole = jpeg_bytes(tmp_path)
    exif = b"Exif\x00\x00" + small
    camera = whole[:2] + b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif + whole[2:]
    ok, cut = tmp_path / "camera.jpg", tmp_path / "camera-cut.jpg"
    ok.write_bytes(camera)
    cut.write_bytes(camera[:len(camera) * 2 // 3])
    assert imaging.jpeg_ends(ok) and not imaging.jpeg_ends(cut)


def test_what_follows_the_end_is_allowed(qapp, tmp_path):
    """Some phones append a short video after the picture's end marker."""
    motion = tmp_path / "motion.jpg"
    motion.write_bytes(jpeg_bytes(tmp_path) + b"\x00\x00\x00\x18ftypmp42" + bytes(500))
    assert imaging.check_photo(motion) is None


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(keep=st.floats(min_value=0.0, max_value=0.9999))
def test_a_png_cut_anywhere_is_said_to_be_cut_short(qapp, tmp_path, keep):
    """A PNG whose copy did not finish was 'damaged, save it again from the original'; it
    is cut short, and copying it again is the fix."""
    whole = photo(tmp_path / "whole.png", 120, 160, fmt="PNG").read_bytes()
    cut = tmp_path / "cut.png"
    cut.write_bytes(whole[:max(8, int(len(whole) * keep))])
    assert imaging.check_photo(cut) == "photo.cut_short"
    assert imaging.check_photo(tmp_path / "whole.png") is None


def test_a_damaged_png_of_whole_length_is_still_damaged(qapp, tmp_path):
    whole = bytearray(photo(tmp_path / "whole.png", 120, 160, fmt="PNG").read_bytes())
    middle = len(whole) // 2
    whole[middle:middle + 40] = b"\x00" * 40  # inside the image data, lengths untouched
    broken = tmp_path / "broken.png"
    broken.write_bytes(bytes(whole))
    assert imaging.check_photo(broken) == "photo.corrupt"


def test_a_photo_is_read_by_its_own_format_alone(qapp, tmp_path):
    """Photos are read on worker threads: the reader is held to the format the file's first
    bytes name, so no other image plugin (SVG's makes a QTextStream and takes one of Qt's
    signal-slot locks while the worker holds Python's) is asked; a drawing or any other file
    named .png is not a photo."""
    png = tmp_path / "named.jpg"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(png), "PNG")
    reader = imaging._reader(png, png.read_bytes()[:8])
    assert reader is not None and not reader.autoDetectImageFormat()
    assert bytes(reader.format()) == b"png" and reader.canRead()
    assert imaging.check_photo(png) is None
    drawing = tmp_path / "drawing.png"
    drawing.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>')
    assert imaging._reader(drawing, drawing.read_bytes()[:8]) is None
    assert imaging.check_photo(drawing) == "photo.not_image"
