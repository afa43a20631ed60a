"""`python -m kiosk attendant`: the information desk's window for calls from kiosks; and, on
the kiosk PC, `attendant enrol|revoke|consoles` for the desk PCs' accounts (cli/enrol.py)."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kiosk.cli import enrol
from kiosk.cli.context import has_display

# sysexits' EX_CONFIG: a setting that will not fix itself. The desk PC's unit does not restart
# on it (RestartPreventExitStatus), while "no display yet" (2) is worth another try.
BAD_SETTING = 78


def add_parser(sub) -> None:
    a = sub.add_parser("attendant", help="the information desk's window for calls from kiosks; "
                       "enrol, revoke or list the desk PCs' console accounts")
    a.add_argument("--account-file", type=Path, metavar="FILE",
                   help="this console's account file, made on the kiosk PC by 'attendant "
                   "enrol' (default: broker.account_file of the config)")
    a.add_argument("--broker", metavar="HOST[:PORT]",
                   help="the MQTT broker (default: the account file's, else the config's "
                   "[broker]: the kiosk's own broker on this PC at broker.port, or "
                   "broker.host:broker.port when broker.managed = false)")
    a.add_argument("--user", help="this console's broker account, which is its id on the "
                   "broker (default: the account file's, else broker.username of a site "
                   "broker's config, else the one console account of <data folder>/broker/"
                   "credentials.toml, on the kiosk's own PC)")
    # Refused: a command line is visible to every user of the PC (ps).
    a.add_argument("--password", help=argparse.SUPPRESS)
    a.add_argument("--name", default="", help='the attendant\'s name, shown to the visitor: '
                   '"김민지 직원이 가고 있습니다" (required: a person\'s name of 1-20 characters: letters, spaces, hyphen, '
                   'apostrophe or middle dot)')
    a.set_defaults(func=cmd_attendant)
    enrol.add_parsers(a.add_subparsers(dest="action", metavar="{enrol,revoke,consoles}"))


def cmd_attendant(args) -> int:
    from kiosk.calls import wire_check  # the kiosk's own start needs none of it

    if args.password is not None:
        print("error: --password is not accepted: every user of this PC can read a command "
              "line. Use the account file from 'attendant enrol' (--account-file FILE), or "
              "KIOSK_CONSOLE_PASSWORD in the environment with --user NAME.", file=sys.stderr)
        return BAD_SETTING
    try:  # the wire's rule, and a name at all: the visitor is told who is coming
        wire_check.person_name(wire_check.attendant(args.name, "--name", required=True),
                               "--name")
    except wire_check.ProtocolError as exc:
        print(f"error: {exc}. Give the attendant's name, shown to visitors (\"김민지 직원이 "
              f"가고 있습니다\"): a person's name of 1-{wire_check.MAX_PERSON_NAME} characters, "
              "letters, spaces, hyphen, apostrophe or middle dot, no digits or punctuation "
              "(kiosks refuse every answer whose name has control or invisible characters, "
              "and tell visitors \"a staff member\" for any other that is not a name). On the "
              "desk PC it is KIOSK_ATTENDANT_NAME in ~/.config/library-kiosk/attendant.env.",
              file=sys.stderr)
        return BAD_SETTING
    if not has_display():
        print("No display found (DISPLAY is not set): the console is a window; start it from "
              "the desk PC's desktop session.", file=sys.stderr)
        return 2
    from kiosk.ui.console.app import run
    password = os.environ.get("KIOSK_CONSOLE_PASSWORD")
    return run(args.broker, args.user, password, args.name, args.config, args.account_file)
