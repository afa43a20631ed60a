"""A route's steps one at a time: the current step in large words under its number ("Step 2
of 5"), and big Previous and Next buttons side by side under it, in reading order. Compact
(a short view: magnified, or lowered for a wheelchair), the number goes between the buttons,
where a page number sits, when the three fit across: a line less above the plan.

One step always shows whole, at every text size and on every screen: a list of every step
beside the plan ran under the footer at 200 %. The route screen follows the current step
with its map (the step's floor) and says it aloud when the visitor pages.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.basic import button, label, set_accessible
from kiosk.ui.widgets.text_fit import breakable_anywhere
from kiosk.wayfinding.route import Step


class StepPager(QWidget):
    step_changed = Signal(int)  # the visitor paged to this step (0 is the first)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.steps: tuple[Step, ...] = ()
        self.step = 0
        self.compact = False  # the number between the buttons, where they fit across
        self.number = label(role="kind")
        self.number.setObjectName("RouteStepNumber")
        self.text = label(role="fact")
        self.text.setObjectName("RouteStep")
        # The words at the top of a place as tall as the longest step's: the buttons under
        # them stay put while paging, so the same spot tapped twice pages twice.
        self.text.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.previous = button(name="RoutePreviousStep")
        self.next = button(role="primary", name="RouteNextStep")
        self.previous.clicked.connect(lambda: self.page_to(self.step - 1))
        self.next.clicked.connect(lambda: self.page_to(self.step + 1))
        self.buttons = QBoxLayout(QBoxLayout.LeftToRight)  # one over the other when narrow
        self.buttons.addWidget(self.previous)
        self.buttons.addWidget(self.next)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(self.number)
        self.box.addWidget(self.text)
        self.box.addLayout(self.buttons)
        ctx.theme.changed.connect(self.relayout)
        self.relayout()

    def set_compact(self, on: bool) -> None:
        if on != self.compact:
            self.compact = on
            self._arrange(self.width())

    def set_steps(self, steps, step: int = 0) -> None:
        """A new route (or the same in another language): shown from `step`."""
        self.steps = tuple(steps)
        self.step = max(0, min(step, len(self.steps) - 1))
        self._show()

    def page_to(self, step: int) -> None:
        """The visitor's choice of step (a button, a floor's tab): shown and announced."""
        step = max(0, min(step, len(self.steps) - 1))
        if step != self.step and self.steps:
            self.step = step
            self._show()
            self.step_changed.emit(step)

    def spoken(self) -> str:
        """The current step as speech says it: its number, then its words."""
        return f"{self.number.text()}. {self.text.text()}" if self.steps else ""

    def tallest(self, width: int) -> int:
        """The height the pager takes at `width` with its longest step: what the screen keeps
        for it, so that no step, however long, pushes its buttons out of view."""
        if not self.steps:
            return 0
        for widget in (self.number, self.text, self.previous, self.next):
            widget.ensurePolished()  # measured in the style's fonts, shown yet or not
        words = self._words_height(width)
        buttons = max(self.previous.sizeHint().height(), self.next.sizeHint().height())
        if not self._across(width, self._between(width)):
            buttons = 2 * buttons + self._gap(False)
        if self._between(width):
            return words + max(buttons, self.number.heightForWidth(width)) + self.box.spacing()
        return self.number.heightForWidth(width) + words + buttons + 2 * self.box.spacing()

    def _number_width(self) -> int:
        """The number's width with its longest words ("Step 12 of 12"): the buttons beside it
        keep their place while the visitor pages."""
        total = len(self.steps)
        words = self.ctx.session.tr("route.step_of", n=total, total=total)
        return self.number.fontMetrics().horizontalAdvance(words) + 2 * self.number.margin() + 4

    def _across(self, width: int, between: bool) -> bool:
        """Previous and Next (and the number, `between` them) fit side by side in `width`."""
        need = self.previous.sizeHint().width() + self.next.sizeHint().width() + \
            self._gap(between)
        if between:
            need += self._number_width() + self._gap(between)
        return need <= width or width <= 0

    def _gap(self, between: bool) -> int:
        """Between the buttons; narrower with the number between them, which keeps them
        apart as much."""
        return self.ctx.theme.px(8 if between else 16)

    def _between(self, width: int) -> bool:
        """The number goes between the buttons: compact, and the three fit across."""
        return self.compact and bool(self.steps) and self._across(width, True)

    def _words_height(self, width: int) -> int:
        """The height of the longest step's words at `width`, as the step's label breaks them."""
        lang, metrics = self.ctx.session.language, self.text.fontMetrics()
        margins = self.text.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2 * self.text.margin())
        return max(metrics.boundingRect(0, 0, inner, 0, Qt.TextWordWrap,
                                        breakable_anywhere(step.text.get(lang))).height()
                   for step in self.steps) + margins.top() + margins.bottom() + \
            2 * self.text.margin()

    def _show(self) -> None:
        s = self.ctx.session
        self.setVisible(bool(self.steps))
        if not self.steps:
            return
        self.number.setText(s.tr("route.step_of", n=self.step + 1, total=len(self.steps)))
        self.text.setText(self.steps[self.step].text.get(s.language))
        first, last = self.step == 0, self.step == len(self.steps) - 1
        # A button that ends its run hands its focus to the other, rather than to whatever
        # Qt's focus chain finds next on the screen.
        for going, other, ends in ((self.next, self.previous, last),
                                   (self.previous, self.next, first)):
            if ends and going.hasFocus() and not (first and last):
                other.setFocus()
            going.setEnabled(not ends)
        for widget, key in ((self.previous, "route.step_previous"),
                            (self.next, "route.step_next")):
            widget.setText(s.tr(key))
            set_accessible(widget, s.tr(f"{key}.name"))  # the arrows are not read aloud
        self._arrange(self.width())

    def relayout(self) -> None:
        self.box.setSpacing(self.ctx.theme.px(10))
        self._arrange(self.width())

    def _arrange(self, width: int) -> None:
        """The buttons side by side (Previous on the left, as keys and reading go) where
        both fit, else Previous over Next; above them, room for the longest step; the number
        over the words, or between the buttons (compact)."""
        if self.steps and width > 0:
            self.text.ensurePolished()
            self.text.setMinimumHeight(self._words_height(width))
        between = self._between(width)
        if between != (self.buttons.indexOf(self.number) >= 0):
            self.box.removeWidget(self.number)
            self.buttons.removeWidget(self.number)
            if between:
                self.number.setMinimumWidth(self._number_width())
                self.number.setAlignment(Qt.AlignCenter)
                self.buttons.insertWidget(1, self.number)
            else:
                self.number.setMinimumWidth(0)
                self.number.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
                self.box.insertWidget(0, self.number)
        elif between:
            self.number.setMinimumWidth(self._number_width())  # another route, another total
        across = self._across(width, between)
        self.buttons.setSpacing(self._gap(between))
        self.buttons.setDirection(QBoxLayout.LeftToRight if across else QBoxLayout.TopToBottom)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())
