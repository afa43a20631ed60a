"""Fixtures of the bundle tests: the demo exported as a bundle once per module, and a fresh
copy of it for each test to edit."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.bundle.export import export_bundle
from kiosk.directory.files import load_demo


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bundle")
    return export_bundle(load_demo(), root / "unused-data", root / "base")


@pytest.fixture
def folder(base, tmp_path) -> Path:
    out = tmp_path / "kiosk-directory"
    shutil.copytree(base, out)
    return out
