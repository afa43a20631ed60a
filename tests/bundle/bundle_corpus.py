"""Bad directory bundles, one small function per case, each written over a copy of a good
bundle (the demo directory, exported). CASES maps a case's name to (builder, expected problem
key, the file the message must name or None). The cases made to exhaust memory are in
bundle_bombs.py.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import struct
import unicodedata
import zipfile
import zlib
from pathlib import Path

import openpyxl

STAFF, DEPTS, TOML = "staff.xlsx", "departments.xlsx", "building.toml"
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                    for i in range(1, 10)) + "]>\n")


def fingerprint(folder: Path) -> dict[str, tuple]:
    """Every file and folder under `folder`: its kind, size and contents."""
    out = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        if path.is_symlink():
            out[rel] = ("link", os.readlink(path))
        elif path.is_dir():
            out[rel] = ("dir",)
        else:
            out[rel] = ("file", path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest())
    return out


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
    return min((folder / "photos").iterdir())


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


def toml_nested_too_deep(f):
    replace_in_toml(f, "[building]", "deep = " + "[" * 50_000 + "]" * 50_000 + "\n\n[building]")


def toml_number_of_five_thousand_digits(f):
    replace_in_toml(f, "level = 1", "level = " + "1" * 5000)


def toml_plan_absolute_path(f):
    replace_in_toml(f, 'plan = "3F.svg"', 'plan = "/etc/3F.svg"')


def toml_edge_to_missing_node(f):
    replace_in_toml(f, "[[nav_edges]]", '[[nav_edges]]\na = "lobby"\nb = "nowhere"\n\n'
                    "[[nav_edges]]")


def toml_edge_from_a_node_to_itself(f):
    """Was 'Inconsistent entry' in English inside the Korean report, naming no file."""
    replace_in_toml(f, "[[nav_edges]]", '[[nav_edges]]\na = "1F-c240"\nb = "1F-c240"' + FAULT
                    + '\n\n[[nav_edges]]')


def toml_node_with_an_empty_floor(f):
    replace_in_toml(f, 'id = "1F-c240"\nfloor = "1F"', 'id = "1F-c240"\nfloor = ""' + FAULT)


# Numbers that validated and then broke the kiosk: each puts its fault on a line marked FAULT.
FAULT = "  # the fault"


def set_in_toml(f, old: str, new: str) -> None:
    replace_in_toml(f, old, new + FAULT)


def toml_negative_scale(f):
    """Every route ran forever: a cost below 0 loops the shortest-path search."""
    set_in_toml(f, "metres_per_unit = 0.03", "metres_per_unit = -0.03")


def toml_zero_scale(f):
    set_in_toml(f, "metres_per_unit = 0.03", "metres_per_unit = 0.0")


def toml_nan_scale(f):
    set_in_toml(f, "metres_per_unit = 0.03", "metres_per_unit = nan")


def toml_plan_size_zero(f):
    """The plan widget divided by zero (the screenshots died of SIGSEGV)."""
    set_in_toml(f, "plan_size = [1600.0, 900.0]", "plan_size = [0.0, 0.0]")


def toml_plan_size_infinite(f):
    set_in_toml(f, "plan_size = [1600.0, 900.0]", "plan_size = [inf, 900.0]")


def toml_kiosk_x_nan(f):
    replace_in_toml(f, "\nx = 860\ny = 450", "\nx = nan" + FAULT + "\ny = 450")


def toml_node_y_infinite(f):
    set_in_toml(f, 'id = "1F-c240"\nfloor = "1F"\nx = 240\ny = 450',
                'id = "1F-c240"\nfloor = "1F"\nx = 240\ny = -inf')


def toml_node_x_of_400_digits(f):
    set_in_toml(f, 'id = "1F-c240"\nfloor = "1F"\nx = 240', 'id = "1F-c240"\nfloor = "1F"\nx = '
                + "9" * 400)


def toml_node_outside_the_plan(f):
    set_in_toml(f, 'id = "1F-c240"\nfloor = "1F"\nx = 240', 'id = "1F-c240"\nfloor = "1F"\nx = '
                "-240")


def toml_kiosk_below_the_plan(f):
    replace_in_toml(f, "\nx = 860\ny = 450", "\nx = 860\ny = 950" + FAULT)


def toml_room_rect_outside_the_plan(f):
    set_in_toml(f, "rect = [40.0, 400.0, 1520.0, 100.0]", "rect = [40.0, 400.0, 1620.0, 100.0]")


def toml_room_rect_nan(f):
    set_in_toml(f, "rect = [40.0, 400.0, 1520.0, 100.0]", "rect = [40.0, 400.0, nan, 100.0]")


def toml_negative_edge_length(f):
    set_in_toml(f, '[[nav_edges]]\na = "1F-c240"', '[[nav_edges]]\na = "1F-c240"\nlength = -3.0')


def toml_infinite_edge_length(f):
    set_in_toml(f, '[[nav_edges]]\na = "1F-c240"', '[[nav_edges]]\na = "1F-c240"\nlength = inf')


def toml_level_of_400_digits(f):
    set_in_toml(f, "level = 1", "level = " + "9" * 400)


def toml_building_name_empty(f):
    """Accepted, and the home screen showed a blank where the library's name goes."""
    set_in_toml(f, 'name = { ko = "경기과천교육도서관", en = "Gyeonggi Gwacheon Education '
                'Library" }', 'name = { ko = "", en = "" }')


