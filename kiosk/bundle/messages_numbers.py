"""What can be wrong with the numbers a bundle's plans are drawn and its routes measured with
(kiosk/wayfinding/number_checks.py), in Korean and English: key -> ((what is wrong: ko, en),
(how to fix it: ko, en)), merged into problems.MESSAGES."""
from __future__ import annotations

MESSAGES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "number.not_finite": (
        ("{record}: {field} = {value}은(는) 쓸 수 있는 숫자가 아닙니다(nan, inf 또는 너무 큰 수).",
         "{record}: {field} = {value} is not a usable number (nan, inf or too large)."),
        ("보통의 숫자로 쓰세요. 평면도 단위(SVG viewBox 좌표)나 미터로 씁니다.",
         "Write an ordinary number, in plan units (the SVG's viewBox coordinates) or "
         "metres.")),
    "floor.level": (
        ("{record}: level {value}은(는) 층 번호로 쓸 수 없습니다.",
         "{record}: level {value} cannot be a floor's level."),
        ("{min}에서 {max} 사이의 정수로 쓰세요: 1층은 1, 지하 1층은 -1.",
         "Write a whole number from {min} to {max}: 1 for 1F, -1 for B1.")),
    "floor.plan_size": (
        ("{record}: plan_size {value}은(는) {min} 이상 {max} 이하인 두 수여야 합니다.",
         "{record}: plan_size {value} must be two numbers from {min} to {max}."),
        ("평면도 SVG의 viewBox 너비와 높이를 쓰세요(예: [1600.0, 900.0]).",
         "Write the width and height of the plan SVG's viewBox, e.g. [1600.0, 900.0].")),
    "floor.scale": (
        ("{record}: metres_per_unit {value}은(는) 0보다 커야 하고, 평면도 전체가 {min} m 이상 "
         "{max} m 이하여야 합니다.", "{record}: metres_per_unit {value} must be above 0, and "
         "the whole plan from {min} m to {max} m across."),
        ("평면도 한 단위가 몇 미터인지 쓰세요(예: 0.03 — 1600단위 = 48 m).",
         "Write how many metres one plan unit is, e.g. 0.03 (1600 units = 48 m).")),
    "room.rect": (
        ("{record}: rect {value}은(는) 너비와 높이가 0보다 크고 {floor} 평면도(0–{w} × 0–{h}) 안에 "
         "있어야 합니다.", "{record}: rect {value} must have a width and height above 0 and lie "
         "on the plan of {floor} (0–{w} × 0–{h})."),
        ("[x, y, 너비, 높이]를 평면도 단위로 쓰세요.",
         "Write [x, y, width, height] in plan units.")),
    "place.outside_plan": (
        ("{record}: 위치 ({x}, {y})가 {floor} 평면도(0–{w} × 0–{h}) 밖에 있습니다.",
         "{record}: the place ({x}, {y}) is outside the plan of {floor} (0–{w} × 0–{h})."),
        ("x, y를 그 층 평면도 안의 위치로 고치세요(평면도 단위).",
         "Give x and y of a place on that floor's plan, in plan units.")),
    "edge.length": (
        ("{record}: length {value}은(는) 0보다 크고 {max} m 이하여야 합니다.",
         "{record}: length {value} must be above 0 and at most {max} m."),
        ("걷는 거리를 미터로 쓰거나, length를 지워 평면도에서 재게 하세요.",
         "Write the walking distance in metres, or leave length out to measure it on the "
         "plan.")),
    "edge.flight": (
        ("{record}: {kind}이(가) {a}과(와) {b}을(를) 잇는데, 두 층은 {levels}개 층 떨어져 "
         "있습니다(한 번에 {max}개 층까지).",
         "{record}: {kind} between {a} and {b}, {levels} floors apart (at most {max} in one "
         "edge)."),
        ("층마다 바로 위층과 잇는 연결을 따로 쓰거나, 층의 level을 고치세요. 여러 층을 한 번에 "
         "잇는 것은 엘리베이터(kind = \"elevator\")만 됩니다.",
         "Link each floor to the next with an edge of its own, or correct the floors' levels; "
         "only an elevator (kind = \"elevator\") links many floors at once.")),
    "kiosk.none": (
        ("키오스크가 하나도 없습니다. 키오스크가 자기 위치를 알 수 없습니다.",
         "No kiosk is listed: a kiosk would not know where it stands."),
        ("키오스크마다 [[kiosks]] 항목(id, name, floor, x, y)을 쓰세요.",
         "Write a [[kiosks]] entry (id, name, floor, x, y) for each kiosk.")),
}
