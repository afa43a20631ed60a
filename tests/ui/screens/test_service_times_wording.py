"""A service's processing time reads as a sentence of the visitor's language."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

LINES = {"en": "By law: 3 hours · Our target: 10 minutes · Fee: Free",
         "ko": "법정 3시간, 권고 10분, 수수료 무료"}


@pytest.mark.parametrize("lang", ("ko", "en"))
def test_the_certificates_times_read_as_words(qtbot, window, lang):
    window.ctx.session.set_language(lang)
    window.navigate(("card", "services", "certificates"))
    shown = [w.text() for w in window.current_page().findChildren(QLabel) if w.isVisible()]
    assert any(LINES[lang] in text for text in shown), "\n".join(shown)
