"""Which desk reads a card: the consoles of one department (docs/feedback.md, "Delivery").

A green card naming a person goes to that person's department: their manager answers the
praise. Every other card (a yellow one, or praise for nobody in particular) goes to the
complaint window (the directory's service marked complaint_window = true, seed 002's 고객
불편사항 접수 창구), whose department answers complaints. A directory without one sends the
card to "-": only the consoles that serve every department read it.
"""
from __future__ import annotations

from kiosk.directory.directory import Directory

NO_DEPARTMENT = "-"  # calls/note_protocol.py's topic level for "no department"


def destination(directory: Directory, colour: str,
                staff: str | None) -> tuple[str, tuple[str, str]]:
    """(department id, whom the card is for in (Korean, English)), as the consoles show it."""
    person = directory.staff_member(staff) if colour == "green" else None
    if person is not None and directory.department(person.department) is not None:
        dept = directory.department(person.department)
        return dept.id, tuple(f"{person.name.get(lang)} · {dept.name.get(lang)}"
                              for lang in ("ko", "en"))
    window = next((s for s in directory.services
                   if s.complaint_window and directory.department(s.department) is not None),
                  None)
    if window is None:
        return NO_DEPARTMENT, ("", "")
    dept = directory.department(window.department)
    return dept.id, (dept.name.get("ko"), dept.name.get("en"))
