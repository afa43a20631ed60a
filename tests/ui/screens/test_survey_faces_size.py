"""The closing question's faces for a visitor who sees poorly or cannot read: magnified, each
face is drawn at least as large as at 100 % (the touch targets' promise: text that grows never
shrinks a control), and each shows its words under its drawing (beside it where the room is
short) from the start, before any tap,
in every look (ko/en × landscape/portrait × full height and lowered, where the reach band cuts
the screen)."""
from __future__ import annotations

import pytest
from helpers import tap
from looks import (
    BAND_CUTS,
    LANGS,
    LARGEST,
    POSITIONS,
    SHAPES,
    SMALLEST,
    Look,
    kiosk_in,
    settle,
    wear,
)
from PySide6.QtCore import QPoint, QRect

from kiosk.directory.accessibility import ZOOMS


def opened(qtbot, window):
    """The question as a visit ends, opened into its faces; nothing tapped on them yet."""
    window.navigate(("floors",))
    tap(qtbot, window.home_button)
    qtbot.waitUntil(window.visit_end.strip.asking, timeout=20000)
    tap(qtbot, window.visit_end.strip.ask)
    survey = window.visit_end.survey
    qtbot.waitUntil(survey.isVisible, timeout=20000)
    settle(qtbot)
    return survey


def drawn_faces(window, survey) -> list[QRect]:
    """Each face's drawing as it shows on the window (empty where it is not shown)."""
    out = []
    for face in survey.faces.values():
        drawing = face.face
        shown = drawing.visibleRegion().boundingRect() if drawing.isVisible() else QRect()
        out.append(QRect(drawing.mapTo(window, shown.topLeft()), shown.size())
                   if drawing.pixmap() is not None and not shown.isEmpty() else QRect())
    return out


@pytest.mark.parametrize("low", POSITIONS, ids=("full", "low"))
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("lang", LANGS)
def test_faces_are_no_smaller_magnified_and_named_before_a_tap(qtbot, demo, tmp_path, lang,
                                                               shape, low):
    window = kiosk_in(Look(lang, shape, SMALLEST, low_position=low), demo, tmp_path, qtbot,
                      BAND_CUTS[shape] if low else None)
    sizes = {}
    for zoom in ZOOMS:
        look = Look(lang, shape, zoom, low_position=low)
        wear(window, look)
        survey = opened(qtbot, window)
        drawings = drawn_faces(window, survey)
        for face, drawing in zip(survey.faces.values(), drawings):
            words = face.words
            assert words.isVisible() and words.text().strip(), f"{look}: a face without words"
            assert words.visibleRegion().boundingRect() == words.rect(), f"{look}: cut words"
            assert not drawing.isEmpty(), f"{look}: {words.text()!r} has no face drawn"
            named = QRect(words.mapTo(window, QPoint(0, 0)), words.size())
            assert named.top() > drawing.bottom() or named.left() > drawing.right(), \
                f"{look}: {words.text()!r} neither under its face nor beside it"
        sizes[zoom] = min(min(d.width(), d.height()) for d in drawings)
        survey.close_overlay()
        settle(qtbot)
    assert sizes[LARGEST] >= sizes[SMALLEST], f"faces {sizes} px by text size"
    assert all(size >= sizes[SMALLEST] for size in sizes.values()), sizes