def toml_building_name_blank_in_english(f):
    set_in_toml(f, 'en = "Gyeonggi Gwacheon Education Library" }', 'en = "   " }')


def toml_level_of_1000(f):
    """Validated, and a route to it was '168 min on foot'."""
    set_in_toml(f, "level = 4", "level = 1000")


def toml_stairs_from_1f_to_4f_skipping_nothing(f):
    """The 4th floor moved to level 9: its stairs would climb six floors in one step (named
    at the edge's kind, not at the level: either may be the slip)."""
    replace_in_toml(f, "level = 4", "level = 9")


def toml_no_kiosks(f):
    """Validated as ready, and `bundle apply` then exited 2: no kiosk knew its place."""
    text = (f / TOML).read_text(encoding="utf-8")
    entries = text.split("\n[[")
    kept = [e for e in entries if not e.startswith("kiosks]]")]
    (f / TOML).write_text("kiosks = []" + FAULT + "\n" + "\n[[".join(kept), encoding="utf-8")


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


def csv_semicolons_without_a_header(f):
    """Row 1 holds a person, not the column names (the header was deleted)."""
    table = rows(f)[1:]
    (f / STAFF).unlink()
    (f / "staff.csv").write_bytes("\r\n".join(";".join(row) for row in table).encode("cp949"))


def xlsx_visible_sheet_without_the_columns(f):
    """The good list is kept on a hidden first sheet; the visible one holds notes only: the
    visible one is read, and refused."""
    table = rows(f)
    book = openpyxl.Workbook()
    book.active.title = "old"
    for row in table:
        book.active.append(row)
    book.active.sheet_state = "hidden"
    book.create_sheet("notes").append(["see the hidden sheet"])
    book.save(f / STAFF)


def xlsx_merged_department(f):
    """Three people of one department, its cell merged over their rows (3 to 5)."""
    table = rows(f)
    at = column(table, "department")
    for row in table[3:5]:
        row[at] = table[2][at]
    write_xlsx(f, STAFF, table)
    book = openpyxl.load_workbook(f / STAFF)
    letter = openpyxl.utils.get_column_letter(at + 1)
    book.active.merge_cells(f"{letter}3:{letter}5")
    book.save(f / STAFF)


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


