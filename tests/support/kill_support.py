"""Child processes for the kill tests: a script beside its test, run with the repository on its
path, waited for until it says it has reached the moment to be killed in; and a child's stop
as a service manager does it (SIGTERM, then SIGKILL)."""
from __future__ import annotations

import importlib.util
import os
import select
import signal
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def load_script(path: Path) -> ModuleType:
    """The child's script as a module, for the data it builds (the parent checks against it)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def start_child(script: Path, *args: str, ready: str, timeout: float) -> subprocess.Popen:
    """`python script args...`, returned once it printed the line `ready`."""
    # A child that dies on its own (SIGSEGV) prints every thread's Python stack: where it was.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    proc = subprocess.Popen([sys.executable, str(script), *map(str, args)], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    readable, _, _ = select.select([proc.stdout], [], [], timeout)
    line = proc.stdout.readline() if readable else ""
    if line.strip() != ready:
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"{script.name} did not get to {ready!r}: {line!r}{out}\n{err}")
    return proc


def stop_child(proc: subprocess.Popen, timeout: float) -> None:
    """SIGTERM, and SIGKILL if it has not exited within `timeout` seconds."""
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
