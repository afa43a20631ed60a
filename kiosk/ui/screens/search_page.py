"""Search: what the visitor types (touch keyboard or a real one) and the answers, updated on
every keystroke."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.search.hangul_input import HangulComposer
from kiosk.ui.services.unfound_searches import UnfoundSearches
from kiosk.ui.theme import WordsAt
from kiosk.ui.widgets.answer_list import AnswerListModel, answer_view
from kiosk.ui.widgets.basic import label
from kiosk.ui.widgets.keyboard import TouchKeyboard

LIMIT = 50
MAX_LENGTH = 60  # longer than any name or duty; past it keys do nothing
KEYS_PER_CHAR = 5  # at most this many jamo keys make one syllable (ㄷ ㅗ ㅐ ㄹ ㄱ)
SHORT_ZOOM = 1.5  # the answers' text size at 200 %, beside or over the keys


class SearchPage(QWidget):
    results_changed = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setProperty("takes_text", True)  # the keyboard's digits type here (services/keypad.py)
        self.composer = HangulComposer()
        self.unfound = UnfoundSearches(ctx, self)  # searches that end with nothing found
        self.query = label(role="query", wrap=False)
        self.query.setObjectName("SearchQuery")
        # However long the text, the box keeps its width and shows the end being typed.
        self.query.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.count = label(role="muted")
        self.model = AnswerListModel(ctx, self)
        self.results = answer_view(ctx, self.model, way=True)
        self.results.itemDelegate().duties = False  # two whole results beside the keys
        self.results.setObjectName("SearchResults")
        self.keyboard = TouchKeyboard(ctx)
        self.keyboard.key_pressed.connect(self.type_key)
        self.keyboard.backspace_pressed.connect(self.backspace)
        self.keyboard.clear_pressed.connect(self.clear)
        self.left = left = QVBoxLayout()  # the answers, under the typed words in landscape
        left.addWidget(self.count)
        left.addWidget(self.results, 1)
        self.keys_box = QVBoxLayout()  # the keys, a column of their own in landscape
        self.keys_box.addWidget(self.keyboard, 1)
        self.body = QBoxLayout(QBoxLayout.LeftToRight)
        self.body.addLayout(left, 5)
        self.body.addLayout(self.keys_box, 6)
        self.top = QHBoxLayout()  # portrait: the typed words, and the count where short
        self.top.addWidget(self.query, 1)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(self.top)
        self.outer.addLayout(self.body, 1)
        ctx.session.reset_requested.connect(self.reset)
        ctx.theme.changed.connect(self.relayout)
        ctx.session.profile_changed.connect(self._profile_changed)
        self.relayout()
        self.retranslate()

    def title(self) -> str:
        return self.ctx.session.tr("search.title")

    def open(self) -> None:
        self.setFocus()

    # -- typing ------------------------------------------------------------------------------
    def type_key(self, char: str) -> None:
        if len(self.composer.text) >= MAX_LENGTH:
            return
        if self.keyboard.mode == "initials":
            # Initials are typed one by one, never composed (ㄹ then ㅅ must not become ㄽ).
            self.composer.set_text(self.composer.text + char)
        else:
            self.composer.press(char)
        self.update_results()

    def backspace(self) -> None:
        self.composer.backspace()
        self.update_results()

    def clear(self) -> None:
        self.composer.clear()
        self.update_results()

    def reset(self) -> None:
        """A new visitor: nothing typed, keys in the default language."""
        self.keyboard.set_mode(self.ctx.session.language)
        self.clear()

    def set_query(self, text: str) -> None:
        self.composer.set_text(text[:MAX_LENGTH])
        self.update_results()

    def keyPressEvent(self, event) -> None:
        """A physical keyboard types into the same box."""
        if event.key() == Qt.Key_Backspace:
            self.backspace()
        elif event.text() and event.text().isprintable():
            # A scanner or a stuck key may send a page of text at once: only what can fit
            # is looked at, so the screen answers at once whatever came.
            for char in event.text()[:MAX_LENGTH * KEYS_PER_CHAR]:
                self.type_key(char)
        else:
            super().keyPressEvent(event)

    def update_results(self) -> None:
        text = self.composer.text
        hits = self.ctx.search_index().search(text, limit=LIMIT) if text.strip() else []
        self.model.set_items((h.table, h.id, h.tier_name) for h in hits)
        self.results.scrollToTop()
        self._show_query()
        self.unfound.typed(text, len(hits))
        self.results_changed.emit(len(hits))

    def _show_query(self) -> None:
        s, text = self.ctx.session, self.composer.text
        shown = text if text else s.tr("search.prompt")
        width = self.query.contentsRect().width() - self.ctx.theme.px(40)
        # The prompt wraps (over the keys alone, magnified, it needs two lines); what is
        # typed stays on one line, its end in view.
        self.query.setWordWrap(not text)
        if width > 0 and text:
            shown = self.query.fontMetrics().elidedText(shown, Qt.ElideLeft, width)
        self.query.setText(shown)
        self.query.setProperty("empty", not text)
        self.query.style().unpolish(self.query)
        self.query.style().polish(self.query)
        n = self.model.rowCount()
        self._place_count()
        if not text.strip():
            self.count.setText(s.tr("search.hint"))
        elif n == 0:
            self.count.setText(s.tr("search.none"))
        else:
            self.count.setText(s.tr("search.count_more" if n >= LIMIT else "search.count", n=n))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_query()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.unfound.ended()  # the visitor left the screen: this search is over

    # The page itself takes the typing (a keyboard's keys, the keypad landing here): the query
    # box then wears the focus ring, so a visitor with keys sees where they are.
    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._mark_focus(True)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._mark_focus(False)

    def _mark_focus(self, focused: bool) -> None:
        self.query.setProperty("focused", focused)
        self.query.style().unpolish(self.query)
        self.query.style().polish(self.query)

    # -- look --------------------------------------------------------------------------------
    def _profile_changed(self, _profile) -> None:
        self.relayout()  # lowered or not: the list's share of the width

    def relayout(self) -> None:
        theme = self.ctx.theme
        px = theme.px
        portrait = theme.portrait
        # Magnified beside the keys, the answers take the larger part of the width.
        beside = not portrait and theme.zoom > 1.0
        low = theme.zoom >= 2.0 and self.ctx.session.profile.low_position
        # In landscape the typed words sit over the answers at every text size and lowered
        # too, so a visitor who changes the text size finds them where they were: over the
        # keys a landscape band lowered at 200 % was too short for the keys' last row, and
        # across the whole width they took a line from the answers. The keys have their
        # column's height to themselves.
        self.top.removeWidget(self.query)
        self.left.removeWidget(self.query)
        (self.top if portrait else self.left).insertWidget(0, self.query, 1 if portrait else 0)
        short = self._short_of_room()
        self._place_count()
        self.top.setSpacing(px(16))
        self.query.setStyleSheet(f"font-size: {WordsAt(theme, SHORT_ZOOM).px(40)}px; "
                                 f"padding: {theme.touch(4)}px {px(20)}px;" if short else "")
        # There the keys keep their own height at the column's top: stretched to a page that
        # scrolls for a tall answer's row, their last rows ran below the band.
        self.keys_box.setAlignment(self.keyboard, Qt.AlignTop if beside and low
                                   else Qt.Alignment())
        self.body.setDirection(QBoxLayout.TopToBottom if portrait else QBoxLayout.LeftToRight)
        # Side by side the two share the width, magnified the answers the larger part (their
        # words grow; the keys need only room for their letters); stacked, the keys keep
        # their size and the answers take the rest of the height. Lowered at 200 %, a
        # landscape screen shows little height: every pixel of width goes to the rows, or an
        # answer's row grows taller than what shows, never seen whole.
        self.body.setStretch(0, 1 if portrait else 3 if beside else 5)
        self.body.setStretch(1, 0 if portrait else 2 if beside else 6)
        side = px(8) if low and not portrait else px(24)
        # Lowered at 200 % the band is short: every key stays whole in it (the visitor types
        # with each of them), the gaps follow the screen, not the text, and in portrait the
        # answers take what the typed words and the keys leave (two whole, their words a size
        # smaller: below), a taller row scrolled through in its list.
        gap = theme.touch(8) if low else px(12)
        self.outer.setContentsMargins(side, gap if low else px(16), side,
                                      gap if low else px(16))
        self.outer.setSpacing(gap)
        self.left.setSpacing(gap)
        self.keys_box.setSpacing(gap)
        self.body.setSpacing(gap if low else px(20))
        self.results.keep_rows_whole(not (low and portrait))
        # Magnified, where the keys leave the answers a third of a page (lowered, less), each
        # answer takes the shorter of its arrangements, the place and the phone on one line
        # under the name where that is shorter, and at 200 % its words are drawn at the 150 %
        # size: at the 200 % size one answer showed (an English one not whole), and lowered
        # at 150 % an English second answer was cut through its phone number.
        delegate = self.results.itemDelegate()
        delegate.words_zoom, delegate.stack = (SHORT_ZOOM, True) if theme.zoom > 1.0 \
            else (None, False)
        self.results.scheduleDelayedItemsLayout()
        self._show_query()

    def _short_of_room(self) -> bool:
        """Lowered in portrait and magnified: the band holds the typed words, the keys and
        little more."""
        theme = self.ctx.theme
        return theme.portrait and theme.zoom > 1.0 and self.ctx.session.profile.low_position

    def _place_count(self) -> None:
        """The count goes beside the typed words where the band is short, so its line goes
        to a second answer; the hint, while nothing is typed, stays over the list, which is
        empty until the first key (beside the typed words it had no room, and gave way)."""
        beside = self._short_of_room() and bool(self.composer.text.strip())
        box, other = (self.top, self.left) if beside else (self.left, self.top)
        if box.indexOf(self.count) < 0:
            other.removeWidget(self.count)
            box.insertWidget(box.count() if beside else box.indexOf(self.results), self.count)

    def retranslate(self) -> None:
        if not self.composer.text and self.keyboard.mode in ("ko", "en"):
            self.keyboard.set_mode(self.ctx.session.language)  # keys in the visitor's script
        self._show_query()