def csv_heic_photo(f):
    """An iPhone's photo, in photos/ and named in the sheet: a kind the kiosk cannot show,
    not a missing file."""
    (f / "photos").mkdir(exist_ok=True)
    (f / "photos" / "s02.heic").write_bytes(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 64)
    edit_staff(f, lambda t: t[2].__setitem__(column(t, "photo"), "s02.heic"))


def csv_photo_name_with_path(f):
    edit_staff(f, lambda t: t[2].__setitem__(column(t, "photo"), "../../../etc/passwd"))


def csv_photo_absolute_path(f):
    edit_staff(f, lambda t: t[2].__setitem__(column(t, "photo"), "/etc/passwd"))


def csv_too_many_columns(f):
    edit_staff(f, lambda t: [row.extend(f"extra{i}" for i in range(60)) for row in t])


def csv_nul_bytes(f):
    to_csv(f, rows(f))
    (f / "staff.csv").write_bytes((f / "staff.csv").read_bytes().replace(b",", b",\x00", 3))


def xlsx_renamed_csv(f):
    """An Excel file given a .csv name: its name is wrong, not its encoding."""
    (f / "staff.xlsx").rename(f / "staff.csv")


def csv_bad_presence(f):
    edit_staff(f, lambda t: t[2].__setitem__(column(t, "presence"), "maybe"))


LONG_NAME = "가" * 100 + ".png"  # 304 bytes: a stick's exFAT holds it, the kiosk's disk not


def csv_photo_name_too_long(f):
    """A traceback (ENAMETOOLONG) instead of a report, and the staging copy left behind."""
    edit_staff(f, lambda t: t[2].__setitem__(column(t, "photo"), LONG_NAME))


def toml_plan_name_too_long(f):
    set_in_toml(f, 'plan = "3F.svg"', 'plan = "' + "나" * 100 + '.svg"')


def photo_name_too_long_for_its_thumbnail(f):
    """252 bytes: the kiosk's disk holds the photo, not its thumbnail (the name + ".jpg")."""
    a_photo(f).rename(f / "photos" / ("p" * 248 + ".png"))


def photo_name_not_utf8(f):
    """A name in a stick's own code page, as Linux lists it: bytes that are not UTF-8."""
    photo = a_photo(f)
    os.rename(photo, os.fsencode(f / "photos") + b"/caf\xe9.png")


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


def xlsx_patched(f, change) -> None:
    """The staff XLSX with `change(data, offset)` applied at the worksheet's directory entry
    or data (zipfile.ZipInfo.header_offset)."""
    with zipfile.ZipFile(f / STAFF) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray((f / STAFF).read_bytes())
    change(data, info)
    (f / STAFF).write_bytes(bytes(data))


def xlsx_corrupt_deflate(f):
    def scramble(data, info):
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        for at in range(start + 5, start + 40):
            data[at] ^= 0x5A
    xlsx_patched(f, scramble)


def xlsx_encrypted_part(f):
    def flag(data, info):
        at = data.find(b"PK\x01\x02")
        while at != -1:
            if data[at + 46:at + 46 + len(info.filename)] == info.filename.encode():
                data[at + 8] |= 1  # general purpose flag bit 0: encrypted
            at = data.find(b"PK\x01\x02", at + 4)
    xlsx_patched(f, flag)


def xlsx_missing_column(f):
    table = rows(f)
    at = column(table, "name_ko")
    write_xlsx(f, STAFF, [r[:at] + r[at + 1:] for r in table])


def two_staff_sheets(f):
    (f / "staff.csv").write_bytes(csv_bytes(rows(f)))


def photo_not_an_image(f):
    a_photo(f).write_text("not a photo", encoding="utf-8")


