"""Fixtures of the call tests: the kiosk's store in the test's broker folder, and objects
started during a test that are stopped at its end."""
from __future__ import annotations

import pytest

from kiosk.directory.store import Store


@pytest.fixture
def store(alert_dir):
    with Store(alert_dir / "kiosk") as s:
        yield s


@pytest.fixture
def started():
    """start() objects, stopped at teardown (newest first) even when a test fails."""
    running = []

    def start(obj):
        obj.start()
        running.append(obj)
        return obj

    yield start
    for obj in reversed(running):
        obj.stop()
