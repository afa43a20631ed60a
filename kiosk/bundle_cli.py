"""`python -m kiosk bundle ...`: directory bundles from a terminal (docs/bundle-format.md).

    export DIR            the directory in use, written as DIR/kiosk-directory (or DIR itself
                          when DIR is new or empty)
    validate DIR          every problem and the changes, on a staff PC; never touches a data
                          folder (the check stages in a temporary folder)
    sign DIR --key FILE   manifest.json + manifest.sig; keygen NAME: NAME.key + NAME.pub
    apply DIR, rollback [--to N], versions     on the kiosk's own PC
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

USAGE_ERROR = 2


def add_parser(sub) -> None:
    b = sub.add_parser("bundle", help="directory bundles: export, validate, sign, apply, "
                       "roll back (docs/bundle-format.md)")
    cmds = b.add_subparsers(dest="bundle_command", required=True)
    e = cmds.add_parser("export", help="write the directory in use as a bundle folder")
    e.add_argument("dir", type=Path, help="where: DIR itself if new or empty, else "
                   "DIR/kiosk-directory")
    e.set_defaults(func=cmd_export)
    v = cmds.add_parser("validate", help="list every problem (file, row, fix) and the changes "
                        "against the kiosk's directory; exit 1 on errors")
    v.add_argument("dir", type=Path, help="the bundle folder, or the stick holding "
                   "kiosk-directory")
    v.add_argument("--key", help="the site's public key (.pub file or its line); default: "
                   "the bundle.public_key setting")
    v.add_argument("--lang", choices=("ko", "en"), default="ko")
    v.set_defaults(func=cmd_validate)
    s = cmds.add_parser("sign", help="write manifest.json and manifest.sig into the bundle")
    s.add_argument("dir", type=Path)
    s.add_argument("--key", type=Path, required=True, help="the private key file (NAME.key)")
    s.add_argument("--version", type=int, help="the bundle's version; it must be higher than "
                   "the one signed before (default: the time of signing, YYYYMMDDhhmmss)")
    s.set_defaults(func=cmd_sign)
    k = cmds.add_parser("keygen", help="make the site's key pair: NAME.key (private, keep "
                        "it safe) and NAME.pub (for the kiosks' bundle.public_key)")
    k.add_argument("name")
    k.set_defaults(func=cmd_keygen)
    a = cmds.add_parser("apply", help="check a bundle, then make it the kiosk's directory")
    a.add_argument("dir", type=Path)
    a.add_argument("--lang", choices=("ko", "en"), default="ko")
    a.set_defaults(func=cmd_apply)
    r = cmds.add_parser("rollback", help="go back to an earlier applied version")
    r.add_argument("--to", type=int, help="the version number (default: the one before)")
    r.set_defaults(func=cmd_rollback)
    cmds.add_parser("versions", help="the kept versions, the one in use marked *") \
        .set_defaults(func=cmd_versions)


def _bundle_folder(path: Path) -> Path:
    from .core.bundle import find_bundle
    return find_bundle(path) or path


def _current(data_dir: Path):
    """The directory the kiosk serves, read without writing anything: the stored one, else
    the built-in demo (also on a PC that has no kiosk data folder)."""
    from .core import paths
    from .core.directory_files import load_demo
    from .core.store import FILE_NAME, Store

    if (data_dir / FILE_NAME).is_file():
        with Store(data_dir) as store:
            meta = store.directory_meta()
            if meta.get("source") not in (None, "demo"):
                paths.use_data_assets(data_dir / meta["assets"] if meta.get("assets") else None)
                directory = store.load_directory()
                if directory is not None:
                    return directory
    return load_demo()


def _image_tools():
    """kiosk.imaging (Qt's image readers); no display is needed, nor a QGuiApplication."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from . import imaging
    return imaging


def _public_key(text: str | None, cfg) -> bytes | None:
    from .core.bundle_sign import load_public_key
    return load_public_key(text if text is not None else cfg["bundle.public_key"])


def _print_report(checked, lang: str) -> None:
    from .core.bundle_changes import report_text
    print(report_text(checked, lang).replace("\r\n", "\n"), end="")


def cmd_export(args) -> int:
    from .core import config
    from .core.bundle import export_bundle

    cfg = config.load(args.config)
    folder = export_bundle(_current(cfg.data_dir), cfg.data_dir, args.dir)
    print(f"내보냄 / exported: {folder}")
    return 0


def cmd_validate(args) -> int:
    from .core import config
    from .core.bundle import check_bundle, discard

    cfg = config.load(args.config)
    key = _public_key(args.key, cfg)
    current = _current(cfg.data_dir)
    with tempfile.TemporaryDirectory(prefix="kiosk-validate-") as scratch:
        checked = check_bundle(_bundle_folder(args.dir), Path(scratch), current,
                               public_key=key, image_check=_image_tools().check_photo)
        discard(checked)
    _print_report(checked, args.lang)
    return 0 if checked.ok else 1


def cmd_sign(args) -> int:
    from .core.bundle_sign import parse_manifest, sign
    from .core.bundle_stage import MANIFEST

    folder = _bundle_folder(args.dir)
    previous = None
    try:
        previous = parse_manifest((folder / MANIFEST).read_bytes()).version
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no manifest yet, or a broken one that this signing replaces
    version = args.version
    if version is not None and previous is not None and version <= previous:
        print(f"error: --version {version} must be higher than the version signed before "
              f"({previous}) / 버전은 이전 버전({previous})보다 커야 합니다", file=sys.stderr)
        return USAGE_ERROR
    if version is None:  # the time of signing, unless an earlier version was set above it
        clock = int(time.strftime("%Y%m%d%H%M%S", time.gmtime()))
        version = clock if previous is None else max(clock, previous + 1)
    manifest = sign(folder, args.key, version)
    print(f"서명함 / signed: {folder} — 버전 / version {manifest.version}, "
          f"파일 / files {len(manifest.files)}")
    return 0


def cmd_keygen(args) -> int:
    from .core.bundle_sign import keygen

    name = args.name[:-4] if args.name.endswith(".key") else args.name
    private, public = keygen(Path(name + ".key"))
    print(f"비밀 키 / private key: {private} (이 PC에만 보관 / keep it on this PC only)\n"
          f"공개 키 / public key: {public} (키오스크의 bundle.public_key / for the kiosks' "
          f"bundle.public_key)")
    return 0


def cmd_apply(args) -> int:
    from .core import config
    from .core.bundle import apply_bundle, check_bundle, current_directory, discard

    cfg = config.load(args.config)
    key = _public_key(None, cfg)
    imaging = _image_tools()
    checked = check_bundle(_bundle_folder(args.dir), cfg.data_dir,
                           current_directory(cfg.data_dir), public_key=key,
                           image_check=imaging.check_photo)
    _print_report(checked, args.lang)
    if not checked.ok:
        return 1
    try:
        number = apply_bundle(checked, cfg.data_dir, thumbnail=imaging.make_thumbnail)
    finally:
        discard(checked)
    print(f"적용함 / applied: 버전 / version {number}. 키오스크를 다시 시작하면 보입니다 / "
          f"the kiosk shows it after a restart.")
    return 0


def cmd_rollback(args) -> int:
    from .core import config
    from .core.bundle import rollback

    cfg = config.load(args.config)
    number = rollback(cfg.data_dir, to=args.to)
    print(f"되돌림 / rolled back to: 버전 / version {number}")
    return 0


def cmd_versions(args) -> int:
    from .core import config
    from .core.bundle import versions

    cfg = config.load(args.config)
    kept = versions(cfg.data_dir)
    if not kept:
        print("적용한 묶음이 없습니다 / no bundle has been applied")
    for v in kept:
        counts = ", ".join(f"{table} {n}" for table, n in v.counts.items() if n)
        signed = f" signed {v.signed_version}" if v.signed_version is not None else ""
        print(f"{'*' if v.current else ' '} {v.number:3}  {v.saved_at}  {v.source}{signed}\n"
              f"       {counts}")
    return 0


def errors() -> tuple[type[Exception], ...]:
    """What the bundle commands raise for staff to read: shown as one line, exit code 2."""
    from .core.bundle_sign import SignError
    from .core.bundle_versions import BundleError
    return (SignError, BundleError)

