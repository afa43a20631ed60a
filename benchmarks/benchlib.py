"""Shared helpers for the benchmark scripts: statistics, a readable table, the closing verdict
and the JSON result file, the machine description, and starting a kiosk (or a bare reference
window) in a child process until it reports its first painted frame.

Not a benchmark itself. The scripts next to it import it as `benchlib` (Python puts the
script's folder on sys.path, so each script still runs alone).
"""
from __future__ import annotations

import atexit
import json
import math
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

# The kiosk of this checkout, in the scripts and the kiosks they start: an editable install
# of another checkout (the venv's) would otherwise be measured instead.
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))

# Where the JSON results go: benchmarks/results/, or $KIOSK_BENCH_RESULTS (the test suite's
# quick run writes into its own temporary folder).
RESULTS = Path(os.environ.get("KIOSK_BENCH_RESULTS") or Path(__file__).resolve().parent / "results")

# A bare PySide6 window with two dozen labels and buttons, for comparison on the same
# machine. It reports its first paint exactly as kiosk.ui.app.FirstPaint does.
BARE_WINDOW = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QPushButton, QWidget
started = time.perf_counter()
app = QApplication(sys.argv)
window = QWidget()
grid = QGridLayout(window)
for i in range(12):
    grid.addWidget(QLabel(f"Label {i}"), i // 3, (i % 3) * 2)
    grid.addWidget(QPushButton(f"Button {i}"), i // 3, (i % 3) * 2 + 1)
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print(f"painted {time.perf_counter() - started:.4f} cpu {time.process_time():.4f}",
              flush=True)
        if os.environ.get("KIOSK_REPORT_PAINT") == "quit":
            app.quit()
first_paint = FirstPaint(window)
window.installEventFilter(first_paint)
window.resize(1920, 1080)
window.show()
sys.exit(app.exec())
"""


def kiosk_command(config: Path) -> list[str]:
    return [sys.executable, "-m", "kiosk", "--windowed", "--config", str(config)]


def dist_command(config: Path) -> list[str] | None:
    """The one-folder build of this checkout (`make dist`), started the same way; None when it
    has not been built."""
    program = ROOT / "dist" / "kiosk" / "kiosk"
    if not os.access(program, os.X_OK):
        return None
    return [str(program), "--windowed", "--config", str(config)]


def bare_command() -> list[str]:
    return [sys.executable, "-c", BARE_WINDOW]


# A deployed kiosk keeps its bytecode: the one-folder build carries it, and a kiosk started
# from an installed source tree compiles each module once. This machine sets
# PYTHONDONTWRITEBYTECODE=1, under which a child compiled the kiosk's own modules at every
# start (about 100 ms of it). So children started from source get a bytecode folder of the
# benchmark's own (PYTHONPYCACHEPREFIX) with the kiosk compiled into it beforehand, may write
# to it (the uncounted first runs compile the rest: the standard library and packages), and
# never compile during a timed run. `keep_bytecode(False)` measures the old way.
_bytecode = {"keep": True, "folder": None}


def keep_bytecode(keep: bool) -> None:
    _bytecode["keep"] = keep


def bytecode_note() -> str:
    """How the children found their bytecode, for the printed table and the JSON."""
    if not _bytecode["keep"]:
        return ("none kept: PYTHONDONTWRITEBYTECODE as in this environment "
                f"({os.environ.get('PYTHONDONTWRITEBYTECODE') or 'unset'}), "
                "so each start compiles what it lacks")
    return ("compiled beforehand and kept, as deployed (PYTHONPYCACHEPREFIX in a folder of the "
            "benchmark's, PYTHONDONTWRITEBYTECODE unset for the child, the uncounted first "
            "runs compile what is left)")


def child_env(mode: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_REPORT_PAINT=mode, **(extra or {}))
    if _bytecode["keep"]:
        if _bytecode["folder"] is None:
            _bytecode["folder"] = Path(tempfile.mkdtemp(prefix="kiosk-bench-pycache-"))
            atexit.register(shutil.rmtree, _bytecode["folder"], ignore_errors=True)
            compile_kiosk(ROOT)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(_bytecode["folder"])
    return env


def bytecode_here() -> str:
    """This process imports the kiosk from bytecode compiled beforehand, as a deployed kiosk
    does: a benchmark timing a screen's first visit in its own process (taps, plans) had
    compiled that screen's modules inside its timed taps under PYTHONDONTWRITEBYTECODE (the
    first floor 128 ms, of it 52 ms compiling). Call it before the kiosk is imported; returns
    `bytecode_note()`."""
    if _bytecode["keep"]:
        sys.pycache_prefix = child_env("")["PYTHONPYCACHEPREFIX"]
        sys.dont_write_bytecode = False  # what the compile left out (packages) once, untimed
    return bytecode_note()


def compile_kiosk(checkout: Path) -> None:
    """Compile the kiosk package of `checkout` into the children's bytecode folder."""
    if not _bytecode["keep"]:
        return
    env = child_env("")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(checkout / "kiosk")], env=env,
                   check=True, stdout=subprocess.DEVNULL)


