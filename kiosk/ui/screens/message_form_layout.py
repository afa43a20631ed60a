"""How the message form is laid out for each orientation and text size: the fields and their
choices scroll beside the keys (landscape) or above them (portrait), Send under the keys."""
from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.layout_parts import clear_layout


def arrange(form) -> None:
    """The form's columns, gaps and choices for the theme's orientation and text size."""
    theme = form.ctx.theme
    px = theme.px
    touch = theme.touch
    # Landscape: the form beside the keys, Send under the keys where the visitor's hands
    # are. Portrait: the form above the keys, Send under them.
    for column in form.columns:  # both emptied first: a widget is in one layout only
        clear_layout(column, keep_widgets=True)
    if theme.portrait:
        _place(form, form.columns[0], form.scroll, form.keyboard, form.send_button)
    else:
        _place(form, form.columns[0], form.scroll)
        _place(form, form.columns[1], form.keyboard, form.send_button)
    form.body.setDirection(QBoxLayout.TopToBottom if theme.portrait
                           else QBoxLayout.LeftToRight)
    for box in form.boxes.values():
        box.set_padding(px(24), px(10))
    # Gaps by the screen, not the text size: magnified, the keys and Send need the room.
    form.body.setContentsMargins(touch(24), touch(12), touch(24), touch(12))
    form.body.setSpacing(touch(24))
    for column in form.columns:
        column.setSpacing(touch(12))
    form.form_box.setSpacing(touch(12))
    for grid in (form.purpose_grid, form.callback_grid):
        grid.setSpacing(touch(10))
    arrange_choices(form)


def _place(form, column: QVBoxLayout, *widgets: QWidget) -> None:
    """`column` (empty) holds `widgets` from its top: the form's scroll takes the height
    left, else the widgets keep theirs at the top."""
    for widget in widgets:
        column.addWidget(widget, 1 if widget is form.scroll else 0)
    if form.scroll not in widgets:
        column.addStretch(1)


def arrange_choices(form) -> None:
    """Choices two a row; one a row when magnified, where two would be cut."""
    columns = 1 if form.ctx.theme.zoom > 1.0 else 2
    for grid, buttons in ((form.purpose_grid, form.purpose_buttons),
                          (form.callback_grid, form.callback_buttons)):
        clear_layout(grid, keep_widgets=True)
        for i, (_key, b) in enumerate(buttons):
            grid.addWidget(b, i // columns, i % columns)
