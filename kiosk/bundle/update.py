"""Directory bundles: a folder on a USB stick that updates the kiosk's directory. This module
is what the staff screen and the command line use; docs/bundle-format.md describes the
folder.

Order of a check: list the stick's files (links and strangers refused), verify the signature
over the manifest, copy every file into a staging folder in the data folder while hashing
it, compare with the manifest, then read and validate the copy only. A check never changes
the kiosk's data; `apply_bundle` does, atomically (bundle/versions.py).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kiosk.bundle.after_checks import ImageCheck, file_problems, link_problems, number_problems
from kiosk.bundle.charter_checks import charter_problems
from kiosk.bundle.changes import Change, diff, write_report
from kiosk.bundle.export import export_bundle
from kiosk.bundle.ids import canonical, same_ids
from kiosk.bundle.entry_checks import entry_problems
from kiosk.bundle.limit_checks import limit_problems, placement_problems
from kiosk.bundle.meaning_checks import (
    building_problems,
    name_problems,
    plan_size_problems,
    step_free_problems,
)
from kiosk.bundle.parts import BundleParts
from kiosk.bundle.problems import CappedProblems, Problem, problem
from kiosk.bundle.read import PHOTOS, PLANS, read_parts
from kiosk.bundle.reader_errors import os_error
from kiosk.bundle.sign import (
    MAX_VERSION,
    parse_manifest,
    unsafe_paths,
    verify,
    version_in_range,
)
from kiosk.bundle.stage import (
    MANIFEST,
    SIGNATURE,
    list_files,
    read_small,
    remove_staging,
    shown_path,
    stage,
)
from kiosk.bundle.version_folder import Thumbnail
from kiosk.bundle.versions import (
    BundleError,
    VersionInfo,
    cleanup,
    last_signed,
    rollback,
    rollback_target,
    staging_root,
    versions,
)
from kiosk.bundle.versions import apply as _apply
from kiosk.directory import paths
from kiosk.directory.commit_marker import last_applied
from kiosk.directory.directory import Directory
from kiosk.directory.files import demo_fingerprint, load_demo
from kiosk.directory.model import TABLES
from kiosk.directory.paths import BUNDLE_FOLDER, find_bundle
from kiosk.directory.store import Store, open_directory

__all__ = ["BUNDLE_FOLDER", "BundleError", "Change", "Checked", "Problem", "VersionInfo",
           "apply_bundle", "check_bundle", "cleanup", "current_directory", "discard",
           "export_bundle", "find_bundle", "last_applied", "rollback", "rollback_target",
           "versions", "write_report"]


MISMATCH = ("sign.missing_file", "sign.extra_file", "sign.altered", "sign.manifest_unsafe")


@dataclass
class Checked:
    ok: bool
    problems: tuple[Problem, ...]
    changes: tuple[Change, ...]
    version: int | None  # the signed version, if the bundle is signed
    signed: bool
    source: Path
    staging: Path | None
    directory: Directory | None  # the directory as it would be after apply
    parts: BundleParts | None = None
    current: Directory | None = None  # the directory it was checked against (the report
    # names a changed reference, a room or a department, as each directory has it)

    @property
    def matches_signature(self) -> bool:
        """Signed, and its files are the ones signed: none added, missing or altered (a valid
        signature over a manifest the files no longer match verifies nothing)."""
        return self.signed and not any(p.key in MISMATCH and p.severity == "error"
                                       for p in self.problems)

    def photo(self, name: str) -> Path | None:
        """A photo as it would be after apply: the bundle's copy, else the one in use."""
        if self.staging is not None and self.parts is not None:
            path = self.parts.photos.get(name)  # by its NFC name, as the cells name it
            if path is not None and path.is_file():
                return path
        return paths.staff_photo(name)


def check_bundle(source: Path, data_dir: Path, current: Directory, *,
                 public_key: bytes | None, image_check: ImageCheck | None = None,
                 applied_in: Path | None = None, kiosk: tuple[str, str] | None = None
                 ) -> Checked:
    """Check a bundle, staging it under `data_dir`. `applied_in`: the kiosk data folder whose
    last signed version the bundle must be newer than (default `data_dir`; `validate` stages
    in a scratch folder and names the kiosk's own, if the PC is one). `kiosk`: this kiosk's
    configured (id, floor), which the bundle must place, on the kiosk's own PC."""
    source = Path(source)
    problems: list[Problem] = CappedProblems()
    result = Checked(False, (), (), None, False, source, None, None)
    try:
        files, found = list_files(source)
    except OSError as exc:
        return _done(result, [problem("bundle.unreadable", str(source), None,
                                      detail=os_error(exc))])
    problems += found
    manifest = _signature(source, files, applied_in or data_dir, public_key, result, problems)
    wanted = [f for f in files if f not in (MANIFEST, SIGNATURE)]
    if not wanted:
        problems.append(problem("bundle.empty", "", None))
    if _errors(problems):
        return _done(result, problems)
    staged = stage(source, wanted, staging_root(data_dir))
    result.staging = staged.folder
    try:
        return _check_staged(result, staged, manifest, current, problems, image_check, kiosk)
    except BaseException:  # nothing to apply: no staging copy left behind either
        discard(result)
        raise