def temp_config(folder: Path) -> Path:
    """A kiosk.toml in `folder` whose data folder is `folder/data` (created on first start),
    with the kiosk's own broker on a free loopback port. The folder is opened to others: run
    as root, Mosquitto drops to its own user, which could not enter a 0700 temporary folder,
    and the kiosk would then be measured without its broker."""
    folder.chmod(0o755)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    path = folder / "kiosk.toml"
    path.write_text(f'[data]\nfolder = "{folder / "data"}"\n[broker]\nport = {port}\n',
                    encoding="utf-8")
    return path


def children(pid: int) -> list[int]:
    """The processes `pid` started (its broker), from /proc."""
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


class Start(NamedTuple):
    proc: subprocess.Popen
    total: float  # seconds from just before Popen to reading the `painted` line
    reported: float  # seconds the child itself reported (the kiosk: from the start of run())
    cpu: float  # the child's user + system time up to its first frame, all threads, seconds


def start_until_painted(command: list[str], mode: str, extra_env: dict[str, str] | None = None,
                        checkout: Path = ROOT) -> Start:
    """Start `command` with KIOSK_REPORT_PAINT=mode (and `extra_env`) and wait for its
    `painted` line. It runs in `checkout`: `python -m` imports from its working folder first."""
    env = child_env(mode, extra_env)
    errors = tempfile.TemporaryFile()
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=errors,
                            text=True, bufsize=1, cwd=checkout)
    for line in proc.stdout:
        if line.startswith("painted "):
            total = time.perf_counter() - started
            fields = line.split()  # painted <s> cpu <s> (an older build: no cpu)
            cpu = float(fields[3]) if len(fields) > 3 else float("nan")
            return Start(proc, total, float(fields[1]), cpu)
    proc.wait()
    errors.seek(0)
    raise RuntimeError(f"{command[:3]} exited ({proc.returncode}) without painting:\n"
                       + errors.read().decode(errors="replace")[-2000:])


def run_to_quit(command: list[str], extra_env: dict[str, str] | None = None,
                checkout: Path = ROOT) -> Start:
    start = start_until_painted(command, "quit", extra_env, checkout)
    start.proc.stdout.close()
    start.proc.wait(timeout=30)
    return start


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def summary(values: list[float], scale: float = 1.0) -> dict:
    return {"n": len(values), "median": statistics.median(values) * scale,
            "p90": percentile(values, 90) * scale, "p99": percentile(values, 99) * scale,
            "min": min(values) * scale, "max": max(values) * scale}


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cores": os.cpu_count(), "cpu": cpu, "os": platform.platform(),
            "python": platform.python_version(), "pyside6": metadata.version("PySide6_Essentials"),
            "qt_platform": "offscreen", "date": time.strftime("%Y-%m-%d")}


def _width(text: str) -> int:
    """Columns on a terminal: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def print_table(title: str, header: list[str], rows: list[list]) -> None:
    cells = [header] + [[f"{c:.2f}" if isinstance(c, float) else str(c) for c in r] for r in rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(header))]
    print(f"\n{title}")
    for i, r in enumerate(cells):
        pads = [" " * (w - _width(c)) for c, w in zip(r, widths)]
        print("  " + "  ".join(c + pad if j == 0 else pad + c
                               for j, (c, pad) in enumerate(zip(r, pads))))
        if i == 0:
            print("  " + "  ".join("-" * w for w in widths))


def conclude(name: str, result: dict, detail: str = "") -> dict:
    """A benchmark's last lines: its target and whether it was met (`detail` after it, e.g.
    the figure judged), then its JSON file. A `target_met` of None (not judged) shows the
    result's "judged", which says why."""
    met = result["target_met"]
    verdict = "met" if met else "MISSED" if met is not None else result["judged"]
    print(f"target: {result['target']}: {verdict}{detail}")
    write_json(name, result)
    return result


def write_json(name: str, result: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    result = {"benchmark": name, "machine": machine(), **result}
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten {path}")
    return path
