"""`python -m kiosk attendant`: the information desk's window for calls from kiosks."""
from __future__ import annotations

import os
import sys

from kiosk.cli.context import has_display


def add_parser(sub) -> None:
    a = sub.add_parser("attendant", help="the information desk's window for calls from kiosks")
    a.add_argument("--broker", metavar="HOST[:PORT]",
                   help="the MQTT broker (default: the config's [broker]: the kiosk's own "
                   "broker on this PC at broker.port, or broker.host:broker.port when "
                   "broker.managed = false)")
    a.add_argument("--user", help="this console's broker account, which is its id on the "
                   "broker (default: broker.username of a site broker's config, else the one "
                   "console account of <data folder>/broker/credentials.toml, on the kiosk's "
                   "own PC)")
    a.add_argument("--password", help="the account's password (default: broker.password "
                   "for broker.username, or from that file); "
                   "KIOSK_CONSOLE_PASSWORD in the environment keeps it off the command line")
    a.add_argument("--name", default="", help='the attendant\'s name, shown to the visitor: '
                   '"김민지 직원이 가고 있습니다"')
    a.set_defaults(func=cmd_attendant)


def cmd_attendant(args) -> int:
    if not has_display():
        print("No display found (DISPLAY is not set): the console is a window; start it from "
              "the desk PC's desktop session.", file=sys.stderr)
        return 2
    from kiosk.ui.console.app import run
    password = args.password or os.environ.get("KIOSK_CONSOLE_PASSWORD")  # argv is public
    return run(args.broker, args.user, password, args.name, args.config)
