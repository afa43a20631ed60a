"""Accessible to everyone: contrast, targets, low position, the profile, speech, keypad."""
from __future__ import annotations

import re
from dataclasses import fields

import pytest
from helpers import FakeSpeech, find, focus_on, keys, tap, visit_every_screen
from looks import SMALLEST, in_looks, kiosk_in
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QListView

from kiosk.directory import config
from kiosk.directory.accessibility import (
    DEFAULT,
    READY,
    TARGET_AREA_MM2,
    TARGET_GAP_MM,
    TARGET_SIDE_MM,
    Profile,
    ScreenGeometry,
    contrast_ratio,
)
from kiosk.directory.paths import FLOORPLANS
from kiosk.directory.strings import tr
from kiosk.ui.app import build
from kiosk.ui.widgets import clip_check
from kiosk.ui.theme import HIGH_CONTRAST, NON_TEXT_PAIRS, NORMAL, TEXT_PAIRS
from kiosk.wayfinding.plan_dark import dark

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def kiosk(qtbot, demo, tmp_path, speech=None, size=(1920, 1080), **settings):
    win = build(demo, config.Config({"data.folder": str(tmp_path), **settings}), speech)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


# -- seeing -----------------------------------------------------------------------------------
@pytest.mark.parametrize("palette, minimum", [(NORMAL, 4.5), (HIGH_CONTRAST, 7.0)])
def test_every_text_colour_pair_has_enough_contrast(palette, minimum):
    low = [(fg, bg, round(contrast_ratio(getattr(palette, fg), getattr(palette, bg)), 2))
           for fg, bg in TEXT_PAIRS
           if contrast_ratio(getattr(palette, fg), getattr(palette, bg)) < minimum]
    assert low == []
    for fg, bg in NON_TEXT_PAIRS:
        assert contrast_ratio(getattr(palette, fg), getattr(palette, bg)) >= 3.0, (fg, bg)


@pytest.mark.parametrize("palette, minimum", [(NORMAL, 4.5), (HIGH_CONTRAST, 7.0)])
def test_room_names_are_readable_on_every_fill_of_the_plans(palette, minimum):
    fills = set()
    for svg in FLOORPLANS.glob("*.svg"):
        fills |= set(re.findall(r'fill="(#[0-9a-fA-F]{6})"', svg.read_text()))
    light = {f for f in fills if contrast_ratio(f, "#000000") > 10}  # the rooms' fills
    assert light
    for fill in light:  # as the palette draws them: turned dark on high contrast's plans
        drawn = dark(fill) if palette.plans_dark else fill
        assert contrast_ratio(palette.plan_text, drawn) >= minimum, drawn


def test_high_contrast_is_its_own_palette():
    differing = [f.name for f in fields(NORMAL)
                 if getattr(NORMAL, f.name) != getattr(HIGH_CONTRAST, f.name)]
    assert len(differing) >= 10


def test_state_is_never_shown_by_colour_alone(qtbot, window, demo):
    window.navigate(("floor", "2F"))
    tabs = window.page("floor").tab_buttons
    assert tabs["2F"].text().startswith("✓") and not tabs["1F"].text().startswith("✓")
    window.navigate(("search",))
    modes = window.page("search").keyboard.mode_buttons
    assert modes["ko"].text().startswith("✓") and not modes["en"].text().startswith("✓")
    tap(qtbot, window.access_button)
    toggle = find(window, "Toggle-high_contrast")
    assert toggle.text().endswith("꺼짐")
    tap(qtbot, toggle)
    assert toggle.text().endswith("켜짐")


def test_physical_sizes_follow_the_screen():
    geometry = ScreenGeometry(diagonal_in=32, bottom_mm=700)
    mm = geometry.mm_per_px(1920, 1080)
    assert 0.36 < mm < 0.38  # a 32" 1080p panel
    assert geometry.reach_band(1920, 1080) == (0, 1080)  # 700..1098 mm: all in reach
    top, bottom = geometry.reach_band(1080, 1920)  # portrait: top edge at 1,408 mm
    assert 500 < top < 520 and bottom == 1920
    high = ScreenGeometry(diagonal_in=32, bottom_mm=300)
    assert high.reach_band(1920, 1080)[1] < 1080  # nothing below 400 mm either


