"""The end-of-visit question, "Did you find what you needed?": five faces and an optional
reason from a fixed list, never free text (so never personal data)."""
from __future__ import annotations

import uuid

FACES = (1, 2, 3, 4, 5)  # 5: very satisfied
REASONS = ("place", "person", "service", "reading", "using", "other")


def survey_record(face: int, reason: str, *, kiosk: str, lang: str, at: float,
                  record_id: str | None = None) -> dict:
    """A "survey" record (docs/records.md)."""
    if face not in FACES or isinstance(face, bool):
        raise ValueError(f"face {face!r}: 1 to 5")
    if reason and reason not in REASONS:
        raise ValueError(f"reason {reason!r}: one of {', '.join(REASONS)}, or none")
    return {"id": record_id or uuid.uuid4().hex, "at": float(at), "kiosk": kiosk,
            "face": face, "reason": reason, "lang": lang}
