"""The card's confirmation gives the day of the answer as a person writes it, not ISO."""
from __future__ import annotations

import datetime as dt

import pytest

SUNDAY = dt.datetime(2026, 12, 6, 15, 0).timestamp()
SAID = {"en": "by Sunday 6 December", "ko": "12월 6일 일요일까지"}


@pytest.mark.parametrize("lang", ("ko", "en"))
def test_the_day_of_the_answer_reads_as_words(qtbot, window, lang):
    window.ctx.session.set_language(lang)
    window.navigate(("feedback",))
    done = window.page("feedback").done
    done.sent(None, SUNDAY)
    done.retranslate()
    shown = " ".join(w.text() for w in done.findChildren(type(done.title))
                     if hasattr(w, "text"))
    assert SAID[lang] in shown, shown
    assert "2026-12-06" not in shown
