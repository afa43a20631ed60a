"""What the readers under a bundle's check say when a file cannot be read (tomllib, csv, the
operating system, a record that is no entry), said in Korean and English for a problem's
{detail}: their own words are English only, and a Korean report must not quote them. Names
and characters from the file are kept as they are, in quotes."""
from __future__ import annotations

import errno
import re
from dataclasses import MISSING, fields
from typing import Any, Mapping

from kiosk.directory.model import Text, field_value

# tomllib's messages (Lib/tomllib/_parser.py: suffixed_err), each as a pattern over its
# English words and the Korean and English a staff member reads. {0} is the part quoted
# from the file (a key, a character).
TOML_MESSAGES = (
    (r"Invalid statement", "이 줄은 키 = 값, [표] 또는 [[목록]]으로 시작해야 합니다",
     "a line must start with key = value, [table] or [[list]]"),
    (r"Expected newline or end of document after a statement",
     "값 뒤 같은 줄에 다른 것이 더 있습니다(한 줄에 값 하나)",
     "something follows the value on its line (one value a line)"),
    (r"Found invalid character (.+)", "여기에 쓸 수 없는 글자 {0}이(가) 있습니다",
     "the character {0} is not allowed here"),
    (r"Cannot declare (.+) twice", "{0}을(를) 두 번 썼습니다", "{0} is written twice"),
    (r"Cannot overwrite a value", "같은 키에 값을 두 번 썼습니다",
     "a key is given a value twice"),
    (r"Expected '\]' at the end of a table declaration", "[표] 머리 끝에 ]가 없습니다",
     "a [table] header lacks its closing ]"),
    (r"Cannot mutate immutable namespace (.+)", "{0}은(는) 이미 끝난 표라 더 쓸 수 없습니다",
     "{0} is already complete and cannot take more keys"),
    (r"Expected '\]\]' at the end of an array declaration", "[[목록]] 머리 끝에 ]]가 없습니다",
     "a [[list]] header lacks its closing ]]"),
    (r"Cannot redefine namespace (.+)", "{0}을(를) 다시 정의했습니다",
     "{0} is defined again"),
    (r"Expected '=' after a key in a key/value pair", "키 뒤에 =가 없습니다",
     "a key is not followed by ="),
    (r"Invalid initial character for a key part",
     "키가 쓸 수 없는 글자로 시작합니다(키는 영문, 숫자, _, - 로 씁니다)",
     "a key starts with a character keys cannot hold (letters, digits, _ and -)"),
    (r"Unclosed array", "[로 연 목록을 ]로 닫지 않았습니다", "a list opened with [ is not "
     "closed with ]"),
    (r"Duplicate inline table key (.+)", "{{ }} 안에 키 {0}이(가) 두 번 있습니다",
     "the key {0} is written twice inside {{ }}"),
    (r"Unclosed inline table", "{{로 연 표를 }}로 닫지 않았습니다",
     "a table opened with {{ is not closed with }}"),
    (r"Unescaped '\\' in a string", "따옴표 안의 \\ 뒤에 쓸 수 없는 글자가 있습니다(\\는 \\\\로 "
     "쓰세요)", "a \\ in quotes is followed by a character it cannot escape (write \\\\)"),
    (r"Invalid hex value", "\\u 뒤의 16진수가 잘못되었습니다", "the hex digits after \\u are "
     "wrong"),
    (r"Escaped character is not a Unicode scalar value",
     "\\u로 쓴 글자는 없는 글자입니다(서로게이트)", "the character written with \\u does not "
     "exist (a surrogate)"),
    (r"Unterminated string", "따옴표를 닫지 않았습니다", "a quote is not closed"),
    (r"Illegal character (.+)", "따옴표 안에 쓸 수 없는 글자 {0}이(가) 있습니다",
     "the character {0} is not allowed in quotes"),
    (r"Invalid date or datetime", "없는 날짜나 시각입니다", "a date or time that does not "
     "exist"),
    (r"Invalid value", "값을 읽을 수 없습니다(글자는 \"따옴표\" 안에 씁니다)",
     "a value cannot be read (text goes in \"quotes\")"),
    # last: the messages above that start so are more precise
    (r"Expected (.+)", "{0}이(가) 있어야 하는데 파일이 끝났습니다",
     "{0} is missing before the end of the file"),
)
_TOML = [(re.compile(pattern + r"$"), ko, en) for pattern, ko, en in TOML_MESSAGES]
_AT = re.compile(r" \(at (?:line (\d+), column (\d+)|end of document)\)$")

