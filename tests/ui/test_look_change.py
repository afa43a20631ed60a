"""A new text size or contrast costs the same however many screens the visitor opened: only
the screen on view (with the window's bars and dialogs) is styled at once; each other screen
when it is next shown, and nothing is missed."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel
from test_language_switch import open_every_screen

from kiosk.directory.accessibility import Profile
from kiosk.ui.screenshots.visitor import scenes


def test_only_the_screen_on_view_stays_in_the_window_while_it_is_restyled(window, demo, qtbot):
    open_every_screen(window, demo, qtbot)
    window.ctx.session.set_profile(Profile(zoom=2.0, high_contrast=True))
    inside = [name for name, holder in window._holders.items() if holder.parentWidget()]
    assert inside == ["home"]


def largest_text(page) -> int:
    return max(w.font().pixelSize() for w in page.findChildren(QLabel))


def test_every_screen_opened_before_the_change_shows_the_new_look(window, demo, qtbot):
    open_every_screen(window, demo, qtbot)
    before = {name: largest_text(page) for name, page in window._pages.items()}
    window.ctx.session.set_profile(Profile(zoom=2.0, high_contrast=True))
    background = window.ctx.theme.palette.background
    for name, route, _text in scenes(demo):
        window.navigate(route)
        qtbot.wait(1)
        page = window.current_page()
        assert window._holders[route[0]].parentWidget() is window.stack, name
        assert largest_text(page) > before[route[0]], name  # magnified
        holder = window._holders[route[0]]
        colour = holder.grab().toImage().pixelColor(2, holder.height() - 3).name()
        # in the high-contrast colours: the page's ground, or a sheet's or list's under a strip
        strip = window.ctx.theme.color("surface").name()
        assert colour in (background, strip), (name, colour)
