"""The staff screen over the window's content (lowered, the reach band): what the stick's
update would change, whether it can be applied, and the buttons to apply it, cancel it, roll
back or export.

A view only: staff/flow.py decides what it shows (`show_*`) and acts on its signals.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.bundle.problems import tally
from kiosk.bundle.report_lines import summary as summary_lines
from kiosk.directory.model import Text
from kiosk.ui.staff.change_list import ChangeListModel, change_view
from kiosk.ui.staff.problem_list import ProblemListModel, problem_view
from kiosk.ui.staff.versions import VersionsPanel
from kiosk.ui.widgets.basic import button, label, scroll_area
from kiosk.ui.widgets.dialog_focus import DialogFocus
from kiosk.ui.widgets.wrap_bar import WrapBar

def summary(changes, lang: str) -> str:
    return "\n".join(summary_lines(changes, lang))  # as the report on the stick says it


class StaffScreen(QWidget):
    apply_clicked = Signal()
    cancel_clicked = Signal()
    rollback_clicked = Signal()
    export_clicked = Signal()
    version_chosen = Signal(object)  # a VersionInfo
    versions_closed = Signal()

    def __init__(self, ctx, window, photos):
        super().__init__(window)
        self.ctx = ctx
        self.setObjectName("StaffScreen")
        self.setAttribute(Qt.WA_StyledBackground, True)
        s = ctx.session
        self.header = WrapBar("Header")
        self.title = label()
        self.title.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.lang_button = button(role="chrome", name="StaffLanguage")
        self.close_button = button(role="chrome", name="StaffClose")
        self.header.add(self.title, 1, min_width=1)
        self.header.add(self.lang_button)
        self.header.add(self.close_button)
        self.status = label(role="heading")
        self.status.setObjectName("StaffStatus")
        self.signed = label(role="fact")
        self.note = label(role="muted")
        self.note.setObjectName("StaffNote")
        self.note.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.progress = QProgressBar(objectName="StaffProgress", textVisible=False)
        self.progress.setRange(0, 0)  # how long a check takes is not known: busy, not a %
        self.summary = label(role="fact")
        self.summary.setObjectName("StaffSummary")
        self.changes_tab = button(role="tab", name="StaffChangesTab")
        self.problems_tab = button(role="tab", name="StaffProblemsTab")
        self.changes = ChangeListModel(s, self)
        self.problems = ProblemListModel(s, self)
        self.change_list = change_view(ctx.theme, s, self.changes, photos)
        self.problem_list = problem_view(ctx.theme, s, self.problems)
        self.versions = VersionsPanel(ctx)
        self.stack = QStackedWidget()
        for widget in (self.change_list, self.problem_list, self.versions):
            self.stack.addWidget(widget)
        self.actions = WrapBar("StaffActions")
        self.rollback_button = button(name="StaffRollback")
        self.export_button = button(name="StaffExport")
        self.cancel_button = button(name="StaffCancel")
        self.apply_button = button(role="primary", name="StaffApply")
        for widget, stretch in ((self.rollback_button, 1), (self.export_button, 1),
                                (self.cancel_button, 1), (self.apply_button, 2)):
            self.actions.add(widget, stretch)

        tabs = QHBoxLayout()
        tabs.addWidget(self.changes_tab)
        tabs.addWidget(self.problems_tab)
        # Signature, report and counts scroll when magnified text leaves too little room;
        # the status line, the buttons and at least one row of the list always show.
        details = QWidget(objectName="StaffDetails")
        self.details_layout = QVBoxLayout(details)
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.note, self.signed, self.summary):  # what just happened first
            self.details_layout.addWidget(widget)
        self.details = scroll_area(details)
        self.content = QVBoxLayout()
        for widget in (self.status, self.details, self.progress):
            self.content.addWidget(widget)
        self.content.addLayout(tabs)
        self.content.addWidget(self.stack, 1)
        self.content.addStretch(0)  # takes the space while the stack is hidden
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(self.content, 1)
        layout.addWidget(self.actions)
        self.tabs_shown = True
        self._texts: dict[str, tuple] = {}  # label name -> ((key, values), ...)

        self.lang_button.clicked.connect(s.toggle_language)
        self.close_button.clicked.connect(self.cancel_clicked)
        self.cancel_button.clicked.connect(self.cancel_clicked)
        self.apply_button.clicked.connect(self.apply_clicked)
        self.rollback_button.clicked.connect(self.rollback_clicked)
        self.export_button.clicked.connect(self.export_clicked)
        self.changes_tab.clicked.connect(lambda: self.show_tab(self.change_list))
        self.problems_tab.clicked.connect(lambda: self.show_tab(self.problem_list))
        self.versions.chosen.connect(self.version_chosen)
        self.versions.back.clicked.connect(self.versions_closed)
        s.language_changed.connect(self.retranslate)
        ctx.theme.changed.connect(self.relayout)
        # Lowered or raised while open: it follows the reach band, as the dialogs do.
        s.profile_changed.connect(lambda _p: self.isVisible() and self.place())
        window.installEventFilter(self)
        # Over the whole window: the keys start at its top and cannot reach the screen below.
        DialogFocus(self)
        self.hide()

    # -- placing ----------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if obj is self.parent() and event.type() == QEvent.Resize and self.isVisible():
            self.place()
        return False

    def place(self) -> None:
        """Over the window's content: in low-position mode, only over the reach band, so a
        member of staff in a wheelchair reaches Close, the language and every action."""
        self.setGeometry(self.parent().content_rect())
        self.relayout()

    def relayout(self) -> None:
        px, width = self.ctx.theme.px, self.width()
        self.content.setContentsMargins(px(40), px(24), px(40), px(16))
        self.content.setSpacing(px(14))
        self.details_layout.setSpacing(px(14))
        self.progress.setFixedHeight(px(24))
        self.header.arrange(width, px(16), px(20))
        self.actions.arrange(width, px(20), px(32))
        self._fit_details(width - 2 * px(40))

    def _fit_details(self, width: int) -> None:
        """The details get the height they need, or what is left once the status, the tabs,
        one row of the list and the buttons have theirs; never less than their first line."""
        px = self.ctx.theme.px
        on_versions = self.stack.currentWidget() is self.versions  # details beside the point
        shown = [] if on_versions else [w for w in (self.note, self.signed, self.summary)
                                        if not w.isHidden()]
        need = sum(w.heightForWidth(width) for w in shown) + px(14) * max(0, len(shown) - 1)
        taken = [self.header.sizeHint().height(), self.actions.sizeHint().height(),
                 px(24) + px(16), self.status.heightForWidth(width) if self.status.text()
                 else 0, self.progress.height() if self.progress.isVisibleTo(self) else 0,
                 self.changes_tab.sizeHint().height() if self.tabs_shown else 0,
                 self._one_row() if self.stack.isVisibleTo(self) else 0]
        room = self.height() - sum(taken) - px(14) * (sum(1 for t in taken[3:] if t) + 1)
        self.details.setVisible(bool(shown))
        line = shown[0].fontMetrics().lineSpacing() if shown else 0
        # Cut between lines, never through one: what is cut off is a scroll away.
        height = need if need <= room else line * max(1, room // line) if line else 0
        self.details.setFixedHeight(min(need, height))

    def _one_row(self) -> int:
        view, px = self.stack.currentWidget(), self.ctx.theme.px
        if view is self.versions or not view.model().rowCount():
            return px(180)
        return min(view.sizeHintForRow(0), px(320)) + 2 * view.frameWidth()

    def open(self) -> None:
        self.place()
        self.retranslate()
        self.show()
        self.raise_()

    def close_overlay(self) -> None:
        """Escape or the keypad's back key: as Close (refused while an apply runs)."""
        if self.close_button.isEnabled():
            self.cancel_clicked.emit()

    # -- what is shown ----------------------------------------------------------------------
    def show_tab(self, view: QWidget) -> None:
        self.stack.setCurrentWidget(view)
        # An empty list is not shown: no blank box under the message (after a roll-back).
        filled = view is self.versions or view.model().rowCount() > 0
        self.stack.setVisible(filled)
        self.content.setStretch(self.content.count() - 1, 0 if filled else 1)
        for tab, shown in ((self.changes_tab, self.change_list),
                           (self.problems_tab, self.problem_list)):
            tab.setProperty("current", "true" if view is shown else "false")
            tab.style().unpolish(tab)
            tab.style().polish(tab)

    def set_text(self, name: str, *parts: tuple[str, dict]) -> None:
        """Label `name` says the strings `parts` (key, values), again after a language change;
        no parts: the label is hidden."""
        self._texts[name] = parts
        self._render(name)
        self.relayout()

    def text_of(self, name: str) -> tuple:
        """The parts label `name` says (as given to set_text)."""
        return self._texts.get(name, ())

    def _render(self, name: str) -> None:
        parts = self._texts.get(name, ())
        widget = getattr(self, name)
        lang = self.ctx.session.language
        widget.setText("\n".join(  # a value said in both languages (a reason) in the screen's
            self.ctx.session.tr(key, **{k: v.get(lang) if isinstance(v, Text) else v
                                        for k, v in values.items()})
            for key, values in parts))
        widget.setVisible(bool(parts))

    def set_tabs_visible(self, visible: bool) -> None:
        self.tabs_shown = visible
        self.changes_tab.setVisible(visible)
        self.problems_tab.setVisible(visible)

    def set_buttons(self, apply: bool = False, cancel: bool = True, tools: bool = True,
                    apply_visible: bool = True) -> None:
        self.apply_button.setVisible(apply_visible)
        self.apply_button.setEnabled(apply)
        self.cancel_button.setVisible(cancel)
        self.rollback_button.setEnabled(tools)
        self.export_button.setEnabled(tools)
        self.close_button.setEnabled(cancel)
        self._name_cancel()
        self.relayout()

    def _name_cancel(self) -> None:
        # With no update waiting to be applied there is nothing to cancel: the button closes.
        key = "staff.cancel" if not self.apply_button.isHidden() else "staff.close"
        self.cancel_button.setText(self.ctx.session.tr(key))

    def retranslate(self) -> None:
        s = self.ctx.session
        self.title.setText(s.tr("staff.title"))
        self.lang_button.setText(s.tr("lang.switch"))
        self.lang_button.setAccessibleName(s.tr("lang.switch.name"))
        self.close_button.setText(s.tr("staff.close"))
        self._name_cancel()
        self.apply_button.setText(s.tr("staff.apply"))
        self.rollback_button.setText(s.tr("staff.rollback"))
        self.export_button.setText(s.tr("staff.export"))
        self.changes_tab.setText(s.tr("staff.tab.changes", n=len(self.changes.changes)))
        self.problems_tab.setText(s.tr("staff.tab.problems",
                                         n=sum(tally(self.problems.problems))))
        for name in self._texts:
            self._render(name)
        if self.summary.isVisibleTo(self):
            self.summary.setText(summary(self.changes.changes, s.language))
        self.versions.retranslate()
        self.relayout()
