"""What covers what among the names and tags a plan's paint placed (`last_placement`), for the
tests that check every plan: a name over another, a name under a tag, two tags together."""
from __future__ import annotations

from PySide6.QtCore import QRectF


def overlap(a: QRectF, b: QRectF) -> bool:
    """More than a hairline in common (touching edges is not covering)."""
    both = a.intersected(b)
    return both.width() > 0.5 and both.height() > 0.5


def overlap_problems(placed, where: str) -> list[str]:
    """Each pair of labels that overlap, each label under a tag, each pair of tags that do."""
    labels, tags, out = placed.labels, placed.tags, []
    for i, a in enumerate(labels):
        out += [f"{where}: {a.name!r} and {b.name!r} overlap" for b in labels[i + 1:]
                if overlap(a.box, b.box)]
        out += [f"{where}: {a.name!r} under a tag" for tag in tags if overlap(a.box, tag)]
    for i, a in enumerate(tags):
        out += [f"{where}: two tags overlap" for b in tags[i + 1:] if overlap(a, b)]
    return out
