"""Phone numbers that lost their leading 0: Excel reads 02-3677-0311 typed without dashes as
the number 236770311, and 01012345678 as 1012345678. Such a cell would be shown and dialled
wrong, so it is named with the number it likely was."""
from __future__ import annotations

import re

from kiosk.bundle.problems import Problem, problem

PHONE_COLUMNS = ("extension", "phone", "fax")
# Without its 0: Seoul (2 + 7-8 digits), other areas (3-6 + 8-9 digits), mobile and
# internet phones (10..., 70... + 8 digits).
_LOST_ZERO = re.compile(r"2\d{7,8}|[3-6]\d{8,9}|(?:10|70)\d{8}")


def lost_zero(value: str) -> str | None:
    """The number `value` likely was, dashes written, if it looks like one without its 0."""
    digits = value.strip()
    if not _LOST_ZERO.fullmatch(digits):
        return None
    area = "02" if digits.startswith("2") else "0" + digits[:2]
    rest = digits[len(area) - 1:]
    return f"{area}-{rest[:-4]}-{rest[-4:]}"


def phone_problems(row: dict[str, str], file: str, number: int) -> list[Problem]:
    out = []
    for column in PHONE_COLUMNS:
        likely = lost_zero(row.get(column, ""))
        if likely is not None:
            out.append(problem("sheet.phone_lost_zero", file, number, severity="warning",
                               column=column, value=row[column].strip(), likely=likely))
    return out
