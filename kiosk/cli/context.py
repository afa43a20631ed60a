"""What most commands start from: the config (`--config`) and the directory in use."""
from __future__ import annotations

import os


def configured_directory(args):
    """(config, directory): the kiosk's stored directory, or the demo when none is stored."""
    from kiosk.directory import config
    from kiosk.directory.files import demo_fingerprint, load_demo
    from kiosk.directory.store import open_directory

    cfg = config.load(args.config)
    return cfg, open_directory(cfg.data_dir, load_demo, demo_fingerprint)


def has_display() -> bool:
    """A window can open: an X or Wayland display, or a Qt platform chosen (offscreen)."""
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM"))
