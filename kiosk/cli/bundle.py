"""`python -m kiosk bundle ...`: directory bundles from a terminal (docs/bundle-format.md).

    export DIR            the directory in use, written as DIR/kiosk-directory (or DIR itself
                          when DIR does not exist yet or is an empty kiosk-directory)
    validate DIR          every problem and the changes, on a staff PC; never touches a data
                          folder (the check stages in a temporary folder)
    sign DIR --key FILE   manifest.json + manifest.sig; keygen NAME: NAME.key + NAME.pub
    apply DIR, rollback [--to N], versions     on the kiosk's own PC
    forget-version        forget the last signed version (one too high to be passed)

Every command takes --lang ko|en. Exit codes: 0 done, 1 the bundle has errors (the report
says which), 2 the command could not run (the message says why).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from kiosk.directory.strings import tr
from kiosk.directory.text_safety import escaped

BUNDLE_ERRORS = 1
USAGE_ERROR = 2


class _Refused(Exception):
    """A command that cannot go on; its text is already in the chosen language."""


def add_parser(sub) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("ko", "en"), default="ko",
                        help="language of the messages and the report")
    b = sub.add_parser("bundle", help="directory bundles: export, validate, sign, apply, "
                       "roll back (docs/bundle-format.md)")
    cmds = b.add_subparsers(dest="bundle_command", required=True)

    def command(name: str, func, help: str):
        p = cmds.add_parser(name, help=help, parents=[common])
        p.set_defaults(func=_guarded(func))
        return p

    e = command("export", cmd_export, "write the directory in use as a bundle folder")
    e.add_argument("dir", type=Path, help="where: DIR itself if it does not exist yet (or "
                   "is an empty kiosk-directory), else DIR/kiosk-directory")
    v = command("validate", cmd_validate, "list every problem (file, row, fix) and the "
                "changes against the kiosk's directory; exit 1 on errors")
    v.add_argument("dir", type=Path, help="the bundle folder, or the stick holding "
                   "kiosk-directory")
    v.add_argument("--key", help="the site's public key (.pub file or its line); default: "
                   "the bundle.public_key setting")
    s = command("sign", cmd_sign, "write manifest.json and manifest.sig into the bundle")
    s.add_argument("dir", type=Path)
    s.add_argument("--key", type=Path, required=True, help="the private key file (NAME.key)")
    s.add_argument("--version", type=int, help="the bundle's version; it must be higher than "
                   "the one signed before (default: the time of signing, YYYYMMDDhhmmss)")
    k = command("keygen", cmd_keygen, "make the site's key pair: NAME.key (private, keep it "
                "safe) and NAME.pub (for the kiosks' bundle.public_key)")
    k.add_argument("name")
    a = command("apply", cmd_apply, "check a bundle, then make it the kiosk's directory")
    a.add_argument("dir", type=Path)
    r = command("rollback", cmd_rollback, "go back to an earlier applied version")
    r.add_argument("--to", type=int, help="the version number (default: the one in use "
                   "before the last apply)")
    command("versions", cmd_versions, "the kept versions, the one in use marked *")
    command("forget-version", cmd_forget_version, "forget the last signed version applied "
            "(when it is so high that no bundle can be newer)")


def _guarded(func):
    """Refusals and file errors as one line on stderr with exit code 2, never a traceback."""
    def run(args) -> int:
        try:
            return func(args)
        except _Refused as exc:
            print(escaped(tr("bundle.cli.error", args.lang, detail=exc)), file=sys.stderr)
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            print(escaped(tr("bundle.cli.error", args.lang,
                             detail=where + (exc.strerror or str(exc)))), file=sys.stderr)
        return USAGE_ERROR
    return run


def _bundle_folder(path: Path, lang: str) -> Path:
    """The bundle folder: PATH itself, or PATH/kiosk-directory on a stick."""
    from kiosk.bundle.update import find_bundle
    folder = find_bundle(path) or path
    if not folder.is_dir():
        raise _Refused(tr("bundle.cli.no_folder", lang, path=path))
    return folder


def _current(data_dir: Path):
    """The directory the kiosk serves, read without writing anything: the stored one, else
    the built-in demo (also on a PC that has no kiosk data folder)."""
    from kiosk.directory import paths
    from kiosk.directory.files import load_demo
    from kiosk.directory.store import FILE_NAME, Store, assets_folder

    if (data_dir / FILE_NAME).is_file():
        with Store(data_dir) as store:
            meta = store.directory_meta()
            if meta.get("source") not in (None, "demo"):
                paths.use_data_assets(assets_folder(data_dir, meta))
                directory = store.load_directory()
                if directory is not None:
                    return directory
    return load_demo()


def _image_tools():
    """kiosk.ui.imaging (Qt's image readers); no display is needed, nor a QGuiApplication."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui import imaging
    return imaging


def _public_key(text: str | None, cfg) -> bytes | None:
    from kiosk.bundle.sign import load_public_key
    return load_public_key(text if text is not None else cfg["bundle.public_key"])


def _print_report(checked, lang: str) -> None:
    from kiosk.bundle.changes import report_text
    print(report_text(checked, lang).replace("\r\n", "\n"), end="")


def cmd_export(args) -> int:
    from kiosk.bundle.update import export_bundle
    from kiosk.directory import config

    cfg = config.load(args.config)
    folder = export_bundle(_current(cfg.data_dir), cfg.data_dir, args.dir)
    print(tr("bundle.cli.exported", args.lang, path=escaped(str(folder))))
    return 0


def cmd_validate(args) -> int:
    from kiosk.bundle.update import check_bundle, discard
    from kiosk.directory import config

    cfg = config.load(args.config)
    folder = _bundle_folder(args.dir, args.lang)
    key = _public_key(args.key, cfg)
    current = _current(cfg.data_dir)
    # On the kiosk's own PC, a version not newer than the one applied is said here already.
    # There, too, the bundle must place this kiosk, as apply requires.
    applied = cfg.data_dir if (cfg.data_dir / "kiosk.json").is_file() else None
    with tempfile.TemporaryDirectory(prefix="kiosk-validate-") as scratch:
        checked = check_bundle(folder, Path(scratch), current, public_key=key,
                               image_check=_image_tools().check_photo, applied_in=applied,
                               kiosk=_this_kiosk(cfg) if applied is not None else None)
        discard(checked)
    _print_report(checked, args.lang)
    return 0 if checked.ok else BUNDLE_ERRORS


def _signed_before(folder: Path) -> int | None:
    """The version in the bundle's own manifest, if it was signed before."""
    from kiosk.bundle.sign import parse_manifest
    from kiosk.bundle.stage import MANIFEST
    try:
        return parse_manifest((folder / MANIFEST).read_bytes()).version
    except (OSError, ValueError, KeyError, TypeError):
        return None  # no manifest yet, or a broken one that this signing replaces


def cmd_sign(args) -> int:
    from kiosk.bundle.sign import sign

    folder = _bundle_folder(args.dir, args.lang)
    previous = _signed_before(folder)
    version = args.version
    if version is not None and previous is not None and version <= previous:
        raise _Refused(tr("bundle.cli.version_low", args.lang, version=version,
                          previous=previous))
    if version is None:  # the time of signing, unless an earlier version was set above it
        clock = int(time.strftime("%Y%m%d%H%M%S", time.gmtime()))
        version = clock if previous is None else max(clock, previous + 1)
    manifest = sign(folder, args.key, version)
    print(tr("bundle.cli.signed", args.lang, path=escaped(str(folder)), version=manifest.version,
             files=len(manifest.files)))
    return 0


def cmd_keygen(args) -> int:
    from kiosk.bundle.sign import keygen

    name = args.name[:-4] if args.name.endswith(".key") else args.name
    for path in (Path(name + ".key"), Path(name + ".pub")):
        if path.exists():  # checked again, atomically, when the key is written
            raise _Refused(tr("bundle.cli.key_exists", args.lang, path=path))
    private, public = keygen(Path(name + ".key"))
    print(tr("bundle.cli.keys_made", args.lang, private=private, public=public))
    return 0


def _this_kiosk(cfg) -> tuple[str, str]:
    """The kiosk's configured id and floor, which a bundle must place (a directory in which
    this kiosk has no place, it would not start with)."""
    return cfg["kiosk.id"], cfg["kiosk.floor"] or ""


def cmd_apply(args) -> int:
    from kiosk.bundle.update import apply_bundle, check_bundle, current_directory, discard
    from kiosk.directory import config

    cfg = config.load(args.config)
    folder = _bundle_folder(args.dir, args.lang)
    key = _public_key(None, cfg)
    imaging = _image_tools()
    checked = check_bundle(folder, cfg.data_dir, current_directory(cfg.data_dir),
                           public_key=key, image_check=imaging.check_photo,
                           kiosk=_this_kiosk(cfg))
    _print_report(checked, args.lang)
    if not checked.ok:
        return BUNDLE_ERRORS
    if not checked.changes:  # as the staff screen's Apply is off: no version for nothing
        discard(checked)
        print(tr("bundle.cli.nothing_changes", args.lang))
        return 0
    try:
        number = apply_bundle(checked, cfg.data_dir, thumbnail=imaging.make_thumbnail)
    finally:
        discard(checked)
    print(tr("bundle.cli.applied", args.lang, number=number))
    return 0


def cmd_rollback(args) -> int:
    from kiosk.bundle.update import rollback, rollback_target, versions
    from kiosk.directory import config

    cfg = config.load(args.config)
    kept = versions(cfg.data_dir)  # read first: no data folder is made to find nothing
    numbers = [v.number for v in kept]
    if args.to is not None and args.to not in numbers:
        raise _Refused(tr("bundle.cli.no_version", args.lang, number=args.to,
                          kept=", ".join(map(str, numbers)) or "-"))
    if args.to is None and rollback_target(cfg.data_dir) is None:
        raise _Refused(tr("bundle.cli.nothing_earlier", args.lang))
    number = rollback(cfg.data_dir, to=args.to)
    print(tr("bundle.cli.rolled_back", args.lang, number=number))
    return 0


def cmd_versions(args) -> int:
    from kiosk.bundle.update import versions
    from kiosk.directory import config

    cfg = config.load(args.config)
    kept = versions(cfg.data_dir)
    if not kept:
        print(tr("bundle.cli.no_versions", args.lang))
    for v in kept:
        counts = ", ".join(f"{table} {n}" for table, n in v.counts.items() if n)
        signed = "  " + tr("bundle.cli.signed_version", args.lang, version=v.signed_version) \
            if v.signed_version is not None else ""
        source = escaped(v.source)  # a stick's folder name may hold ESC
        print(f"{'*' if v.current else ' '} {v.number:3}  {v.saved_at}  {source}{signed}\n"
              f"       {counts}")
    return 0


def cmd_forget_version(args) -> int:
    from kiosk.bundle.versions import forget_signed
    from kiosk.directory import config

    cfg = config.load(args.config)
    if not (cfg.data_dir / "kiosk.json").is_file():
        print(tr("bundle.cli.no_signed", args.lang))
        return 0
    signed = forget_signed(cfg.data_dir)
    print(tr("bundle.cli.forgot_signed" if signed is not None else "bundle.cli.no_signed",
             args.lang, version=signed))
    return 0


def errors() -> tuple[type[Exception], ...]:
    """What the bundle commands raise for staff to read: shown as one line, exit code 2."""
    from kiosk.bundle.sign import SignError
    from kiosk.bundle.versions import BundleError
    return (SignError, BundleError)
