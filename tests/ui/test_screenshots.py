"""`python -m kiosk screenshots DIR` renders every screen to real, non-blank pictures."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage
from staff_support import make_stick

from kiosk.bundle import update as bundle
from kiosk.directory import config, paths
from kiosk.directory.accessibility import Profile
from kiosk.directory.files import demo_fingerprint, load_demo
from kiosk.directory.store import open_directory
from kiosk.ui.imaging import check_photo, make_thumbnail
from kiosk.ui.screenshots.messages import CONSOLE_SHOTS, SHOTS
from kiosk.ui.screenshots.staff import STEPS, render_staff
from kiosk.ui.screenshots.visit import NO_CALL_SHOTS
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
    (tmp_path / "none.toml").write_text("")  # every setting at its default
    env = {**os.environ, "KIOSK_CONFIG": str(tmp_path / "none.toml"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "kiosk", "screenshots", str(out),
                             "--lang", "en"], capture_output=True, text=True, env=env,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    files = sorted(out.glob("*.png"))
    # every scene, help, idle, access, the end of a visit, the staff screen's steps, the
    # messages', the console's, a kiosk without a call system; two shapes
    expected = (len(scenes(demo)) + 3 + len(VISIT_SHOTS) + len(SHOTS) + len(STEPS)
                + len(CONSOLE_SHOTS) + len(NO_CALL_SHOTS)) * 2
    assert len(files) == expected
    landscape = QImage(str(out / "landscape-en-home.png"))
    portrait = QImage(str(out / "portrait-en-home.png"))
    assert (landscape.width(), landscape.height()) == (1920, 1080)
    assert (portrait.width(), portrait.height()) == (1080, 1920)
    for path in files:
        assert _distinct_colours(path) > 8, f"{path.name} looks blank"
    assert (out / "landscape-en-staff-preview.png").is_file()
    assert all((out / f"portrait-en-{shot}.png").is_file()
               for shot in SHOTS + CONSOLE_SHOTS + NO_CALL_SHOTS)


@pytest.mark.usefixtures("built_in_assets")
def test_the_staff_tour_after_a_person_was_added_with_a_photo(qtbot, tmp_path):
    """The tour's copy of the data folder has the photos of the applied bundle: the sample
    update made from it is not refused for a missing photo (it was, and the tour waited out
    its timeout)."""
    cfg = config.Config({"data.folder": str(tmp_path / "data"), "usb.watch": False})
    directory = open_directory(cfg.data_dir, load_demo, demo_fingerprint)
    stick = make_stick(tmp_path / "sticks", directory, cfg.data_dir, remove=None)
    checked = bundle.check_bundle(stick, cfg.data_dir, directory, public_key=None,
                                  image_check=check_photo)
    assert checked.ok
    bundle.apply_bundle(checked, cfg.data_dir, thumbnail=make_thumbnail)
    directory = bundle.current_directory(cfg.data_dir)
    kept = paths.staff_photo("s99.png")
    assert kept is not None and kept.is_relative_to(cfg.data_dir)
    out = tmp_path / "shots"
    out.mkdir()
    written = render_staff(directory, cfg, out, ["en"], {"portrait": (1080, 1920)},
                           Profile(), "")
    assert sorted(p.name for p in written) == sorted(f"portrait-en-staff-{step}.png"
                                                     for step in STEPS)
    for path in written:
        assert _distinct_colours(path) > 8, f"{path.name} looks blank"
    assert paths.staff_photo("s99.png") == kept  # the kiosk's own lookups, as they were
