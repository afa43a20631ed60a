"""Every dialog of the kiosk opened in turn, for tests that look at what each one shows."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

STAFF_PIN = "2468"


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def each_dialog(window, alerts=None):
    """Opens each dialog over the current screen and yields (name, overlay) while it is open:
    the idle countdown, help (no one to call; with `alerts`, a FakeKioskAlerts with no console
    online, also while calling), the accessibility panel and the staff PIN pad."""
    idle = window.idle.overlay
    idle.remaining = window.idle.countdown_s
    idle.open()
    settle()
    yield "idle", idle
    idle.close_overlay()

    help_overlay = window.help_overlay
    help_overlay.open()
    settle()
    yield "help", help_overlay
    help_overlay.close_overlay()
    if alerts is not None:
        alerts.consoles_online = 1
        help_overlay.open()  # the open is the call: its needs and Cancel show
        settle()
        yield "help-calling", help_overlay
        help_overlay.cancel_button.click()
        alerts.consoles_online = 0

    panel = window.access_panel
    panel.open()
    settle()
    yield "access", panel
    panel.close_overlay()

    flow = window.staff_flow()
    if not flow.pin.is_set:
        flow.pin.set(STAFF_PIN)
    pad = flow.pad
    pad.open()
    for digit in STAFF_PIN:  # OK is usable from the fourth digit
        pad.press(digit)
    settle()
    yield "pin", pad
    pad.close_overlay()


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def shown_texts(overlay) -> list[QWidget]:
    """The labels and buttons with text that the dialog shows (a tile's lines are labels)."""
    return [w for w in overlay.panel.findChildren(QLabel) + overlay.panel.findChildren(
        QAbstractButton) if w.isVisibleTo(overlay) and w.text().strip()]


def on_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def lies_over(window, owner: QWidget, rect: QRect) -> QWidget | None:
    """The widget drawn over `rect` (on the window) of `owner`, or None: its centre and
    corners, 2 px in, each show `owner` or a child of it."""
    inset = QRect(rect).adjusted(2, 2, -2, -2)
    for point in (inset.center(), inset.topLeft(), inset.topRight(), inset.bottomLeft(),
                  inset.bottomRight()):
        over = window.childAt(point)
        if over is not None and over is not owner and not owner.isAncestorOf(over):
            return over
    return None


def clipped_by(widget: QWidget, top: QWidget) -> QWidget | None:
    """The first widget between `widget` and `top` (included) that cuts part of it off
    (a scroll area's view, a too small parent), or None when it shows whole."""
    rect = on_window(widget)
    parent = widget.parentWidget()
    while parent is not None:
        if not on_window(parent).contains(rect):
            return parent
        if parent is top:
            return None
        parent = parent.parentWidget()
    return None
