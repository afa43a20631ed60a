"""Directory bundles: validate and apply a bundle of 5,000 staff with 5,000 photos.

How: the bundle is written once per run in a temp folder, the way staff make one: export the
demo directory (`export_bundle`), then replace its staff sheet with 5,000 people (Korean
names, the demo's departments and rooms, duties) and put 5,000 distinct photos in photos/
(300x400 JPEG drawn with QPainter: a colour and the person's initials each). The same
bundle is measured with the staff sheet as XLSX, as CSV (UTF-8 with BOM, as Excel's
"CSV UTF-8" writes it), and as XLSX signed with a site key (the kiosk then verifies the
manifest and compares every staged file with it).

Each variant runs in its own child process, so its peak memory is its own: `--repeats` times,
each on a fresh data folder holding the demo directory, "validate" is `check_bundle` with
kiosk.ui.imaging.check_photo (as `python -m kiosk bundle validate/apply` call it) and "apply" is
`apply_bundle` with kiosk.ui.imaging.make_thumbnail (5,000 thumbnails), timed with
perf_counter; the staging copy is discarded after each apply, untimed. The bundle is read
from this machine's disk (page cache): a real USB stick adds its read time to validate.

    python benchmarks/bench_bundle.py [--repeats 3] [--staff 5000] [--variants xlsx,csv,signed]
    python benchmarks/bench_bundle.py --profile validate|apply   # cProfile of one xlsx repeat
"""
from __future__ import annotations

import argparse
import colorsys
import cProfile
import csv
import json
import os
import pstats
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import benchlib

TARGET_VALIDATE_S = 5.0
TARGET_APPLY_S = 10.0
VARIANTS = ("xlsx", "csv", "signed")
PHOTO_SIZE = (300, 400)
FAMILY = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = "민서지현수영준우하은도예진성혜윤태주원경"
ROMAN = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang",
         "조": "Cho", "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh",
         "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song",
         "류": "Ryu", "홍": "Hong", "민": "min", "지": "ji", "현": "hyun", "수": "su",
         "영": "young", "준": "jun", "우": "woo", "하": "ha", "은": "eun", "도": "do",
         "예": "ye", "진": "jin", "성": "sung", "혜": "hye", "태": "tae", "주": "ju",
         "원": "won", "경": "kyung"}
DUTIES = [("자료 구입", "buying materials"), ("대출·반납", "lending and returns"),
          ("열람실 운영", "reading rooms"), ("평생교육 강좌", "lifelong learning courses"),
          ("계약", "contracts"), ("회계", "accounting"), ("홈페이지", "website"),
          ("전산 장비", "IT equipment"), ("학교도서관 지원", "school library support"),
          ("행사", "events"), ("시설 관리", "facilities")]
POSITIONS = [("주무관", "Officer"), ("사서", "Librarian"), ("팀장", "Team leader")]


def uptime() -> str:
    """`uptime`, and the share of time runnable tasks waited for a core (Linux PSI): other
    processes on the machine show there even when they are outside this one's view."""
    try:
        text = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    except OSError:
        text = "load average: " + ", ".join(f"{x:.2f}" for x in os.getloadavg())
    try:
        some = Path("/proc/pressure/cpu").read_text().splitlines()[0].split()[1:4]
        text += "; cpu pressure " + " ".join(some)
    except (OSError, IndexError):
        pass
    return text


# -- the bundle, as staff would make it ---------------------------------------------------

def staff_rows(count: int, directory) -> list[list[str]]:
    rng = random.Random(5000)
    departments = [d.id for d in directory.departments]
    rooms = [r.id for r in directory.rooms if r.kind not in ("toilet", "stairs", "elevator")]
    rows = []
    for i in range(count):
        family, g1, g2 = rng.choice(FAMILY), rng.choice(GIVEN), rng.choice(GIVEN)
        duty, position = rng.choice(DUTIES), rng.choice(POSITIONS)
        rows.append([f"p{i:04d}", family + g1 + g2, f"{ROMAN[family]} {ROMAN[g1]}{ROMAN[g2]}",
                     *position, rng.choice(departments), f"{duty[0]} 담당",
                     f"In charge of {duty[1]}", f"02-6200-{i:04d}", rng.choice(rooms),
                     rng.choice(("in", "in", "in", "away", "leave")), f"p{i:04d}.jpg"])
    return rows


