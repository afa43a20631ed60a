"""PySide6's check of every imported module keeps no source in linecache (kiosk/ui/pyside_sources.py;
6.6 MB of a kiosk started from source, docs/performance.md §2a), and answers as PySide's own."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import types

from kiosk.ui import pyside_sources

# A fresh interpreter: the test process has imported much before kiosk.ui.
IMPORT_THE_KIOSK = """
import json, linecache, sys
import kiosk.ui.app
feature = sys.modules["shibokensupport.feature"]
print(json.dumps({"cached": sorted(linecache.cache),
                  "flags": {m: feature.pyside_feature_dict.get(m) for m in
                            ("kiosk.ui.screens.home", "kiosk.ui.theme",
                             "kiosk.directory.directory", "kiosk.directory.model")}}))
"""


def test_a_start_keeps_no_module_source_and_still_tells_qt_modules_apart():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", IMPORT_THE_KIOSK], capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert [f for f in seen["cached"] if "/kiosk/" in f] == []
    # 0: uses PySide6 (features would switch for it); -1: ignored, as PySide's own check says.
    # (app.py imports each of them with `from ... import`, which PySide checks.)
    assert seen["flags"] == {"kiosk.ui.screens.home": 0, "kiosk.ui.theme": 0,
                             "kiosk.directory.directory": -1, "kiosk.directory.model": -1}


def test_the_check_in_place_is_ours():
    feature = sys.modules[pyside_sources.FEATURE_MODULE]
    assert feature._mod_uses_pyside is pyside_sources.uses_pyside


def test_modules_without_a_readable_source_do_not_use_pyside(tmp_path):
    assert pyside_sources.uses_pyside(sys) is False  # built in
    assert pyside_sources.uses_pyside(types.ModuleType("made")) is False  # no spec
    gone = types.ModuleType("gone")
    gone.__spec__ = types.SimpleNamespace(name="gone", loader=types.SimpleNamespace(
        get_source=lambda name: (_ for _ in ()).throw(OSError("no file"))))
    assert pyside_sources.uses_pyside(gone) is False


def test_a_module_s_source_is_read_as_it_is_now(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "with_qt.py").write_text("# PySide6 is named here\n", encoding="utf-8")
    (tmp_path / "without_qt.py").write_text("x = 1\n", encoding="utf-8")
    import with_qt
    import without_qt
    assert pyside_sources.uses_pyside(with_qt) is True
    assert pyside_sources.uses_pyside(without_qt) is False
