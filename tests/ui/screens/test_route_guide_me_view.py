"""No step-free way to a place (the wheelchair profile): the news names the place, the reason
says which place, the one large primary button says what staff will do and where to, the way
drawn is said to be the desk's; the call and the step controls to the desk show without
scrolling at 100 and 150 %, the low position included (in portrait at 150 % low and at
200 %, the reach band is too short for the plan, the call and the steps at once: there the
page scrolls to them)."""
from __future__ import annotations

import pytest
from looks import hidden_part
from PySide6.QtWidgets import QApplication

from kiosk.directory.accessibility import Profile
from kiosk.ui.screenshots.visitor import SIZES


def guide_me(window, demo, lang, profile):
    window.idle.idle_timer.setInterval(2**31 - 1)
    window.ctx.session.set_language(lang)
    window.ctx.session.set_profile(profile)
    stairs = next(r for r in demo.rooms if r.kind == "stairs")
    window.navigate(("route", "rooms", stairs.id))
    page = window.page("route")
    page.set_step_free(True)
    page.map.finish_animation()
    for _ in range(6):
        QApplication.processEvents()
    return page, stairs


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_words_name_the_place_and_what_staff_will_do(window, demo, lang):
    page, stairs = guide_me(window, demo, lang, Profile(step_free=True))
    place = stairs.name.get(lang)
    tr = window.ctx.session.tr
    assert page.problem_title.text() == tr("route.no_step_free_to", place=place)
    assert place in page.problem_text.text()  # which place only steps lead into
    assert page.guide_me.heading.text() == tr("route.guide_me")
    assert place in page.guide_me.subtitle.text()
    assert page.guide_me.property("role") == "tile"  # the primary button, as on home
    # The distance and the steps are the desk's, and say so.
    assert page.summary.text().startswith(tr("route.summary.desk", metres=0, minutes=0)
                                          .split("0")[0])
    shown = " ".join(w.text() for w in (page.problem_title, page.problem_text,
                                       page.summary, page.desk_text))
    assert tr("route.no_route") not in shown


LOOKS = [(shape, zoom, low) for shape in SIZES for zoom, low in
         ((1.0, False), (1.0, True), (1.5, False), (1.5, True))
         if (shape, zoom, low) != ("portrait", 1.5, True)]


@pytest.mark.parametrize("shape, zoom, low", LOOKS)
def test_the_call_and_the_step_controls_show_without_scrolling(window, demo, shape, zoom,
                                                                 low):
    window.resize(*SIZES[shape])
    found = []
    for lang in ("ko", "en"):
        page, _stairs = guide_me(window, demo, lang,
                                 Profile(zoom=zoom, low_position=low, step_free=True))
        pager = page.pager
        for what, widget in (("the news", page.problem_title), ("the call", page.guide_me),
                             ("the step's number", pager.number),
                             ("Previous", pager.previous), ("Next", pager.next)):
            if problem := hidden_part(window, widget):
                found.append(f"{lang}: {what}: {problem}")
    assert found == [], "\n".join(found)
