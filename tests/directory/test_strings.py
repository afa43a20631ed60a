"""Every visible string has Korean and English, and every key the code uses exists."""
from __future__ import annotations

import re
from pathlib import Path

from kiosk.directory.strings import STRINGS, tr

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"


def test_every_string_has_both_languages():
    for key, (ko, en) in STRINGS.items():
        assert ko.strip() and en.strip(), key
        assert re.findall(r"{(\w+)}", ko) == re.findall(r"{(\w+)}", en) or \
            set(re.findall(r"{(\w+)}", ko)) == set(re.findall(r"{(\w+)}", en)), key


def test_every_key_used_in_code_exists():
    used = set()
    for path in KIOSK.rglob("*.py"):
        used |= set(re.findall(r"""tr\(\s*["']([a-z_]+\.[a-z_.]+)["']""", path.read_text()))
    assert used, "no tr() calls found"
    assert sorted(used - set(STRINGS)) == []


def test_no_string_is_left_unused():
    # A table of strings (strings.py, strings_visit.py) is no use of its own keys.
    code = "".join(p.read_text() for p in KIOSK.rglob("*.py")
                   if p.name not in ("strings.py", "strings_visit.py"))
    # built from a variable: "presence." + state, KIND_LABELS[table], f"access.{toggle}" ...
    dynamic = ("presence.", "kind.", "access.ready.", "access.zoom.", "access.high_contrast",
               "access.speech", "access.low_position", "help.no_", "need.", "help.raised",
               "help.delivered", "help.received", "help.acknowledged", "help.arrived",
               "route.guide_me.steps.")
    unused = [k for k in STRINGS if f'"{k}"' not in code and f"'{k}'" not in code
              and not k.startswith(dynamic)]
    assert unused == []


def test_formatting():
    assert tr("people.count", "ko", n=3) == "3명"
    assert tr("people.count", "en", n=3) == "People: 3"


def test_the_visitors_own_answers_are_said_as_they_would_say_them():
    """Help's needs and the ready profiles are the visitor's words of themselves: whole
    sentences in Korean, in the polite 해요체 ("휠체어를 사용해요"), never a tag ("휠체어·이동")
    beside English sentences ("I use a wheelchair")."""
    from kiosk.calls.call import NEEDS

    keys = [f"need.{n}" for n in NEEDS] + [k for k in STRINGS if k.startswith("access.ready.")
                                           and k.count(".") == 2]
    tags = [(key, tr(key, "ko")) for key in keys if not tr(key, "ko").endswith("요")]
    assert tags == []
