"""What covers what among the names and tags a plan's paint placed (`last_placement`), for the
tests that check every plan: a name over another, a name under a tag, two tags together; and
whether a name names its room: inside it, or set beside it with a line into it."""
from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF


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


def names_its_room(label, room: QRectF) -> bool:
    """Inside its room, or beside it (touching it, or a few pixels off) with its line
    starting on the name's edge and ending inside the room."""
    if room.contains(label.box):
        return True
    leader = label.leader
    if leader is None or not room.contains(leader.p2()):
        return False
    start = leader.p1()
    on_edge = (label.box.adjusted(-1, -1, 1, 1).contains(start)
               and not label.box.adjusted(1, 1, -1, -1).contains(start))
    return on_edge and room.adjusted(-12, -12, 12, 12).intersects(label.box)


def line_crosses(line: QLineF, rect: QRectF, besides: QRectF | None = None) -> bool:
    """Whether the segment passes through `rect`, more than along its edge (outside
    `besides`, where given): sampled every pixel of its length."""
    inner = rect.adjusted(1, 1, -1, -1)
    steps = max(2, int(line.length()))
    points = (line.pointAt(i / steps) for i in range(steps + 1))
    return any(inner.contains(p) and not (besides is not None and besides.contains(p))
               for p in points)


def leader_problems(placed, rooms: dict, marks: list[QRectF], where: str) -> list[str]:
    """Each name set beside its room whose line crosses another name, a tag or a mark (the
    pins, the steps badges), or, past the few pixels between the name and its room, another
    room (`rooms`: room id to its box)."""
    out = []
    for a in placed.labels:
        if a.leader is None:
            continue
        others = [b.box for b in placed.labels if b is not a] + placed.tags + marks
        if any(line_crosses(a.leader, box) for box in others):
            out.append(f"{where}: {a.name!r}'s line crosses another name or mark")
        near = a.box.adjusted(-12, -12, 12, 12)
        if any(line_crosses(a.leader, box, near) for room_id, box in rooms.items()
               if room_id != a.room_id):
            out.append(f"{where}: {a.name!r}'s line crosses another room")
    return out
