"""The screens, and the only package that uses Qt (PySide6).

`app.py` is the one composition root (builds the services, wires them to the screens),
`window.py` the kiosk window, `theme.py` the one palette and scale, `imaging.py` Qt's image
readers for photos. `screens/` is what visitors see; `services/` the small QObject adapters
the screens subscribe to (calls, voice, USB and directory watches, idle, keypad, worker);
`widgets/` the shared parts; `staff/` the staff screen; `console/` the information desk's
window; `screenshots/` renders every screen to PNG. May use every capability package.
"""

# First, before any screen: PySide6 must not keep the source of every module imported after it.
from kiosk.ui import pyside_sources  # noqa: E402, F401
