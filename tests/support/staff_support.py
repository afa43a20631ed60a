"""Sticks for the staff-screen tests: a folder with a real bundle made by export_bundle, then
edited as a staff member would in a spreadsheet program."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage

from kiosk.bundle.staff_pin import StaffPin
from kiosk.bundle.update import BUNDLE_FOLDER, export_bundle

PIN = "2468"
NEW_PERSON = ("s99", "한새봄", "Han Saebom")


def photo(path: Path, color: str = "#3a7d44") -> Path:
    image = QImage(120, 160, QImage.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path), "PNG")
    return path


def edit_staff(bundle: Path, add: bool = True, remove: str | None = "s02",
               bad_department: bool = False) -> None:
    import openpyxl
    path = bundle / "staff.xlsx"
    book = openpyxl.load_workbook(path)
    sheet = book.active
    columns = [c.value for c in sheet[1]]
    if remove:
        for row in range(2, sheet.max_row + 1):
            if sheet.cell(row, 1).value == remove:
                sheet.delete_rows(row)
                break
    if add:
        values = {"id": NEW_PERSON[0], "name_ko": NEW_PERSON[1], "name_en": NEW_PERSON[2],
                  "position_ko": "사서", "position_en": "Librarian",
                  "department": "nowhere" if bad_department else "director",
                  "duties_ko": "어린이 독서 프로그램", "duties_en": "Children's reading programmes",
                  "extension": "1234", "room": "", "presence": "in", "photo": "s99.png",
                  "sample": "no"}
        sheet.append([values.get(c, "") for c in columns])
        photo(bundle / "photos" / "s99.png")
    book.save(path)


def make_stick(media: Path, directory, data_dir: Path, name: str = "STICK", **edits) -> Path:
    """A 'stick' (a folder in `media`) holding an edited export; returns the bundle folder."""
    volume = media / name
    volume.mkdir(parents=True)
    bundle = export_bundle(directory, data_dir, volume / BUNDLE_FOLDER)
    edit_staff(bundle, **edits)
    return bundle


def set_pin(data_dir: Path) -> None:
    StaffPin(data_dir).set(PIN)


def change_staff(bundle: Path, person: str, **columns: str) -> None:
    """Set some columns of one person's row in the stick's staff.xlsx."""
    change_row(bundle, "staff.xlsx", person, **columns)


def change_row(bundle: Path, sheet_name: str, row_id: str, **columns: str) -> None:
    """Set some columns of the row whose id is `row_id` in one of the stick's sheets."""
    import openpyxl
    path = bundle / sheet_name
    book = openpyxl.load_workbook(path)
    sheet = book.active
    names = [c.value for c in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == row_id)
    for column, value in columns.items():
        sheet.cell(row, names.index(column) + 1).value = value
    book.save(path)


def staff_views(qtbot, window, directory, aside: Path):
    """The staff screen after a correct PIN, as staff see it: the preview of a stick's update
    (the screenshots' sample: one person added, one removed, one changed), the versions to roll
    back to once it is applied, and the question before rolling back; yields each one's name
    while it shows, then closes the screen. The window's data folder gets a store (the
    directory's first version) to apply to: use with the `built_in_assets` fixture."""
    from kiosk.directory.store import open_directory
    from kiosk.ui.screenshots.staff import write_stick

    flow = window.staff_flow()
    open_directory(flow.data_dir, lambda: directory)
    flow.pin.set(PIN)
    flow.public_key = lambda: None  # the sample is not signed
    flow.stick_inserted(write_stick(directory, flow.data_dir, aside / "STICK"))
    for digit in PIN:
        flow.pad.press(digit)
    flow.pad.submit()
    qtbot.waitUntil(lambda: flow.state == "checked", timeout=30000)
    yield "staff-preview"
    flow.apply()
    qtbot.waitUntil(lambda: flow.state == "done", timeout=30000)
    flow.show_versions()
    yield "staff-versions"
    versions = flow.screen.versions
    versions.ask(next(v for v in versions.items if not v.current))
    yield "staff-versions-confirm"
    flow.cancel()
