"""The card of one room, department, person, service or amenity: where it is, whom to call,
and taps onward to what is related (the room, its staff, its services)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QVBoxLayout, QWidget

from kiosk.directory.charter_text import hours_line, week_text
from kiosk.directory.paths import staff_photo
from kiosk.directory.same_place import twin_room_of
from kiosk.search.answers import answer
from kiosk.ui.widgets.answer_list import AnswerListModel, answer_view
from kiosk.ui.widgets.answer_row import PRESENCE_MARK, WAY_TABLES
from kiosk.ui.widgets.basic import Tile, button, label, scroll_area, set_accessible
from kiosk.ui.widgets.layout_parts import clear_layout
from kiosk.ui.widgets.photos import read_photo
from kiosk.ui.widgets.scroll_strip import more_below

ROUTED = WAY_TABLES  # what "show me the way" leads to: the same as on list rows
CARD_PEOPLE = 30  # the most people a department's card lists; a tap on shows them all


class CardPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.item = None
        self.table = ""
        self.card = QFrame(objectName="Card")
        self.card.setAttribute(Qt.WA_StyledBackground, True)
        self.content = QVBoxLayout(self.card)
        holder = QWidget()
        self.holder_layout = QVBoxLayout(holder)
        self.holder_layout.addWidget(self.card)
        self.holder_layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area = scroll_area(holder)
        more_below(area, ctx)
        outer.addWidget(area)
        ctx.theme.changed.connect(self._theme_changed)

    def _theme_changed(self) -> None:
        if self.isVisible():  # off view, the card is built again when it is next opened
            self.rebuild()

    def title(self) -> str:
        return self.item.name.get(self.ctx.session.language) if self.item else ""

    def open(self, table: str, item_id: str) -> None:
        self.table, self.item = table, self.ctx.directory.get(table, item_id)
        self.rebuild()

    def retranslate(self) -> None:
        self.rebuild()

    # -- building the card ------------------------------------------------------------------
    def rebuild(self) -> None:
        if self.item is None:
            return
        px, touch = self.ctx.theme.px, self.ctx.theme.touch
        # Magnified text on a narrow screen: the card keeps its width for the text. Above
        # and below, margins by the screen, not the text size: the height is for the way,
        # the message and the presence.
        side = px(40) if not self._narrow() else px(12)
        self.holder_layout.setContentsMargins(side, touch(16), side, touch(16))
        self.content.setContentsMargins(side, touch(24), side, touch(24))
        self.content.setSpacing(px(16))
        clear_layout(self.content)
        s, d, item = self.ctx.session, self.ctx.directory, self.item
        lang = s.language
        info = answer(d, self.table, item.id, lang)
        head = QBoxLayout(QBoxLayout.LeftToRight)
        head.setSpacing(touch(32))
        photo = self._photo() if self.table == "staff" else None
        if photo is not None:
            head.addWidget(photo, 0, Qt.AlignTop)
        titles = QVBoxLayout()
        kind = info.kind
        if self.table == "staff" and item.sample:
            kind = f"{kind} · {s.tr('sample.person')}"  # fictional people say so
        titles.addWidget(label(kind, "kind"))
        titles.addWidget(label(item.name.get(lang), "title"))
        if self.table == "staff":
            titles.addWidget(label(info.detail, "muted"))
            # Whether they are in, by the name: an away person's card is read for it.
            presence = label(f"{PRESENCE_MARK[item.presence]} "
                             f"{s.tr('presence.' + item.presence)}", "fact")
            presence.setObjectName("CardPresence")
            titles.addWidget(presence)
        titles.addStretch(1)
        head.addLayout(titles, 1)
        # The photo beside the name, and no larger magnified (a face needs no larger text):
        # "Show me the way", a message and whether the person is in stay on the first
        # screen at 200 %, in portrait and in the low position's band too.
        self.content.addLayout(head)
        if self.table in ROUTED and info.room_id:  # its room, or its department's
            way = button(f"➜ {s.tr('route.show')}", role="primary", name="ShowWayButton")
            way.clicked.connect(lambda: self.ctx.navigate(("route", self.table, self.item.id)))
            self.content.addWidget(way)
        elif self.table in ROUTED:  # no place on the plans: who can tell the way
            ask = label(s.tr("route.ask_desk", phone=self.ctx.desk_phone), "fact")
            ask.setObjectName("AskDesk")
            self.content.addWidget(ask)
        self._message_button()
        self.content.addLayout(self._facts(self._fact_rows(info)))
        self._in_charge()
        for heading, text in self._texts():
            if text:
                self.content.addWidget(label(s.tr(heading), "heading"))
                self.content.addWidget(label(text, "fact"))
        if self.table == "services" and item.items:
            self.content.addWidget(label(s.tr("card.processing"), "heading"))
            for step in item.items:
                times = s.tr("card.step_times", legal=step.legal_time.get(lang),
                             target=step.recommended_time.get(lang), fee=step.fee.get(lang))
                line = f"{step.name.get(lang)} — {times}"
                self.content.addWidget(label(line, "fact"))
        self._related()
        if self.table == "departments":
            self._people()

    def _message_button(self) -> None:
        """A person away or on leave, or a department: leave them a message (message_page)."""
        away = self.table == "staff" and self.item.presence in ("away", "leave")
        messages = self.ctx.messages
        if not (away or self.table == "departments") or messages is None or not messages.available:
            return
        s = self.ctx.session
        leave = Tile(role="rowtile", name="LeaveMessageButton")
        leave.set_texts(s.tr("message.button"), s.tr("message.button.sub"))
        leave.set_padding(self.ctx.theme.touch(24), self.ctx.theme.touch(12))
        leave.clicked.connect(lambda: self.ctx.navigate(("message", self.table, self.item.id)))
        self.content.addWidget(leave)

    def _photo(self):
        path = staff_photo(self.item.photo)
        if path is None:
            return None
        side = self.ctx.theme.touch(240)
        widget = label(wrap=False)
        image = read_photo(path, side)  # at the shown size: a camera's photo, fast
        if image is not None:
            widget.setPixmap(QPixmap.fromImage(image))
        widget.setFixedSize(side, side)
        set_accessible(widget, self.item.name.get(self.ctx.session.language))
        return widget

    def _fact_rows(self, info) -> list[tuple[str, str]]:
        s, item = self.ctx.session, self.item
        lang = s.language
        where = " · ".join(p for p in (info.floor, info.room if self.table != "rooms" else
                                       (f"{item.number}" if item.number else "")) if p)
        rows = [("card.floor", where)]
        if self.table == "staff":
            rows += [("card.position", item.position.get(lang)),
                     ("card.department", info.department),
                     ("card.extension", item.extension)]
        else:
            if self.table != "departments":
                rows.append(("card.department", info.department))
            rows += [("card.phone", getattr(item, "phone", "") or info.phone),
                     ("card.fax", getattr(item, "fax", ""))]
            hours = getattr(self._place() or item, "hours", None)
            if hours is not None:
                rows.append(("card.hours", self._room_hours() or hours.get(lang)))
        if self.table == "amenities":
            flags = [s.tr(k) for k, on in (("card.paid", item.paid),
                                           ("card.accessible", item.accessible)) if on]
            rows.append(("card.amenities", ", ".join(flags)))
        return [(s.tr(key), value) for key, value in rows if value]

    def _room_hours(self) -> str:
        """A room's hours from the hours table when an entry names it: today's, then the
        week's (the room's own text is the fallback)."""
        d, lang, place = self.ctx.directory, self.ctx.session.language, self._place()
        found = next((h for h in d.hours if place is not None and place.id in h.rooms), None)
        if found is None:
            return ""
        today = hours_line(found, d.closed_days, self.ctx.clock(), lang, self.ctx.desk_phone,
                           named=False)
        return f"{today}\n{week_text(found, lang)}"

    def _facts(self, rows) -> QGridLayout:
        grid = QGridLayout()
        px = self.ctx.theme.px
        grid.setHorizontalSpacing(px(24))
        grid.setVerticalSpacing(px(10))
        # Side by side when there is room; magnified on a narrow screen, name above value.
        stacked = self.window().width() < px(1100)
        for r, (name, value) in enumerate(rows):
            if stacked:
                grid.addWidget(label(name, "fact-name"), 2 * r, 0)
                grid.addWidget(label(value, "fact"), 2 * r + 1, 0)
            else:
                grid.addWidget(label(name, "fact-name"), r, 0, Qt.AlignTop)
                grid.addWidget(label(value, "fact"), r, 1)
        grid.setColumnStretch(grid.columnCount() - 1, 1)
        return grid

    def _texts(self) -> list[tuple[str, str]]:
        lang, item = self.ctx.session.language, self.item
        out = []
        if hasattr(item, "duties"):
            out.append(("card.duties", item.duties.get(lang)))
        description = getattr(self._place() or item, "description", None)
        if description is not None:
            out.append(("card.about", description.get(lang)))
        return out

    def _place(self):
        """The room the card is about: its own, or the one a department is found in under
        its name (directory/same_place.py: search's one answer for both says what the place's
        card would), else None."""
        if self.table == "rooms":
            return self.item
        if self.table == "departments":
            return self.ctx.directory.room(twin_room_of(self.ctx.directory, self.item))
        return None

    def _narrow(self) -> bool:
        """Text magnified so much that the screen is narrow for it (200% on a portrait one)."""
        return self.window().width() < self.ctx.theme.px(700)

    def _people(self) -> None:
        """The department's people (and its teams'), as the people list shows them: photo,
        name, position and presence; a tap opens the person's card, or the way to them."""
        people = self.ctx.directory.staff_in(self.item.id)
        if not people:
            return
        s = self.ctx.session
        self.content.addWidget(label(s.tr("card.people", n=len(people)), "heading"))
        model = AnswerListModel(self.ctx)
        # The card sizes each row it lists: a department of thousands listed all would
        # stall the screen; the rest are one tap on, in the people list, which sizes lazily.
        model.set_items(("staff", p.id, "") for p in people[:CARD_PEOPLE])
        # Each row ends in its way button, unless magnified text on a narrow screen would
        # leave the name too little room: the person's card then shows the way, one tap on.
        way = not self._narrow()
        view = answer_view(self.ctx, model, way=way, scrolls=False)
        view.setObjectName("CardStaffList")
        self.content.addWidget(view)
        if len(people) > CARD_PEOPLE:
            rest = Tile(role="rowtile", name="AllPeopleButton")
            rest.set_texts(s.tr("card.people.all", n=len(people)),
                           s.tr("card.people.more", shown=CARD_PEOPLE,
                                more=len(people) - CARD_PEOPLE))
            rest.set_padding(self.ctx.theme.px(24), self.ctx.theme.px(12))
            rest.clicked.connect(lambda: self.ctx.navigate(("staff", self.item.id)))
            self.content.addWidget(rest)

    def _in_charge(self) -> None:
        """A service's person in charge (민원행정실명제), right under where and whom to call:
        the person's card, one tap on, with photo, presence and the way; their duties say it
        is the right person."""
        s = self.ctx.session
        lang = s.language
        person = self.ctx.directory.staff_member(getattr(self.item, "person", None))
        if self.table != "services" or person is None:
            return
        text = s.tr("card.in_charge.person", name=person.name.get(lang),
                    position=person.position.get(lang))
        self._links("card.in_charge", [(text, ("card", "staff", person.id),
                                        person.duties.get(lang))])

    def _related(self) -> None:
        """Buttons onward: the room it is in, the people and services there."""
        s, d, item = self.ctx.session, self.ctx.directory, self.item
        lang = s.language
        links: list[tuple[str, list[tuple[str, tuple]]]] = []
        room_id = item.id if self.table == "rooms" else getattr(item, "room", None)
        room = d.room(room_id)
        if self.table != "rooms" and room is not None:
            links.append(("card.where", [(s.tr("card.show_room", room=room.name.get(lang)),
                                          ("card", "rooms", room.id))]))
        if self.table == "rooms":
            links.append(("card.services", [(sv.name.get(lang), ("card", "services", sv.id))
                                             for sv in d.services_in(item.id)]))
            people = d.staff_in_room(item.id)
            links.append(("card.staff", [(f"{p.name.get(lang)} · {p.position.get(lang)}",
                                          ("card", "staff", p.id)) for p in people[:12]]))
            links.append(("card.amenities", [(a.name.get(lang), ("card", "amenities", a.id))
                                              for a in d.amenities_in(item.id)]))
        for heading, targets in links:
            self._links(heading, targets)

    def _links(self, heading: str, targets: list[tuple]) -> None:
        """A heading, then a button for each (text, route[, details]) under it."""
        if not targets:
            return
        self.content.addWidget(label(self.ctx.session.tr(heading), "heading"))
        for text, route, *details in targets:
            link = Tile(role="rowtile")  # a long name wraps inside the button
            link.set_texts(text, *details)
            link.set_padding(self.ctx.theme.px(24), self.ctx.theme.px(12))
            link.clicked.connect(lambda _=False, r=route: self.ctx.navigate(r))
            self.content.addWidget(link)
