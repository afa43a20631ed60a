"""Copy a bundle from the stick into a staging folder on the kiosk's own disk, hashing each
file while it is copied. Everything after this reads the copy only: the stick could be
changed, or pulled out, after it was checked.

The stick is walked without following links: a symbolic link anywhere is refused, and so is
any path that would resolve outside the bundle folder. Sizes are capped per file type, per
file count and in total, and a file that grows while it is read is cut off and refused.
"""
from __future__ import annotations

import errno
import hashlib
import os
import shutil
import stat
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from kiosk.bundle.parts import BUILDING_FILE
from kiosk.bundle.problems import Problem, problem
from kiosk.bundle.read import PHOTOS, PLANS
from kiosk.bundle.read_sheets import SHEET_TYPES, SHEETS
from kiosk.bundle.reader_errors import os_error
from kiosk.directory.paths import thumbnail_name

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_FILES = 20_000
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_BYTES = {".png": 10 << 20, ".jpg": 10 << 20, ".jpeg": 10 << 20, ".svg": 8 << 20,
             ".csv": 32 << 20, ".xlsx": 32 << 20, ".toml": 8 << 20, ".json": 16 << 20,
             ".sig": 4096}
CHUNK = 1 << 20
# A file name the kiosk's disk keeps (ext4 and NTFS: 255 bytes); a stick's FAT or exFAT allows
# 255 characters, up to 765 bytes of Korean. A photo's thumbnail adds its suffix to its name.
MAX_NAME_BYTES = 255
MAX_PHOTO_NAME_BYTES = MAX_NAME_BYTES - len(thumbnail_name("").encode("utf-8"))
# Left alone without a word: what operating systems and the kiosk itself put on a stick.
_SILENT = ("Thumbs.db", "desktop.ini", "System Volume Information", "$RECYCLE.BIN")
REPORT_PREFIX = "kiosk-report"


@dataclass
class Staged:
    folder: Path | None
    files: dict[str, tuple[int, str]] = field(default_factory=dict)  # path -> (size, sha256)
    problems: list[Problem] = field(default_factory=list)


def is_part(rel: str) -> bool:
    """Whether a path inside the bundle is one the kiosk reads (or signs)."""
    top, _, rest = rel.partition("/")
    if not rest:
        stem, dot, suffix = top.rpartition(".")
        return top in (BUILDING_FILE, MANIFEST, SIGNATURE) or (
            bool(dot) and stem in SHEETS and f".{suffix.lower()}" in SHEET_TYPES)
    return top in (PHOTOS, PLANS) and "/" not in rest


def shown_path(rel: str) -> str:
    """A path as a report shows it: bytes that are not UTF-8 (kept by the file system as
    surrogates) as \\xNN, never a character no file or terminal can write."""
    try:
        raw = os.fsencode(rel)
    except UnicodeEncodeError:  # a surrogate that no file system name decodes to
        raw = rel.encode("utf-8", "backslashreplace")
    return raw.decode("utf-8", "backslashreplace")


def name_problem(name: str, folder: str, file: str, line: int | None) -> Problem | None:
    """A problem if the kiosk cannot keep a file of this name in `folder` (PHOTOS, PLANS or
    "" for the top): not UTF-8, or longer than its disk allows. `file`, `line`: where the
    name was found (the stick's path, or the cell that names it)."""
    try:
        size = len(name.encode("utf-8"))
    except UnicodeEncodeError:
        return problem("files.name_encoding", file, line, name=shown_path(name))
    limit = MAX_PHOTO_NAME_BYTES if folder == PHOTOS else MAX_NAME_BYTES
    if size <= limit:
        return None
    cut = name if len(name) <= 40 else name[:37] + "..."
    return problem("files.name_too_long", file, line, name=cut, size=size, limit=limit)