def _check_staged(result: Checked, staged, manifest, current: Directory,
                  problems: list[Problem], image_check: ImageCheck | None,
                  kiosk: tuple[str, str] | None = None) -> Checked:
    problems += staged.problems
    if manifest is not None:
        problems += _compare(manifest.files, staged.files)
    if _errors(problems):
        return _done(result, problems)
    parts = read_parts(staged.folder)
    problems += parts.problems
    building = parts.building or current.building
    tables = {t: parts.tables.get(t, getattr(current, t)) for t in TABLES}
    after = canonical(Directory(building=building, **tables), parts)
    problems += same_ids(after, parts)
    problems += link_problems(after, parts)
    problems += number_problems(after, parts)
    problems += charter_problems(after, parts)
    problems += building_problems(after, parts)
    problems += name_problems(after, parts)
    problems += step_free_problems(after, parts)
    problems += limit_problems(after, parts)
    problems += entry_problems(after, parts)
    if kiosk is not None:
        problems += placement_problems(after, parts, *kiosk)
    # Photos one after another: on threads (beside the copy or the sheets) the checks of
    # 5,000 photos took 0.5-1.5 s more CPU, every Qt call handing the GIL over, and were no
    # faster on two busy cores (docs/performance.md).
    problems += file_problems(after, parts, image_check)
    problems += plan_size_problems(after, parts)
    result.parts, result.directory, result.current = parts, after, current
    if not _errors(problems):
        result.changes = tuple(diff(
            current, after, _replaced(parts.photos, PHOTOS, staged.files, paths.staff_photo),
            _replaced(parts.plans, PLANS, staged.files, paths.floorplan)))
    return _done(result, problems)


def _errors(problems: list[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)


def _done(result: Checked, problems: list[Problem]) -> Checked:
    result.problems = tuple(problems)
    result.ok = not _errors(problems)
    if not result.ok:  # nothing to apply: leave the data folder exactly as it was
        discard(result)
        result.directory = None
    return result


def _signature(source: Path, files: list[str], data_dir: Path, public_key: bytes | None,
               result: Checked, problems: list[Problem]):
    if SIGNATURE not in files or MANIFEST not in files:
        if public_key is not None:
            problems.append(problem("sign.unsigned", SIGNATURE, None))
            return None
        problems.append(problem("sign.not_checked", "", None, severity="warning"))
        if MANIFEST in files:
            problems.append(problem("sign.manifest_unsigned", MANIFEST, None, severity="warning"))
        return None
    if public_key is None:
        problems.append(problem("sign.not_checked", SIGNATURE, None, severity="warning"))
        return None
    try:
        body, signature = read_small(source, MANIFEST), read_small(source, SIGNATURE)
    except (OSError, ValueError):
        problems.append(problem("sign.manifest_broken", MANIFEST, None))
        return None
    if not verify(body, signature, public_key):
        problems.append(problem("sign.bad", SIGNATURE, None))
        return None
    try:
        manifest = parse_manifest(body)
    except (ValueError, KeyError, TypeError):
        problems.append(problem("sign.manifest_broken", MANIFEST, None))
        return None
    problems += [problem("sign.manifest_unsafe", MANIFEST, None, path=shown_path(p))
                 for p in unsafe_paths(manifest)]
    if not version_in_range(manifest.version):
        problems.append(problem("sign.version_range", MANIFEST, None, version=manifest.version))
        return None
    last = last_signed(data_dir)
    if last is not None and manifest.version <= last:
        key = "sign.old_version" if last < MAX_VERSION else "sign.applied_too_high"
        problems.append(problem(key, MANIFEST, None, version=manifest.version, last=last,
                                next=last + 1))
    result.signed, result.version = True, manifest.version
    return manifest


def _compare(signed: dict, staged: dict) -> list[Problem]:
    out = [problem("sign.missing_file", shown_path(path), None) for path in signed
           if path not in staged]
    out += [problem("sign.extra_file", shown_path(path), None) for path in staged
            if path not in signed]
    out += [problem("sign.altered", shown_path(path), None) for path, entry in staged.items()
            if path in signed and tuple(signed[path]) != entry]
    return out


def _replaced(brought: dict[str, Path], folder: str, staged: dict,
              in_use: Callable[[str], Path | None]) -> set[str]:
    """Files the bundle brings (photos or plans) whose bytes differ from the file of that
    name in use."""
    out = set()
    for name, path in brought.items():
        current = in_use(name)
        entry = staged.get(f"{folder}/{path.name}")  # the name on the stick (perhaps NFD)
        if current is None or not current.is_file() or entry is None or \
                current.stat().st_size != entry[0] or \
                hashlib.sha256(current.read_bytes()).hexdigest() != entry[1]:
            out.add(name)
    return out


def apply_bundle(checked: Checked, data_dir: Path, *, thumbnail: Thumbnail | None = None,
                 store: Store | None = None) -> int:
    """Make the checked bundle the kiosk's directory, atomically; returns the new version's
    number. `store`: the kiosk's open Store, so that its other writers are not raced.
    An apply that fails, for whatever reason, removes the staging copy at once: it can only
    be checked again, from the stick."""
    try:
        if not checked.ok or checked.directory is None or checked.parts is None or \
                checked.staging is None or not checked.staging.is_dir():
            raise BundleError("bundle.err.not_checked")
        return _apply(checked.directory, data_dir, checked.parts.photos, checked.parts.plans,
                      str(checked.source), checked.version if checked.signed else None,
                      thumbnail, store)
    except BaseException:
        discard(checked)
        raise


def discard(checked: Checked) -> None:
    """Remove the staging copy (and the staging folder itself once it is empty)."""
    if checked.staging is not None:
        remove_staging(checked.staging)
        checked.staging = None


def current_directory(data_dir: Path) -> Directory:
    """The directory the kiosk serves now (photos and plans resolved from its version)."""
    return open_directory(data_dir, load_demo, demo_fingerprint)
