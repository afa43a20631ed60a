"""What a well-formed bundle must also mean for the kiosk to show it: a building with a name
in both languages. Each finding names the file and line and the fix
(kiosk/bundle/messages_meaning.py)."""
from __future__ import annotations

from typing import Iterator

from kiosk.bundle.problems import Problem, problem
from kiosk.bundle.read import BUILDING_FILE, BundleParts
from kiosk.directory.directory import Directory


def building_problems(after: Directory, parts: BundleParts) -> Iterator[Problem]:
    building = after.building
    file, line = parts.where("building", building.id, "name")
    if parts.building is None:
        file, line = BUILDING_FILE, None  # the kiosk's own, which the bundle leaves
    for lang, ko, en in (("ko", "한국어", "Korean"), ("en", "영어", "English")):
        if not building.name.get(lang).strip():
            yield problem("building.name_empty", file, line, lang_ko=ko, lang_en=en)
