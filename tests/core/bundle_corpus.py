"""Bad directory bundles, one small function per case, each written over a copy of a good
bundle (the demo directory, exported). CASES maps a case's name to (builder, expected problem
key, the file the message must name or None, whether the kiosk has the site's public key).

Run as a script (`python bundle_corpus.py BASE DATA CASE...`) it checks the named cases in a
fresh process and prints that process's peak memory, for the memory ceiling test.
"""
from __future__ import annotations

import csv
import io
import os
import struct
import sys
import zipfile
import zlib
from pathlib import Path

import openpyxl

STAFF, DEPTS, TOML = "staff.xlsx", "departments.xlsx", "building.toml"
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                    for i in range(1, 10)) + "]>\n")


# -- sheets as staff save them -----------------------------------------------------------------
def rows(folder: Path, name: str = STAFF) -> list[list[str]]:
    book = openpyxl.load_workbook(folder / name, read_only=True)
    out = [["" if v is None else str(v) for v in row] for row in book.active.iter_rows(
        values_only=True)]
    book.close()
    return out


def write_xlsx(folder: Path, name: str, table: list[list[str]]) -> None:
    book = openpyxl.Workbook()
    for row in table:
        book.active.append(row)
    for cells in book.active.iter_rows():
        for cell in cells:
            if cell.data_type == "f":
                cell.data_type = "s"
    book.save(folder / name)


def csv_bytes(table: list[list[str]], encoding: str = "utf-8") -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(table)
    return out.getvalue().encode(encoding)


def to_csv(folder: Path, table: list[list[str]], name: str = "staff.csv",
           encoding: str = "utf-8") -> None:
    """The sheet as CSV in place of the XLSX (as "Save as CSV" in Excel leaves it)."""
    (folder / (Path(name).stem + ".xlsx")).unlink(missing_ok=True)
    (folder / name).write_bytes(csv_bytes(table, encoding))


def edit_staff(folder: Path, change) -> None:
    """Change the staff sheet's rows (header first) and save it back as CSV."""
    table = rows(folder)
    change(table)
    to_csv(folder, table)


def column(table, name: str) -> int:
    return table[0].index(name)


def first_person(table) -> list[str]:
    return table[1]


def replace_in_toml(folder: Path, old: str, new: str, count: int = 1) -> None:
    text = (folder / TOML).read_text(encoding="utf-8")
    assert old in text, old
    (folder / TOML).write_text(text.replace(old, new, count), encoding="utf-8")


