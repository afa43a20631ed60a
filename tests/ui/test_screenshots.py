"""`python -m kiosk screenshots DIR` renders every screen to real, non-blank pictures."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from kiosk.ui.screenshots.messages import CONSOLE_SHOTS, SHOTS
from kiosk.ui.screenshots.staff import STEPS
from kiosk.ui.screenshots.visit import SHOTS as VISIT_SHOTS
from kiosk.ui.screenshots.visitor import scenes


def _distinct_colours(path) -> int:
    image = QImage(str(path))
    assert not image.isNull(), path
    step = max(1, image.width() // 60)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def test_screenshots_command(tmp_path, demo):
    out = tmp_path / "shots"
    env = {**os.environ, "KIOSK_CONFIG": str(tmp_path / "none.toml"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "kiosk", "screenshots", str(out),
                             "--lang", "en"], capture_output=True, text=True, env=env,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    files = sorted(out.glob("*.png"))
    # every scene, help, idle, access, the end of a visit, the staff screen's steps, the
    # messages', the console's; two shapes
    expected = (len(scenes(demo)) + 3 + len(VISIT_SHOTS) + len(SHOTS) + len(STEPS)
                + len(CONSOLE_SHOTS)) * 2
    assert len(files) == expected
    landscape = QImage(str(out / "landscape-en-home.png"))
    portrait = QImage(str(out / "portrait-en-home.png"))
    assert (landscape.width(), landscape.height()) == (1920, 1080)
    assert (portrait.width(), portrait.height()) == (1080, 1920)
    for path in files:
        assert _distinct_colours(path) > 8, f"{path.name} looks blank"
    assert (out / "landscape-en-staff-preview.png").is_file()
    assert all((out / f"portrait-en-{shot}.png").is_file() for shot in SHOTS + CONSOLE_SHOTS)
