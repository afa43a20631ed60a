"""`python -m kiosk staff-pin`: set the PIN that opens the staff screen, asked twice."""
from __future__ import annotations

import sys


def add_parser(sub) -> None:
    sp = sub.add_parser("staff-pin", help="set the PIN that opens the staff screen (asked "
                        "twice; 4 to 12 digits)")
    sp.set_defaults(func=cmd_staff_pin)


def cmd_staff_pin(args) -> int:
    import getpass

    from kiosk.bundle.staff_pin import PinError, StaffPin, check_format
    from kiosk.directory import config

    cfg = config.load(args.config)
    pin = getpass.getpass("New staff PIN (4-12 digits): ")
    try:
        check_format(pin)
    except PinError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if getpass.getpass("The same PIN again: ") != pin:
        print("error: the two PINs differ; nothing was changed", file=sys.stderr)
        return 2
    staff_pin = StaffPin(cfg.data_dir)
    staff_pin.set(pin)
    print(f"Staff PIN set ({staff_pin.path}). Any lockout is lifted.")
    return 0
