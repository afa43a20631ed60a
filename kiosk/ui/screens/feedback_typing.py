"""The keys of the card's typing steps (screens/feedback.py): where they sit and what they type
into. Three steps are typed: the person praised (found by the directory's search as the
name grows, initials too), the card's words, and the name and phone after consent (the
phone on digit keys). The page (FeedbackPage) keeps the steps; this part only moves the keys
and carries each key to the field of the step on view.
"""
from __future__ import annotations

from PySide6.QtCore import Qt

STAFF_SHOWN = 4


class CardTyping:
    """Mixed into FeedbackPage: needs its `step`, `pages`, `body`, `keyboard`, `_keys_in`,
    `staff_search`, `staff_query`, `staff_rows`, `text_step` and `details`."""

    def _place_keys(self) -> None:
        """Where the keys go: beside the step in landscape, whose field and way on come first;
        in portrait inside a typing step, under its field and way on and before the people
        found or the phrases, so the three show together (where a magnified, lowered screen
        cannot hold them all, the field and the way on, and the keys take the rest)."""
        page = self.pages[self.step]
        slot = page.property("keys_at")
        inside = self.ctx.theme.portrait and slot is not None
        target = page.layout() if inside else self.body
        if target is self._keys_in:
            return
        self._keys_in.removeWidget(self.keyboard)
        if inside:
            target.insertWidget(slot, self.keyboard)
        else:
            # At their own height, at the top: beside a step that scrolls (the people found,
            # the phrases), keys stretched to its height ran below the fold.
            self.body.addWidget(self.keyboard, 6, Qt.AlignTop)
        self._keys_in = target

    def _field(self):
        if self.step == "staff":
            return self.staff_search
        if self.step == "details":
            return self.details.field()
        return self.text_step.composer

    def _key(self, char: str) -> None:
        field = self._field()
        if self.keyboard.mode == "initials":
            field.set_text(field.text + char)
        else:
            field.press(char)
        self._typed()

    def _backspace(self) -> None:
        self._field().backspace()
        self._typed()

    def _clear_field(self) -> None:
        self._field().clear()
        self._typed()

    def _typed(self) -> None:
        if self.step == "staff":
            self._show_staff()
        elif self.step == "details":
            self.details.typed()
        else:
            self.text_step.show_text()

    def _field_changed(self, field: str) -> None:
        self.keyboard.set_mode("digits" if field == "phone" else self.ctx.session.language)

    def _show_staff(self) -> None:
        s, directory = self.ctx.session, self.ctx.directory
        text = self.staff_search.text
        self.staff_query.setText(text or s.tr("feedback.text.prompt"))
        self.staff_query.setProperty("empty", not text)
        self.staff_query.style().unpolish(self.staff_query)
        self.staff_query.style().polish(self.staff_query)
        hits = self.ctx.search_index().search(text, limit=30) if text.strip() else []
        people = [h.id for h in hits if h.table == "staff"][:STAFF_SHOWN]
        lang = s.language
        for i, b in enumerate(self.staff_rows):
            person = directory.get("staff", people[i]) if i < len(people) else None
            b.setVisible(person is not None)
            if person is not None:
                dept = directory.get("departments", person.department)
                b.set_texts(person.name.get(lang), dept.name.get(lang))
                b.setProperty("staff", person.id)
