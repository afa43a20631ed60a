"""What a painted list row lies on: the fill of the row the keys are on, and the rule that
ends every row: the kiosk's lists, the console's and the staff screen's (which fill their own
rows and draw only the rule).

The rule is drawn in the palette's `border` colour, at least 3:1 against the row and the gap
beside it in both palettes (non-text contrast, WCAG 1.4.11): a visitor with low vision sees
where one row ends and the next begins. It is a filled band of whole pixels, never an
antialiased line, which a half-pixel position spread over two rows of pixels at half its
colour (1.1:1 against the row)."""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QStyle


def rule_thickness(theme) -> int:
    """The rule's thickness: set by the screen, not the text, never under 2 px."""
    return max(2, theme.touch(2))


def paint_row_ground(painter, theme, option) -> None:
    """The row's fill where the keys are on it, and its rule along its bottom edge."""
    rect = option.rect
    if option.state & (QStyle.State_Selected | QStyle.State_HasFocus):
        painter.fillRect(rect, theme.color("primary_soft"))
    paint_rule(painter, theme, rect)


def paint_rule(painter, theme, rect: QRect) -> None:
    """The rule along the bottom edge of the row at `rect`."""
    thick = rule_thickness(theme)
    painter.fillRect(QRect(rect.left(), rect.bottom() - thick + 1, rect.width(), thick),
                     theme.color("border"))
