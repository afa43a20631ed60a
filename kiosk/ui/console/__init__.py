"""The information desk's console: every open call for an attendant, with its kiosk, floor,
need and waiting time; a chime and slow flashing until someone acknowledges; Acknowledge,
Arrived and Resolve; the kiosks that are offline; today's closed calls.

`adapter.py` brings the transport's changes to the GUI thread, `rows.py` says a call in
words, `note_rows.py` a message, `durations.py` every duration, `status_words.py` the
window's own state (no Qt in these four), `call_list.py` paints the lists (an open call's row
in `open_call_row.py`, compact at large text in `compact_call_row.py`), `chime.py` makes and
plays the sound, `window.py` puts it together (`window_layout.py` its parts, `pages.py` the
calls and the rest taking turns at large text on a narrow screen) and `app.py` starts it
from the command line.
"""
from kiosk.ui.console.adapter import ConsoleAdapter
from kiosk.ui.console.window import ConsoleWindow

__all__ = ["ConsoleAdapter", "ConsoleWindow"]
