"""The system's programs get the system's library path back in the one-folder build, whose
launcher put its own folder first (LD_LIBRARY_PATH, the original in LD_LIBRARY_PATH_ORIG)."""
from __future__ import annotations

import sys

from kiosk.host.system_env import system_env

BUILD = {"LD_LIBRARY_PATH": "/opt/library-kiosk/_internal:/usr/local/lib",
         "LD_LIBRARY_PATH_ORIG": "/usr/local/lib", "PATH": "/usr/bin"}


def test_from_source_the_environment_is_the_kiosk_s(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert system_env(BUILD) == BUILD


def test_in_the_build_the_library_path_is_the_one_found_at_launch(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert system_env(BUILD) == {"LD_LIBRARY_PATH": "/usr/local/lib", "PATH": "/usr/bin"}
    launched_without = {"LD_LIBRARY_PATH": "/opt/library-kiosk/_internal", "PATH": "/usr/bin"}
    assert system_env(launched_without) == {"PATH": "/usr/bin"}


def test_the_broker_is_started_with_the_system_s_libraries(monkeypatch, tmp_path):
    """The managed Mosquitto is the system's: in the build it must not load the build's
    libcrypto (found by measuring the built kiosk's broker)."""
    import subprocess

    from kiosk.calls import broker
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/library-kiosk/_internal")
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)
    seen = {}

    class Stop(Exception):
        pass

    def popen(args, **kwargs):
        seen.update(kwargs)
        raise Stop

    monkeypatch.setattr(subprocess, "Popen", popen)
    managed = broker.ManagedBroker.__new__(broker.ManagedBroker)
    managed.dir = tmp_path  # its config would be tmp_path/mosquitto.conf
    try:
        managed._spawn("/usr/sbin/mosquitto")
    except Stop:
        pass
    assert "LD_LIBRARY_PATH" not in seen["env"]
