"""Building the command line's parser, which every start of the kiosk does, loads no command's
work: the broker, the store, the speech engine and Qt come in only when a command runs."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.__main__ import parser, plain_start

HEAVY = ("kiosk.calls.broker", "kiosk.directory.store", "kiosk.speech.engine", "kiosk.bundle",
         "kiosk.ui", "PySide6", "paho", "cryptography", "openpyxl")


def test_the_parser_loads_no_command_s_work():
    code = ("import sys\nfrom kiosk.__main__ import parser\nparser().parse_args(['doctor'])\n"
            f"print([m for m in sys.modules if m.startswith({HEAVY!r})])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("argv", [[], ["--windowed"], ["--config", "k.toml", "--size", "1080x1920"],
                                  ["--config=k.toml", "--selftest"], ["--size=", "--windowed"]])
def test_a_plain_start_reads_as_the_whole_parser_reads_it(argv):
    """The kiosk's own start skips the commands' parsers, and must read its options the same."""
    assert vars(plain_start(argv)) == vars(parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["find", "x"], ["-h"], ["--help"], ["--win"], ["--s", "x"],
                                  ["--config"], ["--windowed", "fnd"], ["--", "x"], ["-x"],
                                  ["--size", "--windowed"]])
def test_anything_else_goes_to_the_whole_parser(argv):
    """Commands, help, abbreviations and mistakes: the whole parser answers (and names the
    commands in its messages), as before."""
    assert plain_start(argv) is None


def test_a_plain_start_loads_no_command():
    code = ("import sys\nfrom kiosk.__main__ import plain_start\nplain_start(['--windowed'])\n"
            "print([m for m in sys.modules if m.startswith('kiosk.cli.')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
