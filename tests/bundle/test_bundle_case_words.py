"""A word from a fixed list written in another case ("Event", "Hall") is refused, not
guessed, and the fix says to write it in small letters as listed (docs/bundle-format.md)."""
from __future__ import annotations

import pytest

from kiosk.bundle.update import check_bundle, discard
from kiosk.directory.files import load_demo

pytestmark = pytest.mark.usefixtures("built_in_assets")

DEMO = load_demo()


@pytest.mark.parametrize("old, new, key", [
    ('kind = "hall"', 'kind = "Hall"', "room.kind"),
    ('kind = "kiosk"', 'kind = "Kiosk"', "graph.node_kind"),
])
def test_a_fixed_word_in_another_case_is_told_to_be_small_letters(folder, old, new, key):
    toml = folder / "building.toml"
    text = toml.read_text(encoding="utf-8")
    assert old in text
    toml.write_text(text.replace(old, new, 1), encoding="utf-8")
    checked = check_bundle(folder, folder.parent / "data", DEMO, public_key=None)
    discard(checked)
    found = [p for p in checked.problems if p.severity == "error"
             and p.key == key]
    assert found, [p.text("en") for p in checked.problems]
    assert "in small letters as listed" in found[0].fix.en
    assert "소문자" in found[0].fix.ko


def test_a_notice_kind_and_a_presence_in_capitals_say_small_letters(folder):
    toml = folder / "building.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[[notices]]\nid = "n9"\n'
                    'kind = "Event"\ntitle = { ko = "행사", en = "Event" }\n'
                    'start = "2026-12-20"\n', encoding="utf-8")
    checked = check_bundle(folder, folder.parent / "data", DEMO, public_key=None)
    discard(checked)
    [said] = [p for p in checked.problems if p.key == "notice.kind"]
    assert "in small letters" in said.fix.en and "소문자" in said.fix.ko
