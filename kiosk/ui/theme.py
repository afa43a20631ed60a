"""One palette and one scale for every screen.

Sizes are given in design units (1 unit = 1 px on a screen whose short side is 1080 px) and
multiplied by the visitor's magnification, so a single number changes the whole kiosk.
Fonts come only from the stylesheet (a stylesheet font rule would override setFont()).
List views get no font-size rule: one on a QListView stops QScroller from passing taps on
to its rows (lists paint their own text through the delegate, sized from this theme).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

CAPPED_ZOOM = 1.5  # the largest magnification of bars and headlines (see Theme.capped_px)
FONT_FAMILIES = ("NanumBarunGothic", "NanumGothic", "Noto Sans CJK KR", "sans-serif")


@dataclass(frozen=True)
class Palette:
    background: str = "#f5f3ee"
    surface: str = "#ffffff"
    surface_alt: str = "#ebe7df"
    text: str = "#1d1d1f"
    text_muted: str = "#4f4a45"
    primary: str = "#1f4e79"
    primary_text: str = "#ffffff"
    primary_soft: str = "#dce8f3"
    help: str = "#b3261e"
    help_text: str = "#ffffff"
    border: str = "#8a8278"
    focus: str = "#1d1d1f"  # focus ring against the page background
    # focus ring on the header and footer; inside the dark ring of a tile (a second band) or
    # of a primary button, the chosen tab or keyboard mode (their fill while focused): the dark
    # ring stands out from the page, this from the control's own `primary` fill
    focus_on_bar: str = "#f2c94c"
    presence_in: str = "#1b6e3a"
    presence_away: str = "#8a5a00"
    presence_leave: str = "#5a5a5a"
    marker: str = "#b3261e"
    highlight: str = "#f2c94c"
    highlight_text: str = "#1d1d1f"  # words on the highlight (the console's unanswered calls)
    # The plans and their key: drawn as their files colour them, light, or with every colour
    # turned over (kiosk.wayfinding.plan_dark): dark rooms in light outlines.
    plans_dark: bool = False
    plan_text: str = "#1d1d1f"  # room names over the plan's fills (dark on light ones)
    # "you are here" on the plans and their key: 3:1 against every fill, with words on it
    # (white on a dark pin, black on a light one: floorplan.tag_words)
    plan_marker: str = "#b3261e"
    plan_destination: str = "#1b6e3a"  # the destination's pin and tag
    # the route's line and its steps' discs, in a casing of the other lightness that keeps it
    # clear of walls and pins; the steps' numbers are written in the casing's colour
    plan_route: str = "#094bb5"
    plan_casing: str = "#ffffff"
    plan_step_edge: str = "#111111"  # round the current step's yellow mark (step_mark.py)
    # the cards' stripes, inside the card's border: 3:1 against the page beside them and
    # against the focus ring round the card (mid-tones between the light page and the dark
    # ring; dark between the high-contrast palette's black and its light ring). Yellow
    # cannot be 3:1 against a light page and still look yellow: its stripe is yellow inside
    # an edge that keeps the 3:1 (card_yellow_edge), in both palettes.
    card_green: str = "#3c8d40"
    card_yellow: str = "#f2c94c"
    card_yellow_edge: str = "#806600"


NORMAL = Palette()

# Yellow and white on black: a separate palette, not overrides scattered over screens.
# (primary_soft, a selected row's fill: dark enough that the alert colour's words on it, an
# overdue message's due time at the desk console, keep 7:1.)
HIGH_CONTRAST = Palette(
    background="#000000", surface="#000000", surface_alt="#1a1a1a", text="#ffffff",
    text_muted="#e6e6e6", primary="#ffd400", primary_text="#000000", primary_soft="#262000",
    help="#ff8a80", help_text="#000000", border="#ffffff", focus="#00e5ff",
    focus_on_bar="#000000",
    presence_in="#7ee787", presence_away="#ffd400", presence_leave="#d0d0d0",
    marker="#ff8a80", highlight="#ffd400", highlight_text="#000000", card_green="#1b6e3a",
    card_yellow="#ffd400", card_yellow_edge="#806600",
    # dark plans: white names, light pins and route with black words and casing, each 3:1
    # at least against the darkest and the lightest room fill (7:1 for the words)
    plans_dark=True, plan_text="#ffffff", plan_marker="#ff8a80", plan_destination="#7ee787",
    plan_route="#5cb8ff", plan_casing="#000000", plan_step_edge="#6e6e6e",
)
# The plans' tags ("you are here", the destination): their words on them, in every palette.
TAG_FILLS = ("plan_marker", "plan_destination")

# Every (text, background) pair the screens draw, for the contrast check.
TEXT_PAIRS = (
    ("text", "background"), ("text", "surface"), ("text_muted", "background"),
    ("text_muted", "surface"), ("primary_text", "primary"), ("help_text", "help"),
    ("primary", "surface"), ("primary", "background"), ("text", "primary_soft"),
    ("text", "surface_alt"), ("presence_in", "surface"), ("presence_away", "surface"),
    ("presence_leave", "surface"), ("primary_text", "text_muted"), ("surface", "marker"),
    ("text_muted", "surface_alt"),  # a disabled button's words
    ("highlight_text", "highlight"),
    ("primary_text", "text"),  # a pressed tile
    ("text", "focus_on_bar"),  # a focused primary button, chosen tab or keyboard mode
)
# Focus rings and borders against what surrounds them (3:1 is enough for non-text).
NON_TEXT_PAIRS = (("focus", "background"), ("focus", "surface"), ("focus_on_bar", "primary"),
                  ("focus_on_bar", "help"), ("focus", "surface_alt"),
                  ("marker", "surface"),
                  ("primary_text", "primary"),  # the help button's edge on the bars
                  ("card_green", "background"), ("card_yellow_edge", "background"),  # stripes
                  ("card_yellow_edge", "surface"), ("card_yellow_edge", "card_yellow"),
                  ("focus", "card_green"), ("focus", "card_yellow_edge"),
                  ("border", "background"), ("border", "surface"),  # a scroll track's edge
                  ("text_muted", "surface_alt"))  # a scroll handle on its track


class Theme(QObject):
    """The current palette, magnification and screen shape; `changed` when any of them moves."""

    changed = Signal()

    def __init__(self, palette: Palette = NORMAL, parent: QObject | None = None):
        super().__init__(parent)
        self.palette = palette
        self.zoom = 1.0
        self.short_side = 1080
        self.portrait = False

    # -- inputs ----------------------------------------------------------------------------
    def set_look(self, zoom: float, palette: Palette) -> None:
        if (zoom, palette) != (self.zoom, self.palette):
            self.zoom, self.palette = zoom, palette
            self.changed.emit()

    def set_screen(self, width: int, height: int) -> None:
        short, portrait = min(width, height), height > width
        if (short, portrait) != (self.short_side, self.portrait):
            self.short_side, self.portrait = short, portrait
            self.changed.emit()

    # -- outputs ---------------------------------------------------------------------------
    @property
    def unit(self) -> float:
        return self.short_side / 1080 * self.zoom

    def px(self, units: float) -> int:
        return max(1, round(units * self.unit))

    def touch(self, units: float) -> int:
        """A touch target's least size or a padding: set by the screen, not the text size.
        Magnified words make a control larger anyway; padding magnified too would leave
        room for one tile at 200%."""
        return max(1, round(units * self.short_side / 1080))

    def capped_px(self, units: float) -> int:
        """Sizes of the header and footer and of headlines, already large: magnified as the
        screen's text up to CAPPED_ZOOM. At 200% the bars then keep one row each (help stays
        large and red; its words at 54 px) and the screen keeps three quarters of the height
        for what the visitor came for."""
        return max(1, round(units * self.short_side / 1080 * min(self.zoom, CAPPED_ZOOM)))

    def color(self, name: str) -> QColor:
        return QColor(getattr(self.palette, name))

    def font(self, units: float, bold: bool = False) -> QFont:
        """A font for custom painting (delegates, the floor plan), sized like the stylesheet's."""
        font = QFont(list(FONT_FAMILIES[:-1]))
        font.setPixelSize(self.px(units))
        font.setBold(bold)
        return font

    @staticmethod
    def use_kiosk_font() -> None:
        """The application's font in the kiosk's families (its size as it was). Text measured
        before the style sheet reaches a widget, or drawn where no rule applies, was in the
        platform's default (DejaVu Sans), and Qt loaded a Hangul fallback face for it,
        NanumGothic: 3.2 MB of a font file mapped beside the kiosk's own two faces."""
        font = QApplication.font()
        font.setFamilies(list(FONT_FAMILIES[:-1]))
        QApplication.setFont(font)

    def stylesheet(self) -> str:
        p, px, touch, bar = self.palette, self.px, self.touch, self.capped_px
        ring = px(6) - px(2)  # a focus ring's width over a bar button's border
        families = ", ".join(f'"{f}"' if " " in f or f[0].isupper() else f for f in FONT_FAMILIES)
        return f"""
        QWidget {{ font-family: {families}; color: {p.text}; }}
        QLabel, QAbstractButton {{ font-size: {px(30)}px; }}
        #KioskWindow, #StaffScreen, QScrollArea, QScrollArea > QWidget > QWidget {{
            background: {p.background}; }}
        QLabel[role="greeting"] {{ font-size: {bar(64)}px; font-weight: bold; }}
        QLabel[role="title"] {{ font-size: {bar(48)}px; font-weight: bold; }}
        QLabel[role="heading"] {{ font-size: {px(36)}px; font-weight: bold; }}
        QLabel[role="muted"] {{ color: {p.text_muted}; }}
        QLabel[role="fact-name"] {{ color: {p.text_muted}; font-size: {px(26)}px; }}
        QLabel[role="fact"] {{ font-size: {px(32)}px; }}
        QLabel[role="kind"] {{ color: {p.primary}; font-size: {px(26)}px; font-weight: bold; }}
        QLabel[role="query"] {{ background: {p.surface}; border: {px(3)}px solid {p.primary};
            border-radius: {px(12)}px; padding: {px(10)}px {px(20)}px; font-size: {px(40)}px; }}
        QLabel[role="query"][empty="true"] {{ color: {p.text_muted}; font-size: {px(30)}px; }}
        QLabel[role="query"][focused="true"] {{ border: {px(6)}px solid {p.focus};
            padding: {px(10) - px(6) + px(3)}px {px(20) - px(6) + px(3)}px; }}
        #Header, #Footer {{ background: {p.primary}; }}
        #Header QLabel {{ color: {p.primary_text}; font-size: {bar(36)}px; font-weight: bold; }}
        #Card, QFrame[role="panel"] {{ background: {p.surface}; border: 1px solid {p.border};
            border-radius: {px(16)}px; }}
        QPushButton {{ background: {p.surface}; color: {p.text}; border: {px(2)}px solid {p.border};
            border-radius: {px(14)}px; padding: {touch(12)}px {touch(20)}px;
            min-height: {touch(72)}px;
            font-size: {px(30)}px; }}
        QPushButton:pressed {{ background: {p.primary_soft}; }}
        QPushButton[role="tile"] {{ background: {p.primary}; color: {p.primary_text};
            border: none; border-radius: {px(24)}px; padding: 0px; }}
        QPushButton[role="tile"]:pressed {{ background: {p.text}; }}
        QLabel[role="tile-title"] {{ color: {p.primary_text}; font-size: {px(48)}px;
            font-weight: bold; }}
        QLabel[role="tile-sub"] {{ color: {p.primary_text}; font-size: {px(28)}px; }}
        QLabel[role="guide-title"] {{ color: {p.primary_text}; font-size: {bar(48)}px;
            font-weight: bold; }}
        QLabel[role="guide-sub"] {{ color: {p.primary_text}; font-size: {bar(28)}px; }}
        QPushButton[role="rowtile"] {{ padding: 0px; }}
        QLabel[role="rowtile-title"] {{ font-size: {px(36)}px; font-weight: bold; }}
        QLabel[role="rowtile-sub"] {{ color: {p.text_muted}; font-size: {px(26)}px; }}
        QLabel[role="note-title"] {{ font-size: {px(30)}px; font-weight: bold; }}
        QPushButton[role="row"] {{ text-align: left; padding: {touch(16)}px {touch(28)}px; }}
        QPushButton[role="row"][face="true"] {{ padding: 0px; }}
        QPushButton[role="chrome"] {{ background: transparent; color: {p.primary_text};
            border: {px(2)}px solid {p.primary_text}; font-size: {bar(30)}px; font-weight: bold;
            padding: {touch(4)}px {bar(20)}px; }}
        QPushButton[role="chrome"]:pressed {{ background: {p.primary_soft}; color: {p.text}; }}
        QLabel[role="help-title"] {{ color: {p.help_text}; font-size: {bar(36)}px;
            font-weight: bold; qproperty-alignment: AlignCenter; }}
        QLabel[role="help-sub"] {{ color: {p.help_text}; font-size: {bar(24)}px;
            qproperty-alignment: AlignCenter; }}
        QPushButton[role="primary"] {{ background: {p.primary}; color: {p.primary_text};
            border: none; font-size: {px(36)}px; font-weight: bold; }}
        /* Help's Close is keys' first stop: its border is its fill until focus rings it, so
           the ring takes none of the room its words were wrapped to. */
        #HelpClose {{ border: {px(6)}px solid {p.primary}; }}
        #HelpClose:focus {{ border-color: {p.focus}; }}
        QPushButton[role="help"] {{ background: {p.help}; color: {p.help_text};
            border: {px(2)}px solid {p.primary_text};
            font-size: {bar(36)}px; font-weight: bold; padding: {touch(4)}px {bar(20)}px; }}
        QPushButton[role="key"] {{ font-size: {px(32)}px; min-height: {touch(64)}px;
            max-height: {px(120)}px;
            padding: 0px; border-radius: {px(10)}px; }}
        QPushButton[role="key"][special="true"] {{ background: {p.surface_alt};
            font-size: {px(28)}px; }}
        QPushButton[role="key"][mode="true"] {{ background: {p.primary}; color: {p.primary_text}; }}
        QPushButton[role="tab"][current="true"] {{ background: {p.primary};
            color: {p.primary_text}; }}
        #StaffChangesTab, #StaffProblemsTab {{ min-height: {px(52)}px; padding: {px(6)}px; }}
        /* A list keeps its focus ring's width inside its edge, focused or not: Qt lays its
           rows out once, and rows laid out inside a 1 px border scrolled under the ring. */
        QListView {{ background: {p.surface}; border: 1px solid {p.border};
            border-radius: {px(12)}px; padding: {px(6) - 1}px; }}
        /* A track that shows where it runs (its edge, as thick as a button's, 3:1 against a
           page, a card or a dialog's sheet: its fill alone was 1.1:1 on the page and white
           on white in help), a handle that stands out of it (7:1; it was 3.07:1), and no
           taller than it must be: a short view's track keeps room under it for the arrow
           that says more lies below (widgets/bar_cue.py). */
        QScrollBar:vertical {{ width: {px(24)}px; background: {p.surface_alt};
            border: {px(2)}px solid {p.border}; border-radius: {px(10)}px; }}
        QScrollBar::handle:vertical {{ background: {p.text_muted}; min-height: {px(32)}px;
            border-radius: {px(10)}px; }}
        QScrollBar::add-line, QScrollBar::sub-line {{ height: 0px; }}
        #Overlay {{ background: rgba(0, 0, 0, 150); }}
        QPushButton:focus, QPushButton[role="row"]:focus, QPushButton[role="key"]:focus,
        QPushButton[role="tab"]:focus, QPushButton[role="rowtile"]:focus {{
            border: {px(6)}px solid {p.focus}; }}
        /* The bars' buttons: the ring's extra width comes out of their padding, not their
           words' room (the staff screen's "English", focused first, lost its h at 200 %). */
        QPushButton[role="chrome"]:focus, QPushButton[role="help"]:focus {{
            border: {px(6)}px solid {p.focus_on_bar};
            padding: {max(0, touch(4) - ring)}px {max(0, bar(20) - ring)}px; }}
        QPushButton[role="tile"]:focus {{
            border: {px(6)}px solid {p.focus}; outline: {px(4)}px solid {p.focus_on_bar}; }}
        QPushButton[role="primary"]:focus, QPushButton[role="tab"][current="true"]:focus,
        QPushButton[role="key"][mode="true"]:focus {{ border: {px(6)}px solid {p.focus};
            background: {p.focus_on_bar}; color: {p.text}; }}
        QListView:focus {{ border: {px(6)}px solid {p.focus}; padding: 0px; }}
        QPushButton:disabled {{ color: {p.text_muted}; border-style: dashed;
            background: {p.surface_alt}; }}
        #Dialog {{ background: {p.surface}; border: {px(4)}px solid {p.primary};
            border-radius: {px(24)}px; }}
        #DialogSheet, #DialogSheet > QWidget > QWidget {{ background: {p.surface}; }}
        """


class WordsAt:
    """`theme` with its text size held at `zoom` at most, all else its own (the palette, the
    screen, paddings): for words drawn where a look leaves too little room for them at the
    visitor's size (search's answers, lowered at 200 %)."""

    unit, px, font = Theme.unit, Theme.px, Theme.font

    def __init__(self, theme: Theme, zoom: float):
        self._theme, self.zoom = theme, min(theme.zoom, zoom)

    def __getattr__(self, name: str):
        return getattr(self._theme, name)
