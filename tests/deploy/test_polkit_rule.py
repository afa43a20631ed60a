"""The polkit rule lets the kiosk user mount, eject and power off removable drives, in both
the forms udisks2 asks for (its own seat, another seat), and nothing else, for no one else.
Evaluated by a JavaScript engine where one is installed (polkit's rules are JavaScript)."""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from deploy_support import DEPLOY

RULE = DEPLOY / "polkit" / "50-library-kiosk-udisks.rules"
ALLOWED = {f"org.freedesktop.udisks2.{a}{seat}"
           for a in ("filesystem-mount", "eject-media", "power-off-drive")
           for seat in ("", "-other-seat")}
REFUSED = ["org.freedesktop.udisks2.filesystem-mount-system", "org.freedesktop.udisks2.modify-device",
           "org.freedesktop.udisks2.format", "org.freedesktop.login1.power-off"]


def test_the_rule_lists_exactly_the_removable_drive_actions():
    listed = set(re.findall(r'"(org\.freedesktop\.[a-z0-9.-]+)"', RULE.read_text()))
    assert listed == ALLOWED


@pytest.mark.skipif(shutil.which("node") is None, reason="no JavaScript engine (node) here")
def test_the_rule_answers_yes_only_to_the_kiosk_user_s_allowed_actions(tmp_path):
    asks = [(user, action) for user in ("kiosk", "visitor") for action in (*ALLOWED, *REFUSED)]
    script = tmp_path / "ask.js"
    script.write_text(
        "let rule = null;\n"
        "global.polkit = {Result: {YES: 'yes'}, addRule: f => { rule = f; }};\n"
        f"eval(require('fs').readFileSync({json.dumps(str(RULE))}, 'utf8'));\n"
        f"console.log(JSON.stringify({json.dumps(asks)}.map(([u, a]) =>"
        " rule({id: a}, {user: u}) || null)));\n")
    done = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    answers = dict(zip(asks, json.loads(done.stdout)))
    for (user, action), answer in answers.items():
        assert answer == ("yes" if user == "kiosk" and action in ALLOWED else None), (user, action)
