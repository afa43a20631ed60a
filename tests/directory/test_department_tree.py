"""Departments above departments, however deep a bundle nests them: the teams below one, the
chain above one and the loops are each found by walking every department once; the check
says the same as before (every department whose parents lead round a loop, also one that
only leads into it)."""
from __future__ import annotations

from hypothesis import given, strategies as st

from kiosk.directory.directory import Directory
from kiosk.directory.model import Building, Department
from kiosk.directory.values import Text

DEPTH = 3000  # past Python's recursion limit, as a 20,000-row sheet may nest


def _directory(parents: dict[str, str | None]) -> Directory:
    return Directory(Building("b", Text("도서관", "Library")), departments=tuple(
        Department(dept_id, Text(dept_id, dept_id), parent) for dept_id, parent in parents.items()))


def _chain(depth: int) -> Directory:
    return _directory({f"d{n}": (f"d{n - 1}" if n else None) for n in range(depth)})


def test_a_chain_thousands_deep_is_walked_without_recursion():
    directory = _chain(DEPTH)
    assert [d.id for d in directory.sub_departments("d0")] == [f"d{n}" for n in range(1, DEPTH)]
    assert len(directory.parents(directory.department(f"d{DEPTH - 1}"))) == DEPTH
    assert len(directory.staff_in("d0")) == 0
    assert directory.inconsistencies() == []


def test_teams_come_depth_first_in_directory_order():
    directory = _directory({"top": None, "a": "top", "b": "top", "a1": "a", "a2": "a", "b1": "b"})
    assert [d.id for d in directory.sub_departments("top")] == ["a", "a1", "a2", "b", "b1"]


def _leads_round(parents: dict[str, str | None], start: str) -> bool:
    """The plain rule: following the parents from `start` meets a department twice."""
    seen, up = {start}, parents.get(start)
    while up is not None and up in parents:
        if up in seen:
            return True
        seen.add(up)
        up = parents[up]
    return False


@given(st.lists(st.integers(0, 12), min_size=1, max_size=12).map(
    lambda ups: {f"d{n}": (f"d{up}" if up < len(ups) else None)
                 for n, up in enumerate(ups)}))
def test_loops_are_found_as_the_plain_rule_finds_them(parents):
    found = {i.id for i in _directory(parents).inconsistencies() if i.kind == "cycle"}
    assert found == {d for d in parents if _leads_round(parents, d)}


def test_the_teams_are_indexed_once_for_the_whole_directory():
    """The people screen asks each top department for its teams: with thousands of them,
    each answer comes from the index the directory built, not from a scan of every
    department (which made that screen take minutes)."""
    directory = _directory({f"d{n}": None for n in range(2000)} | {"t": "d7"})
    looked_at: list[str] = []

    class Counting(tuple):
        def __iter__(self):
            looked_at.append("scan")
            return super().__iter__()

    object.__setattr__(directory, "departments", Counting(directory.departments))
    assert [d.id for d in directory.sub_departments("d7")] == ["t"]
    assert all(directory.sub_departments(f"d{n}") == [] for n in range(8, 2000))
    assert looked_at == []
