"""No step-free way: the map draws the way to the information desk, and the title, always in
view, says so (not "Way to Stairs" over a way to the desk), also after the step-free switch
is turned on while the route shows; the call for a guide shows on the first screen."""
from __future__ import annotations

import pytest
from looks import POSITIONS, SMALLEST, hidden_part, in_looks, settle, wear

from kiosk.directory.strings import tr
from kiosk.ui.screenshots.visit import no_step_free_place


@in_looks(lambda look: look.zoom == SMALLEST or not look.low_position, low_position=POSITIONS)
def test_the_title_says_the_map_leads_to_the_desk(window, demo, look):
    wear(window, look)
    lang = look.lang
    stairs = next(r for r in demo.rooms if r.kind == "stairs")
    desk = next(r for r in demo.rooms if r.kind == "desk")
    window.navigate(("route", "rooms", stairs.id))
    page = window.page("route")
    settle()
    assert stairs.name.get(lang) in window.title.text()  # a way there, without step-free
    page.set_step_free(True)  # turned on here: no way; the map leads to the desk
    page.map.finish_animation()
    settle()
    assert page.problem is not None and page.route is not None
    assert window.title.text() == window.ctx.session.tr("route.title.desk",
                                                        desk=desk.name.get(lang))
    found = [f"{what}: {hidden_part(window, w)}" for what, w in (
        ("the title", window.title), ("the news", page.problem_title),
        ("the call for a guide", page.guide_me)) if hidden_part(window, w)]
    assert found == []


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_screen_says_plainly_the_way_goes_to_the_desk_instead(window, demo, lang):
    """Not "No step-free way to X" beside a title "Way to Information desk", as if it led
    to X: the title says the way shown leads to the desk instead; the news names X and why."""
    window.ctx.session.set_language(lang)
    place = no_step_free_place(demo)
    desk = next(r for r in demo.rooms if r.kind == "desk")
    window.navigate(("route", "rooms", place.id))
    page = window.page("route")
    page.set_step_free(True)
    settle()
    title = window.title.text()
    assert desk.name.get(lang) in title and {"ko": "대신", "en": "instead"}[lang] in title
    assert title != tr("route.title", lang, place=desk.name.get(lang))
    assert place.name.get(lang) in page.problem_title.text()  # the news: where, and why
    assert place.name.get(lang) in page.problem_text.text()
    assert page.summary.text().startswith(tr("route.summary.desk", lang, metres=0,
                                             minutes=0).split("0")[0])
