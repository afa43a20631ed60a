"""Directory updates from a USB stick (docs/bundle-format.md). `update.py` is what the staff
screen and the command line call: check, apply, roll back. Behind it: listing and staging the
stick (`stage.py`), reading the parts (`read.py`), what the directory after the update must
hold (`after_checks.py`, `meaning_checks.py`), problems in both languages (`problems.py`,
its messages in `messages_*.py`, Korean names of lists in `korean.py`, the readers' own
English said in both languages in `reader_errors.py`), signatures (`sign.py`),
the changes and their report (`changes.py`; `report_lines.py` and `change_values.py`: what
screen and report share, old → new values among it; `report_values.py`: long values cut), export (`export.py`), kept versions (`versions.py`), the start-up without a usable
kiosk.json (`recover.py`), and the staff PIN (`staff_pin.py`).

May use kiosk.directory and kiosk.wayfinding (a bundle's graph and plans are checked before
it is applied); never Qt: photos are checked and shrunk by functions handed in
(kiosk.ui.imaging).
"""
