"""`python -m kiosk` with no command: start the kiosk, full screen (or `--windowed`)."""
from __future__ import annotations

import sys

from kiosk.cli.context import has_display


def cmd_run(args) -> int:
    if not has_display():
        print("No display found (DISPLAY is not set). Start the kiosk from the kiosk's own "
              "desktop session, or render its screens with: python -m kiosk screenshots DIR",
              file=sys.stderr)
        return 2
    from kiosk.ui.app import run
    return run(args.config, windowed=args.windowed, size=args.size)
