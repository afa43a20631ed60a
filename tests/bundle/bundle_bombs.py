"""Bad bundles made to exhaust the kiosk: files small on the stick that would take gigabytes
to read (zip bombs, billion laughs, a 50,000 x 50,000 pixel photo, a row of a million cells)
and files too large to copy. Each is written in chunks, never held whole. BOMBS has the same
shape as bundle_corpus.CASES; HEAVY_GOOD holds good bundles that are heavy to check.

Run as a script (`python bundle_bombs.py DATA NAME=FOLDER...`) it checks folders built
beforehand, in a fresh process, and prints for each its problems, whether the data folder was
left unchanged and the process's peak memory so far: the figures are the check's alone.
"""
from __future__ import annotations

import os
import sys
import zipfile
import zlib
from pathlib import Path

from bundle_corpus import LAUGHS, STAFF, a_photo, fingerprint, png

SHEET_PART = "xl/worksheets/sheet1.xml"
MB = 1 << 20


def rewrite_xlsx(folder: Path, part: str, write, zip64: bool = True) -> None:
    """Rewrite the staff XLSX with `write(stream)` producing `part`; the other parts kept."""
    with zipfile.ZipFile(folder / STAFF) as z:
        kept = {n: z.read(n) for n in z.namelist() if n != part}
    with zipfile.ZipFile(folder / STAFF, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in kept.items():
            z.writestr(name, data)
        with z.open(part, "w", force_zip64=zip64) as stream:
            write(stream)


def sheet_with(body):
    """A worksheet part whose sheetData is the header row and what `body(stream)` writes."""
    def write(stream):
        stream.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                     b'main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is>'
                     b"</c></row>")
        body(stream)
        stream.write(b"</sheetData></worksheet>")
    return write


def xlsx_zip_bomb(f):
    """A sheet part that inflates to 1 GB: refused by the sizes in the zip, before inflating."""
    def write(stream):
        block = b"<row>" + b" " * MB + b"</row>"
        for _ in range(1024):
            stream.write(block)
    rewrite_xlsx(f, SHEET_PART, write)


def xlsx_zip_bomb_lying_sizes(f):
    """The same bomb (256 MB) with a zip directory that claims the part is 1 kB unpacked."""
    def write(stream):
        for _ in range(256):
            stream.write(b" " * MB)
    rewrite_xlsx(f, SHEET_PART, write, zip64=False)  # plain 4-byte sizes, to patch
    data = bytearray((f / STAFF).read_bytes())
    name = SHEET_PART.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # local, central
        at = 0
        while (at := data.find(signature, at)) != -1:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                data[at + offset:at + offset + 4] = (1024).to_bytes(4, "little")
            at += 4
    (f / STAFF).write_bytes(bytes(data))


def xlsx_billion_laughs(f):
    rewrite_xlsx(f, SHEET_PART, lambda s: s.write(
        LAUGHS.encode() + b'<worksheet><sheetData><row><c t="inlineStr"><is><t>&lol9;</t></is>'
        b"</c></row></sheetData></worksheet>"))


def xlsx_billion_laughs_in_workbook(f):
    with zipfile.ZipFile(f / STAFF) as z:
        workbook = z.read("xl/workbook.xml").decode()
    rewrite_xlsx(f, "xl/workbook.xml", lambda s: s.write(
        (LAUGHS + workbook.replace("<?xml", "<!--").replace("?>", "-->", 1)).encode()))


def xlsx_row_of_a_million_cells(f):
    """One row of a million cells (27 MB unpacked, packs 1:6): openpyxl would hold them all."""
    def body(stream):
        stream.write(b'<row r="2">')
        for start in range(0, 1_000_000, 10_000):
            stream.write(b"".join(b'<c r="B2"><v>%d</v></c>' % i
                                  for i in range(start, start + 10_000)))
        stream.write(b"</row>")
    rewrite_xlsx(f, SHEET_PART, sheet_with(body))


def xlsx_million_stray_elements(f):
    """A million elements openpyxl does not know: it would keep every one in a tree."""
    def body(stream):
        for start in range(0, 1_100_000, 10_000):
            stream.write(b"".join(b'<x n="%d"/>' % (i * 7919 % 1_000_003)
                                  for i in range(start, start + 10_000)))
    rewrite_xlsx(f, SHEET_PART, sheet_with(body))


def csv_row_of_a_million_commas(f):
    (f / STAFF).unlink()
    with open(f / "staff.csv", "wb") as out:
        out.write(b"id,name_ko\r\n")
        out.writelines(b"12," * 333_333 for _ in range(30))
        out.write(b"\r\n")


def csv_a_million_rows(f):
    (f / STAFF).unlink()
    row = b"s,a,b,c,d,e,f,g,h,i,j,k,l\r\n"
    with open(f / "staff.csv", "wb") as out:
        out.write(b"id,name_ko,name_en,position_ko,position_en,department,duties_ko,duties_en,"
                  b"extension,room,presence,photo,sample\r\n")
        out.writelines(row * 10_000 for _ in range(100))


def photo_pixel_bomb(f):
    """50,000 x 50,000 pixels in a file of a few kB: the decoder must never allocate it."""
    a_photo(f).write_bytes(png(50_000, 50_000, zlib.compress(b"\x00" * 4_000_000, 9)))


