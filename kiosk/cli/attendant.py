"""`python -m kiosk attendant`: the information desk's window for calls from kiosks."""
from __future__ import annotations

import sys

from kiosk.cli.context import has_display


def add_parser(sub) -> None:
    a = sub.add_parser("attendant", help="the information desk's window for calls from kiosks")
    a.add_argument("--broker", default="127.0.0.1:1883", metavar="HOST[:PORT]",
                   help="the MQTT broker (default 127.0.0.1:1883)")
    a.add_argument("--user", help="broker user (default: console)")
    a.add_argument("--password", help="broker password (default: the [console] entry of "
                   "<data folder>/broker/credentials.toml, on the kiosk's own PC)")
    a.add_argument("--name", default="", help='the attendant\'s name, shown to the visitor: '
                   '"김민지 직원이 가고 있습니다"')
    a.set_defaults(func=cmd_attendant)


def cmd_attendant(args) -> int:
    if not has_display():
        print("No display found (DISPLAY is not set): the console is a window; start it from "
              "the desk PC's desktop session.", file=sys.stderr)
        return 2
    from kiosk.ui.console.app import run
    return run(args.broker, args.user, args.password, args.name, args.config)
