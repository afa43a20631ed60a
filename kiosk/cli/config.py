"""`python -m kiosk config`: a config file with every setting, its default and its meaning."""
from __future__ import annotations


def add_parser(sub) -> None:
    c = sub.add_parser("config", help="print a config file with every setting and its default")
    c.set_defaults(func=cmd_config)


def cmd_config(args) -> int:
    from kiosk.directory import config
    print(config.example(), end="")
    return 0
