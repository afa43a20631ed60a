"""kiosk.spec keeps the choices that make the built program start as quickly as the source
(docs/performance.md §1d): its modules as files rather than in a compressed archive, and none
of the runtime hooks that imported PySide6, multiprocessing, zipfile or pkgutil before the
kiosk's first line. The spec is run with stand-ins for PyInstaller's build steps, fed the
runtime hooks PyInstaller's own table names for the modules the kiosk uses; `make dist`'s
self-test (`check_start`) checks the same in the real build."""
from __future__ import annotations

import ast
import sys
import tempfile
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The runtime hooks PyInstaller (6.22) adds for the kiosk's modules, each unless its module is
# excluded, as entries of Analysis.scripts before the entry script.
HOOKS = {"pyi_rth_inspect": "inspect", "pyi_rth_pyside6": "PySide6", "pyi_rth_pkgutil": "pkgutil",
         "pyi_rth_multiprocessing": "multiprocessing",
         "pyi_rth_cryptography_openssl": "cryptography"}


class Build:
    """What the spec handed to PyInstaller's Analysis, PYZ, EXE and COLLECT."""

    def __init__(self):
        self.analysis = None
        self.exe_scripts = None

    def Analysis(self, scripts, **options):  # noqa: N802 (PyInstaller's name)
        self.analysis = types.SimpleNamespace(options=options, pure=[], datas=[], binaries=[])
        self.analysis.scripts = [(name, f"/hooks/{name}.py", "PYSOURCE")
                                 for name, module in HOOKS.items()
                                 if module not in options.get("excludes", ())]
        self.analysis.scripts.append(("launch", scripts[0], "PYSOURCE"))
        return self.analysis

    def EXE(self, pyz, scripts, *rest, **options):  # noqa: N802
        self.exe_scripts = [entry[0] for entry in scripts]


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    built = Build()
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [package]
    folder = tmp_path_factory.mktemp("shiboken")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("PyInstaller", "PyInstaller.utils"):
            patch.setitem(sys.modules, name, types.ModuleType(name))
        patch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
        patch.setattr(tempfile, "mkdtemp", lambda prefix="": str(folder))
        spec = ROOT / "kiosk.spec"
        exec(compile(spec.read_text(), str(spec), "exec"),
             {"SPECPATH": str(ROOT), "Analysis": built.Analysis, "EXE": built.EXE,
              "PYZ": lambda *a, **k: None, "COLLECT": lambda *a, **k: None})
    return built


def test_the_modules_are_files_not_an_inflated_archive(build):
    assert build.analysis.options.get("noarchive") is True


def test_no_runtime_hook_imports_qt_or_unused_modules_before_the_kiosk(build):
    assert build.exe_scripts == ["pyi_rth_cryptography_openssl", "launch"]


def test_multiprocessing_is_left_out_so_its_hook_is_not_added(build):
    assert "multiprocessing" in build.analysis.options["excludes"]


def test_the_hooks_the_spec_leaves_out_are_named_as_pyinstaller_names_them():
    """A hook renamed by a newer PyInstaller would pass the spec's filter and run again."""
    pyinstaller = pytest.importorskip("PyInstaller", reason="PyInstaller (make dist) not here")
    table = Path(pyinstaller.__file__).parent / "hooks" / "rthooks.dat"
    named = {hook.removesuffix(".py") for hooks in ast.literal_eval(table.read_text()).values()
             for hook in hooks}
    spec = (ROOT / "kiosk.spec").read_text()
    left_out = ast.literal_eval(spec.split("UNUSED_RUNTIME_HOOKS = ", 1)[1].split("\n", 1)[0])
    assert set(left_out) <= named
    assert {"pyi_rth_multiprocessing"} <= named