def list_files(source: Path) -> tuple[list[str], list[Problem]]:
    """The bundle's files as relative POSIX paths, links and strangers refused or set aside."""
    files: list[str] = []
    problems: list[Problem] = []
    root = source.resolve()
    pending = [("", source)]
    while pending:
        prefix, folder = pending.pop()
        with os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                rel = prefix + entry.name
                if entry.name.startswith(".") or entry.name in _SILENT or (
                        not prefix and entry.name.startswith(REPORT_PREFIX)):
                    continue
                shown = shown_path(rel)
                if entry.is_symlink():
                    problems.append(problem("files.symlink", shown, None))
                elif entry.is_dir(follow_symlinks=False):
                    # A folder that is no link can still lead away (a Windows junction);
                    # a file inside a folder that does not cannot.
                    if not Path(entry.path).resolve().is_relative_to(root):
                        problems.append(problem("files.outside", shown, None))
                    elif not prefix and entry.name in (PHOTOS, PLANS):
                        pending.append((rel + "/", Path(entry.path)))
                    else:
                        problems.append(problem("files.ignored", shown + "/", None,
                                                severity="warning"))
                elif not entry.is_file(follow_symlinks=False):
                    problems.append(problem("files.special", shown, None))
                elif is_part(rel):
                    bad_name = name_problem(entry.name, prefix.rstrip("/"), shown, None)
                    if bad_name is not None:
                        problems.append(bad_name)
                    else:
                        files.append(rel)
                else:
                    problems.append(problem("files.ignored", shown, None, severity="warning"))
    if len(files) > MAX_FILES:
        problems.append(problem("files.too_many", "", None, count=len(files), limit=MAX_FILES))
    return sorted(files), problems


def size_limit(rel: str) -> int:
    return MAX_BYTES.get(Path(rel).suffix.lower(), 1 << 20)


def read_small(source: Path, rel: str) -> bytes:
    """A small file (manifest, signature) straight from the stick, capped, links refused."""
    with open_in_bundle(source, rel) as f:
        data = f.read(size_limit(rel) + 1)
    if len(data) > size_limit(rel):
        raise ValueError(rel)
    return data


def open_in_bundle(source: Path, rel: str) -> BinaryIO:
    """A regular file of the bundle, opened for reading one folder at a time, never through a
    link. The stick can change after it was listed: a file swapped for a link, or a folder for
    a link leaving the bundle, is refused, and a pipe or device never blocks the read."""
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    *folders, name = rel.split("/")
    if os.open not in os.supports_dir_fd:
        fd = os.open(source / rel, os.O_RDONLY | nofollow)
    else:
        folder_fd = os.open(source, os.O_RDONLY | os.O_DIRECTORY)
        try:
            for folder in folders:
                inner = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | nofollow, dir_fd=folder_fd)
                os.close(folder_fd)
                folder_fd = inner
            fd = os.open(name, os.O_RDONLY | nofollow | os.O_NONBLOCK, dir_fd=folder_fd)
        finally:
            os.close(folder_fd)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file")
    return os.fdopen(fd, "rb")


def stage(source: Path, files: list[str], staging_root: Path) -> Staged:
    """Copy `files` from `source` into a new folder under `staging_root`, hashing as it goes.
    On any problem the staging folder is removed again and `folder` is None."""
    staging = staging_root / uuid.uuid4().hex
    staged = Staged(staging)
    total = 0
    made: set[Path] = set()
    try:
        staging.mkdir(parents=True)
        for rel in files:
            size, digest, problem_ = _copy(source, rel, staging, made)
            if problem_ is not None:
                staged.problems.append(problem_)
                continue
            staged.files[rel] = (size, digest)
            total += size
            if total > MAX_TOTAL_BYTES:
                staged.problems.append(problem("files.total_too_big", "", None,
                                               limit=MAX_TOTAL_BYTES >> 20))
                break
    except OSError as exc:  # the stick was pulled out, or our own disk is full
        staged.problems.append(problem("stage.read_error", getattr(exc, "_rel", ""), None,
                                       detail=os_error(exc)))
    if any(p.severity == "error" for p in staged.problems):
        remove_staging(staging)
        staged.folder = None
    return staged


def remove_staging(staging: Path) -> None:
    """Remove a staging copy, and the folders above it that only it needed (a refused
    bundle leaves the data folder exactly as it was)."""
    shutil.rmtree(staging, ignore_errors=True)
    for folder in (staging.parent, staging.parent.parent):
        try:
            folder.rmdir()
        except OSError:
            break


def _copy(source: Path, rel: str, staging: Path,
          made: set[Path]) -> tuple[int, str, Problem | None]:
    limit = size_limit(rel)
    target = staging / rel
    if target.parent not in made:  # once per folder, not once per photo
        target.parent.mkdir(parents=True, exist_ok=True)
        made.add(target.parent)
    digest = hashlib.sha256()
    size = 0
    try:
        with open_in_bundle(source, rel) as src, open(target, "wb") as dst:
            while chunk := src.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    return size, "", problem("files.too_big", rel, None, limit=limit >> 20)
                digest.update(chunk)
                dst.write(chunk)
    except OSError as exc:
        exc._rel = rel  # type: ignore[attr-defined]
        raise
    return size, digest.hexdigest(), None