def photo_too_many_bytes(f):
    with open(a_photo(f), "r+b") as out:
        out.truncate(12 * MB)  # 12 MB (sparse): over the 10 MB a photo may have


def plan_billion_laughs(f):
    (f / "floorplans" / "2F.svg").write_text(
        LAUGHS + '<svg xmlns="http://www.w3.org/2000/svg"><text>&lol9;</text></svg>',
        encoding="utf-8")


def plan_of_a_million_elements(f):
    with open(f / "floorplans" / "2F.svg", "wb") as out:
        out.write(b'<svg xmlns="http://www.w3.org/2000/svg">')
        out.writelines(b"<g/>" * 10_000 for _ in range(100))
        out.write(b"</svg>")


def csv_twenty_thousand_formula_rows(f):
    """20,000 rows of 40 cells that look like formulas, each naming a department that is not
    there: 800,000 warnings and 20,000 errors, were every message kept."""
    (f / STAFF).unlink()
    extra = b"".join(b",x%d" % i for i in range(32))
    cells = b",=1" * 32
    with open(f / "staff.csv", "wb") as out:
        out.write(b"id,name_ko,name_en,position_ko,position_en,department,duties_ko,duties_en,"
                  b"extension,room,presence,photo" + extra + b"\r\n")
        out.writelines(b"p%d,=a,=b,=c,=d,=e,=f,=g,=h,,in,%s\r\n" % (i, cells)
                       for i in range(20_000))


def toml_too_many_bytes(f):
    with open(f / "building.toml", "r+b") as out:
        out.truncate(9 * MB)


BOMBS = {
    "xlsx_zip_bomb": (xlsx_zip_bomb, "sheet.zip_bomb", STAFF),
    "xlsx_zip_bomb_lying_sizes": (xlsx_zip_bomb_lying_sizes, "sheet.xlsx_broken", STAFF),
    "xlsx_billion_laughs": (xlsx_billion_laughs, "sheet.xml_entities", STAFF),
    "xlsx_billion_laughs_in_workbook": (xlsx_billion_laughs_in_workbook, "sheet.xml_entities",
                                        STAFF),
    "xlsx_row_of_a_million_cells": (xlsx_row_of_a_million_cells, "sheet.too_many_elements",
                                    STAFF),
    "xlsx_million_stray_elements": (xlsx_million_stray_elements, "sheet.too_many_elements",
                                    STAFF),
    "csv_row_of_a_million_commas": (csv_row_of_a_million_commas, "sheet.too_many_columns",
                                    "staff.csv"),
    "csv_a_million_rows": (csv_a_million_rows, "sheet.too_many_rows", "staff.csv"),
    "photo_pixel_bomb": (photo_pixel_bomb, "photo.too_many_pixels", "photos/"),
    "photo_too_many_bytes": (photo_too_many_bytes, "files.too_big", "photos/"),
    "plan_billion_laughs": (plan_billion_laughs, "plan.xml_entities", "floorplans/2F.svg"),
    "plan_of_a_million_elements": (plan_of_a_million_elements, "plan.too_many_elements",
                                   "floorplans/2F.svg"),
    "csv_twenty_thousand_formula_rows": (csv_twenty_thousand_formula_rows,
                                         "bundle.more_problems", "staff.csv"),
    "toml_too_many_bytes": (toml_too_many_bytes, "files.too_big", "building.toml"),
}


def photos_at_the_pixel_limit(f):
    """Two PNG photos of 5,600 x 5,600 pixels (a PNG decodes whole: 125 MB each): a good
    bundle, checked on every core without one decode per core in memory at once."""
    width = height = 5_600
    pack = zlib.compressobj(1)
    row = b"\x00" + b"\x80" * (width * 3)
    data = b"".join([pack.compress(row) for _ in range(height)] + [pack.flush()])
    for photo in sorted((f / "photos").iterdir())[:2]:
        photo.write_bytes(png(width, height, data))


# Heavy and good: accepted, within the same memory ceiling.
HEAVY_GOOD = {"photos_at_the_pixel_limit": photos_at_the_pixel_limit}


def main(data_dir: Path, cases: list[str]) -> None:
    """Check each NAME=FOLDER; print, as one JSON line per case, its problems, whether the data
    folder was unchanged after the check and after discard, and this process's peak memory
    so far in MB."""
    import json
    import resource

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.bundle.update import check_bundle, current_directory, discard
    from kiosk.ui import imaging

    current = current_directory(data_dir)
    for case in cases:
        name, _, folder = case.partition("=")
        before = fingerprint(data_dir)
        checked = check_bundle(Path(folder), data_dir, current, public_key=None,
                               image_check=imaging.check_photo)
        after_check = fingerprint(data_dir)
        discard(checked)
        print(json.dumps({
            "name": name, "ok": checked.ok, "directory": checked.directory is not None,
            "problems": [[p.key, p.file, bool(p.message.ko and p.message.en and p.fix.ko
                                              and p.fix.en)] for p in checked.problems],
            "unchanged_after_check": after_check == before,
            "unchanged_after_discard": fingerprint(data_dir) == before,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
