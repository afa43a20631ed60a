"""`python -m kiosk staff-pin`: set the PIN that opens the staff screen.

At a terminal it is asked twice, unseen. Piped (`printf '735911\\n' | python -m kiosk
staff-pin`, or --stdin) it is read from the input: the first line, and the second if there is
one must be the same; no prompt, and no warning about echoing (there is no terminal to echo
on). It speaks the kiosk's language (`language.default`) unless --lang says otherwise.
"""
from __future__ import annotations

import sys


def add_parser(sub) -> None:
    sp = sub.add_parser("staff-pin", help="set the PIN that opens the staff screen (asked "
                        "twice at a terminal; read from the input when piped; 4 to 12 digits)")
    sp.add_argument("--stdin", action="store_true",
                    help="read the PIN from the input, as when piped: the first line (a "
                    "second line, if there is one, must repeat it)")
    sp.add_argument("--lang", choices=("ko", "en"), default=None,
                    help="the language of its words (default: the kiosk's language.default)")
    sp.set_defaults(func=cmd_staff_pin)


def _lines(piped: bool, lang: str):
    """The PIN, then its repetition (None when piped with one line), each read when asked:
    at a terminal a PIN of the wrong form is refused before it is asked again."""
    import getpass

    from kiosk.directory.strings import tr

    if piped:
        lines = sys.stdin.read(4096).splitlines()
        yield lines[0] if lines else ""
        yield lines[1] if len(lines) > 1 else None
        return
    yield getpass.getpass(tr("cli.pin.ask", lang) + " ")
    yield getpass.getpass(tr("cli.pin.again", lang) + " ")


def cmd_staff_pin(args) -> int:
    from kiosk.bundle.staff_pin import MAX_DIGITS, MIN_DIGITS, PinError, StaffPin, check_format
    from kiosk.directory import config
    from kiosk.directory.strings import tr

    cfg = config.load(args.config)
    lang = args.lang or ("en" if cfg["language.default"] == "en" else "ko")
    piped = args.stdin or not sys.stdin.isatty()
    typed = _lines(piped, lang)
    pin = next(typed)
    try:
        check_format(pin)
    except PinError:
        print(tr("cli.pin.format", lang, low=MIN_DIGITS, high=MAX_DIGITS), file=sys.stderr)
        return 2
    again = next(typed)
    if again is not None and again != pin:
        print(tr("cli.pin.differ", lang), file=sys.stderr)
        return 2
    staff_pin = StaffPin(cfg.data_dir)
    staff_pin.set(pin)
    print(tr("cli.pin.set", lang, path=staff_pin.path))
    return 0
