"""`python -m kiosk find QUERY`: what the kiosk answers for a search, with floor, room, phone."""
from __future__ import annotations

import json

from kiosk.cli.context import configured_directory


def add_parser(sub) -> None:
    f = sub.add_parser("find", help="print what the kiosk answers for a search")
    f.add_argument("query")
    f.add_argument("--lang", choices=("ko", "en"), default="ko")
    f.add_argument("--json", action="store_true")
    f.add_argument("--limit", type=_at_least_one, default=10, metavar="N",
                   help="at most N answers (default 10)")
    f.set_defaults(func=cmd_find)


def _at_least_one(text: str) -> int:
    import argparse

    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"a whole number of answers, 1 or more; got {text!r}")
    return number


def cmd_find(args) -> int:
    from kiosk.search.answers import find
    from kiosk.search.index import SearchIndex

    _cfg, directory = configured_directory(args)
    answers = find(directory, SearchIndex(directory), args.query, args.lang, args.limit)
    if args.json:
        print(json.dumps([a.to_json() for a in answers], ensure_ascii=False, indent=2))
        return 0 if answers else 1
    if not answers:
        from kiosk.directory.strings import tr
        print(tr("search.none", args.lang))
        return 1
    for i, a in enumerate(answers, 1):
        where = " ".join(p for p in (a.floor, a.room) if p)
        print(f"{i:2}. [{a.kind}] {a.name}" + (f" — {a.detail}" if a.detail else ""))
        facts = [p for p in (where, a.department, a.phone) if p]
        print("    " + " | ".join(facts))
    return 0