def photo_cut_short(f):
    photo = a_photo(f)
    data = photo.read_bytes()
    photo.write_bytes(data[: len(data) // 3])


def plan_not_svg(f):
    (f / "floorplans" / "2F.svg").write_text("<html>not a plan", encoding="utf-8")


def photo_gif_named_png(f):
    a_photo(f).write_bytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9"
                           b"\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00"
                           b"\x02\x02D\x01\x00;")


def photo_just_over_the_pixel_limit(f):
    """5,800 x 5,800 pixels: decoded, more than Qt may allocate for one image."""
    a_photo(f).write_bytes(png(5_800, 5_800))


def plan_external_entity(f):
    (f / "floorplans" / "2F.svg").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
        '<svg xmlns="http://www.w3.org/2000/svg"><text>&secret;</text></svg>', encoding="utf-8")


def in_plan(f, markup: str, head: str = "") -> None:
    """The 2F plan with `markup` drawn in it (and `head` before its <svg>)."""
    plan = f / "floorplans" / "2F.svg"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(head + text.replace("</svg>", markup + "\n</svg>"), encoding="utf-8")


XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"'


def plan_image_of_an_absolute_file(f):
    """It drew a file from outside the bundle."""
    in_plan(f, '<image href="/etc/kiosk/secret.png" width="10" height="10"/>')


def plan_image_of_a_pipe(f):
    """QSvgRenderer blocked for ever reading it."""
    pipe = f.parent / "plan-pipe"
    os.mkfifo(pipe)
    in_plan(f, f'<image {XLINK} xlink:href="file://{pipe}" width="10" height="10"/>')


def plan_image_relative(f):
    in_plan(f, f'<g {XLINK}><image xlink:href="../photos/s01.png" width="9" height="9"/></g>')


def plan_image_data_uri(f):
    in_plan(f, '<image href="data:image/png;base64,iVBORw0KGgo=" width="9" height="9"/>')


def plan_use_of_another_file(f):
    in_plan(f, f'<use {XLINK} xlink:href="other.svg#room"/>')


def plan_fill_from_another_file(f):
    in_plan(f, '<rect width="5" height="5" fill="url(http://example.invalid/p.svg#g)"/>')


def plan_style_import(f):
    in_plan(f, '<style>@import url("http://example.invalid/plan.css");</style>')


def plan_stylesheet_instruction(f):
    in_plan(f, "", head='<?xml-stylesheet href="plan.css" type="text/css"?>\n')


def plan_viewbox_half_the_plan_size(f):
    """Drew the plan at half its size, the room names and pins where the old plan had them."""
    plan = f / "floorplans" / "2F.svg"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace('viewBox="0 0 1600 900" width="1600" height="900"',
                                 'viewBox="0 0 800 450" width="800" height="450"', 1),
                    encoding="utf-8")


def plan_viewbox_moved(f):
    plan = f / "floorplans" / "2F.svg"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace('viewBox="0 0 1600 900"', 'viewBox="-200 0 1600 900"', 1),
                    encoding="utf-8")


def plan_script(f):
    in_plan(f, "<script>alert(1)</script>")


def plan_foreign_object(f):
    in_plan(f, '<foreignObject width="9" height="9"><p xmlns="http://www.w3.org/1999/xhtml">'
               "x</p></foreignObject>")


def plan_event_attribute(f):
    in_plan(f, '<rect width="5" height="5" onclick="alert(1)"/>')


def plan_blur(f):
    """A blur over the whole plan: Qt drew it in seconds at each paint (the floor stalled)."""
    in_plan(f, '<filter id="blur"><feGaussianBlur stdDeviation="50"/></filter>'
               '<rect width="1600" height="900" fill="#eee" filter="url(#blur)"/>')


def plan_mask(f):
    in_plan(f, '<mask id="m"><rect width="1600" height="900" fill="white"/></mask>')


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


# -- text: what a paste from a terminal, a web page or a Mac brings (directory/text_safety.py) ---
def set_cell(f, row: int, name: str, value: str) -> None:
    edit_staff(f, lambda t: t[row].__setitem__(column(t, name), value))


