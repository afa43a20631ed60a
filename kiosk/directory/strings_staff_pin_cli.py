"""The words of `python -m kiosk staff-pin` (kiosk/cli/staff_pin.py)."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "cli.pin.ask": ("새 직원 PIN (숫자 4~12자리):", "New staff PIN (4-12 digits):"),
    "cli.pin.again": ("같은 PIN을 한 번 더:", "The same PIN again:"),
    "cli.pin.format": ("오류: PIN은 숫자(0-9) {low}~{high}자리여야 합니다. 바뀐 것은 없습니다.",
                       "error: the PIN must be {low} to {high} digits (0-9); nothing was "
                       "changed"),
    "cli.pin.differ": ("오류: 두 PIN이 다릅니다. 바뀐 것은 없습니다.",
                       "error: the two PINs differ; nothing was changed"),
    "cli.pin.set": ("직원 PIN을 정했습니다 ({path}). 잠금이 있었다면 풀렸습니다.",
                    "Staff PIN set ({path}). Any lockout is lifted."),
}
