"""The rules of the house (pyproject.toml, [tool.importlinter]): commands and screens above the
capabilities, the capabilities above the directory and the host (kiosk.host, the lowest), Qt
in kiosk.ui alone, and no circles between sibling packages or modules at any depth.
import-linter checks them; these tests fail with its report when a line goes where it must
not."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_FREE = ("directory", "search", "wayfinding", "calls", "bundle", "speech", "feedback", "host",
           "records")


def lint_imports(folder: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", "import sys; from importlinter.cli import "
               "lint_imports_command; sys.exit(lint_imports_command())", "--no-cache"]
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=120)


def test_every_contract_is_kept():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def copy_of_the_kiosk(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "kiosk", tmp_path / "kiosk",
                    ignore=shutil.ignore_patterns("__pycache__", "demo"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def test_a_broken_rule_fails_with_the_line_that_broke_it(tmp_path):
    """The contracts are live: each kind of misplaced import, added to a copy, is reported."""
    root = copy_of_the_kiosk(tmp_path)
    cases = {
        "directory/model.py": ("from PySide6.QtCore import QObject\n",
                               "kiosk.directory.model -> PySide6"),
        "search/index.py": ("from kiosk.ui import theme\n", "kiosk.search.index -> kiosk.ui"),
        "directory/strings.py": ("from kiosk.search import hangul\n",
                                 "kiosk.directory.strings -> kiosk.search.hangul"),
        "wayfinding/bounds.py": ("from kiosk.wayfinding import graph\n",
                                 "No cycles are allowed in kiosk.wayfinding"),
        "speech/engine.py": ("from kiosk.wayfinding import route\n",
                             "kiosk.speech.engine -> kiosk.wayfinding.route"),
        "ui/console/rows.py": ("from PySide6.QtCore import Qt\n",
                               "kiosk.ui.console.rows -> PySide6"),
        "host/system_env.py": ("from kiosk.directory import paths\n",
                               "kiosk.host.system_env -> kiosk.directory.paths"),
        "host/__init__.py": ("from PySide6.QtCore import QProcess\n", "kiosk.host -> PySide6"),
    }
    for module, (line, _) in cases.items():
        path = root / "kiosk" / module
        path.write_text(path.read_text(encoding="utf-8") + line, encoding="utf-8")
    result = lint_imports(root)
    assert result.returncode != 0
    for _, report in cases.values():
        assert report in result.stdout, (report, result.stdout)
    # and each broken rule says what to do instead
    for guidance in ("Move what both need down", "Only kiosk.ui uses Qt",
                     "Open the circle at its cause"):
        assert guidance in result.stdout, guidance


def test_importing_the_capabilities_loads_no_qt():
    """At run time too (a name imported through importlib is no import to the linter)."""
    modules = [".".join(p.relative_to(ROOT).with_suffix("").parts)
               for package in QT_FREE for p in (ROOT / "kiosk" / package).glob("*.py")]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) +
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
