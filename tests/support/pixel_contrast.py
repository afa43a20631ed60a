"""Contrast as the visitor sees it: read from the rendered pixels, not from the palette.

`drawn_contrast(widget)` grabs the widget's part of its window twice, with its text and with
the text taken out for that instant. The pixels that differ are the text; the colour most of
them share is the colour the glyphs are drawn in (their solid cores, not the anti-aliased
edges), and what the second picture shows at those pixels is the background behind them.
Everything between the widget and the glass counts: the stylesheet, a parent's background,
the dimmed overlay, a focus ring's fill. `drawn_edge(widget)` reads a control's edge the same
way: what is drawn just inside it against what is drawn just outside it.
"""
from __future__ import annotations

from array import array
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from kiosk.directory.accessibility import contrast_ratio


CORE_SHARE = 0.25  # a colour drawn on a quarter as many pixels as the commonest is a core


@dataclass(frozen=True)
class DrawnText:
    text: str
    colour: str  # "#rrggbb" of the glyphs
    background: str  # "#rrggbb" behind them
    ratio: float

    def __str__(self) -> str:
        return f"{self.text!r}: {self.colour} on {self.background} = {self.ratio:.2f}:1"


def _pixels(window: QWidget, area: QRect) -> array:
    image = window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
    words = array("I", bytes(image.constBits())[:image.sizeInBytes()])
    stride = image.bytesPerLine() // 4
    return array("I", (words[y * stride + x] for y in range(image.height())
                       for x in range(image.width())))


def _hex(word: int) -> str:
    return f"#{word & 0xFFFFFF:06x}"


def drawn_contrast(widget: QWidget) -> DrawnText:
    """The contrast of `widget`'s text (a QLabel or a button: anything with text/setText) as
    drawn on screen, over the part of the widget that is not scrolled or clipped away."""
    text = widget.text()
    assert text.strip(), f"{widget.objectName() or widget!r} draws no text"
    window = widget.window()
    area = widget.visibleRegion().boundingRect()
    assert not area.isEmpty(), f"{text!r} is not on screen"
    area.translate(widget.mapTo(window, QPoint(0, 0)))
    with_text = _pixels(window, area)
    widget.setText("")
    try:
        without = _pixels(window, area)
    finally:
        widget.setText(text)
    measured = _measured(text, with_text, without)
    if measured is None:  # drawn in the background's colour, or hidden under something else
        behind = _hex(Counter(without).most_common(1)[0][0])
        return DrawnText(text, behind, behind, 1.0)
    return measured

def _measured(text: str, with_text: array, without: array) -> DrawnText | None:
    """The glyphs' colour: of the colours that cover a good share of the changed pixels
    (a thin stroke such as "ㅡ" or "−" has more anti-aliased edge than solid core), the one
    farthest from the background."""
    glyphs = [(a, b) for a, b in zip(with_text, without) if a != b]
    if not glyphs:
        return None
    behind = _hex(Counter(b for _a, b in glyphs).most_common(1)[0][0])
    colours = Counter(a for a, _b in glyphs).most_common()
    share = colours[0][1] * CORE_SHARE
    colour = max((_hex(c) for c, n in colours if n >= share),
                 key=lambda c: contrast_ratio(c, behind))
    return DrawnText(text, colour, behind, contrast_ratio(colour, behind))


def drawn_row_contrast(view) -> list[DrawnText]:
    """Each painted text (name, description, place, number, the way button's words, the
    floor on the round badge) of each row of an answer list that shows on screen, measured
    like `drawn_contrast`: the rows painted with and without their words (the delegate's
    `words`; a delegate other than AnswerDelegate names its texts' places by `text_areas`)."""
    from kiosk.ui.widgets.answer_row import ANSWER_ROLE

    delegate, model, viewport = view.itemDelegate(), view.model(), view.viewport()
    window = view.window()
    shown = viewport.visibleRegion().boundingRect()
    cut = view.cut() if getattr(view, "strip", None) is not None else None
    if cut is not None:  # under the strip that says how many more lie below: not shown
        shown.setBottom(min(shown.bottom(), cut[0] - 1))
    areas = []  # (text, rect on the window)
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        rect = view.visualRect(index)
        if not rect.intersects(shown):
            continue
        if hasattr(delegate, "text_areas"):  # a delegate that says where it paints words
            parts = delegate.text_areas(rect, index)
        else:
            answer = index.data(ANSWER_ROLE)
            avatar, way, fields, _height = delegate.layout(rect, answer)
            parts = [(text, area) for area, _font, _colour, text, *_rest in fields]
            if way is not None:
                parts.append(("way", way))
            if not answer.photo:
                parts.append((answer.floor_mark or answer.name[:1], avatar))
        for text, area in parts:
            if shown.contains(area):  # a part half scrolled away is measured when in view
                areas.append((text, area.translated(viewport.mapTo(window, QPoint(0, 0)))))
    before = [_pixels(window, area) for _text, area in areas]
    delegate.words = False
    try:
        viewport.repaint()
        after = [_pixels(window, area) for _text, area in areas]
    finally:
        delegate.words = True
        viewport.repaint()
    out = []
    for (text, _area), a, b in zip(areas, before, after):
        measured = _measured(text, a, b)
        if measured is None:  # painted in the background's colour
            behind = _hex(Counter(b).most_common(1)[0][0])
            measured = DrawnText(text, behind, behind, 1.0)
        out.append(measured)
    return out


EDGE_DEPTH = 6  # how far into a control its edge is looked for: its border, or its own fill


def drawn_edge(widget: QWidget, shown: QImage | None = None) -> DrawnText:
    """How a control's edge stands out from what surrounds it, as drawn (WCAG 1.4.11): on the
    middle of its left and of its top edge, the pixel just outside it against the first
    EDGE_DEPTH pixels inside it (its border, or its fill where it has none); the best of those,
    and the lower of the two edges. An edge on the window's own edge has nothing beside it.
    `shown`: the window as grabbed, when many controls are measured on one picture."""
    window = widget.window()
    image = shown if shown is not None else window.grab().toImage()
    corner = widget.mapTo(window, QPoint(0, 0))
    depth = min(EDGE_DEPTH, widget.width() // 3, widget.height() // 3)
    middle = corner + QPoint(widget.width() // 2, widget.height() // 2)
    edges = []
    if corner.x() > 0:
        edges.append((image.pixel(corner.x() - 1, middle.y()),
                      [image.pixel(corner.x() + x, middle.y()) for x in range(depth)]))
    if corner.y() > 0:
        edges.append((image.pixel(middle.x(), corner.y() - 1),
                      [image.pixel(middle.x(), corner.y() + y) for y in range(depth)]))
    name = getattr(widget, "text", lambda: "")() or widget.accessibleName() or \
        widget.objectName() or type(widget).__name__
    worst = None
    for outside, inside in edges:
        around = _hex(outside)
        edge = max((_hex(c) for c in inside), key=lambda c: contrast_ratio(c, around))
        drawn = DrawnText(name, edge, around, contrast_ratio(edge, around))
        if worst is None or drawn.ratio < worst.ratio:
            worst = drawn
    return worst or DrawnText(name, "", "", 99.0)
