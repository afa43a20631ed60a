"""The staff screen: a directory update from a USB stick, behind the staff PIN.

`wire` gives the window a `staff_flow()` that builds the flow on first use (a kiosk that never
sees a stick never loads it), and `watch_sticks` starts noticing sticks.
"""
from __future__ import annotations

from pathlib import Path


def wire(window, cfg, inputs, switch, load_directory, position_check) -> None:
    """`switch(directory, index)` shows a directory; `position_check(directory)` raises
    ConfigError when this kiosk has no place in it; `load_directory()` reads the stored one."""
    window.staff = None

    def staff_flow():
        if window.staff is None:
            from kiosk.bundle.staff_pin import StaffPin
            from kiosk.ui.staff.flow import StaffFlow

            def public_key():
                from kiosk.bundle.sign import load_public_key
                return load_public_key(cfg["bundle.public_key"])

            window.staff = StaffFlow(window, cfg.data_dir, StaffPin(cfg.data_dir), public_key,
                                     switch, position_check, load_directory, inputs)
        return window.staff

    window.staff_flow = staff_flow
    # While the staff screen is open the visitors' idle reset stays away (it has its own).
    window.idle.hold = lambda: window.staff is not None and window.staff.active


def watch_sticks(window, cfg):
    """Start noticing sticks (see ui/services/usb_watch.py); returns the watcher."""
    from kiosk.directory.paths import find_bundle
    from kiosk.ui.services.usb_watch import UsbWatcher

    watcher = UsbWatcher(find_bundle, roots=[Path(r).expanduser() for r in cfg["usb.roots"]],
                         parent=window)
    watcher.bundle_inserted.connect(lambda folder: window.staff_flow().stick_inserted(folder))
    watcher.removed.connect(lambda folder: window.staff is not None
                            and window.staff.stick_removed(folder))
    watcher.start()
    return watcher
