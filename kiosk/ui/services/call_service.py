"""The kiosk's side of a call for an attendant, for the screens.

Wraps calls.kiosk_side.KioskAlerts (whose network thread reports changes) in a QObject: changes
reach the GUI thread as one signal, and a one-second timer lets the transport escalate a
call nobody acknowledged and the screen show how long the visitor has waited.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.calls import visitor
from kiosk.directory.model import EMPTY


class CallService(QObject):
    changed = Signal()
    attach_later = Signal(object)  # from the thread that started the transport
    # A screen's call button was tapped: the help dialog shows the call's progress, or, when
    # no call could go (True), the desk's phone and the way there, as the button said.
    show_requested = Signal(bool)
    _from_network = Signal()

    def __init__(self, alerts=None, parent=None):
        super().__init__(parent)
        self.alerts = alerts
        self._place = None  # (floor id, presence_message.Place) from a directory update
        # The calls open when the last visit ended: the kiosk cannot know whether its visitor
        # still waits (nobody touches the screen while waiting), so they stay open, but a new
        # visitor is told they were raised before them, not that they have waited since; what
        # the new visitor asks for (a need, a place to be taken to) is a call of their own.
        self._earlier_ids: set[str] = set()
        # This visitor's own request could not go while an earlier call was open: the help
        # dialog says so, with the desk's phone, beside what it tells of the earlier call.
        self.own_refused = False
        # The visitor who could not call is counted once a visit: the route's guide
        # ("Desk phone and way") opens Help, whose opening would count them again.
        self._refusal_counted = False
        self._from_network.connect(self.changed)
        self.attach_later.connect(self.attach)
        self.tick = QTimer(self, interval=1000)
        self.tick.timeout.connect(self._tick)
        if alerts is not None:
            self.attach(alerts)

    def attach(self, alerts) -> None:
        """Use this transport (the kiosk starts it after its first frame)."""
        self.alerts = alerts
        alerts.on_change = self._from_network.emit  # called from the network thread
        if self._place is not None:  # a directory update came while the transport started
            alerts.relocate(*self._place)
        self.tick.start()
        self.changed.emit()

    # -- what the screens ask ---------------------------------------------------------------
    @property
    def can_call(self) -> bool:
        """A call would reach a person now: connected, and a console is online to hear it."""
        a = self.alerts
        return a is not None and a.connected and a.consoles_online > 0

    @property
    def reason(self) -> str:
        """Why a call cannot be sent now ("" when it can), in the visitor's terms."""
        a = self.alerts
        if a is None:
            return "no_service"
        if not a.connected:
            return "no_broker"
        if a.consoles_online == 0:
            return "no_console"
        return ""

    @property
    def will_call(self) -> bool:
        """A tap on a call button raises a call or joins the open one (help_call.open,
        call_and_show); else it only gives the desk's phone, and the button says so."""
        return self.can_call or self.open_call is not None

    @property
    def consoles_online(self) -> int:
        """Attendant consoles heard online now (0 without a transport or a broker)."""
        return self.alerts.consoles_online if self.alerts is not None else 0

    @property
    def open_call(self):
        return self.alerts.open_call if self.alerts is not None else None

    @property
    def open_calls(self) -> list:
        """Every open call of the kiosk, the oldest first."""
        return self.alerts.open_calls if self.alerts is not None else []

    def open_by_id(self, call_id: str | None):
        """The call `call_id` while it is open (None once it closed): a dialog follows its
        own call, which need not be the one raised last."""
        return next((c for c in self.open_calls if c.id == call_id), None)

    @property
    def full(self) -> bool:
        """The kiosk has as many open calls as it may (calls.call.MAX_OPEN): a new
        visitor's own request cannot be a call of its own; the desk's phone can."""
        from kiosk.calls.call import MAX_OPEN  # not before home's first frame: asked later
        return len(self.open_calls) >= MAX_OPEN

    @property
    def earlier(self) -> bool:
        """The open call was raised before this visit began (help tells it as such)."""
        call = self.open_call
        return call is not None and call.id in self._earlier_ids

    @property
    def own_open(self) -> bool:
        """A call this visit raised is open: its visitor may be waiting for staff without
        touching the screen, so the visit is not ended without asking (IdleWatcher)."""
        return any(c.id not in self._earlier_ids for c in self.open_calls)

    def ended(self, call_id: str):
        """The final state of a call that closed in the last minutes (None: not known)."""
        return self.alerts.closed_call(call_id) if self.alerts is not None else None

    def new_visit(self) -> None:
        """A visit ended (idle reset, start over): the open calls now are earlier ones."""
        self._earlier_ids = {c.id for c in self.open_calls}
        self.own_refused = self._refusal_counted = False
        self.changed.emit()

    def step_of(self, call) -> str:
        """The step of `call` as read once: the open call may close on the link's thread
        between two reads of it."""
        a = self.alerts
        return visitor.step(call, a.connected, a.consoles_online)

    # -- what the visitor does ---------------------------------------------------------------
    def call(self, need: str = "", destination=EMPTY):
        """One call per visitor: a second tap returns the call already open (with the need
        and destination given now, if any). A need or a destination asked for while only an
        earlier visitor's call is open is this visitor's own: a new call, when one can go and
        the kiosk is not `full` (else it is refused, `own_refused`, and the earlier call is
        returned unchanged)."""
        own = self.earlier and bool(need or any(destination.both()))
        if own and (not self.can_call or self.full):
            self.refused(need, destination)
            self.own_refused = True
            self.changed.emit()
            return self.open_call
        call = self.alerts.call(need, destination, own=own)
        self.own_refused = self.own_refused and not own  # their request went after all
        self.changed.emit()
        return call

    def call_and_show(self, need: str, destination=EMPTY) -> None:
        """A screen's own call button (the route screen's "guide me"): the call, if one can
        be made, then the help dialog, which tells how it goes or gives the desk's phone and
        the way there (the words the button showed while no call could go)."""
        calling = self.will_call
        if calling:
            self.call(need, destination)
        else:
            self.refused(need, destination)
        self.show_requested.emit(not calling)

    def relocate(self, floor: str, place) -> None:
        """The kiosk's place after a directory update (its floor id, its
        presence_message.Place): the consoles hear it at once."""
        self._place = (floor, place)
        if self.alerts is not None:
            self.alerts.relocate(floor, place)

    def refused(self, need: str = "", destination=EMPTY) -> None:
        """The visitor asked for help and no call could go: recorded with its reason (the
        report counts it), when there is a transport to record it: no broker, no console
        online, or, a desk reachable, the kiosk `full` of open calls. Once a visit: its
        first refusal, with the need and place asked for then, is the visitor who could not
        call; their further taps until the visit ends are the same visitor."""
        if self.alerts is None or self._refusal_counted:
            return
        reason = self.reason or (visitor.FULL if self.full else "")
        if reason:
            self.alerts.refuse(reason, need, destination)
            self._refusal_counted = True

    def refine(self, call_id: str | None, need: str):
        """The need chosen in the help dialog about its call `call_id`: added to that call,
        never to another; chosen beside an earlier visitor's call, a call of this visitor's
        own (`call`). Returns the call it went to (None: `call_id` closed meanwhile)."""
        if call_id in self._earlier_ids:
            return self.call(need)
        call = self.alerts.refine(call_id, need)
        self.changed.emit()
        return call

    def cancel(self, call_id: str | None) -> None:
        """The help dialog's Cancel: its own call `call_id` only, never an earlier visitor's
        beside it (nothing, when `call_id` closed meanwhile)."""
        self.alerts.cancel(call_id)
        self.changed.emit()

    def _tick(self) -> None:
        self.alerts.check_escalation()
        if self.open_call is not None:
            self.changed.emit()  # the waiting time on screen moves on