def _targets(win):
    out = []
    for b in win.findChildren(QAbstractButton):
        if b.isVisible():
            out.append((b.text() or b.objectName(), QRect(b.mapTo(win, QPoint(0, 0)), b.size()),
                        b.parentWidget()))
    for view in win.findChildren(QListView):
        if view.isVisible():
            for row in range(min(view.model().rowCount(), 8)):
                rect = view.visualRect(view.model().index(row, 0))
                if rect.intersects(view.viewport().rect()):
                    out.append((f"row {row}", QRect(view.viewport().mapTo(win, rect.topLeft()),
                                                    rect.size()), view))
    return out


def _gap(a: QRect, b: QRect) -> float:
    dx = max(b.left() - a.right() - 1, a.left() - b.right() - 1, 0)
    dy = max(b.top() - a.bottom() - 1, a.top() - b.bottom() - 1, 0)
    return max(dx, dy) if (dx == 0 or dy == 0) else (dx * dx + dy * dy) ** 0.5


@in_looks(zoom=SMALLEST)
def test_touch_targets_are_large_and_apart(qtbot, demo, tmp_path, look):
    win = kiosk_in(look, demo, tmp_path, qtbot)
    mm = win.ctx.geometry.mm_per_px(*look.size)
    problems = []
    for screen in visit_every_screen(win, demo):
        targets = _targets(win)
        for name, rect, _parent in targets:
            w, h = rect.width() * mm, rect.height() * mm
            if min(w, h) < TARGET_SIDE_MM or w * h < TARGET_AREA_MM2:
                problems.append(f"{screen}: {name!r} is {w:.1f} x {h:.1f} mm")
        for i, (name, rect, parent) in enumerate(targets):
            for other, rect2, parent2 in targets[i + 1:]:
                if parent is parent2 and not rect.intersects(rect2):
                    if _gap(rect, rect2) * mm < TARGET_GAP_MM:
                        problems.append(f"{screen}: {name!r} and {other!r} are "
                                        f"{_gap(rect, rect2) * mm:.1f} mm apart")
    assert problems == []


# -- reaching -----------------------------------------------------------------------------------
# Mounted where the band cuts the screen: low, its bottom edge under 400 mm, in landscape;
# at the usual height in portrait, its top above 1,220 mm.
CUT_BOTTOM_MM = {"landscape": 300.0, "portrait": 700.0}


@pytest.mark.parametrize("shape", list(SIZES))
def test_low_position_keeps_everything_within_reach(qtbot, demo, tmp_path, shape):
    size = SIZES[shape]
    win = kiosk(qtbot, demo, tmp_path, size=size, **{"screen.bottom": CUT_BOTTOM_MM[shape]})
    tap(qtbot, find(win, "LowButton"))  # one tap, from any screen
    assert win.ctx.session.profile.low_position
    geometry, mm = win.ctx.geometry, win.ctx.geometry.mm_per_px(*size)
    problems = []
    for screen in visit_every_screen(win, demo):
        for w in win.findChildren(QAbstractButton) + win.findChildren(QListView):
            if not w.isVisible():
                continue
            top = w.mapTo(win, QPoint(0, 0)).y()
            visible = w.visibleRegion().boundingRect()
            if visible.isEmpty():
                continue  # scrolled out of its area
            upper = geometry.bottom_mm + (size[1] - top - visible.top()) * mm
            lower = geometry.bottom_mm + (size[1] - top - visible.bottom()) * mm
            if upper > 1220.5 or lower < 399.5:
                problems.append(f"{screen}: {w.objectName() or w.text()!r} at "
                                f"{lower:.0f}-{upper:.0f} mm")
    assert problems == []
    assert find(win, "LowButton").text() == "화면 올리기"


