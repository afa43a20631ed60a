"""Shared fixtures: the demo directory, a config in a temporary data folder, the kiosk window,
and real Mosquitto brokers on loopback (helpers: tests/support/alert_support.py).

Helpers shared by several folders of tests live in tests/support/ (on the path: pyproject.toml)."""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
from pathlib import Path

# Offscreen Qt with a screen as large as a kiosk's (the default is 800x800): Qt's flick
# gesture ignores taps that land outside every screen, as rows of a 1920-wide window would.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

import pytest
from alert_support import accounts_broker, free_port, gone, run_mosquitto, wait_port
from broker_report import broker_report

from kiosk.directory import config, paths
from kiosk.directory.files import load_demo
from kiosk.search.index import SearchIndex


@pytest.fixture(autouse=True)
def windows_deleted():
    """What a test closed is deleted before the next test starts. pytest-qt closes its widgets
    and asks Qt to delete them later, but only an event loop at the level where that was asked
    deletes them: processEvents does not. Each kiosk left alive keeps its application-wide
    event filters and timers, so every later test's events paid for all earlier kiosks and a
    long run slowed as it went (a walk of the tour took 1.4 s with no kiosk behind it, 4.4 s
    with seven)."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


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


@pytest.fixture
def alert_dir():
    """A data folder under /tmp (0755), not in tmp_path: run as root, Mosquitto drops to the
    `mosquitto` user, which cannot enter pytest's 0700 base folder."""
    path = Path(tempfile.mkdtemp(prefix="kiosk-alerts-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def broker(alert_dir):
    """The kiosk's own broker (ManagedBroker) on a free loopback port, stopped by PID."""
    b = accounts_broker(alert_dir, free_port())
    assert b.start(), b.problem
    yield b
    pid = b.pid
    b.stop()
    assert not b.running and (pid is None or gone(pid))


@pytest.fixture
def external_broker(alert_dir):
    """A plain Mosquitto the test starts itself with the generated config (a fleet's broker);
    the returned generator object gives its port and credentials."""
    gen = accounts_broker(alert_dir / "fleet", free_port())
    proc = run_mosquitto(gen, gen.write_config())
    try:
        wait_port(gen.port)
        yield gen
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed test that used a broker shows the brokers' logs and the links' states."""
    report = yield
    if report.failed:
        text = broker_report(item)
        if text:
            report.sections.append(("brokers and their clients", text))
    return report
