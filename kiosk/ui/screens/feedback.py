"""Green and yellow cards at the kiosk (the charters' 그린·옐로카드 box), one tap from home.

choose the card -> (yellow) its category / (green) the person praised, found through the
directory's search, or nobody -> the words: one-tap phrases or the on-screen keyboard ->
answer wanted? no: sent without a name (the seed's warning: it cannot be answered); yes:
consent (consent_step.py) -> name and phone -> kept and sent to its department's consoles
(feedback/routing.py; feedback_keeping.py sends it) as a "feedback" note with its due time
(feedback/cards.py), recorded, answered and purged as a message is. The last step
(feedback_done.py) says what really happened, with the desk's phone when the desk does not
have it. Nothing typed stays on screen after it, after leaving the screen, nor after the idle
reset. The keys of the typing steps, where they sit and what they type into, are
feedback_typing.py's.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QVBoxLayout, QWidget

from kiosk.feedback.cards import YELLOW_CATEGORIES, Card, CardError
from kiosk.search.hangul_input import HangulComposer
from kiosk.ui.screens.consent_step import ConsentStep
from kiosk.ui.screens.feedback_done import CardDone
from kiosk.ui.screens.feedback_keeping import consent_days_for, keep_card
from kiosk.ui.screens.feedback_steps import DetailsStep, TextStep, choice_step
from kiosk.ui.screens.feedback_typing import STAFF_SHOWN, CardTyping
from kiosk.ui.services.reading import read_screen
from kiosk.ui.widgets.basic import Tile, button, label
from kiosk.ui.widgets.keyboard import TouchKeyboard
from kiosk.ui.widgets.step_stack import StepStack
from kiosk.ui.widgets.stripe import Stripe

log = logging.getLogger(__name__)
STEPS = ("choose", "category", "staff", "text", "contact", "consent", "details", "done")
CATEGORY_KEYS = {"unkind": "feedback.category.unkind",
                 "facilities": "feedback.category.facilities",
                 "collection": "feedback.category.collection",
                 "improvement": "feedback.category.improvement",
                 "other": "feedback.category.other"}
# Lowered in portrait at 200 % the band leaves 882 px under the header: these steps' question
# gives way there, so their field, way on and every key show whole together (the question is
# said aloud as the step opens; the field says what it takes).
QUESTION_GIVES_WAY = ("staff", "text", "details")
# A stripe whose colour is too light for the page by itself, and the edge that stands out
STRIPE_EDGES = {"card_yellow": "card_yellow_edge"}


class FeedbackPage(CardTyping, QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.step = "choose"
        self.colour, self.category, self.staff = "", "", None
        self.stack = StepStack()  # as tall as the step on view, not its tallest
        self.keyboard = TouchKeyboard(ctx)
        self.keyboard.key_pressed.connect(self._key)
        self.keyboard.backspace_pressed.connect(self._backspace)
        self.keyboard.clear_pressed.connect(self._clear_field)
        self.green = Tile(role="rowtile", name="CardGreen")
        self.yellow = Tile(role="rowtile", name="CardYellow")
        self.stripes = {"card_green": Stripe(self.green), "card_yellow": Stripe(self.yellow)}
        self.green.clicked.connect(lambda: self._choose("green"))
        self.yellow.clicked.connect(lambda: self._choose("yellow"))
        self.categories = {c: button(role="row", name=f"Category-{c}") for c in YELLOW_CATEGORIES}
        for c, b in self.categories.items():
            b.clicked.connect(lambda _=False, c=c: self._category(c))
        self.staff_search = HangulComposer()
        self.staff_query = label(role="query", wrap=False)
        # A name over its department, each wrapping: a long department fits a magnified
        # portrait screen (one line of button text did not).
        self.staff_rows = [Tile(role="rowtile", name=f"StaffPick-{i}") for i in range(STAFF_SHOWN)]
        for b in self.staff_rows:
            b.clicked.connect(lambda _=False, b=b: self._pick_staff(b.property("staff")))
        self.no_staff = button(name="StaffNone")
        self.no_staff.clicked.connect(lambda: self._pick_staff(None))
        self.text_step = TextStep(ctx)
        self.text_step.next.clicked.connect(lambda: self.go("contact"))
        self.anonymous = Tile(role="rowtile", name="CardAnonymous")
        self.with_contact = Tile(role="rowtile", name="CardWithContact")
        self.anonymous.clicked.connect(self.send)
        self.with_contact.clicked.connect(self._ask_consent)
        self.consent = ConsentStep(ctx)
        self.consent.agreed.connect(lambda: self.go("details"))
        self.consent.refused.connect(self.send)
        self.details = DetailsStep(ctx)
        self.details.send.clicked.connect(self.send)
        self.details.field_changed.connect(self._field_changed)
        self.details.problem_changed.connect(self._show_question)
        self.done = CardDone(ctx)
        pages = {
            "choose": choice_step([self.green, self.yellow]),
            "category": choice_step(list(self.categories.values())),
            # The way on without a name right under the name typed, the people found below.
            "staff": choice_step([self.staff_query, self.no_staff, *self.staff_rows],
                                 keys_at=2),
            "text": self.text_step,
            "contact": choice_step([self.anonymous, self.with_contact]),
            "consent": self.consent,
            "details": self.details,
            "done": self.done,
        }
        for step in STEPS:
            self.stack.addWidget(pages[step])
        self.pages = pages
        self.question = label(role="heading")
        # Typing steps: the step beside the keys (landscape), or the keys in the step, under
        # the field and the way on (portrait): see _place_keys.
        self.body = QBoxLayout(QBoxLayout.LeftToRight)
        self.body.addWidget(self.stack, 5)
        self.body.addWidget(self.keyboard, 6, Qt.AlignTop)
        self._keys_in = self.body
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.question)
        self.outer.addWidget(self.details.problem)  # in the question's place while it shows
        self.outer.addLayout(self.body, 1)
        ctx.session.reset_requested.connect(self.reset)
        ctx.theme.changed.connect(self.relayout)
        ctx.session.profile_changed.connect(self._profile_changed)
        self.relayout()
        self.reset()

    def title(self) -> str:
        return self.ctx.session.tr("feedback.title")

    def open(self) -> None:
        self.reset()  # every card starts blank: nothing of the visitor before

    def hideEvent(self, event) -> None:
        """Leaving the screen (Back, Home, Help's way home) takes what was typed with it."""
        super().hideEvent(event)
        if self.step != "choose":
            self.reset()

    def reset(self) -> None:
        """A new card: nothing chosen, nothing typed, no name or phone anywhere on screen."""
        self.colour, self.category, self.staff = "", "", None
        self.staff_search.clear()
        self.text_step.clear()
        self.details.clear()
        self.done.clear()
        self.go("choose", speak=False)

    # -- the flow ---------------------------------------------------------------------------
    def go(self, step: str, speak: bool = True) -> None:
        self.step = step
        self.stack.setCurrentWidget(self.pages[step])
        self._place_keys()
        self.keyboard.setVisible(step in ("staff", "text", "details"))
        # Initials find a person by name; words and one's own name are written whole.
        self.keyboard.offer(tuple(m for m in ("ko", "en", "digits", "initials")
                                  if m != "initials" or step == "staff"))
        if step == "details":
            self._field_changed(self.details.active)
        elif step in ("staff", "text"):
            self.keyboard.set_mode(self.ctx.session.language)
        self.retranslate()
        if speak:
            QTimer.singleShot(0, self._speak)

    def _speak(self) -> None:
        if self.ctx.voice is not None and self.ctx.voice.on:
            self.ctx.voice.say(read_screen(self.title(), self))

    def _choose(self, colour: str) -> None:
        self.colour = colour
        self.go("staff" if colour == "green" else "category")

    def _category(self, category: str) -> None:
        self.category = category
        self.go("text")

    def _pick_staff(self, staff_id: str | None) -> None:
        self.staff = staff_id
        self.go("text")

    def send(self) -> None:
        """Keep the card (a name and phone only after consent) and say what became of it."""
        consented = self.step == "details"
        name, phone = (self.details.name.text, self.details.phone) if consented else ("", "")
        try:
            card = Card.make(self.colour, self.category, self.text_step.text, self.staff,
                             name, phone)
        except CardError:
            self.details.show_problem(self.ctx.session.tr("feedback.phone.invalid"))
            return
        try:
            self.done.sent(*keep_card(self.ctx, card))
        except Exception:  # not kept: say so, with the desk's phone; nothing stays on screen
            log.exception("a feedback card could not be kept")
            self.done.failed()
        self.details.clear()  # the name and phone leave the screen now
        self.text_step.clear()
        self.go("done")

    def _ask_consent(self) -> None:
        """The consent says how long the name and phone are kept (feedback_keeping.py)."""
        self.consent.days = consent_days_for(self.ctx, self.colour, self.category, self.staff)
        self.go("consent")

    # -- words and look -----------------------------------------------------------------------
    def retranslate(self) -> None:
        s = self.ctx.session
        question = {"choose": "feedback.choose", "category": "feedback.category",
                    "staff": "feedback.staff", "text": "feedback.text",
                    "contact": "feedback.contact", "details": "feedback.details"}.get(self.step)
        self.question.setText(s.tr(question) if question else "")
        self._show_question()
        self.green.set_texts(s.tr("feedback.green"), s.tr("feedback.green.sub"))
        self.yellow.set_texts(s.tr("feedback.yellow"), s.tr("feedback.yellow.sub"))
        for c, b in self.categories.items():
            b.setText(s.tr(CATEGORY_KEYS[c]))
        self.no_staff.setText(s.tr("feedback.staff.none"))
        self._show_staff()
        self.text_step.retranslate(self.colour, self._staff_name())
        self.anonymous.set_texts(s.tr("feedback.anonymous"), s.tr("feedback.anonymous.warning"))
        self.with_contact.set_texts(s.tr("feedback.with_contact"))
        self.consent.retranslate()
        self.details.retranslate()
        self.done.retranslate()

    def _show_question(self) -> None:
        """The step's question, or in its place what is wrong with the phone typed; short of
        room, no question over a step that needs its place."""
        gives_way = self._short_of_room() and self.step in QUESTION_GIVES_WAY
        self.question.setVisible(bool(self.question.text()) and not gives_way
                                 and not self.details.problem.isVisibleTo(self))

    def _short_of_room(self) -> bool:
        theme = self.ctx.theme
        return theme.portrait and theme.zoom >= 2.0 and self.ctx.session.profile.low_position

    def _staff_name(self) -> str:
        person = self.ctx.directory.get("staff", self.staff) if self.staff else None
        return person.name.get(self.ctx.session.language) if person is not None else ""

    def _profile_changed(self, _profile) -> None:
        self.relayout()  # lowered or not: short of room or not

    def relayout(self) -> None:
        theme = self.ctx.theme
        px, touch = theme.px, theme.touch
        # Margins and gaps by the screen, not the text size: magnified, the field, the keys
        # and the way on need the room to show together.
        gap = touch(8) if theme.zoom > 1.0 else touch(20)
        self.outer.setContentsMargins(touch(40), gap, touch(40), gap)
        self.outer.setSpacing(gap)
        for page in self.pages.values():
            if isinstance(page.layout(), (QVBoxLayout, QGridLayout)):
                page.layout().setSpacing(gap)
        for tile in (self.green, self.yellow, self.anonymous, self.with_contact):
            tile.set_padding(touch(32), touch(24))
        for tile in self.staff_rows:
            tile.set_padding(touch(24), touch(12))
        # The card's colour as a broad stripe inside its border, the words beside it; its
        # name says it in words as well. Focused, the ring goes round the tile as on every
        # control.
        for (colour, stripe), tile in zip(self.stripes.items(), (self.green, self.yellow)):
            edge = STRIPE_EDGES.get(colour)
            stripe.set_look(theme.color(colour), touch(24), px(2) + touch(8), touch(6),
                            theme.color(edge) if edge else None, touch(4))
            tile.layout().setContentsMargins(stripe.room() + touch(24), touch(24), touch(32),
                                             touch(24))
        self.consent.relayout(px, theme.portrait or theme.zoom > 1.0)
        self.text_step.relayout(gap, 1 if theme.zoom > 1.0 else 2)
        self.details.relayout(gap, self._short_of_room())
        # Beside each other in landscape at every text size (one over the other, the keys
        # and the way on ran below the fold magnified), as the search screen does.
        self.body.setDirection(QBoxLayout.TopToBottom if theme.portrait
                               else QBoxLayout.LeftToRight)
        self.body.setSpacing(touch(24))
        self._place_keys()
        self._show_question()
