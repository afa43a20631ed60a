"""What is wrong with a form is said alike on the message form and the feedback card's
contact form: marked with ⚠ and drawn in the same bold type, not by colour alone."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_both_forms_mark_their_problem_alike(qtbot, window):
    window.navigate(("feedback",))
    card = window.current_page()
    card._choose("yellow")
    card._category("other")
    card.go("details")
    card.details.phone_field.set_text("1234")
    card.send()  # refused: too short a number
    QApplication.processEvents()
    problem = card.details.problem
    assert problem.isVisible() and problem.text().startswith("⚠ ")

    window.navigate(("message", "staff", "s04"))
    page = window.current_page()
    page._agreed()
    page.form.submit()  # nothing typed
    QApplication.processEvents()
    error = page.form.error
    assert error.isVisible() and error.text().startswith("⚠ ")
    for font in (problem.font(), error.font()):
        assert font.bold()
    assert problem.font().pixelSize() == error.font().pixelSize()
