"""Home: the charter's greeting and four large ways in (floors, people, search, services),
then today's opening hours (a tap to the week's hours, notices and events), the service
windows and the charter's pledges; under them all, the green and yellow cards
(screens/feedback.py). The closing question lies over its bottom edge: home_room.py keeps
its room."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.directory.charter_text import hours_line
from kiosk.directory.opening import next_change
from kiosk.ui.screens.home_room import QuestionRoom
from kiosk.ui.widgets.basic import Tile, label, scroll_area
from kiosk.ui.widgets.fold_gap import FoldGap
from kiosk.ui.widgets.pictograms import pictogram
from kiosk.ui.widgets.scroll_strip import more_below
from kiosk.ui.widgets.text_fit import shrink_to_fit

TILES = (  # (route, title key, subtitle key)
    (("floors",), "home.floors", "home.floors.sub"),
    (("people",), "home.people", "home.people.sub"),
    (("search",), "home.search", "home.search.sub"),
    (("services",), "home.services", "home.services.sub"),
)
LINKS = ((("notices",), "hours"), (("tables",), "tables"), (("pledges",), "pledges"))


class HomePage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.greeting = label(role="greeting")
        self.greeting.setAlignment(Qt.AlignCenter)
        self.building = label(role="muted")
        self.building.setAlignment(Qt.AlignCenter)
        self.note = label(role="muted")
        self.note.setAlignment(Qt.AlignCenter)
        self.tiles = []
        self._columns = 0
        self.grid = QGridLayout()
        for route, _title, _sub in TILES:
            tile = Tile(role="tile", name=f"Tile-{route[0]}")
            tile.clicked.connect(lambda _=False, r=route: ctx.navigate(r))
            self.tiles.append(tile)
        self.feedback = Tile(role="rowtile", name="Tile-feedback")
        self.feedback.clicked.connect(lambda: ctx.navigate(("feedback",)))
        self.links = QGridLayout()
        self.link_tiles = {}
        for route, name in LINKS:
            tile = Tile(role="rowtile", name=f"Tile-{name}")
            tile.clicked.connect(lambda _=False, r=route: ctx.navigate(r))
            self.link_tiles[name] = tile
        # The hours line changes at each opening and closing time and at midnight: a timer
        # set for the next such moment, not a poll.
        self.hours_timer = QTimer(self, singleShot=True)
        self.hours_timer.timeout.connect(self.refresh_hours)
        content = QWidget()
        self.layout_ = QVBoxLayout(content)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.greeting)
        self.layout_.addWidget(self.building)
        self.layout_.addStretch(1)
        self.layout_.addLayout(self.grid, 4)
        # What lies under the ways in, where the fold may cut (the greeting too, when it goes
        # under them): each block of it whole in the first view or starting under it.
        self.below = QVBoxLayout()
        self.below.setContentsMargins(0, 0, 0, 0)
        self.below.addLayout(self.links, 1)
        self.below.addWidget(self.feedback)
        self.below.addWidget(self.note)
        self.layout_.addLayout(self.below, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = scroll_area(content)  # magnified, the tiles scroll instead of shrink
        more_below(self.scroll, ctx)  # the cue, while the hours lie under the fold
        outer.addWidget(self.scroll)
        self.room = QuestionRoom(self)
        self.fold = FoldGap(content, self._clear_fold, self._clear_fold)
        ctx.theme.changed.connect(self.relayout)
        ctx.session.profile_changed.connect(self._profile_changed)  # bound: goes with it
        self.relayout()
        self.retranslate()

    def title(self) -> str:
        return self.ctx.session.tr("app.title")

    def relayout(self) -> None:
        """A new look: laid out afresh, then measured for the closing question's room."""
        self.room.restart()

    def make_room(self, step: int) -> None:
        """Laid out with `step` of home_room's steps taken (0: none)."""
        theme = self.ctx.theme
        self.fold.remove()  # out of the layouts rearranged here; placed again once laid out
        # Lowered, the band is shorter than the screen: tighter tiles keep all four in it.
        low = self._low = self.ctx.session.profile.low_position
        side = theme.capped_px(72)  # beside a title of 48 px, magnified as headlines are
        # At 200 % on a landscape screen beside the title alone, within its line's height:
        # beside both lines it took the width the second line needs (wrapped, the four ways
        # in no longer showed whole together, and English went to one column).
        by_title = not theme.portrait and theme.zoom >= 2.0
        for tile, (route, _title, _sub) in zip(self.tiles, TILES):
            tile.set_padding(theme.touch(36), theme.touch(10 if low else 20))
            # Known without reading: commercial wayfinding kiosks lead with pictograms.
            tile.set_icon(pictogram(route[0], theme.palette.primary_text, side),
                          theme.touch(16), by_title)
        for tile in (*self.link_tiles.values(), self.feedback):
            tile.set_padding(theme.touch(28), theme.touch(14))
        gap = theme.touch(28)
        self.grid.setSpacing(gap // 4 if step >= 2 else gap // 2 if low else gap)
        self.links.setSpacing(gap // 2)
        # The scroll bar's room is kept on the right at every look (home_room.py): it is taken
        # from the right margin, so the ways in sit in the middle of the screen, as wide as
        # they would be without it.
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        # The closing question's room is kept under everything: where home fits its view with
        # it, the question covers nothing; where it does not, home is laid out as tall as its
        # words need, never spread to the view's height (the fold's gap measures it so).
        self.layout_.setContentsMargins(gap * 2, gap, max(0, gap * 2 - bar),
                                        gap + self.room.height)
        self.room.show_bar()  # its room changed: the bar shows by what lies below it now
        self.layout_.setSpacing(gap // 2)
        self.below.setSpacing(gap // 2)
        self._columns = 0  # the words' sizes changed
        self._arrange()
        self._place_greeting(low or step >= 1)
        self._fit_subtitles(step >= 3)

    def _arrange(self) -> None:
        """On a landscape screen two columns where two tiles' titles fit side by side (their
        second lines may wrap), so at 200% all four ways in still show; else one column,
        as on a portrait screen, which has the height for it."""
        gap = self.grid.spacing()
        margins = self.layout_.contentsMargins()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        room = self.width() - bar - margins.left() - margins.right()
        padding = self.ctx.theme.touch(36) * 2
        landscape = not self.ctx.theme.portrait
        widest = max(tile.heading.sizeHint().width() + tile.icon_room() for tile in self.tiles) \
            + padding
        columns = 2 if landscape and 2 * widest + gap <= room else 1
        if self._columns == columns:
            return
        self._columns = columns
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
        # Two columns of one width, the room measured for above: sized by their words, the
        # one with the longest second line took width a title and its pictogram needed.
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        tiles = self.link_tiles
        if columns == 2:  # one row, the hours as wide as the other two: one key press more
            self.links.addWidget(tiles["hours"], 0, 0, 1, 2)
            self.links.addWidget(tiles["tables"], 0, 2)
            self.links.addWidget(tiles["pledges"], 0, 3)
            for column in range(4):
                self.links.setColumnStretch(column, 1)
        else:
            for row, name in enumerate(("hours", "tables", "pledges")):
                self.links.addWidget(tiles[name], row, 0)
            for column in range(4):
                self.links.setColumnStretch(column, 1 if column == 0 else 0)

    def _profile_changed(self, profile) -> None:
        """Lowered or raised: the tiles' spacing and the greeting's place (nothing else in
        a profile moves them, and the idle reset's own change should cost nothing here)."""
        if profile.low_position != self._low:
            self.relayout()

    def _fit_subtitles(self, one_line: bool) -> None:
        """Where the room is short, a way in's second line that wraps is set smaller (text_fit's
        shrinking, down to the 150 % size) where that keeps it on one line."""
        theme = self.ctx.theme
        for tile in self.tiles:
            sub = tile.subtitle
            font = QFont(sub.font())
            font.setPixelSize(theme.px(28))  # the style's size (tile-sub)
            # A pixel to spare: Qt wraps a line its metrics say fills the label exactly.
            size, width = font.pixelSize(), sub.width() - 2
            if one_line and QFontMetrics(font).horizontalAdvance(sub.text()) > width:
                small = QFont(font)
                small.setPixelSize(theme.capped_px(28))
                if QFontMetrics(small).horizontalAdvance(sub.text()) <= width:
                    size = shrink_to_fit(font, sub.text(), width, small.pixelSize()).pixelSize()
            sheet = f"font-size: {size}px;" if size < font.pixelSize() else ""
            if sub.styleSheet() != sheet:  # a style sheet set again would restyle the label
                sub.setStyleSheet(sheet)

    def _place_greeting(self, under: bool) -> None:
        """Lowered for a wheelchair, the band may hold the four ways in but not the greeting
        over them too (nor, where home makes room for the closing question, its view): the
        ways in come first, in view unscrolled; the greeting under."""
        for widget in (self.greeting, self.building):
            self.layout_.removeWidget(widget)
            self.below.removeWidget(widget)
        column, first = ((self.below, 0) if under
                         else (self.layout_, self.layout_.indexOf(self.grid) - 1))
        column.insertWidget(first, self.building)
        column.insertWidget(first, self.greeting)

    def _clear_fold(self) -> None:
        """Nothing under the ways in is cut at the fold, nor where the closing question's top
        would end the view: a block across either starts under the fold (widgets/fold_gap.py).
        The fold is the view's bottom at rest, whether the question shortens the view now or
        not, so nothing moves as it comes and goes."""
        self.layout_.activate()  # where the blocks lie now (a gap just taken out included)
        rest = self.scroll.viewport().height() + self.layout().contentsMargins().bottom()
        self.fold.clear([self.below], rest, self.ctx.theme.px(16), above=self.room.height)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.room.shown()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()
        self.room.place()
        if event.size().height() != event.oldSize().height():
            self.room.restart()

    def retranslate(self) -> None:
        s = self.ctx.session
        lang = s.language
        self.greeting.setText(s.tr("home.greeting"))
        building = self.ctx.directory.building
        self.building.setText(building.name.get(lang))
        self.note.setText(building.sample_note.get(lang))
        for tile, (_route, title, sub) in zip(self.tiles, TILES):
            tile.set_texts(s.tr(title), s.tr(sub))
        self.feedback.set_texts(s.tr("home.feedback"), s.tr("home.feedback.sub"))
        self.link_tiles["tables"].set_texts(s.tr("home.tables"), s.tr("home.tables.sub"))
        self.link_tiles["pledges"].set_texts(s.tr("home.pledges"), s.tr("home.pledges.sub"))
        self.refresh_hours()
        self._columns = 0  # the words' widths changed
        self._arrange()
        self.room.restart()

    def open(self) -> None:
        self.refresh_hours()

    def refresh_hours(self) -> None:
        """Today's hours of the directory's first hours entry (the library's main ones), with
        whether it is open now or when it opens next."""
        s, d = self.ctx.session, self.ctx.directory
        now = self.ctx.clock()
        if d.hours:
            line = hours_line(d.hours[0], d.closed_days, now, s.language, self.ctx.desk_phone)
        else:
            line = d.building.hours.get(s.language)
        self.link_tiles["hours"].set_texts(line or s.tr("home.hours"),
                                           s.tr("home.hours") if line else "")
        wait = (next_change(d.hours, now) - now).total_seconds()
        self.hours_timer.start(int(min(max(wait, 1), 86400) * 1000) + 500)