# The csv module's messages (Modules/_csv.c) that a sheet read with strict=True can raise.
CSV_MESSAGES = (
    (r"unexpected end of data", "따옴표(\")를 열고 닫지 않은 채 파일이 끝납니다",
     "the file ends inside a quoted cell"),
    (r"field larger than field limit \((\d+)\)", "한 칸의 글이 너무 깁니다({0}자 넘음)",
     "a cell is too long (over {0} characters)"),
    (r"'(.)' expected after '\"'", "닫는 따옴표 뒤에 구분 기호 대신 다른 글자가 있습니다",
     "a closing quote is followed by text, not by the separator"),
    (r"new-line character seen in unquoted field.*",
     "따옴표 밖의 칸에 줄바꿈 문자가 있습니다", "a line break in a cell without quotes"),
)
_CSV = [(re.compile(pattern + r"$"), ko, en) for pattern, ko, en in CSV_MESSAGES]

# The operating system's errors while a stick is read, by errno.
_OS = {
    errno.ENOENT: "파일이나 폴더가 없습니다(USB 메모리가 빠졌을 수 있음)",
    errno.EACCES: "읽을 권한이 없습니다", errno.EPERM: "읽을 권한이 없습니다",
    errno.EIO: "USB 메모리를 읽지 못했습니다(입출력 오류)",
    errno.ENOSPC: "키오스크의 디스크가 가득 찼습니다",
    errno.ENOTDIR: "폴더가 아닙니다", errno.EISDIR: "파일이 아니라 폴더입니다",
    errno.EINVAL: "일반 파일이 아닙니다", errno.ELOOP: "링크가 너무 많이 이어집니다",
    errno.ENAMETOOLONG: "이름이 너무 깁니다", errno.ENODEV: "USB 메모리가 빠졌습니다",
    errno.ENXIO: "USB 메모리가 빠졌습니다", errno.EROFS: "읽기 전용 디스크입니다",
    errno.EMFILE: "열린 파일이 너무 많습니다", errno.ENFILE: "열린 파일이 너무 많습니다",
    errno.EBUSY: "다른 프로그램이 쓰고 있습니다",
}


def toml_error(message: str) -> tuple[int | None, Text]:
    """tomllib's error message -> (its line, what is wrong in both languages)."""
    at = _AT.search(message)
    line = int(at.group(1)) if at and at.group(1) else None
    text = message[:at.start()] if at else message
    where = Text(f" ({line}행 {at.group(2)}열)", f" (line {line}, column {at.group(2)})") \
        if line is not None else Text(" (파일 끝)", " (end of file)") if at else Text("", "")
    for pattern, ko, en in _TOML:
        match = pattern.match(text)
        if match:
            named = [_key(group) for group in match.groups()]
            return line, Text(ko.format(*named) + where.ko, en.format(*named) + where.en)
    if "integer string conversion" in text:  # int() of more digits than Python converts
        return line, Text("숫자의 자릿수가 너무 많습니다", "a number has too many digits")
    return line, Text("따옴표, 괄호, = 가 맞지 않습니다" + where.ko, text + where.en)


def _key(text: str) -> str:
    """A key as tomllib names it, ('rooms', 'name'), written as the file does: 'rooms.name'."""
    parts = re.findall(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"", text)
    if text.startswith("(") and text.endswith(")") and parts:
        return "'" + ".".join(a or b for a, b in parts) + "'"
    return text


def csv_error(message: str) -> Text:
    for pattern, ko, en in _CSV:
        match = pattern.match(message)
        if match:
            return Text(ko.format(*match.groups()), en.format(*match.groups()))
    return Text("CSV 파일의 칸을 나눌 수 없습니다", message)


def os_error(exc: BaseException) -> Text:
    """An OSError (or another exception while reading) as a reason in both languages."""
    number = getattr(exc, "errno", None)
    english = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    if number in _OS:
        return Text(_OS[number], english)
    return Text(f"읽는 중 오류(오류 번호 {number})" if number is not None else "읽는 중 오류",
                english)


def record_error(cls: type, record: Mapping[str, Any]) -> Text:
    """Why `decode(cls, record)` failed, in both languages: keys it does not know, keys it
    needs, or the key whose value cannot be its field's (a list where text belongs)."""
    known = {f.name for f in fields(cls)}
    unknown = [_shown(k) for k in record if k not in known]
    if unknown:
        listed = ", ".join(unknown)
        return Text(f"모르는 키: {listed}", f"unknown key(s): {listed}")
    needed = [f.name for f in fields(cls) if f.default is MISSING and
              f.default_factory is MISSING and f.name not in record]
    if needed:
        listed = ", ".join(needed)
        return Text(f"꼭 써야 하는 키가 없음: {listed}", f"missing key(s): {listed}")
    for key, value in record.items():
        try:
            field_value(key, value)
        except (TypeError, ValueError, AttributeError, OverflowError):
            return Text(f"{key}의 값을 읽을 수 없음", f"the value of {key} cannot be read")
    return Text("값을 읽을 수 없음", "a value cannot be read")


def _shown(key: object) -> str:
    text = str(key)
    return repr(text if len(text) <= 40 else text[:37] + "...")
