"""What a visitor reads as one stays on one line where there is no step-free way, magnified:
"about" and "1 min", "전화" and the desk's number, "함께 가" and "드립니다"; and the footer
names the kiosk's floor once ("현재 위치: 1층 · 1층 로비 키오스크" said it twice)."""
from __future__ import annotations

import re

from label_lines import shown_lines
from looks import in_looks, settle, wear

from kiosk.ui.screenshots.visit import no_step_free_place

# A line that ends where its next words belong to it.
SPLIT = re.compile(r"(\babout|약|전화|Phone|가)$")


@in_looks(zoom=(1.5, 2.0))
def test_no_line_of_the_way_to_the_desk_splits_what_belongs_together(window, demo, qtbot,
                                                                       look):
    wear(window, look)
    window.navigate(("route", "rooms", no_step_free_place(demo).id))
    page = window.page("route")
    page.set_step_free(True)
    page.map.finish_animation()
    settle(qtbot)
    assert page.guide_me.isVisible()
    for label in (page.summary, page.desk_text, page.guide_me.subtitle):
        lines = shown_lines(label)
        assert [line for line in lines[:-1] if SPLIT.search(line)] == [], lines


def test_the_footer_names_the_floor_once(window, demo):
    kiosk = window.ctx.kiosk
    for lang in ("ko", "en"):
        window.ctx.session.set_language(lang)
        here = window.chrome.here_label.text()
        floor = demo.floor(kiosk.floor).name.get(lang)
        assert here.count(floor) == 1, here
        assert kiosk.name.get(lang) in here
