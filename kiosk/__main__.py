"""Command line: start the kiosk, or ask it things from a staff PC.

    python -m kiosk [--windowed] [--config FILE]    start the kiosk (full screen)
    python -m kiosk --selftest                        check this installation, as a visit would
    python -m kiosk find QUERY [--lang ko|en] [--json]
    python -m kiosk route TO [--from KIOSK] [--step-free] [--lang ko|en] [--json]
                                                      the way to a place, as the screen shows it
    python -m kiosk screenshots DIR
    python -m kiosk config                            print a documented config file
    python -m kiosk doctor                            what this machine has and lacks
    python -m kiosk say TEXT [--lang ko|en] [--out FILE.wav]   check the kiosk's speech
    python -m kiosk attendant [--account-file FILE] [--broker HOST[:PORT]] [--name NAME]
                                                      the information desk's call console
    python -m kiosk attendant enrol|revoke NAME       a desk PC's console account (kiosk PC)
    python -m kiosk staff-pin                         set the PIN of the staff screen
    python -m kiosk bundle export|validate|sign|keygen|apply|rollback|versions ...
                                                      directory bundles (docs/bundle-format.md)

Each command is a module of kiosk/cli/; this one only builds the parser from them.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

# In the order `--help` lists them; each a module of kiosk/cli/.
COMMANDS = ("find", "screenshots", "doctor", "config", "say", "attendant", "report", "staff_pin",
            "bundle", "route")


MIN_SIDE, MAX_SIDE = 320, 7680  # a phone-sized window up to an 8K panel's side


def window_size(text: str) -> str:
    """--size: "WxH" in whole pixels within MIN_SIDE..MAX_SIDE, as the window is opened
    ("" when not given: argparse passes the default through here too)."""
    if not text:
        return ""
    width, x, height = text.strip().lower().partition("x")
    if not (x and width.isascii() and width.isdigit() and height.isascii()
            and height.isdigit()):
        raise argparse.ArgumentTypeError(f"expected WxH, e.g. 1080x1920, got {text!r}")
    if not all(MIN_SIDE <= int(side) <= MAX_SIDE for side in (width, height)):
        raise argparse.ArgumentTypeError(f"each side must be {MIN_SIDE}-{MAX_SIDE} pixels, "
                                         f"got {text!r}")
    return f"{int(width)}x{int(height)}"


def add_options(p: argparse.ArgumentParser) -> None:
    """The options of the kiosk itself (no command)."""
    p.add_argument("--config", type=Path, help="config file (default: $KIOSK_CONFIG or the "
                   "user config folder's kiosk.toml)")
    p.add_argument("--windowed", action="store_true", help="a normal window, for development")
    p.add_argument("--size", default="", type=window_size, help="window size WxH, e.g. "
                   f"1080x1920, each side {MIN_SIDE}-{MAX_SIDE} pixels (implies --windowed)")
    p.add_argument("--selftest", action="store_true", help="check this installation: load "
                   "the directory, paint every screen offscreen, route, speak, start the "
                   "broker; exit 0 when all passed")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m kiosk", description=__doc__.splitlines()[0])
    add_options(p)
    sub = p.add_subparsers(dest="command")
    for name in COMMANDS:
        importlib.import_module(f"kiosk.cli.{name}").add_parser(sub)
    return p


class _Unsure(argparse.ArgumentParser):
    """Says nothing of a mistake: the whole parser does."""

    def error(self, message: str):
        raise argparse.ArgumentError(None, message)


def plain_start(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of the kiosk's own start, read without the commands' parsers: building
    them (and importing their modules) took ~15 ms of every boot before the first frame.
    None when `argv` holds anything else (a command, --help, a mistake): the whole parser
    then reads it, and reports a mistake as it always did."""
    p = _Unsure(prog="python -m kiosk", add_help=False, allow_abbrev=False)
    add_options(p)
    try:
        args, rest = p.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = plain_start(argv) or parser().parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:  # the kiosk itself, or its self-test: imported only for what runs
        if args.selftest:
            from kiosk.cli.selftest import cmd_selftest as func
        else:
            from kiosk.cli.run import cmd_run as func
    try:
        code = func(args)
        sys.stdout.flush()  # a reader gone (`| head -1`) shows here, not as Python exits
        return code
    except BrokenPipeError:  # the reader of the output stopped: nothing more to tell it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nor at exit
        return 141  # as a shell reports a command ended by SIGPIPE
    except Exception as exc:  # a clear message for staff instead of a traceback
        from kiosk.cli import bundle
        from kiosk.directory.config import ConfigError
        from kiosk.directory.files import DirectoryFileError
        from kiosk.directory.store import StoreError
        # OSError: a file or folder the system refused, which its message names (a data
        # folder under /sys passes the permission check yet takes no files).
        if isinstance(exc, (ConfigError, DirectoryFileError, StoreError, OSError,
                            *bundle.errors())):
            if hasattr(args, "lang"):  # in the command's language, the error's and its own
                from kiosk.directory.strings import tr
                said = exc.text(args.lang) if hasattr(exc, "text") else str(exc)
                print(tr("bundle.cli.error", args.lang, detail=said), file=sys.stderr)
            else:
                print(f"error: {exc}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
