"""No step-free way to a place (the wheelchair profile): the news names the place, the reason
says which place, the one large primary button says what staff will do and where to, the way
drawn is said to be the desk's. The call, the news and the current step to the desk with its
Previous and Next show together without scrolling in every look (both languages and shapes,
every text size, full height and lowered where the reach band cuts the screen), at every step,
and so does the plan of the desk's way, whole (the help's words send the visitor to it), but
where the call, its news and the step leave it no room: then it starts under the fold, whole
once scrolled to; read top-down, the news (why there is no way) comes before the call and the
desk's way.
The tour's place is one a visitor asks for that truly has no step-free way, not the stairs."""
from __future__ import annotations

import dataclasses

import pytest
from helpers import FakeKioskAlerts
from looks import BAND_CUTS, LANGS, ZOOMS, Look, each_look, hidden_part, kiosk_in, settle, wear
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from kiosk.directory.accessibility import Profile
from kiosk.ui.screenshots.visit import no_step_free_place
from kiosk.wayfinding.route import NoRoute


def guide_me(window, demo, lang, profile):
    window.idle.idle_timer.setInterval(2**31 - 1)
    window.ctx.session.set_language(lang)
    window.ctx.session.set_profile(profile)
    place = no_step_free_place(demo)
    window.navigate(("route", "rooms", place.id))
    page = window.page("route")
    page.set_step_free(True)
    page.map.finish_animation()
    for _ in range(6):
        QApplication.processEvents()
    return page, place


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_words_name_the_place_and_what_staff_will_do(qtbot, demo, tmp_path, lang):
    window = kiosk_in(Look(lang, "landscape", 1.0), demo, tmp_path, qtbot,
                      alerts=FakeKioskAlerts())  # a desk to call
    page, room = guide_me(window, demo, lang, Profile(step_free=True))
    place = room.name.get(lang)
    tr = window.ctx.session.tr
    assert page.problem_title.text() == tr("route.no_step_free_to", place=place)
    assert place in page.problem_text.text()  # which place only steps lead into
    assert page.guide_me.heading.text() == tr("route.guide_me")
    assert place in page.guide_me.subtitle.text()
    assert page.guide_me.property("role") == "tile"  # the primary button, as on home
    # The distance and the steps are the desk's, and say so: the other choice to a call.
    assert page.summary.text().startswith(tr("route.summary.desk.or", metres=0, minutes=0)
                                          .split("0")[0])
    shown = " ".join(w.text() for w in (page.problem_title, page.problem_text,
                                       page.summary, page.desk_text))
    assert tr("route.no_route") not in shown


def test_the_tours_place_is_asked_for_and_truly_has_no_step_free_way(demo):
    place = no_step_free_place(demo)
    assert place.kind != "stairs" and not place.accessible
    from kiosk.wayfinding.wayfinder import Wayfinder

    way = Wayfinder(demo)
    assert way.route(("rooms", place.id)).steps  # a way there, with steps
    with pytest.raises(NoRoute):
        way.route(("rooms", place.id), step_free=True)


def out_of_view(window, page) -> list[str]:
    """The call, the news and, at every step, the step with its number and buttons: what
    does not show whole, unscrolled, in the window's content (the reach band when lowered)."""
    pager, found = page.pager, []
    assert pager.steps and pager.step == 0
    for index in range(len(pager.steps)):
        if index:
            pager.next.click()
            settle()
        for what, widget in (("the news", page.problem_title), ("the call", page.guide_me),
                             ("the step's number", pager.number), ("the step", pager.text),
                             ("Previous", pager.previous), ("Next", pager.next)):
            if problem := hidden_part(window, widget):
                found.append(f"step {index + 1}: {what}: {problem}")
    pager.page_to(0)
    return found


def under_the_fold_allowed(look) -> bool:
    """Where the news, the call and the step with its buttons fill the first view: in
    landscape at 200 % (lowered, magnified at all), and lowered at 200 % in portrait."""
    if look.shape == "landscape":
        return look.zoom >= 2.0 or (look.low_position and look.zoom > 1.0)
    return look.low_position and look.zoom >= 2.0


