"""The parts of every screen: a header (back, title, home, language) and a footer with the
permanent places for accessibility, the lower-screen switch, speech controls and help."""
from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy

from kiosk.directory.values import on_floor
from kiosk.ui.widgets.pictograms import access_icon, icon_size
from kiosk.ui.widgets.basic import Tile, button, label, set_accessible
from kiosk.ui.widgets.wrap_bar import WrapBar


class Chrome:
    def __init__(self, ctx):
        self.ctx = ctx
        self.back_button = button(role="chrome", name="BackButton")
        self.home_button = button(role="chrome", name="HomeButton")
        self.lang_button = button(role="chrome", name="LanguageButton")
        self.title = label(role="", wrap=True)
        # A long title wraps onto a second line rather than widening the window.
        self.title.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.header = WrapBar("Header")
        self.header.add(self.back_button)
        self.header.add(self.title, 1, min_width=1)
        self.header.add(self.home_button)
        self.header.add(self.lang_button)

        self.access_button = button(role="chrome", name="AccessButton")
        self.low_button = button(role="chrome", name="LowButton")
        self.pause_button = button(role="chrome", name="SpeechPause")
        self.repeat_button = button(role="chrome", name="SpeechRepeat")
        self.here_label = label(wrap=True)
        self.help_button = Tile(role="help", name="HelpButton")  # its words may wrap
        self.footer = WrapBar("Footer")
        for widget, stretch in ((self.access_button, 1), (self.low_button, 1),
                                (self.pause_button, 1), (self.repeat_button, 1),
                                (self.here_label, 2), (self.help_button, 2)):
            # "You are here" is also on every floor plan: it gives way before the footer wraps.
            here = widget is self.here_label
            self.footer.add(widget, stretch, min_width=1 if here else 0, optional=here)

        session, voice = ctx.session, ctx.voice
        self.lang_button.clicked.connect(session.toggle_language)
        self.low_button.clicked.connect(
            lambda: session.set_profile(session.profile.toggled("low_position")))
        self.pause_button.clicked.connect(voice.pause)
        self.repeat_button.clicked.connect(voice.repeat)

    def retranslate(self, title: str, at_home: bool) -> None:
        s, profile = self.ctx.session, self.ctx.session.profile
        self.title.setText(title)
        self.back_button.setVisible(not at_home)
        self.home_button.setVisible(not at_home)
        self.back_button.setText("‹ " + s.tr("nav.back"))
        self.home_button.setText(s.tr("nav.home"))
        self.lang_button.setText(s.tr("lang.switch"))
        set_accessible(self.lang_button, s.tr("lang.switch.name"))
        self.access_button.setText(s.tr("access.button"))
        theme = self.ctx.theme
        side = theme.capped_px(38)  # about the height of the button's capitals and jamo
        self.access_button.setIcon(access_icon(theme.palette.primary_text, side))
        self.access_button.setIconSize(icon_size(side))
        self.low_button.setText(s.tr("access.low.on" if profile.low_position else "access.low"))
        speaking = self.ctx.voice.on
        self.pause_button.setVisible(speaking)
        self.repeat_button.setVisible(speaking)
        self.pause_button.setText(s.tr("speech.pause"))
        self.repeat_button.setText(s.tr("speech.repeat"))
        # The desk's number is on it always: it is what works when everything else fails (a
        # console online with nobody at it, a call that never comes back), and it fits every
        # look (the tour shows it at 200 %, in portrait and lowered).
        # A tap calls only when a call can go (CallService.will_call): else it gives the
        # desk's phone, and the button says that, not "Call for help".
        calls = self.ctx.calls
        calling = calls.open_call is not None
        heading = ("help.button.earlier" if calling and calls.earlier
                   else "help.button.calling" if calling
                   else "help.button" if calls.will_call else "help.button.desk_only")
        self.help_button.set_texts(s.tr(heading),
                                   s.tr("help.button.desk", phone=self.ctx.desk_phone))
        kiosk = self.ctx.kiosk
        if kiosk is not None:
            floor = self.ctx.directory.floor(kiosk.floor).name.get(s.language)
            name = kiosk.name.get(s.language)
            self.here_label.setText(f"{s.tr('you_are_here')}: {on_floor(floor, name)}")

    def offer_lowering(self, helps: bool) -> None:
        """"Lower screen" only where the screen as mounted reaches out of the wheelchair's
        band: elsewhere it would be a button that changes nothing (docs/accessibility.md)."""
        self.low_button.setVisible(helps)

    def restyle(self) -> None:
        theme = self.ctx.theme
        self.help_button.set_padding(theme.capped_px(20), theme.touch(6))
        self.here_label.setStyleSheet(f"color: {theme.palette.primary_text};"
                                      f"font-size: {theme.capped_px(26)}px;")

    def arrange(self, width: int) -> None:
        """Header and footer in one row each, or wrapped when the screen is too narrow."""
        theme = self.ctx.theme
        self._place_title(width)
        self.footer.set_min_width(self.here_label, theme.capped_px(300))
        # Portrait has height to spare: "You are here" keeps a row of its own there.
        self.footer.set_optional(self.here_label, not theme.portrait)
        for bar in (self.header, self.footer):
            bar.arrange(width, theme.capped_px(16), theme.capped_px(16))

    def _place_title(self, width: int) -> None:
        """The title beside the buttons, narrowed to what they leave it (down to its words on
        one line) when the screen is narrow; when even that is too wide, on a row of its own
        under the buttons, which keep theirs (the language button went under the title at
        200 % in portrait)."""
        theme = self.ctx.theme
        usual, gap = theme.capped_px(260), theme.capped_px(16)
        buttons = [b for b in (self.back_button, self.home_button, self.lang_button)
                   if not b.isHidden()]
        # As the bar counts: each control and a gap, one gap more, within the margins.
        left = width - 3 * gap - sum(b.sizeHint().width() + gap for b in buttons)
        whole = self.title.fontMetrics().horizontalAdvance(self.title.text()) + 2
        beside = left >= usual or whole <= left
        order = [self.back_button, self.title, self.home_button, self.lang_button]
        if not beside:
            order.remove(self.title)
            order.append(self.title)
        self.header.set_order(order)
        self.header.set_min_width(self.title, min(usual, max(whole, 1)) if beside
                                  else width - 2 * gap)