def csv_name_with_escape(f):
    set_cell(f, 2, "name_ko", "박성\x1b[2J호")  # ESC [2J clears a terminal


def csv_name_with_bell(f):
    set_cell(f, 2, "name_en", "Park\x07 Sungho")


def csv_name_right_to_left(f):
    set_cell(f, 2, "name_ko", "\u202e호성박")  # shown as 박성호, typed as 호성박


def csv_name_isolate(f):
    set_cell(f, 2, "name_en", "Park \u2067Sungho\u2069")


def csv_line_break_in_a_name(f):
    set_cell(f, 2, "name_ko", "박성\n호")


def csv_ids_differ_in_case(f):
    edit_staff(f, lambda t: t[3].__setitem__(0, t[2][0].upper()))


def csv_same_id_in_nfc_and_nfd(f):
    def change(t):
        t[2][0] = "직원27"
        t[3][0] = unicodedata.normalize("NFD", "직원27")
    edit_staff(f, change)


def depts_ids_differ_in_case(f):
    table = rows(f, DEPTS)
    table[3][0] = table[2][0].upper() + " "
    write_xlsx(f, DEPTS, table)


def photo_in_nfc_and_in_nfd(f):
    data = a_photo(f).read_bytes()
    (f / "photos" / "김하늘.png").write_bytes(data)
    (f / "photos" / unicodedata.normalize("NFD", "김하늘.png")).write_bytes(data)


def set_within_line(f, old: str, new: str) -> None:
    """Replace `old` with `new` and mark the whole line that holds it as the fault."""
    text = (f / TOML).read_text(encoding="utf-8")
    at = text.index(old)
    end = text.index("\n", at)
    (f / TOML).write_text(text[:at] + new + text[at + len(old):end] + FAULT + text[end:],
                          encoding="utf-8")


def photo_name_with_escape(f):
    a_photo(f).rename(f / "photos" / "s99\x1b[2J.png")


def plan_name_right_to_left(f):
    (f / "floorplans" / "2F.svg").rename(f / "floorplans" / "2F\u202e.svg")


def toml_name_with_escape(f):
    set_within_line(f, 'name = { ko = "1층"', 'name = { ko = "1\\u001b]0;owned\\u0007층"')


def toml_room_name_right_to_left(f):
    set_within_line(f, 'name = { ko = "2층"', 'name = { ko = "\u202e2층"')


def toml_id_with_a_tab(f):
    set_in_toml(f, 'id = "3F"', 'id = "3F\\t"')