@pytest.mark.parametrize("shape, bottom_mm, helps", [
    ("landscape", 700.0, False),  # the usual mounting: 700 to 1,098 mm, all within reach
    ("portrait", 700.0, True),    # its top at 1,408 mm
    ("landscape", 300.0, True),   # its bottom under 400 mm
    ("portrait", 450.0, False),   # 450 to 1,158 mm
])
def test_lower_screen_is_offered_only_where_it_moves_something(qtbot, demo, tmp_path, shape,
                                                               bottom_mm, helps):
    """Where the whole screen is within reach the footer offers no "Lower screen" and the
    panel says lowering is not needed, not a switch that changes nothing."""
    win = kiosk(qtbot, demo, tmp_path, size=SIZES[shape], **{"screen.bottom": bottom_mm})
    geometry = win.ctx.geometry
    assert geometry.lowering_helps(*SIZES[shape]) is helps
    win.navigate(("floors",))
    QApplication.processEvents()
    assert win.findChild(QAbstractButton, "LowButton").isVisible() is helps
    tap(qtbot, win.access_button)
    toggle = find(win, "Toggle-low_position")
    assert toggle.isEnabled() is helps
    assert ("not needed" in toggle.text() or "필요 없음" in toggle.text()) is not helps
    sub = find(win, "Ready-wheelchair").subtitle.text()
    assert (sub == tr("access.ready.wheelchair.sub.reach", "ko")) is not helps
    tap(qtbot, find(win, "Ready-wheelchair"))  # the profile still lowers where it helps
    if win.access_panel.isVisible():
        win.access_panel.close_overlay()
    QApplication.processEvents()
    assert win.ctx.session.profile.low_position
    assert (win.content_rect() != win.rect()) is helps


@pytest.mark.parametrize("shape, diagonal, bottom_mm", [
    ("landscape", 10.0, 1500.0),  # wholly above the band: 1,500 to 1,625 mm
    ("portrait", 7.0, 2000.0),
    ("landscape", 32.0, 1150.0),  # 70 mm of it within reach: no screen fits in that
    ("landscape", 7.0, 0.0),      # wholly below it: 0 to 87 mm
])
def test_a_screen_out_of_reach_is_not_lowered_and_says_so(qtbot, demo, tmp_path, shape,
                                                           diagonal, bottom_mm):
    """Lowering a screen mounted out of reach laid every screen out in a sliver (a floor
    1920 x 32,724 px, 10 to 45 s each): now nothing moves and the panel says why."""
    win = kiosk(qtbot, demo, tmp_path, size=SIZES[shape],
                **{"screen.diagonal": diagonal, "screen.bottom": bottom_mm})
    assert win.ctx.geometry.out_of_reach(*SIZES[shape])
    assert not win.ctx.geometry.lowering_helps(*SIZES[shape])
    win.navigate(("floors",))
    QApplication.processEvents()
    assert not win.findChild(QAbstractButton, "LowButton").isVisible()
    tap(qtbot, win.access_button)
    toggle = find(win, "Toggle-low_position")
    assert not toggle.isEnabled()
    assert toggle.text() == f"{tr('access.low_position', 'ko')}: " \
                            f"{tr('access.low.unreachable', 'ko')}"
    sub = find(win, "Ready-wheelchair").subtitle.text()
    assert sub == tr("access.ready.wheelchair.sub.unreachable", "ko")
    for lang in ("ko", "en"):  # the words whole at the largest text size
        win.ctx.session.set_language(lang)
        win.ctx.session.set_profile(win.ctx.session.profile.with_zoom(2.0))
        QApplication.processEvents()
        assert tr("access.low.unreachable", lang) in find(win, "Toggle-low_position").text()
        assert clip_check.clipped(win.access_panel) == []
    win.ctx.session.set_profile(win.ctx.session.profile.with_zoom(1.0))
    tap(qtbot, find(win, "Ready-wheelchair"))  # step-free routes still; nothing moves
    if win.access_panel.isVisible():
        win.access_panel.close_overlay()
    QApplication.processEvents()
    assert win.ctx.session.profile.low_position and win.ctx.session.profile.step_free
    assert win.content_rect() == win.rect()
    win.navigate(("floor", "1F"))
    QApplication.processEvents()
    assert win.sizeHint().height() <= 2 * SIZES[shape][1]
    assert win.height() == SIZES[shape][1]
    help_button = win.findChild(QAbstractButton, "HelpButton")
    assert help_button is not None and help_button.isVisible()  # a call for help still goes


