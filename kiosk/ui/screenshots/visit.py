"""The screenshot tour's states of the end of a visit: each step of a feedback card (its last
step kept on this kiosk, then received by the desk), the "did you find what you needed?"
question (compact, then opened into its faces), and the route screen's call for a guide when
no step-free way exists. The tour (visitor.tour) walks them for every shape, language and
look; no_call_states pictures a kiosk with no call system."""
from __future__ import annotations

from kiosk.search.hangul import to_keys

# Every picture it takes (the route's needs a place without a step-free way, and a way to it).
SHOTS = ("feedback-choose", "feedback-staff", "feedback-text-green", "feedback-category",
         "feedback-text", "feedback-contact", "feedback-consent", "feedback-details",
         "feedback-details-invalid", "feedback-done", "feedback-done-received",
         "route-guide-me",
         "survey-strip", "survey", "survey-reasons")
# A kiosk without a call system: Help, the route's guide, and what the guide's tap shows.
NO_CALL_SHOTS = ("nocall-help", "nocall-route-guide-me", "nocall-desk-way")


def no_step_free_place(directory):
    """A place a visitor asks for that has no step-free way (the demo's tiered lecture room),
    for the call for a guide; the stairs only where no other place lacks one."""
    places = [r for r in directory.rooms if not r.accessible]
    return next((r for r in places if r.kind != "stairs"),
                places[0] if places else None)


def show_guide_me(window) -> bool:
    """The route screen's guide (no step-free way to a place), when the directory has such a
    place and a way to it; False when it has none."""
    place = no_step_free_place(window.ctx.directory)
    if place is None or not window.ctx.directory.nav_nodes:
        return False
    window.navigate(("route", "rooms", place.id))
    route = window.page("route")
    route.set_step_free(True)
    route.map.finish_animation()
    return True


def no_call_states(window, settle):
    """A kiosk with no call system (`window` built without a transport): its help dialog and
    the route's guide, whose words offer the desk's phone and the way there, and Help as the
    guide's tap opens it, under the same words; yields each of NO_CALL_SHOTS."""
    window.navigate(("home",))
    window.help_overlay.open()
    settle()
    yield "nocall-help"
    window.help_overlay.close_overlay()
    if show_guide_me(window):
        settle()
        yield "nocall-route-guide-me"
        window.page("route").guide_me.click()
        settle()
        yield "nocall-desk-way"
        window.help_overlay.close_overlay()


def end_visit(window, settle) -> None:
    """A visit ends on home: the compact question shows, and stays as long as it is looked
    at (its own time stopped)."""
    window.navigate(("floors",))
    window.navigate(("home",))  # the visit ends: the compact question shows
    settle()
    strip = window.visit_end.strip
    if not strip.asking():
        strip.show_question()
    strip.timer.stop()  # looked at for longer than it stays
    settle()


def visit_end_states(window, settle):
    """Puts `window` in each of SHOTS in turn and yields its name while it shows; the tour
    (visitor.tour) walks these after the screens, so every check of the tour covers them.
    `settle()` lets the screen finish its layout."""
    def shot(name: str) -> str:
        assert name in SHOTS, name
        settle()
        return name

    window.navigate(("feedback",))
    page = window.page("feedback")
    page.reset()
    yield shot("feedback-choose")
    page._choose("green")
    person = next(iter(window.ctx.directory.staff), None)
    if person is not None:
        for key in to_keys(person.name.ko[:1]):
            page._key(key)
    yield shot("feedback-staff")
    page._pick_staff(person.id if person is not None else None)
    yield shot("feedback-text-green")
    page.reset()
    page._choose("yellow")
    yield shot("feedback-category")
    page._category("unkind")
    page.text_step._phrase("feedback.phrase.wait")
    yield shot("feedback-text")
    page.go("contact")
    yield shot("feedback-contact")
    page.go("consent")
    yield shot("feedback-consent")
    page.go("details")
    page.details.name.set_text("홍길동")  # a sample name, as the demo's people are
    page.details.choose("phone")
    page.details.phone_field.set_text("010-0000-000")
    page._typed()
    yield shot("feedback-details")
    page.details.phone_field.set_text("0")
    page._typed()
    page.send()  # refused: the phone is checked
    yield shot("feedback-details-invalid")
    page.details.phone_field.set_text("010-0000-0000")
    page.send()
    # Kept on this kiosk: the tour's notes reach no console, as at a kiosk whose one online
    # console serves other departments (the footer's help still calls one).
    yield shot("feedback-done")
    notes, sent = window.ctx.messages.notes, page.done.note_id
    if notes is not None and sent is not None:
        # The desk's receipt, as a console's would be recorded: the same screen, still
        # showing, now says the desk has the card and promises the date.
        card = notes.note(sent)
        notes.box.save(card.receive("desk", card.at))
        window.ctx.messages.changed.emit()
        yield shot("feedback-done-received")
    page.reset()

    if show_guide_me(window):
        yield shot("route-guide-me")

    end_visit(window, settle)
    yield shot("survey-strip")
    window.visit_end.open_faces()  # as the visitor's tap on it does
    survey = window.visit_end.survey
    yield shot("survey")
    survey.choose_face(2)
    yield shot("survey-reasons")
    survey.close_overlay()