def png(width: int, height: int, body: bytes | None = None) -> bytes:
    """A PNG with the given header size; `body` replaces its (tiny) image data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    data = body if body is not None else zlib.compress(b"\x00" * (1 + width * 3) * min(height, 4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0,
                                                                 0, 0))
            + chunk(b"IDAT", data) + chunk(b"IEND", b""))


def a_photo(folder: Path) -> Path:
    return sorted((folder / "photos").iterdir())[0]


# -- the cases ---------------------------------------------------------------------------------
def toml_syntax(f):
    replace_in_toml(f, "[building]", "[building\nname = ")


def toml_utf16(f):
    (f / TOML).write_bytes((f / TOML).read_text(encoding="utf-8").encode("utf-16"))


def toml_unknown_section(f):
    replace_in_toml(f, "[[rooms]]", "[[roomz]]\nid = \"x\"\n\n[[rooms]]")


def toml_not_a_list(f):
    """Only the building and its floors, the floors written as one line of text."""
    text = (f / TOML).read_text(encoding="utf-8")
    (f / TOML).write_text('floors = "1F, 2F"\n' + text[:text.index("[[")], encoding="utf-8")


def toml_wrong_type(f):
    replace_in_toml(f, "level = 1", "level = \"ground\"")


def toml_room_without_name(f):
    text = (f / TOML).read_text(encoding="utf-8")
    start = text.index("[[rooms]]")
    name_at = text.index("\nname = ", start)
    end = text.index("\n", name_at + 1)
    (f / TOML).write_text(text[:name_at] + text[end:], encoding="utf-8")


def toml_room_on_missing_floor(f):
    replace_in_toml(f, 'floor = "2F"', 'floor = "9F"')


def toml_duplicate_room(f):
    text = (f / TOML).read_text(encoding="utf-8")
    start = text.index("[[rooms]]")
    end = text.index("\n[[", start + 1)
    (f / TOML).write_text(text + "\n" + text[start:end] + "\n", encoding="utf-8")


def toml_amenity_in_missing_room(f):
    text = (f / TOML).read_text(encoding="utf-8")
    start = text.index("[[amenities]]")
    at = text.index("\nroom = ", start)
    end = text.index("\n", at + 1)
    (f / TOML).write_text(text[:at] + '\nroom = "nowhere"' + text[end:], encoding="utf-8")


def toml_missing_plan(f):
    (f / "floorplans" / "3F.svg").unlink()
    replace_in_toml(f, 'plan = "3F.svg"', 'plan = "3F-new.svg"')


def toml_plan_name_with_path(f):
    replace_in_toml(f, 'plan = "3F.svg"', 'plan = "../../etc/3F.svg"')


def toml_edge_to_missing_node(f):
    replace_in_toml(f, "[[nav_edges]]", '[[nav_edges]]\na = "lobby"\nb = "nowhere"\n\n'
                    "[[nav_edges]]")


def csv_unbalanced_quote(f):
    table = rows(f)
    data = csv_bytes(table).replace(table[2][0].encode(), b'"' + table[2][0].encode(), 1)
    to_csv(f, table)
    (f / "staff.csv").write_bytes(data)


def csv_utf16(f):
    to_csv(f, rows(f), encoding="utf-16")


def csv_latin1_garbage(f):
    to_csv(f, rows(f))
    data = (f / "staff.csv").read_bytes()
    (f / "staff.csv").write_bytes(data + b"x,\xff\xfe\xff,\x80\x81\n")


def csv_mixed_encodings(f):
    table = rows(f)
    head = csv_bytes(table[:3], "utf-8")  # UTF-8 for the first rows (with 한글 names)...
    tail = csv_bytes(table[3:], "cp949")  # ... and CP949 for the rest, as when two files meet
    (f / STAFF).unlink()
    (f / "staff.csv").write_bytes(head + tail)


def csv_binary(f):
    (f / STAFF).unlink()
    (f / "staff.csv").write_bytes(png(4, 4))


def csv_missing_column(f):
    def drop(table):
        at = column(table, "department")
        for row in table:
            row.pop(at)
    edit_staff(f, drop)


def csv_empty(f):
    (f / STAFF).unlink()
    (f / "staff.csv").write_bytes(b"")


def csv_empty_id(f):
    edit_staff(f, lambda t: t[3].__setitem__(0, " "))


def csv_duplicate_staff(f):
    edit_staff(f, lambda t: t.append(list(t[2])))


def csv_missing_department(f):
    edit_staff(f, lambda t: t[2].__setitem__(column(t, "department"), "no-such-dept"))


def csv_missing_room(f):
    edit_staff(f, lambda t: t[2].__setitem__(column(t, "room"), "no-such-room"))


def csv_missing_photo(f):
    edit_staff(f, lambda t: t[2].__setitem__(column(t, "photo"), "nobody.jpg"))


def csv_photo_name_with_path(f):
    edit_staff(f, lambda t: t[2].__setitem__(column(t, "photo"), "../../../etc/passwd"))


def csv_bad_presence(f):
    edit_staff(f, lambda t: t[2].__setitem__(column(t, "presence"), "maybe"))


def depts_cycle(f):
    table = rows(f, DEPTS)
    parent = column(table, "parent")
    child = next(r for r in table[1:] if r[parent])
    top = next(r for r in table[1:] if r[0] == child[parent])
    top[parent] = child[0]
    write_xlsx(f, DEPTS, table)


def depts_duplicate(f):
    table = rows(f, DEPTS)
    write_xlsx(f, DEPTS, table + [list(table[1])])


def depts_missing_parent(f):
    table = rows(f, DEPTS)
    table[2][column(table, "parent")] = "no-such-parent"
    write_xlsx(f, DEPTS, table)


def xlsx_not_a_zip(f):
    (f / STAFF).write_text("id,name_ko\nx,y\n", encoding="utf-8")


def xlsx_zip_without_sheet(f):
    with zipfile.ZipFile(f / STAFF, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")


def xlsx_zip_bomb(f):
    """A sheet part that inflates to about 1 GB, written in chunks (never held whole)."""
    with zipfile.ZipFile(f / STAFF, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            block = b"<row>" + b" " * (1 << 20) + b"</row>"
            for _ in range(1024):
                part.write(block)


def xlsx_billion_laughs(f):
    xml = LAUGHS + '<worksheet><sheetData><row><c t="inlineStr"><is><t>&lol9;</t></is></c>' \
                   "</row></sheetData></worksheet>"
    with zipfile.ZipFile(f / STAFF, "r") as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = next(n for n in parts if n.startswith("xl/worksheets/"))
    parts[sheet] = xml.encode()
    with zipfile.ZipFile(f / STAFF, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def xlsx_missing_column(f):
    table = rows(f)
    at = column(table, "name_ko")
    write_xlsx(f, STAFF, [r[:at] + r[at + 1:] for r in table])


def two_staff_sheets(f):
    (f / "staff.csv").write_bytes(csv_bytes(rows(f)))


def photo_not_an_image(f):
    a_photo(f).write_text("not a photo", encoding="utf-8")


def photo_corrupt(f):
    photo = a_photo(f)
    data = photo.read_bytes()
    photo.write_bytes(data[: len(data) // 3])


def photo_pixel_bomb(f):
    """50,000 x 50,000 pixels in a file of a few kB: the decoder must never allocate it."""
    a_photo(f).write_bytes(png(50_000, 50_000, zlib.compress(b"\x00" * 4_000_000, 9)))


def photo_too_many_bytes(f):
    photo = a_photo(f)
    with open(photo, "r+b") as out:
        out.truncate(12 << 20)  # 12 MB (sparse): over the 10 MB a photo may have


def plan_not_svg(f):
    (f / "floorplans" / "2F.svg").write_text("<html>not a plan", encoding="utf-8")


def plan_billion_laughs(f):
    (f / "floorplans" / "2F.svg").write_text(
        LAUGHS + '<svg xmlns="http://www.w3.org/2000/svg"><text>&lol9;</text></svg>',
        encoding="utf-8")


def symlink_out_of_the_bundle(f):
    a_photo(f).unlink()
    os.symlink("/etc/passwd", a_photo_path(f))


def a_photo_path(f):
    return f / "photos" / "outside.jpg"


def symlink_inside_the_bundle(f):
    os.symlink("building.toml", f / "staff.csv")


def symlinked_photos_folder(f):
    import shutil
    target = f.parent / (f.name + "-photos")
    shutil.move(f / "photos", target)
    os.symlink(target, f / "photos")


def fifo_as_a_sheet(f):
    os.mkfifo(f / "staff.csv")


def empty_bundle(f):
    import shutil
    for child in f.iterdir():
        shutil.rmtree(child) if child.is_dir() else child.unlink()


def only_strangers(f):
    empty_bundle(f)
    (f / "readme.txt").write_text("hello", encoding="utf-8")
    (f / "staff.docx").write_bytes(b"PK")


CASES = {
    "toml_syntax": (toml_syntax, "toml.syntax", TOML, False),
    "toml_utf16": (toml_utf16, "toml.encoding", TOML, False),
    "toml_unknown_section": (toml_unknown_section, "toml.unknown_key", TOML, False),
    "toml_not_a_list": (toml_not_a_list, "toml.not_list", TOML, False),
    "toml_wrong_type": (toml_wrong_type, "record.types", TOML, False),
    "toml_room_without_name": (toml_room_without_name, "record.invalid", TOML, False),
    "toml_room_on_missing_floor": (toml_room_on_missing_floor, "link.missing", TOML, False),
    "toml_duplicate_room": (toml_duplicate_room, "link.duplicate", TOML, False),
    "toml_amenity_in_missing_room": (toml_amenity_in_missing_room, "link.missing", TOML, False),
    "toml_missing_plan": (toml_missing_plan, "plan.missing", TOML, False),
    "toml_plan_name_with_path": (toml_plan_name_with_path, "plan.name", TOML, False),
    "toml_edge_to_missing_node": (toml_edge_to_missing_node, "link.other", None, False),
    "csv_unbalanced_quote": (csv_unbalanced_quote, "sheet.csv_syntax", "staff.csv", False),
    "csv_utf16": (csv_utf16, "sheet.encoding", "staff.csv", False),
    "csv_latin1_garbage": (csv_latin1_garbage, "sheet.encoding", "staff.csv", False),
    "csv_mixed_encodings": (csv_mixed_encodings, "sheet.encoding", "staff.csv", False),
    "csv_binary": (csv_binary, "sheet.encoding", "staff.csv", False),
    "csv_missing_column": (csv_missing_column, "sheet.missing_columns", "staff.csv", False),
    "csv_empty": (csv_empty, "sheet.empty", "staff.csv", False),
    "csv_empty_id": (csv_empty_id, "sheet.empty_id", "staff.csv", False),
    "csv_duplicate_staff": (csv_duplicate_staff, "link.duplicate", "staff.csv", False),
    "csv_missing_department": (csv_missing_department, "link.missing", "staff.csv", False),
    "csv_missing_room": (csv_missing_room, "link.missing", "staff.csv", False),
    "csv_missing_photo": (csv_missing_photo, "photo.missing", "staff.csv", False),
    "csv_photo_name_with_path": (csv_photo_name_with_path, "photo.name", "staff.csv", False),
    "csv_bad_presence": (csv_bad_presence, "link.presence", "staff.csv", False),
    "depts_cycle": (depts_cycle, "link.cycle", DEPTS, False),
    "depts_duplicate": (depts_duplicate, "link.duplicate", DEPTS, False),
    "depts_missing_parent": (depts_missing_parent, "link.missing", DEPTS, False),
    "xlsx_not_a_zip": (xlsx_not_a_zip, "sheet.xlsx_broken", STAFF, False),
    "xlsx_zip_without_sheet": (xlsx_zip_without_sheet, "sheet.xlsx_broken", STAFF, False),
    "xlsx_zip_bomb": (xlsx_zip_bomb, "sheet.zip_bomb", STAFF, False),
    "xlsx_billion_laughs": (xlsx_billion_laughs, "sheet.xml_entities", STAFF, False),
    "xlsx_missing_column": (xlsx_missing_column, "sheet.missing_columns", STAFF, False),
    "two_staff_sheets": (two_staff_sheets, "sheet.twice", "staff.xlsx", False),
    "photo_not_an_image": (photo_not_an_image, "photo.not_image", "photos/", False),
    "photo_corrupt": (photo_corrupt, "photo.corrupt", "photos/", False),
    "photo_pixel_bomb": (photo_pixel_bomb, "photo.too_many_pixels", "photos/", False),
    "photo_too_many_bytes": (photo_too_many_bytes, "files.too_big", "photos/", False),
    "plan_not_svg": (plan_not_svg, "plan.not_svg", "floorplans/2F.svg", False),
    "plan_billion_laughs": (plan_billion_laughs, "plan.not_svg", "floorplans/2F.svg", False),
    "symlink_out_of_the_bundle": (symlink_out_of_the_bundle, "files.symlink",
                                  "photos/outside.jpg", False),
    "symlink_inside_the_bundle": (symlink_inside_the_bundle, "files.symlink", "staff.csv",
                                  False),
    "symlinked_photos_folder": (symlinked_photos_folder, "files.symlink", "photos", False),
    "fifo_as_a_sheet": (fifo_as_a_sheet, "files.special", "staff.csv", False),
    "empty_bundle": (empty_bundle, "bundle.empty", None, False),
    "only_strangers": (only_strangers, "bundle.empty", None, False),
}
HEAVY = ("xlsx_zip_bomb", "xlsx_billion_laughs", "photo_pixel_bomb", "photo_too_many_bytes",
         "plan_billion_laughs")


def main(base: Path, data_dir: Path, names: list[str]) -> None:
    """Check the named cases here, then print this process's peak memory in MB."""
    import resource
    import shutil
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk import imaging
    from kiosk.core.bundle import check_bundle, current_directory, discard

    current = current_directory(data_dir)
    for name in names:
        build, key, _file, _signed = CASES[name]
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "kiosk-directory"
            shutil.copytree(base, folder, symlinks=True)
            build(folder)
            checked = check_bundle(folder, data_dir, current, public_key=None,
                                   image_check=imaging.check_photo)
            discard(checked)
            assert key in {p.key for p in checked.problems}, (name, checked.problems)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak_mb {peak_kb / 1024:.1f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:])
