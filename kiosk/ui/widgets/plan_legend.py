"""The key to a floor plan: each mark the plans draw (pictograms, badges, the grey of what
is no room, the route's marks) with its name in the visitor's language. The plans themselves carry no words, so one drawing serves
both languages; this strip says what the shapes mean, and only those its plan draws (no
"you are here" on a floor the kiosk is not on, no desk where there is none).

Drawn in the plans' colours (plan_ink: light, or turned over to dark in high contrast), so
the pictograms look as they do on the plan.
Entries flow onto more rows when the strip is narrow (portrait, larger text); given the room
it has (`most_height`: beside the plan, magnified) they stand in one column, or in the fewest
columns that keep the key within that room, words on two lines where the width asks it, else
in rows (key_layout.py).
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.widgets.key_layout import Spacing, beside, height_of, in_columns, in_rows
from kiosk.ui.widgets.plan_ink import ink
from kiosk.ui.widgets.plan_key_samples import PICTOGRAMS, keyed_sample
from kiosk.ui.widgets.plan_labels import key_mark
from kiosk.ui.widgets.text_fit import draw, lines_height
from kiosk.ui.widgets.view_spans import frame_edges
from kiosk.wayfinding.plan_colours import FILL, WALL

PLAN_ENTRIES = ("you_are_here", "legend.chosen", "legend.desk", "legend.elevator",
                "legend.stairs", "legend.toilet", "legend.accessible_toilet",
                "legend.entrance_steps", "legend.service")
ROUTE_ENTRIES = ("you_are_here", "legend.destination", "legend.chosen", "legend.route",
                 "legend.step_number", "legend.current_step", "legend.elevator", "legend.stairs",
                 "legend.toilet", "legend.accessible_toilet", "legend.desk",
                 "legend.entrance_steps", "legend.service")


class PlanLegend(QWidget):
    def __init__(self, ctx, entries=PLAN_ENTRIES, plan=None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries = entries  # in the key's order; those the plan draws are shown
        self.plan = plan
        self.keyed: list[tuple[int, str]] = []  # the plan's rooms shown by a letter
        self.most_height: int | None = None  # the room it has, where it has a limit
        self.whole = False  # never shorter than its entries need (`_keep_whole`)
        if plan is not None:
            plan.keyed_changed.connect(self.set_keyed)
            plan.marks_changed.connect(self._changed)
        sizing = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)
        ctx.session.language_changed.connect(self._changed)
        ctx.theme.changed.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self.setAccessibleName(", ".join(text for _key, text in self.texts()))
        self._keep_whole()
        self.updateGeometry()
        self.update()

    def set_most_height(self, height: int | None) -> None:
        """The room the key has (None: as tall as it needs, flowed into rows)."""
        if height != self.most_height:
            self.most_height = height
            self._keep_whole()
            self.updateGeometry()  # the layout keeps the heights it asked for before

    def set_keyed(self, keyed: list[tuple[int, str]]) -> None:
        """The plan's rooms too small for their names: their letters, named here."""
        self.keyed = list(keyed)
        self._changed()

    def texts(self) -> list[tuple[str, str]]:
        """(key, words) of each entry: the pictograms' the plan draws, then each keyed
        room's."""
        s = self.ctx.session
        drawn = self.plan.key_entries() if self.plan is not None else set(self.entries)
        return [(key, s.tr(key)) for key in self.entries if key in drawn] + \
            [(f"#{number}", name) for number, name in self.keyed]

    # -- geometry ----------------------------------------------------------------------------
    def _spacing(self) -> Spacing:
        px = self.ctx.theme.px
        metrics = QFontMetrics(self.ctx.theme.font(24))
        return Spacing(icon=px(36), gap=px(10), pad=px(14), line=max(px(40), metrics.height()),
                       row_gap=px(6), column_gap=px(28))

    def _places(self, width: int) -> list[tuple[str, QRectF, QRectF]]:
        """(key, pictogram box, text box) of each entry: flowed into rows `width` wide, or,
        given a `most_height`, in the fewest columns within it (key_layout.beside)."""
        space, font = self._spacing(), self.ctx.theme.font(24)
        if self.most_height is None:
            return in_rows(self.texts(), font, width, space)
        return beside(self.texts(), font, width, space, self.most_height)

    def widest(self, zoom: float | None = None) -> int:
        """The width its widest entry needs on a row of its own (none is then cut), in the
        text size `zoom` (the current one by default)."""
        theme = self.ctx.theme
        unit = theme.short_side / 1080 * (zoom or theme.zoom)

        def px(units: float) -> int:
            return max(1, round(units * unit))
        font = theme.font(24)
        font.setPixelSize(px(24))
        metrics = QFontMetrics(font)
        return max((px(36) + px(10) + metrics.horizontalAdvance(text)
                    for _key, text in self.texts()), default=0) + 2 * px(14) + 2

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return height_of(self._places(width), self._spacing())

    def sizeHint(self) -> QSize:
        return QSize(self.ctx.theme.px(900), self.heightForWidth(self.ctx.theme.px(900)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._keep_whole()

    def _keep_whole(self) -> None:
        """Kept `whole`, a key naming rooms by letter asks the height its entries need at its
        width as its least, as its width or its entries change: a layout would squeeze a key
        of a hundred keyed rooms to the room left under the plan (its height for its width
        is no minimum to Qt's layouts) and cut its rows; the page scrolls to them instead.
        The marks alone (a dozen at most) are given their room as they were."""
        need = self.heightForWidth(self.width()) if self.whole and self.keyed else 0
        if self.height() < need or self.minimumHeight() > need:
            self.setMinimumHeight(need)  # squeezed, or asking more than it needs now

    def minimumSizeHint(self) -> QSize:
        return QSize(self.ctx.theme.px(200), self.heightForWidth(self.width() or 900))

    def drawn_parts(self) -> list[QRect]:
        """Where it draws: its frame's edges (their rounded corners) and each entry; the
        blank inside its frame is ground for the "more below" cue (fold_cue.py)."""
        return frame_edges(self.rect(), self.ctx.theme.px(12)) + [
            icon.united(text).toAlignedRect() for _key, icon, text in self._places(self.width())]

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        theme = self.ctx.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(ink(theme, WALL), 1))
        painter.setBrush(ink(theme, FILL["hall"]))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5),
                                theme.px(12), theme.px(12))
        painter.setFont(theme.font(24))
        words = dict(self.texts())
        line = lines_height(theme.font(24), 1)
        for key, icon, text in self._places(self.width()):
            painter.setFont(theme.font(24))
            (PICTOGRAMS.get(key) or keyed_sample(key_mark(int(key[1:]))))(painter, icon, theme)
            painter.setPen(theme.color("plan_text"))
            painter.setFont(theme.font(24))
            # An entry wider than the whole strip is cut, and counted (text_fit).
            room = text.toRect()
            room.setRight(min(room.right(), self.width() - self.ctx.theme.px(14)))
            # In columns on two lines; a name wider than the strip on the lines it was given.
            draw(painter, room, words[key], Qt.AlignLeft | Qt.AlignVCenter,
                 max(1, int(text.height() // line)))
        painter.end()
