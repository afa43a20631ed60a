"""The console at large text on a narrow screen (200 % on a 1280 px desk screen, say): the open
calls and the rest (kiosks, messages, today's history) take turns, each the whole width,
because beside each other neither showed one call or one message whole. Two buttons above
them say what each page holds and its warnings in words (OVERDUE, NEW, kiosks offline), so a
warning is in view whichever page shows; a new or newly urgent call brings its page forward.
Where both fit side by side (a wider screen, or smaller text) there are no pages, and the
headings say the same warnings."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.directory.strings import tr
from kiosk.ui.console import rows

SIDE_BY_SIDE = 1050  # units of width: the calls keep 700 of them beside the rest


def paged(w: QWidget) -> bool:
    return w.ctx.large and w.width() < w.theme.px(SIDE_BY_SIDE)


def arrange(w: QWidget) -> None:
    """Shows the pages' bar and one page where the window is paged, else both side by side."""
    turns = paged(w)
    w.page_bar.setVisible(turns)
    w.open_heading.setVisible(not turns)
    w.calls_panel.setVisible(not turns or w.page == "calls")
    w.side_scroll.setVisible(not turns or w.page == "side")
    for page, button in w.page_buttons.items():
        button.setChecked(page == w.page)


def warnings(w: QWidget) -> dict[str, str]:
    """The warnings in words ("" where none): calls overdue and new, messages and cards
    overdue, kiosks offline."""
    ctx, lang = w.ctx, w.ctx.language
    calls = w.open_model.calls
    counts = (("calls_late", "console.warn.overdue",
               sum(rows.overdue(c, ctx.now, ctx.open_for(c.key)) for c in calls)),
              ("calls_new", "console.warn.new", sum(rows.is_new(c) for c in calls)),
              ("offline", "console.warn.offline",
               sum(not online for online in w.snapshot.kiosks.values())))
    words = {name: tr(key, lang, n=n) if n else "" for name, key, n in counts}
    words["notes_late"] = w.messages.overdue_words()
    return words


def _joined(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def _page_words(page: str, *warns: str) -> str:
    """A page button's words: what the page holds, its warnings on a line of their own, so
    the sections' names do not run on into the warnings' words."""
    said = _joined(*warns)
    return f"{page}\n{said}" if said else page


def _say(widget: QWidget, text: str) -> None:
    if widget.text() != text:  # each second: words that did not change are not laid out again
        widget.setText(text)


def retranslate(w: QWidget) -> None:
    """The headings' and the page buttons' words, their warnings after them."""
    lang, count = w.ctx.language, len(w.open_model.calls)
    warn = warnings(w)
    heading = tr("console.open", lang, n=count) if count else tr("console.open.none", lang)
    _say(w.open_heading, _joined(heading, warn["calls_late"]))
    _say(w.page_buttons["calls"], _page_words(tr("console.page.calls", lang, n=count),
                                              warn["calls_late"], warn["calls_new"]))
    _say(w.page_buttons["side"], _page_words(
        tr("console.page.side", lang, n=len(w.messages.model.notes)), warn["notes_late"],
        warn["offline"]))
