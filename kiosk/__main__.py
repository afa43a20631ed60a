"""Command line: start the kiosk, or ask it things from a staff PC.

    python -m kiosk [--windowed] [--config FILE]    start the kiosk (full screen)
    python -m kiosk find QUERY [--lang ko|en] [--json]
    python -m kiosk route TO [--from KIOSK] [--step-free] [--lang ko|en] [--json]
                                                      the way to a place, as the screen shows it
    python -m kiosk screenshots DIR
    python -m kiosk config                            print a documented config file
    python -m kiosk doctor                            what this machine has and lacks
    python -m kiosk say TEXT [--lang ko|en] [--out FILE.wav]   check the kiosk's speech
    python -m kiosk attendant [--broker HOST[:PORT]] [--user U --password P] [--name NAME]
                                                      the information desk's call console
    python -m kiosk staff-pin                         set the PIN of the staff screen
    python -m kiosk bundle export|validate|sign|keygen|apply|rollback|versions ...
                                                      directory bundles (docs/bundle-format.md)
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def _directory(args):
    from .core import config
    from .core.directory_files import demo_fingerprint, load_demo
    from .core.store import open_directory

    cfg = config.load(args.config)
    return cfg, open_directory(cfg.data_dir, load_demo, demo_fingerprint)


def cmd_find(args) -> int:
    from .core.answers import find
    from .core.search import SearchIndex

    _cfg, directory = _directory(args)
    answers = find(directory, SearchIndex(directory), args.query, args.lang, args.limit)
    if args.json:
        print(json.dumps([a.to_json() for a in answers], ensure_ascii=False, indent=2))
        return 0 if answers else 1
    if not answers:
        from .core.strings import tr
        print(tr("search.none", args.lang))
        return 1
    for i, a in enumerate(answers, 1):
        where = " ".join(p for p in (a.floor, a.room) if p)
        print(f"{i:2}. [{a.kind}] {a.name}" + (f" — {a.detail}" if a.detail else ""))
        facts = [p for p in (where, a.department, a.phone) if p]
        print("    " + " | ".join(facts))
    return 0


def cmd_screenshots(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .core.accessibility import Profile
    from .ui.screenshots import render_all

    cfg, directory = _directory(args)
    profile = Profile(zoom=args.zoom / 100, high_contrast=args.contrast == "high",
                      low_position=args.low_position)
    paths = render_all(directory, cfg, Path(args.dir), langs=args.lang or ("ko", "en"),
                       profile=profile)
    print(f"{len(paths)} screenshots in {args.dir}")
    return 0


def cmd_config(args) -> int:
    from .core import config
    print(config.example(), end="")
    return 0


def cmd_say(args) -> int:
    from .core.speech import Speech, SpeechError, wav_seconds

    speech = Speech()
    try:
        speech.wait_ready(30)
        if speech.can_synthesize and args.out:
            path = speech.save(args.text, args.lang, args.out)
            print(f"{path}  {wav_seconds(path):.2f} s  voice {speech.voices.get(args.lang)}")
            return 0
        if speech.available:
            speech.say(args.text, args.lang)
            speech.wait()
        if not speech.available:  # also when playing failed
            print(f"speech unavailable: {speech.problem}", file=sys.stderr)
            return 2
        return 0
    except SpeechError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        speech.close()


def cmd_doctor(args) -> int:
    from .core import config
    from .core.doctor import report, run_checks

    checks = run_checks(config.load(args.config))
    print(report(checks), end="")
    return 0 if all(c.ok or c.name in ("display", "speech") for c in checks) else 1


def cmd_run(args) -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or os.environ.get("QT_QPA_PLATFORM")):
        print("No display found (DISPLAY is not set). Start the kiosk from the kiosk's own "
              "desktop session, or render its screens with: python -m kiosk screenshots DIR",
              file=sys.stderr)
        return 2
    from .ui.app import run
    return run(args.config, windowed=args.windowed, size=args.size)


def cmd_attendant(args) -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or os.environ.get("QT_QPA_PLATFORM")):
        print("No display found (DISPLAY is not set): the console is a window; start it from "
              "the desk PC's desktop session.", file=sys.stderr)
        return 2
    from .ui.console.app import run
    return run(args.broker, args.user, args.password, args.name, args.config)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m kiosk", description=__doc__.splitlines()[0])
    p.add_argument("--config", type=Path, help="config file (default: $KIOSK_CONFIG or the "
                   "user config folder's kiosk.toml)")
    p.add_argument("--windowed", action="store_true", help="a normal window, for development")
    p.add_argument("--size", default="", help="window size WxH, e.g. 1080x1920 (implies "
                   "--windowed)")
    sub = p.add_subparsers(dest="command")
    f = sub.add_parser("find", help="print what the kiosk answers for a search")
    f.add_argument("query")
    f.add_argument("--lang", choices=("ko", "en"), default="ko")
    f.add_argument("--json", action="store_true")
    f.add_argument("--limit", type=int, default=10)
    f.set_defaults(func=cmd_find)
    s = sub.add_parser("screenshots", help="render every screen to PNG files")
    s.add_argument("dir")
    s.add_argument("--lang", action="append", choices=("ko", "en"))
    s.add_argument("--zoom", type=int, choices=(100, 150, 200), default=100,
                   help="screen magnification in percent")
    s.add_argument("--contrast", choices=("normal", "high"), default="normal")
    s.add_argument("--low-position", action="store_true",
                   help="everything within reach from a wheelchair")
    s.set_defaults(func=cmd_screenshots)
    d = sub.add_parser("doctor", help="what this machine has and lacks for the kiosk")
    d.set_defaults(func=cmd_doctor)
    c = sub.add_parser("config", help="print a config file with every setting and its default")
    c.set_defaults(func=cmd_config)
    v = sub.add_parser("say", help="speak TEXT aloud, or write it to a WAV file (--out)")
    v.add_argument("text")
    v.add_argument("--lang", choices=("ko", "en"), default="ko")
    v.add_argument("--out", type=Path, help="write a WAV file instead of speaking")
    v.set_defaults(func=cmd_say)
    a = sub.add_parser("attendant", help="the information desk's window for calls from kiosks")
    a.add_argument("--broker", default="127.0.0.1:1883", metavar="HOST[:PORT]",
                   help="the MQTT broker (default 127.0.0.1:1883)")
    a.add_argument("--user", help="broker user (default: console)")
    a.add_argument("--password", help="broker password (default: the [console] entry of "
                   "<data folder>/broker/credentials.toml, on the kiosk's own PC)")
    a.add_argument("--name", default="", help='the attendant\'s name, shown to the visitor: '
                   '"김민지 직원이 가고 있습니다"')
    a.set_defaults(func=cmd_attendant)
    r = sub.add_parser("report", help="reports for staff").add_subparsers(dest="report",
                                                                          required=True)
    rc = r.add_parser("calls", help="one month's calls for an attendant against the charter "
                      "(guided within 30 s, an attendant within 5 min)")
    rc.add_argument("--month", required=True, metavar="YYYY-MM", help="local calendar month")
    rc.add_argument("--csv", action="store_true", help="CSV rows instead of a table")
    rc.add_argument("--lang", choices=("ko", "en"), default="ko")
    rc.set_defaults(func=cmd_report_calls)
    sp = sub.add_parser("staff-pin", help="set the PIN that opens the staff screen (asked "
                        "twice; 4 to 12 digits)")
    sp.set_defaults(func=cmd_staff_pin)
    from .bundle_cli import add_parser as add_bundle_parser
    add_bundle_parser(sub)
    from .route_cli import add_parser as add_route_parser
    add_route_parser(sub)
    return p


def cmd_staff_pin(args) -> int:
    import getpass

    from .core import config
    from .core.staff_pin import PinError, StaffPin, check_format

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


def cmd_report_calls(args) -> int:
    from .core import config
    from .core.call_report import (calls_from_records, format_csv, format_text, month_report,
                                   parse_month)
    from .core.store import FILE_NAME, Store

    try:
        parse_month(args.month)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    cfg = config.load(args.config)
    calls, unreadable = [], 0
    if (cfg.data_dir / FILE_NAME).exists():  # no data file: no calls, and nothing created
        with Store(cfg.data_dir) as store:
            calls, unreadable = calls_from_records(store.table("calls").all())
    if unreadable:
        print(f"warning: {unreadable} unreadable call records left out", file=sys.stderr)
    report = month_report(calls, args.month)
    print(format_csv(report) if args.csv else format_text(report, args.lang), end="")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    func = getattr(args, "func", cmd_run)
    try:
        return func(args)
    except Exception as exc:  # a clear message for staff instead of a traceback
        from .core.config import ConfigError
        from .core.directory_files import DirectoryFileError
        from .core.store import StoreError
        from .bundle_cli import errors as bundle_errors
        if isinstance(exc, (ConfigError, DirectoryFileError, StoreError, *bundle_errors())):
            print(f"error: {exc}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
