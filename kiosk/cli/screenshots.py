"""`python -m kiosk screenshots DIR`: every screen rendered offscreen to PNG files."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from kiosk.cli.context import configured_directory


def add_parser(sub) -> None:
    s = sub.add_parser("screenshots", help="render every screen to PNG files")
    s.add_argument("dir")
    s.add_argument("--lang", action="append", choices=("ko", "en"))
    s.add_argument("--zoom", type=int, choices=(100, 150, 200), default=100,
                   help="screen magnification in percent")
    s.add_argument("--contrast", choices=("normal", "high"), default="normal")
    s.add_argument("--low-position", action="store_true",
                   help="everything within reach from a wheelchair")
    s.set_defaults(func=cmd_screenshots)


def cmd_screenshots(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.directory.accessibility import Profile
    from kiosk.ui.screenshots.visitor import render_all

    out = Path(args.dir)
    try:  # before the config, the directory and Qt: a wrong DIR is said in one line
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = "a file of that name is there" if out.exists() else exc.strerror or str(exc)
        print(f"error: screenshots: cannot make the folder {args.dir!r} ({reason}); give a "
              f"folder to write the pictures into", file=sys.stderr)
        return 2
    cfg, directory = configured_directory(args)
    profile = Profile(zoom=args.zoom / 100, high_contrast=args.contrast == "high",
                      low_position=args.low_position)
    paths = render_all(directory, cfg, out, langs=args.lang or ("ko", "en"),
                       profile=profile)
    print(f"{len(paths)} screenshots in {args.dir}")
    return 0
