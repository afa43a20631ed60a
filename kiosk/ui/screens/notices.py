"""Opening hours, notices and this month's events: each place's hours today and for the week,
the closed days ahead, the notices up today, and the events of this month not yet over (an
event in a room is a tap from that room's card). Built again each time it is opened, with
the kiosk's clock, so yesterday's event is gone."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout

from kiosk.directory.charter_text import day_text, hours_line, month_text, notice_dates, week_text
from kiosk.directory.notices import current_notices, month_events
from kiosk.directory.opening import closed_dates
from kiosk.ui.screens.scrolled_page import ScrolledPage
from kiosk.ui.widgets.basic import Tile, label
from kiosk.ui.widgets.text_fit import breakable

CLOSED_DAYS_SHOWN = 6


class NoticesPage(ScrolledPage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.rebuild()

    def title(self) -> str:
        return self.ctx.session.tr("notices.title")

    def open(self) -> None:
        self.rebuild()

    def fill(self) -> None:
        now = self.ctx.clock()
        self._hours(now)
        self._notices(now.date())
        self._events(now.date())

    def _add(self, text: str, role: str, name: str = "") -> None:
        self.content.addWidget(self._label(text, role, name))

    @staticmethod
    def _label(text: str, role: str, name: str = ""):
        widget = label(text, role)
        if name:
            widget.setObjectName(name)
        return widget

    def _panel(self, lines: list[tuple[str, str, str]], grid: QGridLayout | None = None
               ) -> None:
        """A framed block of (text, role, object name) lines: one place's hours, one notice;
        into `grid` when given, else below the rest."""
        panel = QFrame()
        panel.setProperty("role", "panel")
        panel.setAttribute(Qt.WA_StyledBackground, True)
        box = QVBoxLayout(panel)
        touch = self.ctx.theme.touch
        box.setContentsMargins(touch(24), touch(14), touch(24), touch(14))
        box.setSpacing(touch(6))
        for text, role, name in lines:
            if text:
                box.addWidget(self._label(text, role, name))
        if grid is None:
            self.content.addWidget(panel)
        else:  # two columns when the screen is wide for its text, else one
            columns = 2 if self.window().width() >= self.ctx.theme.px(1500) else 1
            grid.addWidget(panel, grid.count() // columns, grid.count() % columns)

    def _hours(self, now) -> None:
        s, d = self.ctx.session, self.ctx.directory
        lang = s.language
        self._add(s.tr("hours.title"), "heading")
        if not d.hours:
            self._add(d.building.hours.get(lang) or s.tr("hours.none", phone=self.ctx.desk_phone),
                      "fact", "HoursNone")
        grid = QGridLayout()
        grid.setSpacing(self.ctx.theme.px(12))
        self.content.addLayout(grid)
        # One column (magnified, or portrait): each part of the week on a line of its own,
        # not a "·" left at a line's end where the words wrap.
        one_column = self.window().width() < self.ctx.theme.px(1500)
        for hours in d.hours:
            today = hours_line(hours, d.closed_days, now, lang, self.ctx.desk_phone, named=False)
            week = week_text(hours, lang)
            self._panel([(hours.name.get(lang), "rowtile-title", ""),
                         (today, "fact", "HoursToday"),
                         (week.replace(" · ", "\n") if one_column else week, "fact",
                          "HoursWeek")], grid)
        ahead = sorted((date, day) for date, day in closed_dates(d.closed_days).items()
                       if date >= now.date())[:CLOSED_DAYS_SHOWN]
        if ahead:
            self._panel([(s.tr("hours.closed_days"), "rowtile-title", "")] +
                        [(f"{day_text(date, lang)} {day.name.get(lang)}".strip(), "fact",
                          "ClosedDay") for date, day in ahead], grid)

    def _notices(self, today) -> None:
        s, lang = self.ctx.session, self.ctx.session.language
        self._add(s.tr("notices.notices"), "heading")
        shown = current_notices(self.ctx.directory.notices, today)
        if not shown:
            self._add(s.tr("notices.none"), "fact")
        for notice in shown:
            self._panel([(notice.title.get(lang), "rowtile-title", "NoticeTitle"),
                         (notice_dates(notice, lang), "rowtile-sub", ""),
                         (breakable(notice.text.get(lang)), "fact", "")])

    def _events(self, today) -> None:
        s, d = self.ctx.session, self.ctx.directory
        lang = s.language
        self._add(s.tr("notices.events", month=month_text(today, lang)), "heading")
        events = month_events(d.notices, today)
        if not events:
            self._add(s.tr("notices.no_events"), "fact")
        for event in events:
            room = d.room(event.room)
            when = notice_dates(event, lang)
            if room is not None:
                when = f"{when} · {s.tr('notices.place', place=room.name.get(lang))}"
            if room is None:  # nowhere to lead: read, not tapped
                self._panel([(event.title.get(lang), "rowtile-title", "EventTitle"),
                             (when, "rowtile-sub", ""), (breakable(event.text.get(lang)), "fact", "")])
                continue
            tile = Tile(role="rowtile", name="EventTile")
            # A number's range may break before its "~": "담당(02-3677-0331~0334)으로" is one
            # word to Qt, wider than a magnified portrait screen.
            tile.set_texts(event.title.get(lang),
                           "\n".join(t for t in (when, breakable(event.text.get(lang))) if t))
            tile.set_padding(self.ctx.theme.touch(24), self.ctx.theme.touch(12))
            tile.clicked.connect(lambda _=False, r=room.id: self.ctx.navigate(("card", "rooms", r)))
            self.content.addWidget(tile)
