"""Dialogs drawn over the current screen (help, idle countdown): a dimmed backdrop and a
centred panel with large buttons. Children of the window, so they scale and translate with it.
The keys' focus goes into the dialog and back out with it (widgets/dialog_focus.py).

The panel never leaves the window's content rect (in low-position mode, the reach band): its
words and choices (`body`) sit in a FitScroll that scrolls when they do not fit, and its row of
buttons stays below it, always in view.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.basic import label
from kiosk.ui.widgets.dialog_focus import DialogFocus, usable
from kiosk.ui.widgets.fit_scroll import FitScroll
from kiosk.ui.widgets.layout_parts import widgets_in
from kiosk.ui.widgets.scroll_strip import more_below


class Overlay(QWidget):
    def __init__(self, ctx, window: QWidget):
        super().__init__(window)
        self.ctx = ctx
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.panel = QFrame(self, objectName="Dialog")
        self.panel.setAttribute(Qt.WA_StyledBackground, True)
        self.frame = QVBoxLayout(self.panel)
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.sheet = FitScroll(content, name="DialogSheet")
        more_below(self.sheet, ctx)
        self.buttons = QHBoxLayout()
        self.title = label(role="title")
        self.text = label(role="fact")
        for widget in (self.title, self.text):
            widget.setAlignment(Qt.AlignCenter)
            self.body.addWidget(widget)
        self.frame.addWidget(self.sheet, 1)
        self.frame.addLayout(self.buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.panel, 0, Qt.AlignHCenter)
        outer.addStretch(1)
        window.installEventFilter(self)
        ctx.session.language_changed.connect(self.retranslate)
        ctx.theme.changed.connect(self.relayout)
        ctx.session.profile_changed.connect(lambda _p: self.isVisible() and self._place())
        ctx.session.reset_requested.connect(self.hide)  # a new visitor sees no old dialog
        DialogFocus(self, self.first_control)  # takes, keeps and gives back the keys
        self.hide()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parent() and event.type() == QEvent.Resize:
            self._place()
        return False

    def _place(self) -> None:
        """Over the window's content: in low-position mode, only over the reach band."""
        window = self.parent()
        self.setGeometry(window.content_rect() if hasattr(window, "content_rect")
                         else window.rect())
        self.relayout()

    def relayout(self) -> None:
        theme = self.ctx.theme
        width = self.width()
        self.panel.setFixedWidth(min(width - theme.px(40), max(theme.px(900), width * 2 // 3)))
        pad = theme.px(40)
        self.frame.setContentsMargins(pad, pad, pad, pad)
        self.frame.setSpacing(theme.px(24))
        self.body.setSpacing(theme.px(24))
        self.buttons.setSpacing(theme.px(24))

    def arrange_buttons(self) -> None:
        """The row's buttons side by side where each gets room beside its words, else one over
        the other (200 % in portrait): squeezed to its words, a button's focus band touched
        its letters, and longer words ("Close (the call stays on)") were cut."""
        theme = self.ctx.theme
        row = widgets_in(self.buttons)
        row = [b for b in row if b is not None and not b.isHidden()]
        room = self.panel.width() - 2 * theme.px(40)
        need = sum(b.sizeHint().width() for b in row) + (len(row) + 1) * theme.px(24)
        self.buttons.setDirection(QBoxLayout.LeftToRight if need <= room
                                  else QBoxLayout.TopToBottom)

    def open(self) -> None:
        self._place()
        self.retranslate()
        self.show()
        self.raise_()
        self.ctx.voice.say(self.spoken())

    def spoken(self) -> str:
        """What speech says as the dialog opens."""
        return f"{self.title.text()}. {self.text.text()}"

    def first_control(self) -> QWidget | None:
        """Where the keys start when it opens: the row's main button (help: Close, which
        cannot end a call by mistake), else its first one."""
        row = widgets_in(self.buttons)
        row = [b for b in row if usable(b)]
        main = [b for b in row if b.property("role") == "primary"]
        return (main or row or [None])[0]

    def close_overlay(self) -> None:
        self.hide()  # the focus goes back to where it was before (DialogFocus)

    def mousePressEvent(self, event) -> None:
        """A touch on the dimmed screen beside the dialog closes it, as visitors expect."""
        if not self.panel.geometry().contains(event.position().toPoint()):
            self.close_overlay()

    def retranslate(self) -> None:  # overridden
        pass
