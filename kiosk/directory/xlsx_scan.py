"""Check an XLSX file before openpyxl opens it. An XLSX is a zip of XML parts, and a small one
can cost gigabytes to read: a part that inflates far beyond its packed size (a zip bomb), XML
entities that expand (billion laughs), or millions of tiny elements. openpyxl reads a row, or
a shared string, at a time and clears what it holds, but keeps every other element (and the
emptied row itself) in a tree until the part ends.

The sizes written in the zip are checked first; zipfile never inflates a part beyond the size
its directory states, so those sizes bound the work. Then every XML part is streamed through
expat, counting elements and keeping nothing.
"""
from __future__ import annotations

import zipfile
from xml.parsers import expat

MAX_UNPACKED = 64 * 1024 * 1024  # all parts, unpacked
MAX_RATIO = 200  # unpacked / packed, per part: text packs to ~1/10, bombs to ~1/1000
CLEARED = ("row", "si")  # what openpyxl reads one at a time and empties: rows, shared strings
MAX_KEPT = 300_000  # elements openpyxl keeps, per part: ~400 bytes each
MAX_CLEARED = 5_000  # elements inside one row or shared string: one row's cells
CHUNK = 1 << 16
XML_SUFFIXES = (".xml", ".rels", ".vml")

Refusal = tuple[str, dict]  # a sheet problem key and the values of its message


class _Refused(Exception):
    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.refusal: Refusal = (key, values)


def refusal(archive: zipfile.ZipFile) -> Refusal | None:
    """Why this XLSX must not be opened, or None. Raises what zipfile raises for a broken zip."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if total > MAX_UNPACKED or info.file_size > MAX_RATIO * max(info.compress_size, 1024):
            return "sheet.zip_bomb", {"part": info.filename}
    for info in archive.infolist():
        if info.filename.lower().endswith(XML_SUFFIXES):
            found = _scan(archive, info)
            if found is not None:
                return found
    return None


def _scan(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Refusal | None:
    parser = expat.ParserCreate()
    count = {"kept": 0, "inside": 0, "depth": 0}  # depth: inside a row or shared string

    def start(name: str, _attrs: object) -> None:
        if count["depth"]:
            count["depth"] += 1
            count["inside"] += 1
            if count["inside"] > MAX_CLEARED:
                raise _Refused("sheet.too_many_elements", part=info.filename, limit=MAX_CLEARED)
            return
        count["kept"] += 1
        if count["kept"] > MAX_KEPT:
            raise _Refused("sheet.too_many_elements", part=info.filename, limit=MAX_KEPT)
        if name.rpartition(":")[2] in CLEARED:
            count["depth"], count["inside"] = 1, 0

    def end(_name: str) -> None:
        if count["depth"]:
            count["depth"] -= 1

    def entities(*_args: object) -> None:
        raise _Refused("sheet.xml_entities")

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.StartDoctypeDeclHandler = entities  # an XLSX part never has a DTD
    parser.EntityDeclHandler = entities
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(CHUNK):
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Refused as refused:
        return refused.refusal
    except expat.ExpatError:
        return "sheet.xlsx_broken", {}
    return None
