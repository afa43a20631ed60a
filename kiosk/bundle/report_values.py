"""Long values in the update report on the stick: a change's line shows at most VALUE_LIMIT
characters of each value, then a mark saying how long it is and where it is whole; the whole
values follow at the report's end, numbered. Notepad shows a line of 3,000 characters as one
line (word wrap is off by default), and the change under it would be lost to the right; the
preview on the screen wraps every value whole instead (bundle/change_values.py).

Every value is made safe as in the preview: control, bidi and zero-width characters written
as <U+hhhh>. A value is cut before it is made safe, so a mark never splits one in two."""
from __future__ import annotations

from kiosk.directory.strings import tr
from kiosk.directory.text_safety import escaped

VALUE_LIMIT = 200  # characters of a value on its change's line


class LongValues:
    """The values one report cut, kept whole for its end. `where`: the change whose values
    are being shown, as its whole values are headed."""

    def __init__(self, lang: str, limit: int = VALUE_LIMIT) -> None:
        self.lang, self.limit = lang, limit
        self.where = ""
        self.whole: list[tuple[str, str]] = []

    def shown(self, text: str) -> str:
        """The value as its change's line shows it: whole when short, else cut and marked."""
        if len(text) <= self.limit:
            return escaped(text)
        self.whole.append((self.where, escaped(text)))
        return escaped(text[:self.limit]) + tr("bundle.report.value.cut", self.lang,
                                               n=f"{len(text):,}", ref=len(self.whole))

    def lines(self) -> list[str]:
        """The report's last lines: each cut value whole, under the number its mark gives."""
        if not self.whole:
            return []
        return ["", tr("bundle.report.full_values", self.lang)] + [
            f"  [{n}] {where}: {text}" for n, (where, text) in enumerate(self.whole, 1)]
