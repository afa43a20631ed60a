"""`python -m kiosk route TO`: the way the kiosk shows, printed, for staff checking the
navigation graph after an edit. TO is anything `find` takes (a room, a person, a service, an
amenity, in Korean or English, initials or a typo); the best match that has a place on the
plans is routed.
"""
from __future__ import annotations

import json
import sys

from kiosk.cli.context import configured_directory

ROUTED = ("rooms", "staff", "services", "amenities", "departments")


def add_parser(sub) -> None:
    r = sub.add_parser("route", help="print the way from the kiosk to a room, person, "
                       "service or amenity (as the route screen shows it)")
    r.add_argument("to", help="what to find, as `find` takes it")
    r.add_argument("--from", dest="start", metavar="KIOSK",
                   help="a kiosk id or navigation node id (default: this kiosk, where its "
                   "config places it: kiosk.id, kiosk.floor, kiosk.x, kiosk.y)")
    r.add_argument("--step-free", action="store_true", help="elevators and ramps only")
    r.add_argument("--lang", choices=("ko", "en"), default="ko")
    r.add_argument("--json", action="store_true", help="the route with its nodes, as JSON")
    r.set_defaults(func=cmd_route)


def cmd_route(args) -> int:
    from kiosk.directory.strings import tr
    from kiosk.search.index import SearchIndex
    from kiosk.wayfinding.route import NoRoute
    from kiosk.wayfinding.wayfinder import Wayfinder

    from kiosk.directory.config import kiosk_position

    cfg, directory = configured_directory(args)
    try:  # without --from, where the screen starts: kiosk.floor, x and y too
        wayfinder = Wayfinder(directory, args.start or kiosk_position(directory, cfg))
    except KeyError as exc:
        print(f"error: --from: {exc.args[0]}", file=sys.stderr)
        return 2
    hits = SearchIndex(directory).search(args.to, limit=20)
    target = next(((h.table, h.id) for h in hits if h.table in ROUTED
                   and _placed(wayfinder, h.table, h.id)), None)
    if target is None:
        print(tr("search.none", args.lang))
        return 1
    try:
        route = wayfinder.route(target, step_free=args.step_free)
    except NoRoute as no_route:
        print(f"{target[0]}/{target[1]}: {no_route.reason.get(args.lang)}")
        print(tr("route.ask_desk", args.lang, phone=directory.desk_phone()))
        return 1
    if args.json:
        print(json.dumps(_as_json(route, target), ensure_ascii=False, indent=2))
        return 0
    from kiosk.wayfinding.wayfinder import route_text
    print(route_text(route, args.lang))
    print(f"[{target[0]}/{target[1]}: {' > '.join(route.floors)}, "
          f"{'step-free, ' if route.step_free else ''}{len(route.nodes)} nodes]")
    return 0


def _placed(wayfinder, table: str, item_id: str) -> bool:
    try:
        return bool(wayfinder.doors.get(wayfinder.room_of(table, item_id)))
    except KeyError:
        return False


def _as_json(route, target) -> dict:
    return {
        "target": {"table": target[0], "id": target[1]},
        "destination": {"ko": route.destination.ko, "en": route.destination.en},
        "from": route.start, "to": route.end, "step_free": route.step_free,
        "length_m": round(route.length_m, 1), "seconds": route.seconds,
        "floors": list(route.floors), "nodes": list(route.nodes),
        "steps": [{"n": n, "kind": s.kind, "floor": s.floor, "point": list(s.point),
                   "ko": s.text.ko, "en": s.text.en} for n, s in enumerate(route.steps, 1)],
    }
