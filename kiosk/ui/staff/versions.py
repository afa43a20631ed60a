"""The kept versions of the directory (the last 5), newest first: tap one, then confirm, to go
back to it. Each row and the question name what comes back: its number, when it was applied,
where it came from and how many staff it has. The version in use is shown but cannot be
chosen. Everything scrolls, Back included: with magnified text five versions are taller than
the screen, and "▼ More below" covers a row the view's bottom edge would cut."""
from __future__ import annotations

from datetime import datetime
from pathlib import PurePath

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.basic import Tile, button, label, scroll_area
from kiosk.ui.widgets.layout_parts import clear_layout
from kiosk.ui.widgets.more_below import MoreBelow


class VersionsPanel(QWidget):
    chosen = Signal(object)  # the VersionInfo to roll back to, once confirmed

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.items: list = []
        self.pending = None  # the version tapped, waiting for its confirmation
        self.tiles: list = []  # (version, its row)
        self.heading = label(role="heading")
        self.none = label(role="muted")
        self.rows = QVBoxLayout()
        self.question = label(role="heading")
        self.question.setObjectName("VersionsQuestion")
        self.question_detail = label(role="fact")
        self.confirm = button(role="primary", name="VersionsConfirm")
        self.refuse = button(name="VersionsRefuse")
        self.confirm.clicked.connect(self._confirmed)
        self.refuse.clicked.connect(lambda: self.ask(None))
        answers = QHBoxLayout()
        answers.addWidget(self.confirm)
        answers.addWidget(self.refuse)
        self.asking = QWidget(objectName="VersionsAsking")
        asking = QVBoxLayout(self.asking)
        asking.setContentsMargins(0, 0, 0, 0)
        asking.addWidget(self.question)
        asking.addWidget(self.question_detail)
        asking.addLayout(answers)
        self.asking.hide()
        self.back = button(name="VersionsBack")
        content = QWidget(objectName="VersionsContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.none)
        layout.addWidget(self.asking)
        layout.addLayout(self.rows)
        layout.addStretch(1)
        layout.addWidget(self.back)
        self.layout_ = layout
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.area = scroll_area(content)
        self.area.setObjectName("VersionsArea")
        outer.addWidget(self.area)
        self.more = MoreBelow(self.area, ctx.theme, lambda: ctx.session.tr("staff.more_below"))
        ctx.session.language_changed.connect(self.more.update)

    def set_versions(self, versions) -> None:
        self.items = sorted(versions, key=lambda v: v.number, reverse=True)
        self.pending = None
        self.retranslate()

    def ask(self, version) -> None:
        """Ask before rolling back to `version` (None: ask nothing)."""
        self.pending = version
        self._question()
        if version is not None:
            self.confirm.setFocus()
            # Once laid out, the question and its answers in view whole: magnified, it opened
            # under the fold with "Roll back" half hidden. At the view's top: scrolled only
            # as far as its answers, the title above it was sliced through its words.
            QTimer.singleShot(0, self, self._show_question)

    def _show_question(self) -> None:
        if self.pending is None:
            return
        bar, top = self.area.verticalScrollBar(), self.asking.y()
        if top > bar.maximum() and self.asking.geometry().bottom() < \
                self.area.viewport().height():
            # The view cannot scroll that far (the rows under the question are short), and
            # held at its end it would slice the heading: from the top, both show whole.
            top = 0
        bar.setValue(top)

    def _confirmed(self) -> None:
        version = self.pending
        self.ask(None)
        if version is not None:
            self.chosen.emit(version)

    def when(self, version) -> str:
        try:
            return datetime.fromisoformat(version.saved_at).astimezone().strftime(
                "%Y-%m-%d %H:%M")
        except ValueError:
            return version.saved_at

    def source(self, version) -> str:
        """Where a version came from: the stick's folder, or the directory the kiosk had
        before its first update."""
        s = self.ctx.session
        if version.source in ("", "demo"):
            return s.tr("staff.versions.source.demo")
        if "/" not in version.source and "\\" not in version.source:  # "import", ...
            return s.tr("staff.versions.source.before")
        parts = PurePath(version.source).parts
        return s.tr("staff.versions.source.stick", folder="/".join(parts[-2:]))

    def describe(self, version) -> tuple[str, str]:
        """(which version, when, from where and how many staff): a row's two lines, each
        wrapping."""
        s = self.ctx.session
        title = s.tr("staff.versions.number", number=version.number)
        if version.current:
            title = f"{title} · {s.tr('staff.versions.current')}"
        return title, s.tr("staff.versions.detail", when=self.when(version),
                           staff=version.counts.get("staff", 0)) + f" · {self.source(version)}"

    def retranslate(self) -> None:
        s, px = self.ctx.session, self.ctx.theme.px
        self.heading.setText(s.tr("staff.versions.title"))
        self.back.setText(s.tr("staff.versions.back"))
        earlier = [v for v in self.items if not v.current]
        self.none.setText(s.tr("staff.versions.none"))
        self.none.setVisible(not earlier)
        self.confirm.setText(s.tr("staff.versions.confirm.yes"))
        self.refuse.setText(s.tr("staff.versions.confirm.no"))
        clear_layout(self.rows)
        self.layout_.setSpacing(px(14))
        self.rows.setSpacing(px(12))
        self.tiles = []
        for item in self.items:
            row = Tile(role="rowtile", name=f"Version-{item.number}")
            row.set_texts(*self.describe(item))
            row.set_padding(px(28), px(12))
            row.clicked.connect(lambda _=False, v=item: self.ask(v))
            self.rows.addWidget(row)
            self.tiles.append((item, row))
        self._question()

    def _question(self) -> None:
        """The question about the version tapped, if any; the rows wait for its answer."""
        s, version = self.ctx.session, self.pending
        self.asking.setVisible(version is not None)
        if version is not None:
            self.question.setText(s.tr("staff.versions.confirm", number=version.number))
            self.question_detail.setText(s.tr(
                "staff.versions.confirm.detail", when=self.when(version),
                source=self.source(version), staff=version.counts.get("staff", 0)))
        for item, row in self.tiles:
            row.setEnabled(not item.current and version is None)
