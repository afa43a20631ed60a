"""`python -m kiosk doctor`: what this machine has and lacks for the kiosk, in plain words
(the checks are in doctor_checks.py, loaded only when the command runs: building the parser
at every start of the kiosk must not import the broker, the store and the speech engine)."""
from __future__ import annotations


def add_parser(sub) -> None:
    d = sub.add_parser("doctor", help="what this machine has and lacks for the kiosk")
    d.set_defaults(func=cmd_doctor)


def cmd_doctor(args) -> int:
    from kiosk.cli import doctor_checks
    return doctor_checks.cmd_doctor(args)
