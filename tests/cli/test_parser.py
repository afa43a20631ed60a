"""Building the command line's parser, which every start of the kiosk does, loads no command's
work: the broker, the store, the speech engine and Qt come in only when a command runs."""
from __future__ import annotations

import subprocess
import sys

HEAVY = ("kiosk.calls.broker", "kiosk.directory.store", "kiosk.speech.engine", "kiosk.bundle",
         "kiosk.ui", "PySide6", "paho", "cryptography", "openpyxl")


def test_the_parser_loads_no_command_s_work():
    code = ("import sys\nfrom kiosk.__main__ import parser\nparser().parse_args(['doctor'])\n"
            f"print([m for m in sys.modules if m.startswith({HEAVY!r})])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
