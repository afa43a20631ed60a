"""What a bundle would change, record by record, and the text report written to the stick."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.bundle.change_values import changed_lines, item_name
from kiosk.bundle.problems import tally
from kiosk.bundle.report_lines import result as _result
from kiosk.bundle.report_lines import summary, table_label
from kiosk.bundle.report_values import LongValues
from kiosk.directory.directory import Directory
from kiosk.directory.disk import atomic_write_bytes
from kiosk.directory.model import TABLES, Text, encode
from kiosk.directory.strings import tr
from kiosk.directory.text_safety import escaped

REPORT_LIMIT = 5000  # changes listed in a report; the counts above it cover the rest


@dataclass(frozen=True)
class Change:
    table: str
    id: str
    kind: str  # "added" | "removed" | "changed"
    before: object | None
    after: object | None
    fields: tuple[str, ...]


def diff(before: Directory, after: Directory, new_photos: set[str] = frozenset(),
         new_plans: set[str] = frozenset()) -> list[Change]:
    """Record changes; a person whose photo file the bundle replaces counts as changed, and
    so does a floor whose plan file it replaces."""
    out: list[Change] = []
    old_b, new_b = encode(before.building), encode(after.building)
    if old_b != new_b:
        out.append(Change("building", after.building.id, "changed", before.building,
                          after.building, tuple(k for k in new_b if old_b.get(k) != new_b[k])))
    for table in TABLES:
        old = {item.id: item for item in getattr(before, table)}
        new = {item.id: item for item in getattr(after, table)}
        for item_id, item in new.items():
            if item_id not in old:
                out.append(Change(table, item_id, "added", None, item, ()))
                continue
            a, b = encode(old[item_id]), encode(item)
            changed = tuple(k for k in b if a.get(k) != b[k])
            if table == "staff" and item.photo in new_photos and "photo" not in changed:
                changed += ("photo",)
            if table == "floors" and item.plan in new_plans and "plan" not in changed:
                changed += ("plan",)
            if changed:
                out.append(Change(table, item_id, "changed", old[item_id], item, changed))
        out += [Change(table, i, "removed", item, None, ()) for i, item in old.items()
                if i not in new]
    return out


# A change's kind as the report says it; the fields stay as the files name them.
KINDS = {"added": Text("추가", "added"), "removed": Text("삭제", "removed"),
         "changed": Text("변경", "changed")}


def _kind(kind: str, lang: str) -> str:
    return KINDS[kind].get(lang) if kind in KINDS else kind


def report_text(checked, lang: str = "ko") -> str:
    ko = lang != "en"
    lines = [("키오스크 안내 정보 묶음 확인 결과" if ko else "Kiosk directory bundle check"),
             f"{'묶음' if ko else 'Bundle'}: {checked.source}",
             f"{'확인 시각' if ko else 'Checked at'}: {time.strftime('%Y-%m-%d %H:%M:%S')}"]
    errors = [p for p in checked.problems if p.severity == "error"]
    warnings = [p for p in checked.problems if p.severity != "error"]
    # The result and the summary say what the staff screen says, in the same words.
    key, values = _result(checked)
    outcome = tr(key, lang, **values)
    if not checked.ok:
        outcome += ". 아무것도 바뀌지 않았습니다." if ko else ". Nothing was changed."
    lines.append(f"{'결과' if ko else 'Result'}: {outcome}")
    signed = (("서명: 확인됨" if ko else "Signature: verified") if checked.matches_signature
              else ("서명: 파일이 서명된 내용과 다름" if ko
                    else "Signature: the files differ from what was signed") if checked.signed
              else ("서명: 확인하지 않음" if ko else "Signature: not verified"))
    lines.append(signed + (f" ({'버전' if ko else 'version'} {checked.version})"
                           if checked.version is not None else ""))
    if checked.problems:
        counted = tally(checked.problems)  # a summary line counts all the rows it names
        lines += ["", ("문제: 오류 {}건, 주의 {}건" if ko else "Problems: errors {}, warnings {}"
                       ).format(*counted)]
        lines += [p.text(lang) for p in errors + warnings]
    if checked.ok:
        lines += ["", "바뀌는 내용" if ko else "Changes"]
        lines += [f"  {line}" for line in summary(checked.changes, lang)]
        lines += _change_lines(checked, lang)
    # Escaped: a name or path holding ESC or U+202E must not act on the terminal that prints
    # the report (bundle validate) nor reorder its line in Notepad.
    return "\r\n".join(escaped(line) for line in lines) + "\r\n"  # Notepad wants CRLF


def _change_lines(checked, lang: str) -> list[str]:
    """Each change's line; under a changed record, its fields' old and new values as the
    staff preview says them (bundle/change_values.py), long ones cut and listed whole at the
    end. `checked.current`: the directory now, which names what a field refers to."""
    lines, values = [], LongValues(lang)
    before = getattr(checked, "current", None)
    for c in checked.changes[:REPORT_LIMIT]:
        item = c.after if c.after is not None else c.before
        head = f"{table_label(c.table, lang)} {c.id} {item_name(item, lang)[:60]}"
        lines.append(f"  [{_kind(c.kind, lang)}] {head}")
        if c.kind == "changed":
            values.where = head
            lines += [f"      {line}" for line in changed_lines(
                c, lang, before, getattr(checked, "directory", None), values.shown)]
    return lines + values.lines()


def write_report(checked, folder: Path, lang: str = "ko") -> Path:
    path = Path(folder) / f"kiosk-report-{time.strftime('%Y%m%d-%H%M%S')}.txt"
    atomic_write_bytes(path, report_text(checked, lang).encode("utf-8-sig"))
    return path