# -- the profile --------------------------------------------------------------------------------
def test_ready_profiles_and_their_end_at_the_idle_reset(qtbot, window):
    tap(qtbot, window.access_button)
    tap(qtbot, find(window, "Ready-low_vision"))
    profile = window.ctx.session.profile
    assert profile == READY["low_vision"]
    assert window.ctx.theme.zoom == 2.0 and window.ctx.theme.palette == HIGH_CONTRAST
    assert find(window, "Ready-low_vision").heading.text().startswith("✓")
    assert profile.time_factor == 2.0
    window.idle.reset_visit()
    assert window.ctx.session.profile == DEFAULT
    assert window.ctx.theme.palette == NORMAL and window.ctx.theme.zoom == 1.0


def test_wheelchair_profile_lowers_the_screen(qtbot, demo, tmp_path):
    win = kiosk(qtbot, demo, tmp_path, size=SIZES["portrait"])
    tap(qtbot, win.access_button)
    tap(qtbot, find(win, "Ready-wheelchair"))
    assert win.ctx.session.profile.step_free and win.ctx.session.profile.low_position
    assert win.top_gap.height() > 0
    assert win.access_panel.geometry().top() >= win.top_gap.height()  # the panel moved too


# -- hearing --------------------------------------------------------------------------------------
def test_speech_reads_screens_and_focused_items(qtbot, demo, tmp_path):
    speech = FakeSpeech()
    win = kiosk(qtbot, demo, tmp_path, speech=speech)
    win.ctx.session.set_profile(Profile(speech=True))
    tap(qtbot, find(win, "Tile-floors"))
    qtbot.waitUntil(lambda: any("층별 안내" in t for t, _ in speech.said))
    said = speech.said[-1][0]
    assert "4층" in said and "1층" in said  # the screen's content, not only its title
    assert speech.said[-1][1] == "ko"
    find(win, "Floor-2F").setFocus(Qt.TabFocusReason)
    assert speech.said[-1][0].startswith("버튼, 2층")
    win.ctx.session.set_language("en")
    qtbot.waitUntil(lambda: speech.said[-1][1] == "en")


def test_speech_stops_on_any_touch_and_resets_with_the_visit(qtbot, demo, tmp_path):
    speech = FakeSpeech()
    win = kiosk(qtbot, demo, tmp_path, speech=speech)
    win.ctx.session.set_profile(Profile(speech=True))
    assert find(win, "SpeechPause").isVisible() and find(win, "SpeechRepeat").isVisible()
    before = speech.stopped
    tap(qtbot, find(win, "Tile-people"))
    assert speech.stopped > before
    win.ctx.voice.change_volume(-0.4)
    assert speech.volume == pytest.approx(0.6)
    win.idle.reset_visit()
    assert speech.volume == 1.0


def test_no_speech_engine_is_said_on_screen(qtbot, demo, tmp_path):
    win = kiosk(qtbot, demo, tmp_path, speech=FakeSpeech(available=False, problem="no audio"))
    tap(qtbot, win.access_button)
    toggle = find(win, "Toggle-speech")
    assert not toggle.isEnabled()
    note = win.access_panel.speech_note
    assert note.isVisible() and win.ctx.desk_phone in note.accessibleName()


@pytest.mark.parametrize("lang, speech, unavailable", [("ko", "음성", "음성 안내 사용 불가"),
                                                      ("en", "speech", "this kiosk cannot speak")])
def test_a_ready_profile_promises_no_speech_the_kiosk_cannot_give(qtbot, demo, tmp_path, lang,
                                                                  speech, unavailable):
    """The ready profiles once said "Speech, use the keypad" under the notice that speech
    was unavailable: a blind visitor's profile promised what the kiosk could not do. Then
    "Use the keypad · no speech", which read as if the profile turned speech off: without
    speech no profile names it, and the panel's note says once that this kiosk cannot."""
    for available in (True, False):
        win = kiosk(qtbot, demo, tmp_path / str(available),
                    speech=FakeSpeech(available=available, problem="" if available else "x"))
        win.ctx.session.set_language(lang)
        tap(qtbot, win.access_button)
        note = win.access_panel.speech_note
        for key in ("low_vision", "blind", "cannot_read"):
            sub = find(win, f"Ready-{key}").subtitle.text()
            assert (speech in sub.lower()) is available, sub
        assert note.isVisible() is not available
        if not available:  # the kiosk's want, not the profile's choice
            assert note.heading.text().lower().startswith(unavailable)


