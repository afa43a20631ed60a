"""No step-free way: the map draws the way to the information desk, and the title, always in
view, says so (not "Way to Stairs" over a way to the desk), also after the step-free switch
is turned on while the route shows; the call for a guide shows on the first screen."""
from __future__ import annotations

from looks import POSITIONS, SMALLEST, hidden_part, in_looks, settle, wear


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
