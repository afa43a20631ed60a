"""What can be wrong with a directory bundle, in Korean and English: for each problem what is
wrong and how to fix it. A Problem also names the file and the row or line."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Self

from kiosk.bundle.charter_messages import CHARTER_MESSAGES
from kiosk.bundle.messages_entries import MESSAGES as ENTRY_MESSAGES
from kiosk.directory.particles import particles
from kiosk.bundle.messages_graph import MESSAGES as GRAPH_MESSAGES
from kiosk.bundle.messages_limits import MESSAGES as LIMIT_MESSAGES
from kiosk.bundle.messages_meaning import MESSAGES as MEANING_MESSAGES
from kiosk.bundle.messages_numbers import MESSAGES as NUMBER_MESSAGES
from kiosk.bundle.messages_shape import MESSAGES as SHAPE_MESSAGES
from kiosk.directory.model import Text
from kiosk.directory.text_safety import escaped

MAX_PER_FILE = 100  # problems shown for one file; the rest are counted
# The "file" of a problem found in what the kiosk already holds (a list the bundle does not
# bring): no file of the bundle, and no line; said as the installed directory.
INSTALLED = "(installed)"
_INSTALLED = Text("키오스크에 설치된 목록", "the kiosk's installed directory")
_INSTALLED_FIX = Text(
    " 이것은 이 묶음이 아니라 키오스크에 이미 설치된 목록에 있습니다. 고치려면 python -m kiosk "
    "bundle export 폴더 로 지금 목록을 내보내고, 내보낸 파일에서 고쳐 그 파일을 묶음에 넣으세요.",
    " This is in the directory already installed on the kiosk, not in this bundle: to change "
    "it, export the current directory (python -m kiosk bundle export DIR), correct it in the "
    "exported file, and put that file in the bundle.")

# key -> ((what is wrong: ko, en), (how to fix it: ko, en))
MESSAGES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    # the bundle as a whole
    "bundle.empty": (
        ("묶음 폴더에 읽을 파일이 없습니다.", "The bundle folder holds nothing the kiosk reads."),
        ("building.toml, staff.csv(또는 .xlsx), departments.csv, photos/, floorplans/ 중 하나 "
         "이상을 넣으세요.", "Put in at least one of building.toml, staff.csv (or .xlsx), "
         "departments.csv, photos/, floorplans/.")),
    "bundle.more_problems": (
        ("이 파일에 {what}이(가) {count}건 더 있습니다.", "{count} more {what} in this file."),
        ("위의 문제를 고친 뒤 다시 확인하면 나머지가 보입니다.",
         "Fix the problems above and check again to see the rest.")),
    "bundle.unreadable": (
        ("묶음 폴더를 읽을 수 없습니다: {detail}", "The bundle folder cannot be read: {detail}"),
        ("USB 메모리를 다시 꽂고 다시 시도하세요.", "Put the stick back in and try again.")),
    # files on the stick
    "files.symlink": (
        ("바로가기(심볼릭 링크)는 받지 않습니다.", "Symbolic links are refused."),
        ("링크 대신 실제 파일을 복사해 넣으세요.", "Copy the real file in place of the link.")),
    "files.outside": (
        ("이 경로는 묶음 폴더 밖을 가리킵니다.", "This path leads outside the bundle folder."),
        ("파일을 묶음 폴더 안에 직접 넣으세요.", "Put the file itself inside the bundle folder.")),
    "files.special": (
        ("일반 파일이 아닙니다(장치 또는 파이프).", "Not a regular file (a device or a pipe)."),
        ("이 항목을 지우세요.", "Remove it.")),
    "files.ignored": (
        ("키오스크가 쓰지 않는 파일이라 무시합니다.", "Not a file the kiosk uses; ignored."),
        ("필요 없으면 지우세요. 파일 이름과 위치는 docs/bundle-format.md를 보세요.",
         "Remove it if it is not needed; see docs/bundle-format.md for names and places.")),
    "files.subfolder": (
        ("하위 폴더는 읽지 않습니다.", "Subfolders are not read."),
        ("사진은 photos/, 평면도는 floorplans/ 바로 아래에 두세요.",
         "Put photos directly in photos/ and plans directly in floorplans/.")),
    "files.wrong_type": (
        ("이 폴더에 맞지 않는 파일 종류라 무시합니다.", "Wrong kind of file for this folder; "
         "ignored."),
        ("이 폴더에는 {types} 파일만 넣으세요.", "Put only {types} files in this folder.")),
    "files.too_many": (
        ("파일이 {count}개로 너무 많습니다.", "Too many files: {count}."),
        ("{limit}개 이하로 줄이세요.", "Keep it to {limit} files or fewer.")),
    "files.too_big": (
        ("파일이 너무 큽니다.", "The file is too large."),
        ("{limit} MB 이하로 줄이세요(사진은 작게 저장하세요).",
         "Make it {limit} MB or smaller (save photos smaller).")),
    "files.total_too_big": (
        ("묶음 전체가 너무 큽니다.", "The bundle as a whole is too large."),
        ("전체를 {limit} MB 이하로 줄이세요.", "Keep the whole bundle under {limit} MB.")),
    "files.name_encoding": (
        ("파일 이름 '{name}'의 글자를 읽을 수 없습니다(UTF-8이 아닌 이름).",
         "The file name '{name}' cannot be read: it is not UTF-8."),
        ("PC에서 파일 이름을 다시 지으세요(한글, 영문, 숫자).",
         "Rename the file on a PC (Korean or English letters, digits).")),
    "files.name_too_long": (
        ("이름 '{name}'이(가) 너무 깁니다({size}바이트, 최대 {limit}바이트).",
         "The name '{name}' is too long: {size} bytes, at most {limit}."),
        ("파일 이름을 줄이고, 그 이름을 쓰는 칸도 같이 고치세요(한글 한 글자는 3바이트).",
         "Shorten the file's name, and the cell that names it (a Korean letter takes 3 "
         "bytes).")),
    "files.same_name": (
        ("같은 이름의 파일이 두 개 있습니다({other}과(와) 같은 이름, 한글을 다른 방식으로 적음).",
         "Two files of the same name: this one and {other} (the Korean written two ways, as "
         "macOS and Windows do)."),
        ("둘 중 하나를 지우세요.", "Remove one of them.")),
    "stage.read_error": (
        ("USB 메모리를 읽는 중 오류가 났습니다({detail}). 아무것도 바뀌지 않았습니다.",
         "Reading the stick failed ({detail}); nothing was changed."),
        ("USB 메모리를 뽑지 말고 끝까지 기다리세요. 다시 꽂고 다시 시도하세요.",
         "Leave the stick in until the check ends; put it back and try again.")),
    # signature
    "sign.unsigned": (
        ("서명되지 않은 묶음입니다. 이 키오스크는 서명된 묶음만 받습니다.",
         "The bundle is not signed, and this kiosk accepts signed bundles only."),
        ("관리 PC에서 python -m kiosk bundle sign 폴더 --key 키파일 로 서명하세요.",
         "Sign it on the managing PC: python -m kiosk bundle sign DIR --key KEYFILE.")),
    "sign.not_checked": (
        ("서명이 없거나 확인하지 않았습니다(키오스크에 공개 키가 설정되지 않음).",
         "No signature was checked (no public key is set on this kiosk)."),
        ("보안을 위해 bundle.public_key 설정과 서명 사용을 권장합니다.",
         "For safety, set bundle.public_key and sign bundles.")),
    "sign.bad": (
        ("서명이 맞지 않습니다: 다른 키로 서명했거나 서명 뒤에 목록이 바뀌었습니다.",
         "The signature does not match: signed with another key, or the manifest changed "
         "after signing."),
        ("이 키오스크의 키로 다시 서명하세요.", "Sign it again with this site's key.")),
    "sign.manifest_broken": (
        ("manifest.json을 읽을 수 없습니다.", "manifest.json cannot be read."),
        ("bundle sign으로 다시 서명하세요.", "Sign the bundle again with 'bundle sign'.")),
    "sign.manifest_unsafe": (
        ("목록에 묶음 밖을 가리키는 경로가 있습니다: {path}",
         "The manifest names a path outside the bundle: {path}"),
        ("이 묶음은 쓰지 마세요. bundle sign으로 새로 만드세요.",
         "Do not use this bundle; make it again with 'bundle sign'.")),
    "sign.manifest_unsigned": (
        ("manifest.json은 있지만 서명(manifest.sig)이 없어 무시합니다.",
         "manifest.json has no signature (manifest.sig), so it is ignored."),
        ("서명하려면 bundle sign을 쓰세요. 아니면 manifest.json을 지우세요.",
         "Sign with 'bundle sign', or remove manifest.json.")),
    "sign.altered": (
        ("서명한 뒤에 파일이 바뀌었습니다.", "The file changed after the bundle was signed."),
        ("파일을 고친 뒤에는 다시 서명하세요.", "Sign the bundle again after editing files.")),
    "sign.missing_file": (
        ("서명 목록에 있는 파일이 없습니다.", "A file listed in the signed manifest is missing."),
        ("빠진 파일을 넣거나 다시 서명하세요.", "Put the file back, or sign again.")),
    "sign.extra_file": (
        ("서명 목록에 없는 파일입니다.", "The file is not in the signed manifest."),
        ("파일을 지우거나 다시 서명하세요.", "Remove it, or sign the bundle again.")),
    "sign.version_range": (
        ("묶음 버전 {version}은(는) 쓸 수 있는 범위(1부터 10^15까지) 밖입니다.",
         "Bundle version {version} is outside the versions a kiosk takes (1 to 10^15)."),
        ("--version 없이 다시 서명하세요(서명한 시각이 버전이 됩니다).",
         "Sign it again without --version (the time of signing becomes the version).")),
    "sign.old_version": (
        ("묶음 버전 {version}은(는) 이미 적용한 버전 {last}보다 새롭지 않습니다.",
         "Bundle version {version} is not newer than the version already applied ({last})."),
        ("더 높은 버전으로 다시 서명하세요: --version 없이 서명하면 서명한 시각이 버전이 되고, "
         "그보다 낮으면 --version {next} 이상을 쓰세요.",
         "Sign it again with a higher version: without --version the time of signing is the "
         "version; if that is not above {last}, use --version {next} or higher.")),
    "sign.applied_too_high": (
        ("이 키오스크가 기억하는 서명 버전 {last}이(가) 너무 커서 어떤 묶음도 그보다 새로울 수 "
         "없습니다.", "The signed version this kiosk remembers, {last}, is so high that no "
         "bundle can be newer."),
        ("키오스크 PC에서 python -m kiosk bundle forget-version을 실행한 뒤 다시 적용하세요"
         "(docs/bundle-format.md '서명 버전 되돌리기').",
         "On the kiosk's PC run python -m kiosk bundle forget-version, then apply again "
         "(docs/bundle-format.md, 'A signed version too high').")),
    # building.toml
    "toml.encoding": (
        ("UTF-8 텍스트가 아닙니다.", "Not UTF-8 text."),
        ("메모장 등에서 인코딩을 UTF-8로 골라 다시 저장하세요.",
         "Save it again with the encoding set to UTF-8.")),
    "toml.syntax": (
        ("이 줄의 {column}번째 글자에서 TOML로 읽을 수 없습니다.",
         "This line cannot be read as TOML, at character {column}."),
        ("이 줄의 따옴표, 괄호, = 를 확인하세요: 키 = 값, 글자는 곧은 따옴표 \"…\" 안에, 표는 "
         "[이름] 또는 [[이름]].", "Check the quotes, brackets and = on this line: key = value, "
         "text in straight quotes \"…\", tables as [name] or [[name]].")),
    "toml.key_twice": (
        ("같은 항목에 키 '{key}'이(가) 두 번 쓰였습니다({lines}행).",
         "The key '{key}' is given twice in the same entry (lines {lines})."),
        ("'{key}' 줄 가운데 맞는 하나만 남기고 나머지 줄을 지우세요. 다른 항목이라면 그 앞에 "
         "[[이름]] 줄을 써서 새 항목을 시작하세요.",
         "Keep the one '{key}' line that is right and delete the other; if it belongs to "
         "another entry, start that entry with its own [[name]] line above it.")),
    "toml.key_twice_unnamed": (
        ("같은 항목에 같은 키(또는 표)가 두 번 쓰였습니다({column}번째 글자).",
         "A key (or table) is written twice in the same entry, at character {column}."),
        ("둘 중 하나만 남기세요. 새 항목은 [[이름]] 줄로 시작합니다.",
         "Keep one of them; a new entry starts with its own [[name]] line.")),
    "toml.control_char": (
        ("이 줄의 {column}열({column}번째 글자)에 보이지 않는 제어 문자 {char}이(가) 있습니다('{before}' "
         "바로 뒤). TOML 파일에는 쓸 수 없는 글자라 파일 전체를 읽지 못했습니다.",
         "Column {column} of this line holds the invisible control character {char} (just "
         "after '{before}'); TOML does not allow it, so the file cannot be read."),
        ("그 글자를 지우세요: 메모장에서 이 줄의 값을 지우고 직접 다시 입력하세요(다른 "
         "프로그램에서 붙여 넣은 글자일 수 있음).",
         "Delete that character: in Notepad, delete this line's value and type it again by "
         "hand (it may have been pasted from another program).")),
    "record.unquoted_time": (
        ("{field} = {value}: 날짜나 시각을 따옴표 없이 썼습니다. 키오스크는 따옴표 안의 글자로만 "
         "읽습니다.", "{field} = {value}: a date or time written without quotes; the kiosk "
         "reads it only as text in quotes."),
        ("이 줄을 {field} = {example}처럼 따옴표 안에 docs/bundle-format.md의 형식으로 쓰세요.",
         "Write this line in quotes, in the form docs/bundle-format.md gives: {field} = "
         "{example}.")),
    "toml.number_too_long": (
        ("숫자가 너무 깁니다(수천 자리).", "A number with thousands of digits."),
        ("보통의 숫자로 쓰세요.", "Write an ordinary number.")),
    "toml.too_deep": (
        ("괄호 [ ] 또는 {{ }}가 너무 깊이 겹쳐 있습니다.", "Brackets [ ] or {{ }} are nested too "
         "deeply."),
        ("겹친 괄호를 줄이세요. docs/bundle-format.md의 예시처럼 쓰세요.",
         "Nest fewer brackets; write it as in docs/bundle-format.md.")),
    "toml.not_table": (
        ("'{key}'은(는) [{key}] 표여야 합니다.", "'{key}' must be a [{key}] table."),
        ("docs/bundle-format.md의 예시처럼 쓰세요.", "Write it as in docs/bundle-format.md.")),
    "toml.not_list": (
        ("'{key}'은(는) [[{key}]] 항목들이어야 합니다.", "'{key}' must be [[{key}]] entries."),
        ("각 항목을 [[{key}]]로 시작하세요.", "Start each entry with [[{key}]].")),
    "toml.unknown_key": (
        ("알 수 없는 항목 '{key}'.", "Unknown section '{key}'."),
        ("쓸 수 있는 항목: {known}", "Known sections: {known}")),
    "record.invalid": (
        ("{record}: 값을 읽을 수 없습니다.", "{record}: its values cannot be read."),
        ("필드 이름과 값을 docs/bundle-format.md와 비교해 고치세요.",
         "Compare the field names and values with docs/bundle-format.md.")),
    "record.types": (
        ("{record}: {field}의 값의 종류가 틀렸습니다. 이렇게 쓰세요: {expected}.",
         "{record}: {field} holds the wrong kind of value; it must be {expected}."),
        ("글자는 \"따옴표\" 안에, 숫자는 따옴표 없이, 예/아니오는 true/false로 쓰세요.",
         "Text in \"quotes\", numbers without quotes, yes/no as true/false.")),
    # sheets
    "sheet.encoding": (
        ("UTF-8도 CP949도 아닌 글자가 있습니다(인코딩이 섞였을 수 있음).",
         "Text that is neither UTF-8 nor CP949 (perhaps mixed encodings)."),
        ("엑셀에서 '다른 이름으로 저장' → 'CSV UTF-8(쉼표로 분리)'로 다시 저장하세요.",
         "In Excel: Save As → 'CSV UTF-8 (Comma delimited)'.")),
    "sheet.binary": (
        ("텍스트 CSV 파일이 아닙니다.", "Not a text CSV file."),
        ("엑셀 파일이면 확장자를 .xlsx로 하고, 아니면 CSV로 다시 저장하세요.",
         "If it is an Excel file, name it .xlsx; otherwise save it again as CSV.")),
    "sheet.csv_syntax": (
        ("이 행을 CSV로 읽을 수 없습니다: 칸을 여는 따옴표(\")가 칸 끝에서 닫히지 않았거나, 닫는 "
         "따옴표 뒤에 글자가 이어집니다.",
         "This row cannot be read as CSV: a quote (\") that opens a cell is not closed where "
         "the cell ends, or text follows the closing quote."),
        ("따옴표(\")가 짝이 맞는지 확인하거나 엑셀에서 다시 저장하세요.",
         "Check that quotes (\") are paired, or save it again from Excel.")),
    "sheet.cell_too_long": (
        ("이 행에서 시작한 칸이 {limit}자를 넘게 이어집니다: 칸을 여는 따옴표(\")가 닫히지 않아 "
         "파일의 나머지를 삼켰거나, 칸의 글이 지나치게 깁니다.",
         "A cell that starts on this row runs on past {limit} characters: a quote (\") that "
         "opens it is never closed, so it swallowed the rest of the file, or its text is far "
         "too long."),
        ("그 칸의 따옴표 짝을 맞추거나 글을 줄이세요(이름은 120자, 업무는 1000자까지).",
         "Pair the quotes of that cell, or shorten its text (a name up to 120 characters, "
         "duties up to 1,000).")),
    "sheet.xlsx_broken": (
        ("엑셀(.xlsx) 파일이 손상되었거나 엑셀 파일이 아닙니다.",
         "The .xlsx file is damaged or not an Excel file."),
        ("엑셀에서 열어 .xlsx로 다시 저장하세요.", "Open it in Excel and save it again as "
         ".xlsx.")),
    "sheet.zip_bomb": (
        ("엑셀 파일 내용({part})이 비정상적으로 큽니다.",
         "A part of the Excel file ({part}) unpacks to an abnormal size."),
        ("엑셀에서 새 파일로 다시 저장하세요.", "Save it again from Excel as a new file.")),
    "sheet.xml_entities": (
        ("엑셀 파일 안에 허용되지 않는 XML 엔터티가 있습니다.",
         "The Excel file contains XML entities, which are refused."),
        ("엑셀에서 새 파일로 다시 저장하세요.", "Save it again from Excel as a new file.")),
    "sheet.too_many_elements": (
        ("엑셀 파일 내용({part})에 XML 요소가 비정상적으로 많습니다({limit}개 넘음).",
         "A part of the Excel file ({part}) holds an abnormal number of XML elements (over "
         "{limit})."),
        ("엑셀에서 새 파일로 다시 저장하세요.", "Save it again from Excel as a new file.")),
    "sheet.too_many_columns": (
        ("이 행의 열이 너무 많습니다.", "This row has too many columns."),
        ("열을 {limit}개 이하로 줄이세요. 내보낸 표의 열만 쓰면 됩니다.",
         "Keep it to {limit} columns; the columns of an exported sheet are all that is "
         "needed.")),
    "sheet.too_many_rows": (
        ("행이 너무 많습니다.", "Too many rows."),
        ("{limit}행 이하로 줄이세요.", "Keep it to {limit} rows.")),
    "sheet.empty": (
        ("표가 비어 있습니다(제목 행도 없음).", "The sheet is empty (no header row)."),
        ("첫 행에 열 이름을 쓰세요. 내보낸 표를 고쳐 쓰면 쉽습니다.",
         "Put the column names in the first row; editing an exported sheet is easiest.")),
    "sheet.twice": (
        ("{table} 표가 두 개입니다({first}도 있음).", "Two {table} sheets ({first} too)."),
        ("하나만 남기세요.", "Keep only one.")),
    "sheet.and_toml": (
        ("{table}이(가) building.toml과 표 양쪽에 있습니다.",
         "{table} is both in building.toml and in a sheet."),
        ("한 곳에만 두세요(표를 권장).", "Keep it in one place (the sheet is easier).")),
    "sheet.missing_columns": (
        ("제목 행에 열이 빠졌습니다: {missing}", "The header row lacks column(s): {missing}"),
        ("제목 행에 다음 열 이름이 모두 있어야 합니다: {columns}",
         "The header row must name all of: {columns}")),
    "sheet.no_header": (
        ("열 이름이 있는 행을 찾지 못했습니다(처음 20행). {read_as}첫 행은 다음과 같습니다: "
         "{cells}", "No row among the first 20 names the columns. {read_as}The first row "
         "holds: {cells}"),
        ("한 행에 다음 열 이름을 모두 적으세요: {columns}. CSV는 Excel에서 'CSV UTF-8(쉼표로 "
         "분리)'로 저장하세요.",
         "Put a row naming all of: {columns}. Save a CSV from Excel as 'CSV UTF-8 (Comma "
         "delimited)'.")),
    "sheet.delimiter": (
        ("열이 쉼표가 아니라 {delimiter}(으)로 나뉘어 있어 그렇게 읽었습니다.",
         "The cells are separated by {delimiter}, not by commas; the sheet was read that way."),
        ("열이 제대로 보이면 그대로 두어도 됩니다. 확실히 하려면 Excel에서 'CSV UTF-8(쉼표로 "
         "분리)'로 다시 저장하세요.",
         "Nothing to do if the list looks right; to be sure, save it again from Excel as "
         "'CSV UTF-8 (Comma delimited)'.")),
    "sheet.rows_above_header": (
        ("제목 행은 {header}행입니다. 그 위의 {rows}행은 읽지 않았습니다.",
         "The header is row {header}; row(s) {rows} above it were not read."),
        ("위의 행에 직원이나 부서가 있으면 제목 행 아래로 옮기세요. 제목이나 메모라면 그대로 "
         "두어도 됩니다.",
         "If those rows hold staff or departments, move them below the header; a title or a "
         "note may stay.")),
    "sheet.hidden_skipped": (
        ("숨겨진 시트 '{sheet}'은(는) 읽지 않았습니다. '{read}' 시트를 읽었습니다.",
         "The hidden sheet '{sheet}' was not read; the sheet '{read}' was."),
        ("숨긴 시트에 최신 목록이 있다면 숨기기를 취소하고 맨 앞으로 옮기거나, 쓰지 않으면 "
         "지우세요.",
         "If the hidden sheet holds the current list, unhide it and move it first; if not, "
         "delete it.")),
    "sheet.merged": (
        ("시트 '{sheet}'의 {cells} 칸이 병합되어 있어 첫 칸 말고는 비어 보입니다.",
         "The cells {cells} of the sheet '{sheet}' are merged: every cell but the first reads "
         "as empty."),
        ("병합을 해제하고 각 행에 값을 채우세요(홈 > 병합하고 가운데 맞춤 해제).",
         "Unmerge the cells and fill each row (Home > Merge & Center, off).")),
    "sheet.phone_lost_zero": (
        ("{column} 열의 '{value}'은(는) 앞의 0이 빠진 전화번호로 보입니다({likely}?).",
         "'{value}' in the column {column} looks like a phone number that lost its leading 0 "
         "({likely}?)."),
        ("칸을 텍스트 형식으로 바꾸고 {likely}처럼 0과 -를 넣어 적으세요.",
         "Format the cell as text and write the number with its 0 and dashes, as {likely}.")),
    "sheet.unused_columns": (
        ("쓰이지 않는 열: {unused}", "Columns not used: {unused}"),
        ("열 이름의 철자를 확인하세요. 필요 없는 열이면 그대로 두어도 됩니다.",
         "Check the spelling; columns that are not needed may stay.")),
    "sheet.formula": (
        ("{column} 칸이 수식처럼 보입니다({value}). 계산하지 않고 글자 그대로 씁니다.",
         "The {column} cell looks like a formula ({value}); kept as plain text, never "
         "calculated."),
        ("글자 그대로가 맞는지 확인하세요.", "Check that this text is what you meant.")),
    "sheet.empty_id": (
        ("id 칸이 비어 있습니다.", "The id cell is empty."),
        ("이 행에 고유한 id를 쓰세요.", "Give this row a unique id.")),
    # characters in any text (kiosk/directory/text_safety.py)
    "text.line_break": (
        ("{field}: 줄바꿈이나 탭({char})이 들어 있습니다. 이 칸은 한 줄로 씁니다.",
         "{field}: holds a line break or tab ({char}); this field is one line."),
        ("줄바꿈을 지우고 한 문단으로 이어 쓰세요(화면이 알맞게 줄을 바꿉니다). 여러 줄은 "
         "설명 칸(duties, description, hours, address 등)에만 쓸 수 있습니다.",
         "Remove the line break and write it as one paragraph (the screen wraps it). Several "
         "lines are allowed only in descriptive fields (duties, description, hours, address, "
         "...).")),
    "text.control": (
        ("{field}: 제어 문자 {char}이(가) 들어 있습니다. 화면과 보고서를 어지럽히므로 받지 "
         "않습니다.", "{field}: holds the control character {char}, which garbles screens "
         "and reports; refused."),
        ("이 칸의 글자를 지우고 다시 입력하세요(다른 프로그램에서 붙여 넣은 글자일 수 있음). "
         "줄바꿈과 탭은 설명 칸(duties, description, hours, address 등)에만 쓸 수 있습니다.",
         "Delete the text and type it again (it may have been pasted from another program). "
         "Line breaks and tabs are allowed only in descriptive fields (duties, description, "
         "hours, address, ...).")),
    "text.bidi": (
        ("{field}: 글자 방향을 바꾸는 문자 {char}이(가) 들어 있습니다. 화면에 입력한 것과 다른 "
         "순서로 보여 찾을 수 없게 됩니다.", "{field}: holds {char}, a character that changes "
         "the direction text is shown in: it would show in another order than typed, and "
         "could not be found by search."),
        ("이 칸의 글자를 지우고 다시 입력하세요(웹 페이지나 메신저에서 붙여 넣은 글자일 수 "
         "있음).", "Delete the text and type it again (it may have been pasted from a web "
         "page or a chat).")),
    "text.zero_width": (
        ("{field}: 보이지 않는 문자 {char}을(를) 지우고 읽었습니다.",
         "{field}: the invisible character {char} was removed."),
        ("고칠 것은 없습니다. 표를 깨끗하게 하려면 이 칸을 다시 입력하세요.",
         "Nothing to do; to keep the file clean, type the text again.")),
    # the directory as a whole
    "link.duplicate": (
        ("{table}에 id '{id}'이(가) {count} 나옵니다({where}).",
         "{table}: the id '{id}' appears {count} ({where})."),
        ("{lines}행 가운데 되풀이한 쪽을 지우고, 서로 다른 것이면 한쪽에 다른 id를 주세요.",
         "Of lines {lines}, delete the one that repeats another; if they are different "
         "records, give one an id of its own.")),
    "link.same_id": (
        ("{table}의 id '{id}'과(와) '{other}'({other_file}, {other_line}행)은(는) 대소문자나 "
         "앞뒤 공백만 다르므로 같은 id입니다.", "{table}: the ids '{id}' and '{other}' ({other_file}, "
         "line {other_line}) differ only in case or surrounding spaces, so they are the same id."),
        ("둘 중 하나의 id를 다른 것으로 바꾸세요(같은 사람이면 한 행을 지우세요).",
         "Give one of them another id (if they are the same record, remove one).")),
    "link.missing": (
        ("{record}의 {attr} '{value}'이(가) {target} 목록에 없습니다.",
         "{record}: {attr} '{value}' is not in {target}."),
        ("{target_file}의 {target} 목록에 '{value}'을(를) 추가하거나, 이 {attr} 값을 있는 id로 "
         "고치세요.", "Add '{value}' to {target} in {target_file}, or correct this {attr} "
         "to an existing id.")),
    "link.missing_number": (
        ("{record}의 {attr} '{value}'은(는) id가 아니라 방 번호입니다: {name}의 id는 "
         "'{meant}'입니다.", "{record}: {attr} '{value}' is a door number, not an id: the id "
         "of {name} is '{meant}'."),
        ("{attr}에 '{meant}'을(를) 쓰세요. 장소는 방 번호가 아니라 id로 가리킵니다.",
         "Write '{meant}' as the {attr}: places are named by their id, not their door number.")),
    "link.missing_name": (
        ("{record}의 {attr} '{value}'은(는) id가 아니라 이름입니다: {target}에서 {name}의 id는 "
         "'{meant}'입니다.", "{record}: {attr} '{value}' is a name, not an id: in {target}, the "
         "id of {name} is '{meant}'."),
        ("{attr}에 '{meant}'을(를) 쓰세요. 목록의 항목은 이름이 아니라 id로 가리킵니다.",
         "Write '{meant}' as the {attr}: entries are named by their id, not their name.")),
    "link.missing_more": (
        ("{target} 목록에 없는 '{value}'을(를) 가리키는 행이 {count}개 더 있습니다: {tables} "
         "(줄: {lines}).", "And {count} more rows name '{value}', which is not in {target}: "
         "{tables} (lines {lines})."),
        ("위와 같은 문제입니다. {target}에 '{value}'을(를) 추가하면(또는 그 목록에서 잘못 쓴 id를 "
         "고치면) 모두 해결됩니다. 아니면 각 행을 고치세요.",
         "The same problem as the line above: adding '{value}' to {target} (or correcting "
         "its id there, if that was mistyped) fixes them all; else correct each row.")),
    "link.cycle": (
        ("부서 '{id}'의 상위 부서를 따라가면 자기 자신으로 돌아옵니다.",
         "Department '{id}': following its parents leads back to itself."),
        ("맨 위 부서의 parent를 비우세요.", "Leave the parent of the top department empty.")),
    "link.presence": (
        ("직원 '{id}'의 presence '{value}'은(는) 쓸 수 없습니다.",
         "Staff '{id}': presence '{value}' is not allowed."),
        ("in(근무), away(자리비움), leave(휴가) 중 하나를 소문자로 쓰세요.",
         "Use one of in, away, leave, in small letters.")),
    # photos and plans
    "photo.name": (
        ("사진 이름 '{name}'에 폴더나 '..'가 들어 있습니다.",
         "The photo name '{name}' contains a folder or '..'."),
        ("photos/ 안의 파일 이름만 쓰세요(예: s01.png).",
         "Give only the file name inside photos/ (e.g. s01.png).")),
    "photo.missing": (
        ("직원 '{id}'의 사진 '{name}'이(가) 없습니다.", "Staff '{id}': photo '{name}' is "
         "missing."),
        ("photos/ 폴더에 이 파일을 넣거나 photo 칸을 비우세요.",
         "Put the file in photos/, or leave the photo cell empty.")),
    "photo.kind": (
        ("직원 '{id}'의 사진 '{name}'은(는) {kind} 파일입니다. 키오스크는 PNG와 JPEG 사진만 "
         "보여 줍니다.", "Staff '{id}': photo '{name}' is a {kind} file; the kiosk shows "
         "PNG and JPEG photos only."),
        ("사진을 JPEG로 저장하고(아이폰 사진은 카메라 설정 '호환성 우선', 또는 JPEG로 내보내기) photo "
         "칸에 그 이름(예: s01.jpg)을 쓰세요.", "Save the photo as JPEG (an iPhone's HEIC: "
         "export it as JPEG, or set the camera to 'Most Compatible') and write that name in "
         "the photo cell, e.g. s01.jpg.")),
    "photo.not_image": (
        ("사진 파일이 아닙니다.", "Not a picture file."),
        ("PNG 또는 JPEG로 저장한 사진을 넣으세요.", "Use a photo saved as PNG or JPEG.")),
    "photo.corrupt": (
        ("사진 파일이 손상되어 열리지 않습니다.", "The photo is damaged and cannot be opened."),
        ("원본에서 다시 저장하세요.", "Save it again from the original.")),
    "photo.cut_short": (
        ("사진 파일이 중간에 잘려 있습니다. 복사가 끝나지 않았을 수 있습니다.",
         "The photo file is cut short: its copy may not have finished."),
        ("원본에서 다시 복사하세요.", "Copy it again from the original.")),
    "photo.too_many_pixels": (
        ("사진의 픽셀 수가 너무 많습니다.", "The photo has too many pixels."),
        ("가로·세로 2000픽셀 이하로 줄여 저장하세요.", "Resize it to 2000 pixels or less a "
         "side.")),
    "plan.name": (
        ("평면도 이름 '{name}'에 폴더나 '..'가 들어 있습니다.",
         "The plan name '{name}' contains a folder or '..'."),
        ("floorplans/ 안의 파일 이름만 쓰세요(예: 1F.svg).",
         "Give only the file name inside floorplans/ (e.g. 1F.svg).")),
    "plan.missing": (
        ("층 '{id}'의 평면도 '{name}'이(가) 없습니다.", "Floor '{id}': plan '{name}' is "
         "missing."),
        ("floorplans/ 폴더에 SVG 파일을 넣으세요.", "Put the SVG file in floorplans/.")),
    "plan.not_svg": (
        ("SVG 평면도가 아닙니다.", "Not an SVG floor plan."),
        ("도면 프로그램에서 SVG로 내보내세요.", "Export it as SVG from the drawing program.")),
    "plan.xml_entities": (
        ("평면도 SVG에 허용되지 않는 XML 엔터티(<!ENTITY ...>)가 있습니다.",
         "The SVG plan declares XML entities (<!ENTITY ...>), which are refused."),
        ("도면 프로그램에서 SVG로 다시 내보내세요(엔터티 없이).",
         "Export it again as SVG from the drawing program, without entities.")),
    "plan.external_reference": (
        ("평면도 SVG가 자기 밖의 파일이나 주소를 가리킵니다({what}). 키오스크는 평면도 안에 "
         "그려진 것만 보여 줍니다.", "The SVG plan refers to a file or address outside itself "
         "({what}); the kiosk draws only what is inside the plan."),
        ("연결된 그림, 끼워 넣은 그림과 링크 없이 도면 프로그램에서 SVG로 다시 내보내세요.",
         "Export it again as plain SVG from the drawing program, without linked or embedded "
         "pictures and links.")),
    "plan.script": (
        ("평면도 SVG에 스크립트나 동작({what})이 들어 있습니다.",
         "The SVG plan holds a script or interactive content ({what})."),
        ("스크립트, foreignObject, onclick·onload 같은 이벤트 속성 없이 SVG로 다시 내보내세요.",
         "Export it again as plain SVG, without scripts, foreignObject or event attributes "
         "(onclick, onload, ...).")),
    "plan.effect": (
        ("평면도 SVG에 필터나 마스크 효과('{what}')가 들어 있습니다. 흐림·그림자 같은 효과는 "
         "그릴 때마다 평면도 전체를 다시 계산하게 하여 화면이 멈춥니다.",
         "The SVG plan holds a filter or mask effect ('{what}'); a blur, a shadow or a mask "
         "makes every drawing of the plan recompute all it covers, and the screen stalls."),
        ("도면 프로그램에서 흐림, 그림자, 광선 같은 효과와 마스크를 지우고 SVG로 다시 "
         "내보내세요.",
         "Remove blurs, shadows, glows and masks in the drawing program (no <filter>, <mask>, "
         "filter= or mask=) and export the plan again as SVG.")),
    "plan.too_many_elements": (
        ("평면도 SVG가 그리는 요소가 너무 많습니다(<use>로 복사해 그리는 것까지 셉니다).",
         "The SVG plan draws too many elements (counting what its <use> elements copy)."),
        ("도형을 단순하게 하여 요소 {limit}개 이하로 다시 내보내세요.",
         "Simplify the drawing and export it again with {limit} elements or fewer.")),
    "plan.use_loop": (
        ("평면도 SVG의 <use>가 돌고 돌아 자기 자신을 복사합니다({what}). 키오스크가 이 평면도를 "
         "그릴 수 없습니다.", "A <use> in the SVG plan copies, in the end, itself ({what}): the "
         "kiosk cannot draw this plan."),
        ("그 <use>를 지우거나, 자기를 담지 않은 다른 요소를 가리키게 하여 다시 내보내세요.",
         "Remove that <use>, or point it at an element that does not hold it, and export the "
         "plan again.")),
    "plan.too_deep": (
        ("평면도 SVG의 요소가 {what}단계보다 깊이 겹쳐 있습니다(<use>로 복사한 것까지 셉니다).",
         "The SVG plan nests its elements more than {what} levels deep (counting what its "
         "<use> elements copy)."),
        ("그룹을 풀어(그룹 해제) 겹침을 줄이고 SVG로 다시 내보내세요.",
         "Ungroup the drawing to fewer levels and export it again as SVG.")),
}

MESSAGES.update(NUMBER_MESSAGES)
MESSAGES.update(GRAPH_MESSAGES)
MESSAGES.update(MEANING_MESSAGES)
MESSAGES.update(CHARTER_MESSAGES)
MESSAGES.update(LIMIT_MESSAGES)
MESSAGES.update(SHAPE_MESSAGES)
MESSAGES.update(ENTRY_MESSAGES)


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    message: Text
    fix: Text
    severity: str  # "error" | "warning"
    key: str = ""
    count: int = 1  # the problems this line stands for: more than one on a summary line

    def place(self, lang: str = "ko") -> str:
        """The file it is in, as a report or the staff screen names it."""
        if self.file == INSTALLED:
            return _INSTALLED.get(lang)
        return self.file or ("묶음" if lang == "ko" else "bundle")

    def text(self, lang: str = "ko") -> str:
        """One line for a report: where, what, how to fix."""
        where = self.place(lang)
        if self.line is not None:
            where += f", {self.line}행" if lang == "ko" else f", line {self.line}"
        label = {"ko": {"error": "오류", "warning": "경고"},
                 "en": {"error": "error", "warning": "warning"}}[
                     "en" if lang == "en" else "ko"][self.severity]
        fix = "고치는 법" if lang == "ko" else "fix"
        return f"[{label}] {where}: {self.message.get(lang)} — {fix}: {self.fix.get(lang)}"


def problem(key: str, file: str, line: int | None, /, severity: str = "error",
            **values: object) -> Problem:
    """`values` fill the message; positional-only parameters leave every name free for
    them (a message may say {key} or {file})."""
    (ko, en), (fix_ko, fix_en) = MESSAGES[key]
    # A value from the bundle may hold what a screen or terminal would obey (ESC, U+202E).
    # A Text value (a list's or an entry's name) is said in each message's own language;
    # then each particle written "이(가)" takes the form the word before it needs.
    in_ko, in_en = _values(values, "ko"), _values(values, "en")
    fix_ko, fix_en = fix_ko.format(**in_ko), fix_en.format(**in_en)
    if file == INSTALLED:
        fix_ko, fix_en = fix_ko + _INSTALLED_FIX.ko, fix_en + _INSTALLED_FIX.en
    return Problem(escaped(file), line,
                   Text(particles(ko.format(**in_ko)), en.format(**in_en)),
                   Text(particles(fix_ko), fix_en), severity, key)


def summary(key: str, file: str, line: int | None, count: int, /, severity: str = "error",
            **values: object) -> Problem:
    """One line that stands for `count` problems (and is counted as that many)."""
    said = problem(key, file, line, severity=severity, count=count, **values)
    return Problem(said.file, said.line, said.message, said.fix, said.severity, key, count)


def tally(problems: Iterable[Problem]) -> tuple[int, int]:
    """(errors, warnings), each summary line counted as the problems it stands for: the
    numbers a report and the staff screen say match the lines they list."""
    errors = warnings = 0
    for p in problems:
        if p.severity == "error":
            errors += p.count
        else:
            warnings += p.count
    return errors, warnings


_WHAT = {"error": Text("오류", "errors"), "warning": Text("주의", "warnings")}


def _values(values: dict, lang: str) -> dict:
    out = {}
    for k, v in values.items():
        if isinstance(v, Text):
            v = v.get(lang)
        out[k] = escaped(str(v)) if isinstance(v, (str, BaseException)) else v
    return out


class CappedProblems(list):
    """Problems, at most MAX_PER_FILE for one file; past that one line per severity counts
    the rest of the file's errors, one more its warnings. A bundle of a million bad rows takes
    the memory of a hundred messages, and staff read the first ones anyway."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: dict[str, int] = {}
        # (file, severity) -> (the index of its line, the problems it counts)
        self._more: dict[tuple[str, str], tuple[int, int]] = {}

    def append(self, found: Problem) -> None:
        shown = self._shown.get(found.file, 0)
        if shown < MAX_PER_FILE:
            self._shown[found.file] = shown + 1
            super().append(found)
            return
        place = (found.file, found.severity)
        index, count = self._more.get(place, (len(self), 0))
        if index == len(self):
            super().append(found)  # its place, filled just below
        count += found.count  # a summary line (another list's "more") counts all it holds
        self[index] = summary("bundle.more_problems", found.file, None, count,
                              severity=found.severity, what=_WHAT[found.severity])
        self._more[place] = (index, count)

    def extend(self, found: Iterable[Problem]) -> None:
        for item in found:
            self.append(item)

    def __iadd__(self, found: Iterable[Problem]) -> Self:
        self.extend(found)
        return self
