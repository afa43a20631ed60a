"""The screens, and the only package that uses Qt (PySide6).

`app.py` is the one composition root (builds the services, wires them to the screens),
`window.py` the kiosk window, `theme.py` the one palette and scale, `imaging.py` Qt's image
readers for photos. `screens/` is what visitors see; `services/` the small QObject adapters
the screens subscribe to (calls, voice, USB and directory watches, idle, keypad, worker);
`widgets/` the shared parts; `staff/` the staff screen; `console/` the information desk's
window; `screenshots/` renders every screen to PNG. May use every capability package.
"""

# First the kiosk's core, which needs no Qt, with the standard library it uses: PySide6 reads
# the source of every module imported after it (docs/performance.md §1b), so whatever can
# come before it does. Importing any module of this package runs this first.
import kiosk.bundle.recover  # noqa: E402, F401
import kiosk.directory.commit_marker  # noqa: E402, F401
import kiosk.directory.config  # noqa: E402, F401
import kiosk.directory.files  # noqa: E402, F401
import kiosk.directory.log_file  # noqa: E402, F401
import kiosk.directory.store  # noqa: E402, F401

# Then PySide6, which must not keep those sources (pyside_sources.py), before any screen.
from kiosk.ui import pyside_sources  # noqa: E402, F401