@pytest.mark.parametrize("lang, unavailable", [("ko", "사용할 수 없음"), ("en", "not available")])
def test_a_speech_switch_that_cannot_work_never_says_on(qtbot, demo, tmp_path, lang,
                                                        unavailable):
    """Found on a kiosk without a sound device: "I cannot see" showed speech "on" on a
    disabled switch, and the notice sat out of view at the bottom, out of the keys' reach."""
    win = kiosk(qtbot, demo, tmp_path, speech=FakeSpeech(available=False, problem="no audio"))
    win.ctx.session.set_language(lang)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    focus_on(qtbot, win, "AccessButton")
    keys(qtbot, win, Qt.Key_Return)
    panel = win.access_panel
    note = panel.speech_note
    assert QApplication.focusWidget() is note  # the first control, said first
    shown = QRect(note.mapTo(panel, QPoint(0, 0)), note.size())
    assert panel.panel.geometry().contains(shown)  # in view, not scrolled away
    assert win.ctx.desk_phone in note.accessibleName()
    tap(qtbot, find(win, "Ready-blind"))
    toggle = find(win, "Toggle-speech")
    assert toggle.text().endswith(unavailable) and not toggle.isEnabled()
    assert not panel.slower.isVisible() and not panel.louder.isVisible()  # they cannot work
    keys(qtbot, win, (Qt.Key_8, Qt.KeypadModifier))  # after the touch, keys start at the top
    assert QApplication.focusWidget() is note
    keys(qtbot, win, (Qt.Key_5, Qt.KeypadModifier))  # the notice calls for help
    assert not panel.isVisible() and win.help_overlay.isVisible()


def test_rate_and_volume_are_reached_by_the_keys(qtbot, demo, tmp_path):
    speech = FakeSpeech()
    win = kiosk(qtbot, demo, tmp_path, speech=speech)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    tap(qtbot, win.access_button)
    panel = win.access_panel
    assert not panel.slower.isVisible()  # speech off: nothing to adjust yet
    tap(qtbot, find(win, "Ready-blind"))
    assert find(win, "Toggle-speech").text().endswith("켜짐")
    panel.ready["wheelchair"].setFocus(Qt.TabFocusReason)
    down, select = (Qt.Key_2, Qt.KeypadModifier), (Qt.Key_5, Qt.KeypadModifier)
    for control in (panel.slower, panel.quieter):  # down the panel, scrolled as it goes
        for _ in range(8):
            if QApplication.focusWidget() is control:
                break
            keys(qtbot, win, down)
        assert QApplication.focusWidget() is control
        keys(qtbot, win, select)
    assert speech.rate < 170 and speech.volume < 1.0


def test_countdown_is_spoken(qtbot, demo, tmp_path):
    speech = FakeSpeech()
    win = kiosk(qtbot, demo, tmp_path, speech=speech, **{"idle.timeout": 0.3,
                                                          "idle.countdown": 20})
    win.ctx.session.set_profile(Profile(speech=True))
    with qtbot.waitSignal(win.idle.countdown_started, timeout=3000):
        pass
    assert any("시간이 더 필요하신가요" in t and "40" in t for t, _ in speech.said)


# -- without touch -------------------------------------------------------------------------------
def test_find_a_room_with_keys_only(qtbot, window, demo):
    window.activateWindow()
    focus_on(qtbot, window, "Tile-floors")
    keys(qtbot, window, Qt.Key_Return)
    assert window.route == ("floors",)
    focus_on(qtbot, window, "Floor-2F")
    keys(qtbot, window, (Qt.Key_5, Qt.KeypadModifier))  # the keypad's select key
    assert window.route == ("floor", "2F")
    focus_on(qtbot, window, "")  # the list of places has no name of its own; find it
    view = window.page("floor").list
    view.setFocus()
    keys(qtbot, window, Qt.Key_Down, Qt.Key_Return)
    table, item_id, _ = view.model().items[view.currentIndex().row()]
    # The 2nd floor's first place, the Digital Room, is also the name of the team in it
    # (kiosk/demo/building.toml): the card of the place is theirs, titled with that name.
    assert (table, item_id) == ("rooms", "2F-digital")
    assert window.route == ("card", "departments", "pi-digital-room")
    assert window.title.text() == "디지털자료실"
    keys(qtbot, window, Qt.Key_Escape)
    assert window.route == ("floor", "2F")
    keys(qtbot, window, (Qt.Key_0, Qt.KeypadModifier))
    assert window.route == ("home",)


