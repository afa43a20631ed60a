"""A service's step (items = [{ … }]) missing its name, or with a name that is no text, is
told a fix that is TOML where it goes: the message said "Add items.1.name = … to this
entry", which inside { } is not TOML, and the file read no better once it was done. Here
each fix is applied as its words say, and the bundle checked again."""
from __future__ import annotations

import re
import tomllib

import pytest

from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import load_demo

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()
ITEMS = 'items = []\nperson = "s25"'
STEPS = ('items = [{ fee = { ko = "무료", en = "Free" } }, { legal_time = 3, '
         'fee = "1000원" }]\nperson = "s25"')


def check(folder, text):
    (folder / "building.toml").write_text(text, encoding="utf-8")
    checked = check_bundle(folder, folder.parent / "data", DEMO, public_key=None)
    discard(checked)
    return [p for p in checked.problems if p.severity == "error"]


def filled(snippet: str) -> str:
    return snippet.replace('ko = "…"', 'ko = "증명서"').replace('en = "…"', 'en = "Certificate"')


def after_brace(line: str, nth: int, insert: str) -> str:
    """`insert` right after the nth { of the list on `line` (the { of each step)."""
    start = line.index("[")
    depth, count = 0, 0
    for at in range(start, len(line)):
        if line[at] == "{":
            if depth == 0:
                count += 1
                if count == nth:
                    return line[:at + 1] + " " + insert + line[at + 1:]
            depth += 1
        elif line[at] == "}":
            depth -= 1
    raise AssertionError(line)


def test_each_steps_fix_applied_as_said_makes_the_bundle_valid(folder):
    text = (folder / "building.toml").read_text(encoding="utf-8")
    assert ITEMS in text
    text = text.replace(ITEMS, STEPS, 1)
    errors = check(folder, text)
    keys = sorted(p.key for p in errors)
    assert keys == ["record.step_missing_field", "record.step_missing_field",
                    "record.step_text_form"], [p.text("en") for p in errors]
    for p in errors:
        assert "items." not in p.fix.en and "items." not in p.fix.ko  # no dotted path
        assert p.text("ko") and re.search("[가-힣]", p.fix.ko)
    # the example each missing-name fix gives is TOML
    for p in errors:
        if p.key == "record.step_missing_field":
            example = p.fix.en.split("e.g. ", 1)[1]
            tomllib.loads(filled(example))
    # apply the fixes as written: the name into each step's { }, legal_time in quotes
    lines = text.split("\n")
    for p in sorted(errors, key=lambda p: -int(re.search(r"step (\d+)", p.message.en)[1])):
        step = int(re.search(r"step (\d+)", p.message.en)[1])
        line = lines[p.line - 1]
        if p.key == "record.step_missing_field":
            said = re.search(r'write (name = \{ ko = "…", en = "…" \},)', p.fix.en)[1]
            assert said in p.fix.ko
            lines[p.line - 1] = after_brace(line, step, filled(said))
        else:
            said = re.search(r'(legal_time = \{ ko = "…", en = "…" \})', p.fix.en)[1]
            lines[p.line - 1] = line.replace("legal_time = 3", filled(said))
    assert check(folder, "\n".join(lines)) == []