def draw_photos(folder: Path, rows: list[list[str]]) -> int:
    """One 300x400 JPEG a person: a colour of their own, a head and shoulders, initials."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter

    total = 0
    font = QFont("NanumGothic", 64, QFont.Bold)
    for i, row in enumerate(rows):
        hue = (i * 0.61803398875) % 1.0
        r, g, b = (int(255 * c) for c in colorsys.hsv_to_rgb(hue, 0.45, 0.85))
        image = QImage(*PHOTO_SIZE, QImage.Format_RGB32)
        painter = QPainter(image)
        gradient = QLinearGradient(0, 0, 0, PHOTO_SIZE[1])
        gradient.setColorAt(0, QColor(r, g, b))
        gradient.setColorAt(1, QColor(r // 2, g // 2, b // 2))
        painter.fillRect(image.rect(), gradient)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setBrush(QColor(240, 225, 210))
        painter.setPen(Qt.NoPen)
        painter.drawEllipse(QRectF(90, 70, 120, 150))
        painter.setBrush(QColor(40 + i % 80, 50, 90))
        painter.drawEllipse(QRectF(40, 250, 220, 260))
        painter.setPen(QColor(255, 255, 255))
        painter.setFont(font)
        painter.drawText(QRectF(0, 250, 300, 150), Qt.AlignCenter, row[1][:2])
        painter.end()
        path = folder / row[11]
        if not image.save(str(path), "JPEG", 85):
            raise OSError(f"cannot write {path}")
        total += path.stat().st_size
    return total


def write_xlsx(path: Path, columns: tuple[str, ...], rows: list[list[str]]) -> None:
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(columns))
    for row in rows:
        sheet.append(row)
    book.save(path)


def write_csv(path: Path, columns: tuple[str, ...], rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        writer.writerows(rows)


def make_bundles(root: Path, count: int, variants: list[str]) -> dict:
    """The bundle folders under `root`, one per variant (photos hard-linked between them)."""
    from PySide6.QtGui import QGuiApplication

    from kiosk.bundle.sign import keygen, sign
    from kiosk.bundle.update import export_bundle
    from kiosk.directory.files import STAFF_COLUMNS, load_demo

    app = QGuiApplication.instance() or QGuiApplication([])  # fonts, for the initials
    demo = load_demo()
    started = time.perf_counter()
    base = export_bundle(demo, root / "export-data", root / "xlsx")
    rows = staff_rows(count, demo)
    (base / "staff.xlsx").unlink()
    write_xlsx(base / "staff.xlsx", STAFF_COLUMNS, rows)
    photo_bytes = draw_photos(base / "photos", rows)
    folders = {"xlsx": base}
    if "csv" in variants:
        folders["csv"] = shutil.copytree(base, root / "csv", copy_function=os.link)
        (folders["csv"] / "staff.xlsx").unlink()
        write_csv(folders["csv"] / "staff.csv", STAFF_COLUMNS, rows)
    key = None
    if "signed" in variants:
        folders["signed"] = shutil.copytree(base, root / "signed", copy_function=os.link)
        private, public = keygen(root / "site.key")
        sign(folders["signed"], private, 1)
        key = public
    del app
    return {"folders": {v: str(folders[v]) for v in variants}, "public_key": str(key or ""),
            "seconds": time.perf_counter() - started, "photos": count,
            "photo_bytes": photo_bytes}


# -- one variant, in a child process --------------------------------------------------------

def cpu_seconds() -> tuple[float, float]:
    """This process's CPU time (user + system) and its system part, all threads: unlike the
    wall clock, it does not grow when other processes take the cores. The system part is
    mostly the kernel creating the staged copy's files."""
    times = os.times()
    return times.user + times.system, times.system


def measure(folder: Path, repeats: int, public_key: str, profile: str = "") -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.bundle.sign import load_public_key
    from kiosk.bundle.update import apply_bundle, check_bundle, current_directory, discard
    from kiosk.ui import imaging

    key = load_public_key(public_key) if public_key else None
    validate, apply, details = [], [], {}
    cpu = {"validate": [], "apply": [], "validate_sys": [], "apply_sys": []}
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="kiosk-bench-data-") as data:
            data = Path(data)
            current = current_directory(data)  # the demo, as on a new kiosk
            profiler = cProfile.Profile() if profile else None
            c0, t0 = cpu_seconds(), time.perf_counter()
            if profile == "validate":
                profiler.enable()
            checked = check_bundle(folder, data, current, public_key=key,
                                   image_check=imaging.check_photo)
            if profile == "validate":
                profiler.disable()
            c1, t1 = cpu_seconds(), time.perf_counter()
            if not checked.ok:
                raise SystemExit("the bundle did not pass its check:\n" + "\n".join(
                    p.text("en") for p in checked.problems if p.severity == "error")[:4000])
            if profile == "apply":
                profiler.enable()
            number = apply_bundle(checked, data, thumbnail=imaging.make_thumbnail)
            if profile == "apply":
                profiler.disable()
            c2, t2 = cpu_seconds(), time.perf_counter()
            discard(checked)
            version = data / "bundles" / "versions" / str(number)
            details = {"changes": len(checked.changes), "signed": checked.signed,
                       "warnings": len(checked.problems),
                       "thumbnails": len(list((version / "thumbnails").iterdir())),
                       "staff": len(checked.directory.staff)}
            validate.append(t1 - t0)
            apply.append(t2 - t1)
            for phase, (before, after) in (("validate", (c0, c1)), ("apply", (c1, c2))):
                cpu[phase].append(after[0] - before[0])
                cpu[f"{phase}_sys"].append(after[1] - before[1])
            if profiler is not None:
                pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative") \
                    .print_stats(35)
                pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(20)
                break
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"validate_s": validate, "apply_s": apply, "validate_cpu_s": cpu["validate"],
            "apply_cpu_s": cpu["apply"], "validate_sys_s": cpu["validate_sys"],
            "apply_sys_s": cpu["apply_sys"], "peak_rss_mb": peak, **details}