def test_call_for_help_and_close_it_with_keys(qtbot, window):
    window.activateWindow()
    focus_on(qtbot, window, "HelpButton")
    keys(qtbot, window, Qt.Key_Return)
    assert window.help_overlay.isVisible()
    keys(qtbot, window, Qt.Key_Escape)
    assert not window.help_overlay.isVisible()
    keys(qtbot, window, (Qt.Key_Slash, Qt.KeypadModifier))
    assert window.help_overlay.isVisible()


def test_choose_a_profile_with_keys(qtbot, window):
    window.activateWindow()
    focus_on(qtbot, window, "AccessButton")
    keys(qtbot, window, Qt.Key_Return)
    # This kiosk has no voice: first the notice that says so, the choices under it.
    assert QApplication.focusWidget().objectName() == "SpeechUnavailable"
    keys(qtbot, window, Qt.Key_Down)
    assert QApplication.focusWidget().objectName() == "Ready-wheelchair"
    keys(qtbot, window, Qt.Key_Right, Qt.Key_Return)  # the choice beside it
    assert window.ctx.session.profile.ready == "low_vision"


def test_every_control_has_an_accessible_name(window, demo):
    unnamed = []
    for screen in visit_every_screen(window, demo):
        for b in window.findChildren(QAbstractButton):
            if b.isVisible() and not (b.accessibleName() or b.text()):
                unnamed.append(f"{screen}: {b.objectName()}")
        for v in window.findChildren(QListView):
            if v.isVisible() and v.model().rowCount():
                if not v.model().index(0, 0).data(Qt.AccessibleTextRole):
                    unnamed.append(f"{screen}: rows of {v.objectName()}")
    assert unnamed == []
    assert window.page("floor").plan.accessibleName()


def test_the_speech_engine_loads_only_when_a_visitor_asks(qtbot, window):
    made = []

    def factory():
        made.append(FakeSpeech())
        return made[-1]

    window.ctx.voice.prepare(factory, "")
    assert window.ctx.voice.available and made == []
    window.ctx.session.set_profile(Profile(speech=True))
    assert len(made) == 1
    window.navigate(("floors",))
    qtbot.waitUntil(lambda: bool(made[0].said))
    window.ctx.voice.prepare(factory, "no audio device")  # a later check changes nothing
    assert window.ctx.voice.available


def test_a_quick_check_says_beforehand_that_speech_will_not_work(qtbot, window):
    window.ctx.voice.prepare(FakeSpeech, "no audio device (aplay -l lists no sound card)")
    assert not window.ctx.voice.available
    tap(qtbot, window.access_button)
    assert not find(window, "Toggle-speech").isEnabled()
    assert window.ctx.desk_phone in window.access_panel.speech_note.accessibleName()


def test_find_a_person_and_a_service_with_keys_only(qtbot, window, demo):
    window.activateWindow()
    focus_on(qtbot, window, "Tile-people")
    keys(qtbot, window, Qt.Key_Return)
    departments = window.page("people").list
    departments.setFocus(Qt.TabFocusReason)
    keys(qtbot, window, Qt.Key_Down, Qt.Key_Return)
    assert window.route[0] == "staff"
    people = window.page("staff").list
    people.setFocus(Qt.TabFocusReason)
    keys(qtbot, window, Qt.Key_Down, Qt.Key_Return)
    assert window.route[:2] == ("card", "staff")
    keys(qtbot, window, (Qt.Key_0, Qt.KeypadModifier))
    focus_on(qtbot, window, "Tile-services")
    keys(qtbot, window, Qt.Key_Return)
    services = window.page("services").list
    services.setFocus(Qt.TabFocusReason)
    keys(qtbot, window, Qt.Key_Down, Qt.Key_Return)
    assert window.route[:2] == ("card", "services")


def test_search_with_a_real_keyboard_only(qtbot, window):
    window.activateWindow()
    focus_on(qtbot, window, "Tile-search")
    keys(qtbot, window, Qt.Key_Return)
    page = window.page("search")
    qtbot.keyClicks(QApplication.focusWidget(), "elevator")
    assert page.composer.text == "elevator" and page.model.rowCount() > 0
