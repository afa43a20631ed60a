"""The accessibility panel: a visitor chooses, once, what helps them for this visit.

Ready profiles first ("I use a wheelchair", "I see poorly", ...), then each help on its own:
text size, high contrast, speech (with rate and volume), low position. Every toggle says its
state in words as well as by its look, so nothing depends on colour alone, and a switch that
cannot work never says "on": without a working voice the panel's first control says so and
opens Help when pressed (a call, or the desk's phone while none can go: its words say which),
and the speech settings show only while speech is on.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QGridLayout

from kiosk.directory.accessibility import DEFAULT, READY, ZOOMS
from kiosk.ui.widgets.basic import Tile, button, label
from kiosk.ui.widgets.layout_parts import clear_layout
from kiosk.ui.widgets.overlays import Overlay
from kiosk.ui.widgets.text_fit import breakable

READY_KEYS = ("wheelchair", "low_vision", "blind", "cannot_read")
TOGGLES = ("high_contrast", "speech", "low_position")
ARRANGE = QEvent.Type(QEvent.registerEventType())  # the panel's one arranging pass is due


class AccessPanel(Overlay):
    help_requested = Signal()  # the visitor pressed the notice that speech cannot work

    def __init__(self, ctx, window, voice):
        super().__init__(ctx, window)
        self.voice = voice
        # Made inside the panel, the choices are measured in the window's style by the first
        # (and only) pass; outside the window they measured in Qt's default font, and two
        # columns were chosen where one fits.
        sheet = self.body.parentWidget()  # what the panel's sheet scrolls
        self.ready = {key: Tile(role="rowtile", name=f"Ready-{key}", parent=sheet)
                      for key in READY_KEYS}
        for key, tile in self.ready.items():
            tile.clicked.connect(lambda _=False, k=key: self._choose_ready(k))
        self.zoom = {z: button(role="row", name=f"Zoom-{int(z * 100)}", parent=sheet)
                     for z in ZOOMS}
        for z, b in self.zoom.items():
            b.clicked.connect(lambda _=False, z=z: self._set(self.ctx.session.profile.with_zoom(z)))
        self.toggles = {t: button(role="row", name=f"Toggle-{t}", parent=sheet) for t in TOGGLES}
        for t, b in self.toggles.items():
            b.clicked.connect(lambda _=False, t=t: self._set(self.ctx.session.profile.toggled(t)))
        self.slower = button(role="row", name="SpeechSlower", parent=sheet)
        self.faster = button(role="row", name="SpeechFaster", parent=sheet)
        self.quieter = button(role="row", name="SpeechQuieter", parent=sheet)
        self.louder = button(role="row", name="SpeechLouder", parent=sheet)
        self.slower.clicked.connect(lambda: voice.change_rate(-30))
        self.faster.clicked.connect(lambda: voice.change_rate(+30))
        self.quieter.clicked.connect(lambda: voice.change_volume(-0.2))
        self.louder.clicked.connect(lambda: voice.change_volume(+0.2))
        # A control, first in the panel and always in view: a keypad visitor reaches it first.
        self.speech_note = Tile(role="rowtile", name="SpeechUnavailable")
        self.speech_note.clicked.connect(self._call_for_help)
        # One short line (the desk's number in it) in the body's size: the choices, not the
        # notice, take the panel's height (at 200 % its three lines took half of it).
        self.speech_note.heading.setProperty("role", "note-title")
        self.headings = [label(role="heading", parent=sheet) for _ in range(3)]
        self.done = button(role="primary", name="AccessDone")
        self.done.clicked.connect(self.close_overlay)
        self.normal = button(name="AccessNormal")
        self.normal.clicked.connect(lambda: self._set(DEFAULT))
        self.buttons.addWidget(self.normal, 1)
        self.buttons.addWidget(self.done, 2)

        self.body.insertWidget(2, self.speech_note)  # after the title, before the choices
        # The choices scroll with the title (Overlay's sheet) when the window, or in low
        # position the reach band, is too short for them; Done and Back to normal stay in view.
        self.grid = QGridLayout()
        self._columns = 0  # none yet: arranged once the panel has its width
        self._arrange_due = False
        self.body.addLayout(self.grid)
        self.text.hide()
        ctx.session.profile_changed.connect(self.retranslate)
        voice.state_changed.connect(self.retranslate)
        ctx.calls.changed.connect(self._call_changed)

    def first_control(self):
        if self.speech_note.isVisible():
            return self.speech_note  # what a blind visitor must hear first
        return self.ready["wheelchair"]  # keypad users start at the first choice

    def _call_changed(self) -> None:
        """A call can go now, or no longer: the note's promise follows, while it shows (the
        call's clock ticks every second; the panel's words are read again when it opens)."""
        if self.isVisible() and self.speech_note.isVisible():
            self.retranslate()

    def _call_for_help(self) -> None:
        self.close_overlay()
        self.help_requested.emit()

    # -- choices ---------------------------------------------------------------------------
    def _choose_ready(self, key: str) -> None:
        self._set(READY[key])

    def _set(self, profile) -> None:
        self.ctx.session.set_profile(profile)

    # -- look ------------------------------------------------------------------------------
    def relayout(self) -> None:
        super().relayout()
        theme = self.ctx.theme
        # Magnified, the margins and gaps keep their 100 % size: the words grow, and the
        # height they would take is the choices'.
        pad = theme.touch(40)
        self.frame.setContentsMargins(pad, pad, pad, pad)
        self.frame.setSpacing(theme.touch(24))
        self.body.setSpacing(theme.touch(24))
        self.grid.setSpacing(theme.touch(16))
        for tile in (*self.ready.values(), self.speech_note):
            tile.set_padding(theme.touch(24), theme.touch(12))
        self._columns = 0  # arranged anew for this size
        self._arrange_soon()

    def _two_columns(self) -> bool:
        """Two choices side by side wherever the longest profile's name fits in half the
        panel on one line: at 200 % on a landscape screen that shows four of them at once."""
        theme = self.ctx.theme
        half = (self._inner_width() - self.grid.horizontalSpacing()) // 2
        for tile in self.ready.values():
            tile.heading.ensurePolished()  # measured in the style's font, shown yet or not
        words = max(tile.heading.fontMetrics().horizontalAdvance("✓ " + tile.heading.text())
                    for tile in self.ready.values())
        return words + 2 * theme.touch(24) + 2 * theme.px(4) <= half

    def _inner_width(self) -> int:
        margins = self.frame.contentsMargins()
        return self.panel.minimumWidth() - margins.left() - margins.right() \
            - self.sheet.verticalScrollBar().sizeHint().width()

    def _fit_title(self) -> None:
        """Where the panel is too short for its title, the notice and three choices (lowered
        on a landscape screen, magnified), the title gives way to the choices, and where that
        is not enough, the heading over the profiles too (each names itself): the panel
        speaks its title as it opens."""
        width, gap = self._inner_width(), self.body.spacing()
        columns = max(1, self._columns)
        cell = (width - self.grid.horizontalSpacing() * (columns - 1)) // columns

        def tall(widget, w):
            widget.ensurePolished()
            layout = widget.layout()
            if layout is not None and layout.hasHeightForWidth():
                return layout.totalHeightForWidth(w)
            return widget.heightForWidth(w) if widget.hasHeightForWidth() \
                else widget.sizeHint().height()

        tiles = list(self.ready.values())
        rows = [tiles[i:i + columns] for i in range(0, 3, columns)]  # three choices' rows
        need = sum(max(tall(t, cell) for t in row) + self.grid.verticalSpacing()
                   for row in rows)
        if not self.voice.available:
            need += tall(self.speech_note, width) + gap
        buttons = max(self.normal.sizeHint().height(), self.done.sizeHint().height())
        around, margins = self.layout().contentsMargins(), self.frame.contentsMargins()
        room = self.height() - around.top() - around.bottom() - margins.top() \
            - margins.bottom() - 2 * self.panel.frameWidth() - self.frame.spacing() - buttons
        heading = tall(self.headings[0], width) + self.grid.verticalSpacing()
        title = tall(self.title, width) + gap
        self.title.setVisible(need + heading + title <= room)
        self.headings[0].setVisible(self.title.isVisibleTo(self) or need + heading <= room)

    def _arrange_soon(self) -> None:
        """One change of profile moves the theme (relayout), the panel's place (relayout) and
        its words (retranslate), each of which needs the choices arranged and the title fitted
        anew: that pass runs once, after all of them, on the event loop's next turn. Its
        event comes before the frame: Qt posts a repaint at a lower priority than it."""
        if not self._arrange_due:
            self._arrange_due = True
            QCoreApplication.postEvent(self, QEvent(ARRANGE))

    def _arrange_now(self) -> None:
        if self._arrange_due:
            self._arrange_due = False
            self._arrange()
            self._fit_title()

    def event(self, event) -> bool:
        if event.type() == ARRANGE:
            self._arrange_now()
            return True
        return super().event(event)

    def setVisible(self, visible: bool) -> None:
        if visible:  # opening: arranged before its first frame and before the keys come in
            self._arrange_now()
        super().setVisible(visible)

    def _arrange(self) -> None:
        columns = 2 if self._two_columns() else 1
        if columns == self._columns:
            return
        self._columns = columns
        grid = self.grid
        clear_layout(grid, keep_widgets=True)
        row = 0
        sections = ((self.headings[0], list(self.ready.values())),
                    (self.headings[1], [*self.zoom.values(), *self.toggles.values()]),
                    (self.headings[2], [self.slower, self.faster, self.quieter, self.louder]))
        for heading, widgets in sections:
            grid.addWidget(heading, row, 0, 1, columns)
            row += 1
            for i, widget in enumerate(widgets):
                grid.addWidget(widget, row + i // columns, i % columns)
            row += (len(widgets) + columns - 1) // columns
        for column in range(2):
            grid.setColumnStretch(column, 1 if column < columns else 0)

    def retranslate(self) -> None:
        s = self.ctx.session
        profile = s.profile
        self.title.setText(s.tr("access.title"))
        window = self.parentWidget()
        # Where the whole screen is within reach, lowering it would change nothing, and where
        # it is out of reach, lowering cannot help: each said so.
        lowering = self.ctx.geometry.lowering_helps(window.width(), window.height())
        unreachable = self.ctx.geometry.out_of_reach(window.width(), window.height())
        speech_ok = self.voice.available
        for key, tile in self.ready.items():
            chosen = profile.ready == key
            sub = f"access.ready.{key}.sub"
            if key == "wheelchair" and not lowering:
                sub += ".unreachable" if unreachable else ".reach"
            elif key != "wheelchair" and not speech_ok:
                sub += ".mute"  # the profile's speech would say nothing
            tile.set_texts(("✓ " if chosen else "") + s.tr(f"access.ready.{key}"), s.tr(sub))
        self.headings[0].setText(s.tr("access.ready"))
        self.headings[1].setText(s.tr("access.each"))
        self.headings[2].setText(s.tr("access.voice"))
        for z, b in self.zoom.items():
            b.setText(("✓ " if profile.zoom == z else "") + s.tr(f"access.zoom.{int(z * 100)}"))
        for t, b in self.toggles.items():
            state = s.tr("access.on" if getattr(profile, t) else "access.off")
            if t == "speech" and not speech_ok:
                state = s.tr("access.unavailable")  # chosen or not, it cannot speak
            if t == "low_position" and not lowering:  # chosen or not, nothing would move
                state = s.tr("access.low.unreachable" if unreachable else "access.low.needless")
            b.setText(f"{s.tr('access.' + t)}: {state}")
        self.toggles["speech"].setEnabled(speech_ok)
        self.toggles["low_position"].setEnabled(lowering)
        # Rate and volume only while a voice speaks: a control that does nothing is not shown.
        speaking = self.voice.on
        self.headings[2].setVisible(speaking)
        for b, key in ((self.slower, "access.slower"), (self.faster, "access.faster"),
                       (self.quieter, "access.quieter"), (self.louder, "access.louder")):
            b.setText(s.tr(key))
            b.setVisible(speaking)
        # At 200% on a portrait screen the whole number is wider than the dialog.
        phone = breakable(self.ctx.desk_phone)
        self.speech_note.set_texts(s.tr("access.no_speech", phone=phone),  # what a tap does
                                   s.tr("access.no_speech.call" if self.ctx.calls.will_call
                                        else "access.no_speech.desk"))
        self.speech_note.setVisible(not speech_ok)
        self.normal.setText(s.tr("access.normal"))
        self.done.setText(s.tr("access.done"))
        self._arrange_soon()  # the profiles' names in this language may fit side by side, or not
