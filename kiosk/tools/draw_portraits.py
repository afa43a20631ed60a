"""Draw generated portraits for the demo staff, assets/staff_photos/<id>.png.

The demo staff are fictional, so each gets a drawn portrait instead of a photo: a coloured
disc (colour picked from the id, so it never changes between runs), a head-and-shoulders
silhouette in a lighter tint, and the family-name syllable in white. Every palette colour,
and its tint, gives at least 4.5:1 contrast with the white syllable.
Run: python -m kiosk.tools.draw_portraits
"""
from __future__ import annotations

import os
import zlib
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
)

from kiosk.directory.files import load_demo  # noqa: E402

OUT_FOLDER = Path(__file__).resolve().parents[2] / "assets" / "staff_photos"
SIZE = 256
PALETTE = ("#3e5c76", "#415f37", "#8c4a32", "#6a4c7d", "#285e5e", "#6c4f28", "#94404f",
           "#4b5563")
TINT = 0.16  # share of white mixed into the disc colour for the silhouette


def colour_for(staff_id: str) -> QColor:
    """The disc colour of a person: the same id always gives the same colour."""
    return QColor(PALETTE[zlib.crc32(staff_id.encode("utf-8")) % len(PALETTE)])


def _tint(colour: QColor, share: float) -> QColor:
    return QColor(*(round(c + (255 - c) * share)
                    for c in (colour.red(), colour.green(), colour.blue())))


def portrait(staff_id: str, name_ko: str) -> QImage:
    """A SIZE x SIZE portrait, transparent outside the disc."""
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    base = colour_for(staff_id)
    light = _tint(base, TINT)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    disc = QPainterPath()
    disc.addEllipse(QRectF(0, 0, SIZE, SIZE))
    p.fillPath(disc, base)
    p.setClipPath(disc)
    p.setBrush(light)
    head = QRectF(SIZE / 2 - 54, 48, 108, 108)
    p.drawEllipse(head)
    p.drawRoundedRect(QRectF(SIZE / 2 - 24, 140, 48, 50), 10, 10)  # neck
    p.drawEllipse(QRectF(SIZE / 2 - 104, 176, 208, 180))  # shoulders
    font = QFont("NanumGothic")
    font.setBold(True)
    font.setPixelSize(72)
    p.setFont(font)
    p.setPen(QColor("#ffffff"))
    p.drawText(head, Qt.AlignmentFlag.AlignCenter, name_ko.strip()[:1])
    p.end()
    return image


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # fonts need an application
    OUT_FOLDER.mkdir(parents=True, exist_ok=True)
    for person in load_demo().staff:
        path = OUT_FOLDER / (person.photo or f"{person.id}.png")
        if not portrait(person.id, person.name.ko).save(str(path)):
            raise OSError(f"could not write {path}")
        print(path)
    del app


if __name__ == "__main__":
    main()
