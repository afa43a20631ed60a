"""The kiosk's text is in its own faces from the first measurement on (Theme.use_kiosk_font):
the home screen, in both languages, maps no Hangul fallback face beside them (NanumGothic,
3.2 MB of a mapped font file when it did; docs/performance.md §2a)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.ui.theme import FONT_FAMILIES

HOME_IN_BOTH_LANGUAGES = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk.directory import config
from kiosk.directory.files import load_demo
from kiosk.ui.app import build
window = build(load_demo(), config.Config({"data.folder": sys.argv[1]}))
window.resize(1920, 1080)
window.show()
for lang in ("ko", "en", "ko"):
    window.ctx.session.set_language(lang)
    app.processEvents()
    window.grab()
maps = open("/proc/self/maps").read()
print(json.dumps(sorted({line.rsplit("/", 1)[-1] for line in maps.splitlines()
                         if line.endswith((".ttf", ".otf", ".ttc"))})))
"""


def test_build_gives_the_application_the_kiosk_s_families(window):
    assert QApplication.font().families()[:2] == list(FONT_FAMILIES[:2])


def test_the_home_screen_maps_only_the_kiosk_s_own_faces(qapp, tmp_path):
    # README's set-up installs fonts-nanum: without it this check would measure nothing.
    assert {"NanumBarunGothic", "NanumGothic"} <= set(QFontDatabase.families()), \
        "fonts-nanum is missing: run `make` (README) to install it"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", HOME_IN_BOTH_LANGUAGES, str(tmp_path)],
                          capture_output=True, text=True, timeout=120, env=env,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-3000:]
    faces = json.loads(done.stdout.strip().splitlines()[-1])
    assert "NanumBarunGothic.ttf" in faces  # the listing is of a painted home screen
    assert "NanumGothic.ttf" not in faces, faces
