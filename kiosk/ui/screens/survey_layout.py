"""How the closing question (screens/survey.py) is arranged in each look: between the
header and the footer, whose controls stay in use under it; its faces in as many a row as
their words fit whole on one line, their drawings giving way where the room is short, and,
once one is tapped, the other faces' drawings (the chosen one keeps its own) and, where the
room is still short, the question giving way to a whole reason; its reasons three, two or one a
row. A part of SurveyOverlay, kept apart to keep each module small; it holds the widgets this
arranges."""
from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets.layout_parts import clear_layout


class SurveyLayout:
    """SurveyOverlay's arrangement (its Overlay's relayout extended)."""

    def relayout(self) -> None:
        super().relayout()
        theme = self.ctx.theme
        # Above the footer, whose Help and Accessibility stay in reach.
        footer = getattr(self.parent(), "chrome", None)
        below = footer.footer.sizeHint().height() if footer is not None else 0
        self.layout().setContentsMargins(0, 0, 0, below + theme.px(24))
        self.asked.setSpacing(self.body.spacing())
        if theme.zoom > 1.0 or theme.portrait:
            # Magnified words need the width the dialog's margins would take: margins by
            # the screen, the panel as wide as the window allows.
            self.panel.setFixedWidth(self.width() - theme.touch(24))
            pad = theme.touch(20)
            self.frame.setContentsMargins(pad, pad, pad, pad)
            for box in (self.frame, self.body, self.asked):
                box.setSpacing(theme.touch(20))
        # Between the header and the footer, whose controls stay in use and in sight: the
        # panel never grows over them (its reasons scroll instead; the question and its faces
        # do not).
        self.panel.setMaximumHeight(self.height() - below - theme.px(24)
                                    - self._header_bottom() - theme.px(12))
        self._restyle_faces()
        self._arrange_reasons()

    def _header_bottom(self) -> int:
        """Where the window's header ends, in this overlay's coordinates (0 with none over
        it)."""
        chrome = getattr(self.parent(), "chrome", None)
        if chrome is None or not chrome.header.isVisible():
            return 0
        header = chrome.header
        end = header.mapTo(self.parent(), QPoint(0, header.height())).y()
        return max(0, end - self.y())

    def _columns(self, buttons, most: int) -> int:
        """As many side by side as fit in the panel (fewer with larger text), at least one."""
        px = self.ctx.theme.px
        # Less the dialog's margins and room for its scroll bar, which shows once the reasons
        # make the question taller than the screen.
        room = self.panel.width() - 2 * px(44) - 2 * px(24)
        widest = max(b.sizeHint().width() for b in buttons)
        return next((n for n in range(most, 1, -1)
                     if n * widest + (n - 1) * px(16) <= room), 1)

    def _restyle_faces(self) -> None:
        theme = self.ctx.theme
        self.face_row.setSpacing(theme.touch(8))
        # The drawings by the screen, not the text size, and never smaller magnified than at
        # 100 % (the touch targets' promise): the words grow, the faces keep their size.
        # Once one is tapped, smaller: the reasons under them need the room.
        answered = self.record is not None
        for face in self.faces.values():
            face.set_look(theme.touch(52 if answered else 84), theme.color("text"),
                          theme.touch(6))
            face.set_beside(False)
        # Answered, the faces keep their words (the chosen one with its ✓); the others give
        # their drawings' room to the reasons (lowered at 200 %, a reason showed whole no
        # more). The chosen one keeps its drawing, so a visitor who cannot read still sees
        # the answer: beside its words where it fits there (the row no taller), else over them.
        chosen = self.record["face"] if answered else None
        for n, face in self.faces.items():
            face.face.setVisible(not answered or n == chosen)
        in_a_row = self._place_faces()
        if answered:
            face = self.faces[chosen]
            face.set_beside(True)
            face.set_beside(self._face_width(chosen) <= self._share(self._face_columns))
        # Faces on more rows in the low position's short band leave no room for the note
        # that no answer is needed (still spoken): the faces come first.
        # Once a face is tapped the note has been answered: its room goes to the reasons.
        self.text.setVisible(self.record is None
                             and (in_a_row or not self.ctx.session.profile.low_position))
        # Where the dialog is short (lowered in landscape at 200 %), faces on two rows leave
        # no room: asked, each drawing goes beside its words, still as large and still named
        # (a visitor who cannot read the face reads or hears its words); answered, the
        # question gives way to a whole reason (the face with its ✓ says what was answered;
        # the thanks shows in its place).
        self.title.setVisible(True)
        if not answered and not self._fits():  # the note first (it is said aloud)
            self.text.setVisible(False)
        if not answered and not self._fits():
            for face in self.faces.values():
                face.set_beside(True)
            self._place_faces()
        self.title.setVisible(not answered or self._fits(next(iter(self.reasons.values()))))

    def _place_faces(self) -> bool:
        """The faces in as many a row as their words fit whole on one line (five, three, two
        or one): whether all five are in one row."""
        faces = list(self.faces.values())
        clear_layout(self.face_row, keep_widgets=True)
        columns = self._face_columns = next((n for n in (5, 3, 2) if self._faces_fit(n)), 1)
        fits = columns > 1 or self._faces_fit(1)
        for face in faces:  # measured on one line where they fit so (a dialog that scrolls
            face.words.setWordWrap(not fits)  # measures them narrower, wrapped)
        # Each face takes two cells of a row's 2 x columns; a shorter last row is centred
        # (three over two; two, two and one where three a row would split a face's words).
        for i, face in enumerate(faces):
            row, place = divmod(i, columns)
            in_row = min(columns, len(faces) - row * columns)
            self.face_row.addWidget(face, row, 2 * place + columns - in_row, 1, 2)
        for column in range(10):
            self.face_row.setColumnStretch(column, 1 if column < 2 * columns else 0)
        return columns == 5

    def _fits(self, reason: QWidget | None = None) -> bool:
        """The question, its note where it shows, its faces as they are now, `reason` with its
        heading under them and Close fit in the dialog's greatest height."""
        for face in self.faces.values():
            face.layout().invalidate()
        self.face_row.invalidate()
        frame = self.frame.contentsMargins()
        inner = self.panel.width() - frame.left() - frame.right()
        note = self.text.heightForWidth(inner) + self.asked.spacing() \
            if self.text.isVisibleTo(self) else 0
        need = (frame.top() + frame.bottom() + self.title.heightForWidth(inner) + note
                + self.asked.spacing() + self.face_row.sizeHint().height()
                + self.frame.spacing() + self.close_button.sizeHint().height())
        if reason is not None:  # under its heading, which scrolls with it
            need += (self.frame.spacing() + self.why.heightForWidth(inner)
                     + self.body.spacing() + reason.sizeHint().height())
        return need <= self.panel.maximumHeight()

    def _faces_fit(self, columns: int) -> bool:
        """Each face's words fit whole on one line in its share of the panel's width, clear
        of its border, with the ✓ an answer puts before them (so the faces keep their places
        when one is tapped): a phrase is never split, nor touches its border."""
        share = self._share(columns)
        return all(self._face_width(n) <= share for n in self.faces)

    def _share(self, columns: int) -> int:
        """A face's width with `columns` faces a row."""
        room = (self.panel.width() - self.frame.contentsMargins().left()
                - self.frame.contentsMargins().right() - self.ctx.theme.px(24))  # scroll bar
        return (room - (columns - 1) * self.face_row.spacing()) // columns

    def _face_width(self, n: int) -> int:
        """The width face `n` needs: its words with the ✓, its drawing where beside them,
        its margins and its border as drawn when focused (the ring)."""
        theme, face = self.ctx.theme, self.faces[n]
        face.words.ensurePolished()
        words = face.words.fontMetrics().horizontalAdvance(self.face_words(n, chosen=True))
        margins = face.layout().contentsMargins()
        return (words + margins.left() + margins.right() + 2 * theme.px(6)
                + 2 * theme.touch(8) + face.beside_width())

    def _arrange_reasons(self) -> None:
        """Three reasons a row where they fit, else two, else one (larger text)."""
        px = self.ctx.theme.px
        columns = self._columns(list(self.reasons.values()), 3)
        clear_layout(self.reason_grid, keep_widgets=True)
        self.reason_grid.setSpacing(px(16))
        for i, b in enumerate(self.reasons.values()):
            self.reason_grid.addWidget(b, i // columns, i % columns)

    def _show_reasons(self, on: bool) -> None:
        # Empty until a face is tapped, the sheet takes no room (nor the spacing over the
        # buttons): lowered at 200 %, the faces need it to show whole.
        self.sheet.setVisible(on)
        self.why.setVisible(on)
        for b in self.reasons.values():
            b.setVisible(on)
