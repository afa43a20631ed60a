"""The keypad as a visitor presses it on the real window, and what every press must leave:
a focused control that shows on the screen with its ring drawn."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QListView,
    QScrollArea,
    QWidget,
)

from kiosk.directory.accessibility import contrast_ratio

KP = Qt.KeypadModifier
PAD = {"8": (Qt.Key_8, KP), "2": (Qt.Key_2, KP), "4": (Qt.Key_4, KP), "6": (Qt.Key_6, KP),
       "5": (Qt.Key_5, KP), "0": (Qt.Key_0, KP), ".": (Qt.Key_Period, KP),
       "/": (Qt.Key_Slash, KP), "*": (Qt.Key_Asterisk, KP), "7": (Qt.Key_7, KP),
       "9": (Qt.Key_9, KP)}
DIRECTION_KEYS = {"up": "8", "down": "2", "left": "4", "right": "6"}


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def name(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{widget.objectName() or type(widget).__name__} {text or widget.accessibleName()}"


def focus_at(widget: QWidget) -> None:
    """Put the focus on `widget` (a list: its first row) and scroll it into view."""
    if isinstance(widget, QAbstractItemView) and not widget.currentIndex().isValid():
        widget.setCurrentIndex(widget.model().index(0, 0))
    widget.setFocus(Qt.TabFocusReason)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()


def shown_part(widget: QWidget) -> QRect:
    """What of `widget` shows: clipped by every parent, in global coordinates."""
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        rect &= QRect(parent.mapToGlobal(QPoint(0, 0)), parent.size())
        parent = parent.parentWidget()
    return rect


def draws_ring(window, widget: QWidget) -> bool:
    """The ring's colour on the left and top edges of the widget as painted; a list's ring
    whole all round (its rows scroll beside it, never under it)."""
    palette = window.ctx.theme.palette
    ring = {QColor(palette.focus).rgb(), QColor(palette.focus_on_bar).rgb()}
    image = widget.grab().toImage()
    if isinstance(widget, QListView) and ring_gaps(window, widget, image, ring):
        return False
    return (image.pixel(3, image.height() // 2) in ring
            and image.pixel(image.width() // 2, 3) in ring)


def ring_gaps(window, widget: QWidget, image=None, ring=None) -> list[tuple[int, int]]:
    """The points of a list's ring, a band of RING_BAND pixels along each of its four edges
    between the rounded corners, painted in another colour than the ring's (a row's words or
    its fill drawn over it)."""
    if ring is None:
        palette = window.ctx.theme.palette
        ring = {QColor(palette.focus).rgb(), QColor(palette.focus_on_bar).rgb()}
    image = image if image is not None else widget.grab().toImage()
    width, height, corner = image.width(), image.height(), window.ctx.theme.px(12) + 1
    band = range(RING_BAND)
    points = [(x, y) for x in range(corner, width - corner)
              for b in band for y in (b, height - 1 - b)]
    points += [(x, y) for y in range(corner, height - corner)
               for b in band for x in (b, width - 1 - b)]
    return [(x, y) for x, y in points if image.pixel(x, y) not in ring]


RING_CHANGE = 3.0  # WCAG 2.4.13: the ring changes what it covers by 3:1 at least ...
RING_BAND = 2  # ... over a band at least 2 px thick all round


def ring_change(window, widget: QWidget) -> float:
    """How much the ring changes the pixels it is drawn on, on the left and top edges: for
    each edge, the contrast between the focused and the unfocused picture that a band of
    RING_BAND ring pixels reaches; the lower edge counts. A dark ring on a dark button is
    drawn, and still cannot be seen."""
    palette = window.ctx.theme.palette
    ring = {QColor(palette.focus).rgb(), QColor(palette.focus_on_bar).rgb()}
    QApplication.processEvents()  # a dialog just opened is laid out before it is measured
    top = widget.window()  # grabbed there: a transparent button shows what is behind it
    area = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    focused_image = top.grab(area).toImage()
    widget.clearFocus()
    QApplication.processEvents()
    if widget.hasFocus():  # a dialog keeps the focus inside itself: give it to another stop
        others = [w for w in window.keypad.focusables() if w is not widget]
        if others:
            others[0].setFocus()
            QApplication.processEvents()
    plain_image = top.grab(area).toImage()
    focus_at(widget)
    QApplication.processEvents()
    # Only what shows counts: a long list scrolled into view may show neither its top nor
    # the middle of its left edge.
    shown = shown_part(widget)
    seen = QRect(widget.mapFromGlobal(shown.topLeft()), shown.size())
    depth = min(widget.width(), widget.height()) // 3
    edges = []
    if seen.left() == 0:
        edges.append([(x, seen.center().y()) for x in range(depth)])
    if seen.top() == 0:
        edges.append([(seen.center().x(), y) for y in range(depth)])
    reached = [1.0] if not edges else []
    for edge in edges:
        changes = sorted((contrast_ratio(QColor(focused_image.pixel(x, y)).name(),
                                         QColor(plain_image.pixel(x, y)).name())
                          for x, y in edge if focused_image.pixel(x, y) in ring), reverse=True)
        reached.append(changes[RING_BAND - 1] if len(changes) >= RING_BAND else 1.0)
    return min(reached)


def ring_against(window, widget: QWidget) -> float:
    """The ring against both what surrounds it and the control it rings: on the left and top
    edges as the window shows them, the ring's outer band against the pixel just outside the
    control and against the first pixel inside the band; the lowest of these."""
    QApplication.processEvents()
    top = widget.window()
    corner = widget.mapTo(top, QPoint(0, 0))
    image = top.grab(QRect(corner - QPoint(1, 1), widget.size() + QSize(1, 1))).toImage()
    shown = shown_part(widget)
    seen = QRect(widget.mapFromGlobal(shown.topLeft()), shown.size())
    depth = min(widget.width(), widget.height()) // 3
    lines = []
    if seen.left() == 0 and corner.x() > 0:
        lines.append([QColor(image.pixel(x + 1, seen.center().y() + 1)).name()
                      for x in range(-1, depth)])
    if seen.top() == 0 and corner.y() > 0:
        lines.append([QColor(image.pixel(seen.center().x() + 1, y + 1)).name()
                      for y in range(-1, depth)])
    ratios = []
    for outside, *line in lines:
        band = next((i for i, colour in enumerate(line) if colour != line[0]), len(line))
        ratios.append(contrast_ratio(outside, line[0]))
        if band < len(line):
            ratios.append(contrast_ratio(line[0], line[band]))
    return min(ratios, default=99.0)


def assert_focus_visible(window, what: str = "") -> QWidget:
    """The focus is on a control a visitor can use, on the screen, ringed."""
    widget = focused()
    assert widget is not None and widget is not window, f"{what}: no control has the focus"
    assert isinstance(widget, (QAbstractButton, QAbstractItemView)), \
        f"{what}: the focus is on {name(widget)}, no control"
    assert widget.isVisible() and widget.isEnabled(), f"{what}: {name(widget)} is hidden"
    whole = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    if isinstance(widget, QAbstractItemView):  # its current row shows, marked
        assert widget.currentIndex().isValid(), f"{what}: no row of {name(widget)} is marked"
        row = widget.visualRect(widget.currentIndex())
        whole = QRect(widget.viewport().mapToGlobal(row.topLeft()), row.size())
    part = shown_part(widget) & whole
    assert part.height() >= whole.height() // 2 and part.width() >= whole.width() // 2, \
        f"{what}: {name(widget)} is out of view"
    assert draws_ring(window, widget), f"{what}: {name(widget)} shows no focus ring"
    return widget


def press(qtbot, window, sequence: str, check: bool = True) -> int:
    """Press keypad keys (`"2 2 5"`), checking the visible focus after each one; returns how
    many keys were pressed."""
    count = 0
    for key in sequence.split():
        code, modifier = PAD[key]
        qtbot.keyClick(focused() or window, code, modifier)
        count += 1
        if check:
            assert_focus_visible(window, f"after key {count} ({key}) of {sequence!r}")
    return count