CASES = {
    "toml_syntax": (toml_syntax, "toml.syntax", TOML),
    "toml_utf16": (toml_utf16, "toml.encoding", TOML),
    "toml_unknown_section": (toml_unknown_section, "toml.unknown_key", TOML),
    "toml_not_a_list": (toml_not_a_list, "toml.not_list", TOML),
    "toml_wrong_type": (toml_wrong_type, "record.types", TOML),
    "toml_room_without_name": (toml_room_without_name, "record.missing_field", TOML),
    "toml_room_on_missing_floor": (toml_room_on_missing_floor, "link.missing", TOML),
    "toml_duplicate_room": (toml_duplicate_room, "link.duplicate", TOML),
    "toml_amenity_in_missing_room": (toml_amenity_in_missing_room, "link.missing", TOML),
    "toml_missing_plan": (toml_missing_plan, "plan.missing", TOML),
    "toml_plan_name_with_path": (toml_plan_name_with_path, "plan.name", TOML),
    "toml_edge_to_missing_node": (toml_edge_to_missing_node, "graph.edge_node", TOML),
    "toml_edge_from_a_node_to_itself": (toml_edge_from_a_node_to_itself, "graph.edge_loop",
                                        TOML),
    "toml_node_with_an_empty_floor": (toml_node_with_an_empty_floor, "graph.node_no_floor",
                                      TOML),
    "csv_unbalanced_quote": (csv_unbalanced_quote, "sheet.csv_syntax", "staff.csv"),
    "csv_utf16": (csv_utf16, "sheet.encoding", "staff.csv"),
    "csv_latin1_garbage": (csv_latin1_garbage, "sheet.encoding", "staff.csv"),
    "csv_mixed_encodings": (csv_mixed_encodings, "sheet.encoding", "staff.csv"),
    "csv_binary": (csv_binary, "sheet.encoding", "staff.csv"),
    "csv_missing_column": (csv_missing_column, "sheet.missing_columns", "staff.csv"),
    "csv_empty": (csv_empty, "sheet.empty", "staff.csv"),
    "csv_semicolons_without_a_header": (csv_semicolons_without_a_header, "sheet.no_header",
                                        "staff.csv"),
    "csv_empty_id": (csv_empty_id, "sheet.empty_id", "staff.csv"),
    "csv_duplicate_staff": (csv_duplicate_staff, "link.duplicate", "staff.csv"),
    "csv_missing_department": (csv_missing_department, "link.missing", "staff.csv"),
    "csv_missing_room": (csv_missing_room, "link.missing", "staff.csv"),
    "csv_missing_photo": (csv_missing_photo, "photo.missing", "staff.csv"),
    "csv_heic_photo": (csv_heic_photo, "photo.kind", "staff.csv"),
    "csv_photo_name_with_path": (csv_photo_name_with_path, "photo.name", "staff.csv"),
    "csv_bad_presence": (csv_bad_presence, "link.presence", "staff.csv"),
    "depts_cycle": (depts_cycle, "link.cycle", DEPTS),
    "depts_duplicate": (depts_duplicate, "link.duplicate", DEPTS),
    "depts_missing_parent": (depts_missing_parent, "link.missing", DEPTS),
    "xlsx_not_a_zip": (xlsx_not_a_zip, "sheet.xlsx_broken", STAFF),
    "xlsx_zip_without_sheet": (xlsx_zip_without_sheet, "sheet.xlsx_broken", STAFF),
    "xlsx_corrupt_deflate": (xlsx_corrupt_deflate, "sheet.xlsx_broken", STAFF),
    "xlsx_encrypted_part": (xlsx_encrypted_part, "sheet.xlsx_broken", STAFF),
    "xlsx_missing_column": (xlsx_missing_column, "sheet.missing_columns", STAFF),
    "xlsx_merged_department": (xlsx_merged_department, "sheet.merged", STAFF),
    "xlsx_visible_sheet_without_the_columns": (xlsx_visible_sheet_without_the_columns,
                                               "sheet.no_header", STAFF),
    "two_staff_sheets": (two_staff_sheets, "sheet.twice", "staff.xlsx"),
    "photo_not_an_image": (photo_not_an_image, "photo.not_image", "photos/"),
    "photo_cut_short": (photo_cut_short, "photo.cut_short", "photos/"),
    "plan_not_svg": (plan_not_svg, "plan.not_svg", "floorplans/2F.svg"),
    "symlink_out_of_the_bundle": (symlink_out_of_the_bundle, "files.symlink",
                                  "photos/outside.jpg"),
    "symlink_inside_the_bundle": (symlink_inside_the_bundle, "files.symlink", "staff.csv"),
    "symlinked_photos_folder": (symlinked_photos_folder, "files.symlink", "photos"),
    "fifo_as_a_sheet": (fifo_as_a_sheet, "files.special", "staff.csv"),
    "empty_bundle": (empty_bundle, "bundle.empty", None),
    "only_strangers": (only_strangers, "bundle.empty", None),
    "csv_photo_absolute_path": (csv_photo_absolute_path, "photo.name", "staff.csv"),
    "csv_too_many_columns": (csv_too_many_columns, "sheet.too_many_columns", "staff.csv"),
    "csv_nul_bytes": (csv_nul_bytes, "sheet.binary", "staff.csv"),
    "xlsx_renamed_csv": (xlsx_renamed_csv, "sheet.binary", "staff.csv"),
    "toml_nested_too_deep": (toml_nested_too_deep, "toml.too_deep", TOML),
    "toml_number_of_five_thousand_digits": (toml_number_of_five_thousand_digits,
                                            "toml.number_too_long", TOML),
    "toml_plan_absolute_path": (toml_plan_absolute_path, "plan.name", TOML),
    "photo_gif_named_png": (photo_gif_named_png, "photo.not_image", "photos/"),
    "photo_just_over_the_pixel_limit": (photo_just_over_the_pixel_limit,
                                        "photo.too_many_pixels", "photos/"),
    "plan_external_entity": (plan_external_entity, "plan.xml_entities", "floorplans/2F.svg"),
    "plan_image_of_an_absolute_file": (plan_image_of_an_absolute_file,
                                       "plan.external_reference", "floorplans/2F.svg"),
    "plan_image_of_a_pipe": (plan_image_of_a_pipe, "plan.external_reference",
                             "floorplans/2F.svg"),
    "plan_image_relative": (plan_image_relative, "plan.external_reference", "floorplans/2F.svg"),
    "plan_image_data_uri": (plan_image_data_uri, "plan.external_reference", "floorplans/2F.svg"),
    "plan_use_of_another_file": (plan_use_of_another_file, "plan.external_reference",
                                 "floorplans/2F.svg"),
    "plan_fill_from_another_file": (plan_fill_from_another_file, "plan.external_reference",
                                    "floorplans/2F.svg"),
    "plan_style_import": (plan_style_import, "plan.external_reference", "floorplans/2F.svg"),
    "plan_stylesheet_instruction": (plan_stylesheet_instruction, "plan.external_reference",
                                    "floorplans/2F.svg"),
    "plan_script": (plan_script, "plan.script", "floorplans/2F.svg"),
    "plan_viewbox_half_the_plan_size": (plan_viewbox_half_the_plan_size, "plan.viewbox", TOML),
    "plan_viewbox_moved": (plan_viewbox_moved, "plan.viewbox", TOML),
    "plan_foreign_object": (plan_foreign_object, "plan.script", "floorplans/2F.svg"),
    "plan_event_attribute": (plan_event_attribute, "plan.script", "floorplans/2F.svg"),
    "plan_blur": (plan_blur, "plan.effect", "floorplans/2F.svg"),
    "plan_mask": (plan_mask, "plan.effect", "floorplans/2F.svg"),
    "csv_photo_name_too_long": (csv_photo_name_too_long, "files.name_too_long", "staff.csv"),
    "toml_plan_name_too_long": (toml_plan_name_too_long, "files.name_too_long", TOML),
    "photo_name_too_long_for_its_thumbnail": (photo_name_too_long_for_its_thumbnail,
                                              "files.name_too_long", "photos/ppp"),
    "photo_name_not_utf8": (photo_name_not_utf8, "files.name_encoding", "photos/caf\\xe9.png"),
    "toml_negative_scale": (toml_negative_scale, "floor.scale", TOML),
    "toml_zero_scale": (toml_zero_scale, "floor.scale", TOML),
    "toml_nan_scale": (toml_nan_scale, "number.not_finite", TOML),
    "toml_plan_size_zero": (toml_plan_size_zero, "floor.plan_size", TOML),
    "toml_plan_size_infinite": (toml_plan_size_infinite, "number.not_finite", TOML),
    "toml_kiosk_x_nan": (toml_kiosk_x_nan, "number.not_finite", TOML),
    "toml_node_y_infinite": (toml_node_y_infinite, "number.not_finite", TOML),
    "toml_node_x_of_400_digits": (toml_node_x_of_400_digits, "number.not_finite", TOML),
    "toml_node_outside_the_plan": (toml_node_outside_the_plan, "place.outside_plan", TOML),
    "toml_kiosk_below_the_plan": (toml_kiosk_below_the_plan, "place.outside_plan", TOML),
    "toml_room_rect_outside_the_plan": (toml_room_rect_outside_the_plan, "room.rect", TOML),
    "toml_room_rect_nan": (toml_room_rect_nan, "number.not_finite", TOML),
    "toml_negative_edge_length": (toml_negative_edge_length, "edge.length", TOML),
    "toml_infinite_edge_length": (toml_infinite_edge_length, "number.not_finite", TOML),
    "toml_level_of_400_digits": (toml_level_of_400_digits, "floor.level", TOML),
    "toml_no_kiosks": (toml_no_kiosks, "kiosk.none", TOML),
    "toml_building_name_empty": (toml_building_name_empty, "building.name_empty", TOML),
    "toml_building_name_blank_in_english": (toml_building_name_blank_in_english,
                                            "building.name_empty", TOML),
    "toml_level_of_1000": (toml_level_of_1000, "floor.level", TOML),
    "toml_stairs_from_1f_to_4f_skipping_nothing": (toml_stairs_from_1f_to_4f_skipping_nothing,
                                                   "edge.flight", TOML),
    "csv_name_with_escape": (csv_name_with_escape, "text.control", "staff.csv"),
    "csv_name_with_bell": (csv_name_with_bell, "text.control", "staff.csv"),
    "csv_name_right_to_left": (csv_name_right_to_left, "text.bidi", "staff.csv"),
    "csv_name_isolate": (csv_name_isolate, "text.bidi", "staff.csv"),
    "csv_line_break_in_a_name": (csv_line_break_in_a_name, "text.line_break", "staff.csv"),
    "csv_ids_differ_in_case": (csv_ids_differ_in_case, "link.same_id", "staff.csv"),
    "csv_same_id_in_nfc_and_nfd": (csv_same_id_in_nfc_and_nfd, "link.duplicate", "staff.csv"),
    "depts_ids_differ_in_case": (depts_ids_differ_in_case, "link.same_id", DEPTS),
    "photo_in_nfc_and_in_nfd": (photo_in_nfc_and_in_nfd, "files.same_name", "photos/"),
    "toml_name_with_escape": (toml_name_with_escape, "text.control", TOML),
    "toml_room_name_right_to_left": (toml_room_name_right_to_left, "text.bidi", TOML),
    "toml_id_with_a_tab": (toml_id_with_a_tab, "text.line_break", TOML),
    "photo_name_with_escape": (photo_name_with_escape, "text.control", "photos/s99<U+001B>"),
    "plan_name_right_to_left": (plan_name_right_to_left, "text.bidi", "floorplans/2F<U+202E>"),
}
# The row or line the message must name, where the case puts its fault on a known one (the
# header is row 1; edit_staff's t[2] is row 3).
LINES = {
    "csv_empty_id": 4, "csv_duplicate_staff": 3, "csv_missing_department": 3,
    "csv_missing_room": 3, "csv_missing_photo": 3, "csv_photo_name_with_path": 3,
    "csv_photo_absolute_path": 3, "csv_bad_presence": 3, "csv_missing_column": 1,
    "csv_too_many_columns": 1, "csv_semicolons_without_a_header": 1, "xlsx_missing_column": 1,
    "depts_missing_parent": 3, "xlsx_visible_sheet_without_the_columns": 1,
    "xlsx_merged_department": 3,
    "csv_photo_name_too_long": 3, "csv_name_with_escape": 3, "csv_name_with_bell": 3,
    "csv_name_right_to_left": 3, "csv_name_isolate": 3, "csv_line_break_in_a_name": 3,
    "csv_ids_differ_in_case": 4, "csv_same_id_in_nfc_and_nfd": 3, "depts_ids_differ_in_case": 4,
}
