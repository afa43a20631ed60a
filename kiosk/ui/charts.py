"""A report's chart (kiosk/records/chart_data.py) drawn with QPainter into a PNG, for a
notice board or the yearly survey result: large type in the kiosk's Korean fonts, one bar a
row with its label above it, every text measured so nothing is cut or overlaps."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QImage, QPainter, QPen

from kiosk.records.chart_data import Chart
from kiosk.ui.theme import FONT_FAMILIES, NORMAL

WIDTH = 1600
MARGIN = 64
BAR_HEIGHT = 56
GAP = 28  # between rows
TITLE_PX, SUBTITLE_PX, LABEL_PX, VALUE_PX, NOTE_PX = 56, 34, 36, 34, 30
TRACK = QColor(NORMAL.primary_soft)
BAR = QColor(NORMAL.primary)
TARGET = QColor(NORMAL.help)
INK, MUTED, PAPER = QColor(NORMAL.text), QColor(NORMAL.text_muted), QColor(NORMAL.surface)


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont(list(FONT_FAMILIES[:-1]))
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class _Layout:
    """Where everything goes, measured before anything is painted (the image's height)."""

    def __init__(self, chart: Chart) -> None:
        self.chart = chart
        inner = WIDTH - 2 * MARGIN
        self.fonts = {"title": _font(TITLE_PX, True), "subtitle": _font(SUBTITLE_PX),
                      "label": _font(LABEL_PX, True), "value": _font(VALUE_PX),
                      "note": _font(NOTE_PX)}
        self.y = MARGIN
        self.title = self._block("title", chart.title, inner)
        self.subtitle = self._block("subtitle", chart.subtitle, inner) if chart.subtitle else None
        self.y += GAP
        value_w = max([self._width("value", b.text) for b in chart.bars] + [0]) + 24
        self.track_w = inner - value_w
        self.rows = []
        for bar in chart.bars:
            label = self._block("label", bar.label, inner)
            self.rows.append((bar, label, QRect(MARGIN, self.y, self.track_w, BAR_HEIGHT)))
            self.y += BAR_HEIGHT + GAP
        self.note = self._block("note", chart.note, inner) if chart.note else None
        self.height = self.y + MARGIN

    def _width(self, font: str, text: str) -> int:
        return QFontMetrics(self.fonts[font]).horizontalAdvance(text)

    def _block(self, font: str, text: str, width: int) -> QRect:
        """A word-wrapped text's rectangle at the current height; moves the height on."""
        flags = int(Qt.TextFlag.TextWordWrap)
        size = QFontMetrics(self.fonts[font]).boundingRect(QRect(0, 0, width, 10_000), flags,
                                                           text)
        rect = QRect(MARGIN, self.y, width, size.height())
        self.y += size.height() + 8
        return rect


def render(chart: Chart) -> QImage:
    QGuiApplication.instance() or QGuiApplication([])  # fonts need one (a command line)
    layout = _Layout(chart)
    image = QImage(WIDTH, layout.height, QImage.Format.Format_RGB32)
    image.fill(PAPER)
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        _text(p, layout.fonts["title"], INK, layout.title, wrap, chart.title)
        if layout.subtitle is not None:
            _text(p, layout.fonts["subtitle"], MUTED, layout.subtitle, wrap, chart.subtitle)
        top = max((v for b in chart.bars if (v := b.value) is not None), default=0.0)
        scale = 1.0 if chart.shares else max(top, 1.0)
        for bar, label, track in layout.rows:
            _text(p, layout.fonts["label"], INK, label, wrap, bar.label)
            p.fillRect(track, TRACK)
            if bar.value:
                filled = QRect(track)
                filled.setWidth(max(4, round(track.width() * min(bar.value / scale, 1.0))))
                p.fillRect(filled, BAR)
            value = QRect(track.right() + 24, track.top(), WIDTH - MARGIN - track.right() - 24,
                          track.height())
            _text(p, layout.fonts["value"], INK, value,
                  int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), bar.text)
        if chart.shares and layout.rows:  # the charter's promise: kept every time
            first, last = layout.rows[0][2], layout.rows[-1][2]
            p.setPen(QPen(TARGET, 6, Qt.PenStyle.DashLine))
            p.drawLine(first.right(), first.top() - 12, last.right(), last.bottom() + 12)
        if layout.note is not None:
            _text(p, layout.fonts["note"], TARGET if chart.shares else MUTED, layout.note, wrap,
                  chart.note)
    finally:
        p.end()
    return image


def _text(p: QPainter, font: QFont, colour: QColor, rect: QRect, flags: int, text: str) -> None:
    p.setFont(font)
    p.setPen(colour)
    p.drawText(rect, flags, text)


def write_chart(chart: Chart, path: Path) -> None:
    if not render(chart).save(str(path), "PNG"):
        raise OSError(f"cannot write the chart to {path} (does its folder exist?)")