def plan_out_of_view(window, page, look) -> str:
    """'' when the plan of the way to the desk shows whole in the first view, or, where
    allowed, lies wholly under the fold and shows whole once scrolled to."""
    problem = hidden_part(window, page.map)
    if not problem or not under_the_fold_allowed(look) \
            or not page.map.visibleRegion().isEmpty():
        return problem and f"the plan: {problem}"
    bar = window._holders["route"].verticalScrollBar()
    bar.setValue(page.map.mapTo(page, QPoint(0, 0)).y())
    settle()
    problem = hidden_part(window, page.map)
    bar.setValue(0)
    settle()
    return problem and f"the plan, scrolled to: {problem}"


def read_out_of_order(window, page) -> list[str]:
    """The desk's way (the call, the summary, the current step) drawn above the news that
    says why it is offered: a visitor reads top-down."""
    def top(widget) -> int:
        return widget.mapTo(window, QPoint(0, 0)).y()

    news = top(page.problem_title)
    return [f"{what} (y {top(widget)}) above the news (y {news})"
            for what, widget in (("the call", page.guide_me), ("the summary", page.summary),
                                 ("the step", page.pager))
            if top(widget) <= news]


@pytest.mark.parametrize("low", [False, True], ids=["full", "low"])
@pytest.mark.parametrize("shape", ["landscape", "portrait"])
def test_the_news_reads_before_the_desks_way_in_every_look(qtbot, demo, tmp_path, shape, low):
    found = []
    for window, look in each_look(qtbot, demo, tmp_path, shape, low):
        page, _place = guide_me(window, demo, look.lang,
                                dataclasses.replace(look.profile, step_free=True))
        found += [f"{look}: {problem}" for problem in read_out_of_order(window, page)]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("desk", [True, False], ids=["desk", "no-calls"])
@pytest.mark.parametrize("low", [False, True], ids=["full", "low"])
@pytest.mark.parametrize("shape", ["landscape", "portrait"])
def test_the_call_and_the_current_step_show_together_in_every_look(qtbot, demo, tmp_path,
                                                                   shape, low, desk):
    """With a desk to call, and on a kiosk with no call system (the guide offers the desk's
    phone: other words, as long)."""
    window = kiosk_in(Look("ko", shape, 1.0, low_position=low), demo, tmp_path, qtbot,
                      BAND_CUTS[shape] if low else None,
                      alerts=FakeKioskAlerts() if desk else None)
    found = []
    for lang in LANGS:
        for zoom in ZOOMS:
            look = Look(lang, shape, zoom, low_position=low)
            wear(window, look)
            page, _place = guide_me(window, demo, lang, Profile(zoom=zoom, low_position=low,
                                                                step_free=True))
            found += [f"{look}: {problem}" for problem in out_of_view(window, page)]
            if problem := plan_out_of_view(window, page, look):
                found.append(f"{look}: {problem}")
    assert found == [], "\n".join(found)


def test_a_plan_under_the_footer_is_found(window, demo):
    """The check can fail: the call made taller pushes the plan under it half under the
    footer (lowered, the steps lead)."""
    look = Look("en", "portrait", 1.0, low_position=True)
    page, _place = guide_me(wear(window, look), demo, "en",
                            Profile(step_free=True, low_position=True))
    assert plan_out_of_view(window, page, look) == ""
    page.guide_me.setMinimumHeight(page.guide_me.height() + page.map.height() // 2)
    settle()
    assert "the plan" in plan_out_of_view(window, page, look)


def test_a_step_pushed_below_the_fold_is_found(window, demo):
    """The check can fail: the call made as tall as the window pushes the steps away."""
    page, _place = guide_me(window, demo, "en", Profile(step_free=True))
    assert out_of_view(window, page) == []
    page.guide_me.setMinimumHeight(window.height())
    settle()
    assert "the step" in "\n".join(out_of_view(window, page))
