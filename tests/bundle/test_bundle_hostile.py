"""The promise of `bundle validate`: given hostile values in any field of building.toml and of
the sheets (hostile_bundle.py), the check either refuses, every error naming its file, its row
or line and a fix, in Korean as in English; or it says ready, and then the bundle applies, every
route between every pair of places ends, and every screen of the screenshot tour shows the
applied directory, without an exception and within a time limit (a limit that fails the test,
never a measure of speed).

The first ready example (the first one Hypothesis tries: the demo unchanged) walks the whole
tour in both languages, each later one in one language, in turn; the test checks that every
state was shown.
KIOSK_BUNDLE_HOSTILE_EXAMPLES sets the number of examples (default 40)."""
from __future__ import annotations

import os

import pytest
from hostile_bundle import demo_bundle, edits
from hostile_checks import check_and_use
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kiosk.directory import config
from kiosk.directory.files import load_demo
from kiosk.ui.app import build
from kiosk.ui.screenshots.visitor import tour

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()
BASE = demo_bundle(DEMO)
EXAMPLES = int(os.environ.get("KIOSK_BUNDLE_HOSTILE_EXAMPLES", "40"))


def test_validate_refuses_clearly_or_everything_works(qtbot, tmp_path):
    shown: set[tuple[str, str]] = set()
    ready_ones, tried = [0], [0]

    @settings(max_examples=EXAMPLES, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def example(data):
        changes = data.draw(edits(BASE), label="edits")
        # The first ready bundle is shown in both languages, the next ones in one, in turn.
        langs = ("ko", "en") if not ready_ones[0] else (("ko",), ("en",))[ready_ones[0] % 2]
        ready = check_and_use(qtbot, DEMO, BASE, changes, shown, langs)
        event("ready" if ready else "refused")
        tried[0] += 1
        ready_ones[0] += ready

    example()
    print(f"{tried[0]} bundles checked, {ready_ones[0]} ready, applied, routed and shown")
    window = build(DEMO, config.Config({"data.folder": str(tmp_path / "data")}))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    everything = {(lang, name) for lang in ("ko", "en") for name in tour(window, DEMO)}
    window.close()
    assert everything - shown == set()
