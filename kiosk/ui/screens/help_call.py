"""Help: one tap calls an attendant; the screen then tells the truth at each step.

calling -> sent, waiting for the desk -> received by the desk (a console's receipt, not the
broker's word) -> "Kim is on the way" -> arrived -> done, with a cancel button. No
acknowledgement within 30 s: go to the desk or call its number (shown). When no call can reach
anyone (no broker, no console online), before or during a call, the dialog says so and shows
the desk's phone number instead; it never pretends. Beside a call an earlier visitor left
open, the dialog follows its own call by id: the one raised last may be the other visitor's.
"""
from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout

from kiosk.calls import visitor
from kiosk.calls.call import MAX_OPEN, NEEDS
from kiosk.directory.units import keep_keys
from kiosk.ui.widgets.basic import PhoneLabel, button, label
from kiosk.ui.widgets.layout_parts import clear_layout
from kiosk.ui.widgets.fitted_text import WrapButton
from kiosk.ui.widgets.overlays import Overlay


class HelpOverlay(Overlay):
    def __init__(self, ctx, window, calls):
        super().__init__(ctx, window)
        self.calls = calls
        self.call_id: str | None = None  # the call this opening of the dialog is about
        self.earlier = False  # that call was raised before this visit (someone else's)
        # Opened by the route's guide while no call could go: it offered the desk's phone and
        # the way there, and the dialog says so under the same words.
        self.desk_way = False
        self._ended: tuple[str, bool] | None = None  # (call id, closed unanswered), _expired
        self.phone = PhoneLabel(ctx.theme)
        self.phone.setAlignment(Qt.AlignCenter)
        self.waited = label(role="muted")
        self.waited.setAlignment(Qt.AlignCenter)
        self.need_title = label(role="heading")
        self.keys = label(role="muted")  # the keypad's keys, for whoever asked for help
        self.keys.setAlignment(Qt.AlignCenter)
        self.keys.setObjectName("HelpKeys")
        self.needs = {n: button(role="row", name=f"Need-{n}") for n in NEEDS}
        self.need_grid = QGridLayout()
        self.need_columns = 0  # set by _arrange_needs
        for need, b in self.needs.items():
            b.clicked.connect(lambda _=False, n=need: self._need_chosen(n))
        for widget in (self.phone, self.waited, self.need_title):
            self.body.addWidget(widget)
        self.body.addLayout(self.need_grid)
        self.body.addWidget(self.keys)
        self.cancel_button = button(name="CallCancel")
        self.cancel_button.clicked.connect(self._cancel)
        # Its words wrap where one line does not fit ("Close (the call stays on)" at 200 % in
        # portrait, stacked over Cancel, lost its C to the focus ring).
        self.close_button = button(role="primary", name="HelpClose", kind=WrapButton)
        self.close_button.clicked.connect(self.close_overlay)
        self.buttons.addWidget(self.cancel_button, 1)
        self.buttons.addWidget(self.close_button, 2)
        calls.changed.connect(self._changed)
        # Words change with the language and the chosen need's "✓": their width with them;
        # Close's words change as a call opens ("Close (the call stays on)").
        calls.changed.connect(self._arrange)
        ctx.session.language_changed.connect(self._arrange)

    def relayout(self) -> None:
        super().relayout()
        # At 200 % on a landscape screen the sheet is short for its words: at the dialogs'
        # spacing only two of the six needs showed above the fold; packed tighter, four do.
        theme = self.ctx.theme
        if self._packed():
            self.body.setSpacing(theme.px(8))
        self._arrange()

    def _packed(self) -> bool:
        return self.ctx.theme.zoom >= 2.0 and not self.ctx.theme.portrait

    def _arrange(self) -> None:
        self._arrange_needs()
        self.arrange_buttons()

    def _arrange_needs(self) -> None:
        """Three needs a row where they fit side by side, else two, else one (larger text)."""
        px = self.ctx.theme.px
        spacing = px(8 if self._packed() else 16)
        self.need_grid.setSpacing(spacing)
        # The panel's inside, less a scroll bar should one show.
        room = self.panel.width() - 2 * (px(40) + px(4)) - px(24)
        widest = max(b.sizeHint().width() for b in self.needs.values())
        columns = next((n for n in (3, 2) if n * widest + (n - 1) * spacing <= room), 1)
        if columns == self.need_columns:
            return
        self.need_columns = columns
        clear_layout(self.need_grid, keep_widgets=True)
        for i, b in enumerate(self.needs.values()):
            self.need_grid.addWidget(b, i // columns, i % columns)

    def open(self, desk_way: bool = False) -> None:
        """The tap on Help is the call: nothing more to choose before someone is alerted.
        Each tap starts clean: an earlier call's end says nothing about this one."""
        self.call_id, self.earlier, self.desk_way = None, self.calls.earlier, desk_way
        if self.calls.can_call or self.calls.open_call is not None:
            self.call_id = self.calls.call().id
        else:
            self.calls.refused()  # the report counts the visitor who could not call
        super().open()
        self._arrange()

    def spoken(self) -> str:
        return f"{super().spoken()} {self.keys.text()}"

    def _need_chosen(self, need: str) -> None:
        """The need, added to this visitor's call; chosen beside an earlier visitor's call, it
        is a call of this visitor's own, which the dialog then follows."""
        call = self.calls.refine(self.call_id, need)
        if self.earlier and call is not None and call.id != self.call_id:
            self.call_id, self.earlier = call.id, False
            self.retranslate()

    def _cancel(self) -> None:
        """Cancels this dialog's call by its id: the one raised last may be another
        visitor's (this one's closed at the desk just before the tap)."""
        call_id, self.call_id = self.call_id, None
        self.calls.cancel(call_id)
        self.close_overlay()

    def _changed(self) -> None:
        if self.isVisible():
            before = self.title.text()
            self.retranslate()
            if self.title.text() != before:  # a new step is spoken, the clock ticking is not
                self.ctx.voice.say(f"{self.title.text()}. {self.text.text()}")

    def retranslate(self) -> None:
        # This dialog's own call, not the one raised last: beside an earlier visitor's call
        # the one the visitor follows may close first, and must then say how it ended.
        s, call = self.ctx.session, self.calls.open_by_id(self.call_id)
        phone = self.ctx.desk_phone
        self.phone.setText(phone)
        self.keys.setText(keep_keys(s.tr("help.keys")))  # "0 home" on one line
        self.close_button.setText(s.tr("help.close.calling" if call else "help.close"))
        self.cancel_button.setText(s.tr("help.cancel"))
        self.cancel_button.setVisible(call is not None)
        self.need_title.setText(s.tr("help.need"))
        choosing = call is not None and call.state in ("raised", "delivered")
        self.need_title.setVisible(choosing)
        mine = call is not None and not self.earlier  # ✓ only on this visitor's need
        for need, b in self.needs.items():
            b.setText(("✓ " if mine and call.need == need else "")
                      + s.tr(f"need.{need}"))
            b.setVisible(choosing)
        self.waited.setVisible(call is not None)
        self.phone.setVisible(True)
        if call is None:
            if self.call_id is not None and self.earlier:  # not this visitor's to thank
                self.title.setText(s.tr("help.earlier.over"))
                self.text.setText("")
            elif self.call_id is not None and self._expired():  # closed unanswered
                self.title.setText(s.tr("help.expired"))
                self.text.setText(s.tr("help.go_to_desk"))
            elif self.call_id is not None:  # this dialog's call was resolved at the desk
                self.title.setText(s.tr("help.resolved"))
                self.text.setText("")
            else:
                reason = self.calls.reason
                self.title.setText(s.tr("route.guide_me.desk" if self.desk_way
                                        else "help.unavailable"))
                how = "help.desk_way.body" if self.desk_way else "help.go_to_desk"
                self.text.setText(f"{s.tr('help.' + reason) if reason else ''} "
                                  f"{s.tr(how)}".strip())
            return
        waited = int(time.time() - (call.time_of("raised") or time.time()))
        self.waited.setText(s.tr("help.waited", time=f"{waited // 60}:{waited % 60:02d}"))
        if self.earlier:
            self._tell_earlier(call)
        else:
            self._tell(call, self.calls.step_of(call))

    def _expired(self) -> bool:
        """This dialog's call ended with no answer (Call.expire), not at the desk: read once
        as it closes and kept, since the kiosk keeps a final state only a few minutes."""
        if self._ended is None or self._ended[0] != self.call_id:
            final = self.calls.ended(self.call_id)
            self._ended = (self.call_id, final is not None and any(
                event == "expired" for event, _at in final.events))
        return self._ended[1]

    def _tell_earlier(self, call) -> None:
        """A call raised before this visit: what is true of the kiosk (staff were called N
        minutes ago; who is coming), never that this visitor has waited or was answered."""
        s = self.ctx.session
        key, values = visitor.earlier_when(time.time() - (call.time_of("raised") or time.time()))
        self.title.setText(s.tr(key, **values))
        self.waited.setVisible(False)
        self.cancel_button.setVisible(False)  # not this visitor's to cancel
        # This visitor's own need is a call of its own (CallService.call), when one can go
        # and the kiosk has room for it (CallService.full: then MAX_OPEN calls are open).
        full = self.calls.full
        choosing = self.calls.can_call and not full
        self.need_title.setText(s.tr("help.earlier.own"))
        self.need_title.setVisible(choosing)
        for b in self.needs.values():
            b.setVisible(choosing)
        if call.state in ("acknowledged", "arrived"):
            told = self._named(f"help.earlier.{call.state}", call)
        else:
            told = f"{s.tr('help.earlier.waiting')} {s.tr('help.go_to_desk')}"
        phone = self.ctx.desk_phone
        if full:  # said before a tap, so none is wasted on a call that cannot go
            told = f"{told} {s.tr('help.earlier.full', n=MAX_OPEN, phone=phone)}"
        elif self.calls.own_refused:
            told = f"{told} {s.tr('help.earlier.own_refused', phone=phone)}"
        self.text.setText(told)

    def _named(self, key: str, call) -> str:
        """The sentence with the attendant's name, or its form without one: Korean puts
        직원 after a name ("김민지 직원이"), so a stand-in word would say it twice."""
        name = visitor.attendant_name(call)
        s = self.ctx.session
        return s.tr(key, name=name) if name else s.tr(f"{key}.unnamed")

    def _tell(self, call, step: str) -> None:
        """The open call's step (calls.visitor): only what the kiosk knows for certain."""
        s, phone = self.ctx.session, self.ctx.desk_phone
        if step in ("acknowledged", "arrived"):
            self.phone.setVisible(False)
            self.title.setText(self._named(f"help.{step}", call))
            self.text.setText("")
        elif step in (visitor.NO_BROKER, visitor.NO_CONSOLE):  # no desk can hear it now
            self.title.setText(s.tr("help.no_desk"))
            self.text.setText(f"{s.tr('help.' + step)} "
                              f"{s.tr('help.no_desk.body', phone=phone)}")
        elif step == visitor.ESCALATED:
            self.title.setText("⚠ " + s.tr("help.escalated"))
            self.text.setText(s.tr("help.escalated.body", phone=phone,
                                   n=self.calls.consoles_online))
        else:  # raised, delivered (the broker has it), received (a desk has it)
            self.phone.setVisible(False)
            self.title.setText(s.tr(f"help.{step}"))
            self.text.setText(s.tr(f"help.{step}.body"))
