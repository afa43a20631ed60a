"""Consent before any personal data, as Korea's Personal Information Protection Act asks: the
purpose, the items collected, how long they are kept (the config's retention period), the right
to refuse and what refusing means. One step of the card flow, with two answers as signals, so a
shared consent screen can take its place without the flow changing."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.fill_scroll import FillScroll
from kiosk.ui.widgets.scroll_strip import more_below


class ConsentStep(QWidget):
    agreed = Signal()
    refused = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        # the days the data is kept at most (calls/keeping.py consent_days); None: the
        # retention period
        self.days: int | None = None
        self.heading = label(role="heading")
        self.body = label(role="fact")
        self.agree = button(role="primary", name="ConsentAgree")
        self.refuse = button(name="ConsentRefuse")
        self.agree.clicked.connect(self.agreed)
        self.refuse.clicked.connect(self.refused)
        self.row = QBoxLayout(QBoxLayout.LeftToRight)
        self.row.addWidget(self.refuse, 1)
        self.row.addWidget(self.agree, 1)
        # The words scroll where the screen is short (magnified, lowered); the answers stay
        # in view under them.
        words = QWidget()
        self.words = QVBoxLayout(words)
        self.words.setContentsMargins(0, 0, 0, 0)
        self.words.addWidget(self.heading)
        self.words.addWidget(self.body)
        self.words.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        area = FillScroll(words, "ConsentWords")
        more_below(area, self.ctx)
        box.addWidget(area, 1)
        box.addLayout(self.row)

    def retranslate(self) -> None:
        s = self.ctx.session
        self.heading.setText(s.tr("feedback.consent.title"))
        days = self.ctx.retention_days if self.days is None else self.days
        self.body.setText(s.tr("feedback.consent.body", days=days))
        self.agree.setText(s.tr("feedback.consent.agree"))
        self.refuse.setText(s.tr("feedback.consent.refuse"))

    def relayout(self, px, stacked: bool) -> None:
        """`stacked`: the answers one above the other (magnified text, a narrow screen)."""
        self.row.setDirection(QBoxLayout.TopToBottom if stacked else QBoxLayout.LeftToRight)
        self.row.setSpacing(px(24))
        self.layout().setSpacing(px(20))
        self.words.setSpacing(px(20))
