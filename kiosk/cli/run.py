"""`python -m kiosk` with no command: start the kiosk, full screen (or `--windowed`)."""
from __future__ import annotations

import gc
import sys

from kiosk.cli.context import has_display


def cmd_run(args) -> int:
    if not has_display():
        print("No display found (DISPLAY is not set). Start the kiosk from the kiosk's own "
              "desktop session, or render its screens with: python -m kiosk screenshots DIR",
              file=sys.stderr)
        return 2
    # Start-up makes objects that live as long as the kiosk (modules, classes, Qt's enums, the
    # directory) and next to no garbage: Python's collector scanned them 57 times before the
    # first frame to free 391 objects (docs/performance.md §1e). It resumes at the first frame.
    gc.disable()
    from kiosk.directory.running import FolderInUse
    from kiosk.ui.app import run
    try:
        return run(args.config, windowed=args.windowed, size=args.size)
    except FolderInUse as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
