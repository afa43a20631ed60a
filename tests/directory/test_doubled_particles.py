"""No Korean text the kiosk shows or prints keeps both forms of a particle ("버전 3(으)로",
"'s01'이(가)"): every string table and every command's output template, filled with words of
each kind of ending, reads as it is said; and a template may write both forms only where the
text passes through kiosk/directory/particles.py (strings.tr, the bundle's problems)."""
from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

import kiosk
from kiosk.directory.particles import FORMS, particles
from kiosk.directory.strings import STRINGS, tr

# Any particle written with both forms, in either order ("와(과)" too, which no rule knows).
DOUBLED = re.compile(r"(?<=\S)\((?:으|이|가|을|를|은|는|과|와|아|야|이나|이라)\)")
# Words that end in a vowel, a consonant, ㄹ, a digit of each kind, a Latin letter.
ENDINGS = ("자료팀", "사무소", "열람실", "3", "2", "1F", "s02", "B1", "E:/kiosk-directory")
KIOSK = Path(kiosk.__file__).parent
# The modules whose templates write both forms, and what makes them choose one.
CHOSEN_BY = {
    "directory/strings.py": "tr", "directory/strings_bundle_meaning.py": "tr",
    "directory/strings_sign.py": "tr", "directory/strings_bundle_words.py": "tr",
    "bundle/problems.py": "problem", "bundle/messages_graph.py": "problem",
    "bundle/messages_numbers.py": "problem", "bundle/messages_meaning.py": "problem",
    "bundle/charter_messages.py": "problem",
    "bundle/messages_entries.py": "problem", "bundle/messages_shape.py": "problem",
    "bundle/read_sheets.py": "problem",  # a value of sheet.no_header
    "bundle/reader_errors.py": "problem",  # the {detail} of a problem
    "directory/particles.py": "the rule itself",
    "wayfinding/directions.py": "particle",  # subject(), toward()
}


def _filled(template: str, word: str) -> dict:
    names = {name.split(".")[0].split("[")[0]
             for _lit, name, _spec, _conv in Formatter().parse(template) if name}
    return {name: word for name in names}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_no_string_keeps_both_forms(key):
    ko = STRINGS[key][0]
    for word in ENDINGS:
        values = _filled(ko, word)
        try:
            shown = tr(key, "ko", **values)
        except (ValueError, TypeError):  # a number's format ({n:,}): a number then
            shown = tr(key, "ko", **{name: 3 for name in values})
        assert not DOUBLED.search(shown), (key, shown)


def test_only_known_forms_and_only_where_they_are_chosen():
    """Grep every module: a doubled particle is one `particles` knows, in a module whose text
    passes through it."""
    found = []
    for path in sorted(KIOSK.rglob("*.py")):
        rel = path.relative_to(KIOSK).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in DOUBLED.finditer(line):
                start = match.start()
                written = line[start - 1:match.end()] if match.group() != "(으)" else \
                    line[start:match.end() + 1]
                if written not in FORMS or rel not in CHOSEN_BY:
                    found.append(f"{rel}:{number}: {line.strip()}")
    assert found == []


def test_the_check_finds_a_doubled_particle():
    assert DOUBLED.search("버전 3(으)로") and DOUBLED.search("계단와(과)")
    assert not DOUBLED.search(particles("버전 3(으)로 되돌렸습니다"))
    assert particles("버전 3(으)로") == "버전 3으로"


def test_the_command_line_says_the_version_as_it_is_read(monkeypatch, tmp_path):
    """`bundle rollback --to 3` printed "버전 3(으)로"; the kiosk's own errors take the
    particle too."""
    assert tr("bundle.cli.rolled_back", "ko", number=3).startswith("버전 3으로 되돌렸습니다")
    assert tr("bundle.cli.rolled_back", "ko", number=2).startswith("버전 2로 되돌렸습니다")
    assert tr("bundle.cli.key_exists", "ko", path="site.key").startswith("site.key가 이미")
    from kiosk.bundle.versions import BundleError, rollback
    with pytest.raises(BundleError) as raised:
        rollback(tmp_path / "data", to=3)
    assert "버전 3이 없습니다" in raised.value.text("ko"), raised.value
