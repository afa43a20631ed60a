"""Shared fixtures: the demo directory, a config in a temporary data folder, the kiosk window."""
from __future__ import annotations

import os
from pathlib import Path

# Offscreen Qt with a screen as large as a kiosk's (the default is 800x800): Qt's flick
# gesture ignores taps that land outside every screen, as rows of a 1920-wide window would.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

import pytest

from kiosk.core import config, paths
from kiosk.core.directory_files import load_demo
from kiosk.core.search import SearchIndex


@pytest.fixture(scope="session")
def demo():
    return load_demo()


@pytest.fixture(scope="session")
def demo_index(demo):
    return SearchIndex(demo)


@pytest.fixture
def built_in_assets():
    """For tests that apply a bundle: applying points photo lookups at the data folder's
    version (a process-wide setting); the next test starts on the built-in assets again.
    Use it with `pytestmark = pytest.mark.usefixtures("built_in_assets")`."""
    yield
    paths.use_data_assets(None)


@pytest.fixture
def cfg(tmp_path):
    return config.Config({"data.folder": str(tmp_path / "data")})


@pytest.fixture
def window(qtbot, demo, cfg):
    """The whole kiosk at 1920x1080, shown offscreen."""
    from kiosk.ui.app import build

    win = build(demo, cfg)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    qtbot.waitExposed(win)
    return win