def run_child(folder: str, repeats: int, public_key: str, profile: str = "") -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, __file__, "--child", folder, "--repeats", str(repeats),
               "--key", public_key] + (["--profile", profile] if profile else [])
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{folder}: the measuring process failed ({done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def stats(values: list[float]) -> dict:
    return {"n": len(values), "median": statistics.median(values), "min": min(values),
            "max": max(values), "all": values}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--staff", type=int, default=5000)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--profile", choices=("validate", "apply"), default="")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--key", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(Path(args.child), args.repeats, args.key, args.profile)))
        return {}
    variants = ["xlsx"] if args.profile else [v for v in args.variants.split(",") if v]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-bundle-") as tmp:
        made = make_bundles(Path(tmp), args.staff, variants)
        print(f"bundle written in {made['seconds']:.1f} s: {args.staff} staff, "
              f"{made['photos']} photos ({made['photo_bytes'] / 1e6:.1f} MB)", flush=True)
        if args.profile:
            run_child(made["folders"]["xlsx"], 1, "", args.profile)
            return {}
        results = {}
        for variant in variants:
            load_before = uptime()
            key = made["public_key"] if variant == "signed" else ""
            r = run_child(made["folders"][variant], args.repeats, key)
            results[variant] = {**{k: stats(r[k]) for k in (
                                    "validate_s", "apply_s", "validate_cpu_s", "apply_cpu_s",
                                    "validate_sys_s", "apply_sys_s")},
                                "peak_rss_mb": r["peak_rss_mb"], "load_before": load_before,
                                "load_after": uptime(),
                                **{k: r[k] for k in ("changes", "signed", "warnings",
                                                     "thumbnails", "staff")}}
            print(f"  {variant}: done; {results[variant]['load_after']}", flush=True)
    children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result = {
        "target": f"validate under {TARGET_VALIDATE_S:g} s, apply (thumbnails included) under "
                  f"{TARGET_APPLY_S:g} s",
        "target_validate_s": TARGET_VALIDATE_S, "target_apply_s": TARGET_APPLY_S,
        "staff": args.staff, "photos": made["photos"], "photo_bytes": made["photo_bytes"],
        "bundle_written_s": made["seconds"], "repeats": args.repeats, "variants": results,
        "peak_rss_children_mb": children_peak, "cores": os.cpu_count(), "uptime": uptime(),
    }
    result["target_met"] = all(
        v["validate_s"]["median"] < TARGET_VALIDATE_S and v["apply_s"]["median"] < TARGET_APPLY_S
        for v in results.values())
    rows = []
    for variant, v in results.items():
        for phase in ("validate", "apply"):
            s = v[f"{phase}_s"]
            rows.append([f"{variant}: {phase}", s["median"], s["min"], s["max"],
                         v[f"{phase}_cpu_s"]["median"], v[f"{phase}_sys_s"]["median"],
                         f"{v['peak_rss_mb']:.0f}"])
    benchlib.print_table(f"Bundle of {args.staff} staff and {made['photos']} photos, "
                         f"{args.repeats} repeats each (s; CPU: user + system of all threads, "
                         f"kernel: its system part; peak RSS of the measuring process, MB)",
                         ["", "p50", "min", "max", "CPU p50", "kernel p50", "peak RSS"], rows)
    for variant, v in results.items():
        print(f"{variant}: {v['changes']} changes, {v['thumbnails']} thumbnails, "
              f"signed {v['signed']}; load before: {v['load_before'].split('load')[-1]}")
    print(f"\ncores: {os.cpu_count()}; {result['uptime']}")
    return benchlib.conclude("bundle", result)


if __name__ == "__main__":
    main()
