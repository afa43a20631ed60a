"""The kiosk as library-kiosk.service runs it: under cage (here its headless backend), on
Wayland, as an unprivileged user, says READY=1 once it shows its first screen, and grim's
picture of the output is the home screen, pixel for pixel as the offscreen render draws it.
How cage is driven: tests/deploy/cage_support.py."""
from __future__ import annotations

import os

import pytest
from cage_support import CAGE, GRIM, CagedKiosk, cage_rotates, runner
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

USER, COMMAND, CANNOT = runner() if CAGE and GRIM else (None, [], "")

needs_cage = pytest.mark.skipif(
    not (CAGE and GRIM) or bool(CANNOT),
    reason=CANNOT or "cage and grim (Debian packages cage, grim) are not installed")


def differing_share(shot: QImage, reference: QImage) -> float:
    """The share of a 320x180 grid whose colour differs by more than 48 (of 255) in a
    channel: anti-aliasing and font hinting stay under it, a missing panel does not."""
    small = [img.scaled(320, 180, Qt.IgnoreAspectRatio, Qt.SmoothTransformation)
             .convertToFormat(QImage.Format_RGB32) for img in (shot, reference)]
    a, b = (bytes(img.constBits()) for img in small)
    return sum(max(abs(a[i + c] - b[i + c]) for c in range(3)) > 48
               for i in range(0, len(a), 4)) / (320 * 180)


def home_offscreen(qtbot, demo, cfg, width: int, height: int) -> QImage:
    """Home as `python -m kiosk screenshots` renders it, at the size of cage's output."""
    from kiosk.ui.app import build
    from kiosk.ui.screenshots.visitor import tour
    window = build(demo, cfg)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    assert next(tour(window, demo)) == "home"  # shown and laid out
    return window.grab().toImage()


def test_the_comparison_tells_home_from_a_black_or_stale_frame(qtbot, demo, cfg):
    """The check below can fail: what cage showed before it composed the kiosk (black, or a
    first frame in a corner) is far from home."""
    home = home_offscreen(qtbot, demo, cfg, 1280, 720)
    black = QImage(1280, 720, QImage.Format_RGB32)
    black.fill(QColor("black"))
    corner = black.copy()
    painter = QPainter(corner)
    painter.drawImage(0, 0, home.scaled(640, 360))
    painter.end()
    assert differing_share(home, home) == 0
    assert differing_share(black, home) > 0.5
    assert differing_share(corner, home) > 0.3


@needs_cage
def test_under_cage_the_kiosk_shows_home_as_an_unprivileged_user(qtbot, demo, cfg):
    kiosk = CagedKiosk(USER, COMMAND)
    ready = None
    try:
        kiosk.start(rotate=cage_rotates())
        ready = kiosk.wait_ready(120)
        if ready is None:
            pytest.fail(f"the kiosk never said READY=1 under cage:\n{kiosk.stop(None)[-3000:]}")
        pid, uid = ready
        assert uid == (USER.pw_uid if USER else os.getuid()) != 0  # the kiosk, unprivileged
        # READY=1 follows the first frame Qt painted; cage shows it at its next frame.
        reference, share, shot = None, 1.0, QImage()
        for attempt in range(60):
            shot = QImage(str(kiosk.grab(f"shot-{attempt}.png")))
            if shot.isNull():
                qtbot.wait(500)
                continue
            if reference is None:
                reference = home_offscreen(qtbot, demo, cfg, shot.width(), shot.height())
            share = differing_share(shot, reference)
            if share < 0.02:
                break
            qtbot.wait(500)
        assert not shot.isNull(), "grim took no picture"
        reference.save(str(kiosk.folder / "reference.png"))
        assert share < 0.02, (f"{share:.1%} of the screen is not the home screen: see "
                              f"{kiosk.folder}/shot-*.png and reference.png")
        log = kiosk.stop(pid)
        assert kiosk.proc.returncode == 0, log[-3000:]
    except BaseException:
        kiosk.stop(ready[0] if ready else None)
        raise
    kiosk.remove()
