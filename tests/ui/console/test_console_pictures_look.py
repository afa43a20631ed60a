"""The screenshot tour's pictures of the desk console (its messages, its cards, the whole
desk) follow the tour's text size and contrast, on the desk's own scale: they were rendered
at 100 % in the normal palette whatever `--zoom` and `--contrast` said."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from kiosk.directory.accessibility import Profile
from kiosk.ui.screenshots.messages import render_console
from kiosk.ui.theme import HIGH_CONTRAST, NORMAL

SHOTS = ("console-messages", "console-cards", "console-desk")


def rendered(monkeypatch, demo, out, profile: Profile) -> tuple[dict, dict]:
    """Each picture, and the smallest font (px) its rows painted their words in, the body
    text's (what was painted before a picture was saved is that picture's). The largest
    grows less: at large text the console sets emphasis by weight rather than size."""
    sizes: list[int] = []
    smallest = {}
    draw, save = QPainter.drawText, QPixmap.save

    def record(painter, *args):
        if any(isinstance(a, str) and len(a) > 1 for a in args):  # words: not a "!" sign
            sizes.append(painter.font().pixelSize())
        return draw(painter, *args)

    def saved(pixmap, path, *args):
        smallest[Path(path).stem.removeprefix("portrait-en-")] = min(sizes)
        sizes.clear()
        return save(pixmap, path, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    monkeypatch.setattr(QPixmap, "save", saved)
    render_console(demo, out, ["en"], {"portrait": (1280, 1024)}, "", profile)
    monkeypatch.undo()
    return {s: QImage(str(out / f"portrait-en-{s}.png")) for s in SHOTS}, smallest


def colours(image: QImage) -> set[str]:
    step = max(1, image.width() // 80)
    return {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)}


@pytest.fixture(scope="module")
def pictures(qapp, demo, tmp_path_factory):
    looks = {"100": Profile(), "200": Profile(zoom=2.0), "high": Profile(high_contrast=True)}
    mp = pytest.MonkeyPatch()
    try:
        return {name: rendered(mp, demo, tmp_path_factory.mktemp(name), profile)
                for name, profile in looks.items()}
    finally:
        mp.undo()


@pytest.mark.parametrize("shot", SHOTS)
def test_the_console_pictures_follow_the_text_size(pictures, shot):
    _images, at_100 = pictures["100"]
    _images, at_200 = pictures["200"]
    assert at_200[shot] >= 1.8 * at_100[shot], (at_100[shot], at_200[shot])


@pytest.mark.parametrize("shot", SHOTS)
def test_the_console_pictures_follow_the_contrast(pictures, shot):
    normal = colours(pictures["100"][0][shot])
    high = colours(pictures["high"][0][shot])
    assert HIGH_CONTRAST.background.lower() in high
    assert NORMAL.background.lower() not in high
    assert NORMAL.background.lower() in normal
