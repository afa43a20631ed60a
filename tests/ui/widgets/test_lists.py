"""Long lists: one model and delegate, rows painted not built, photos decoded lazily."""
from __future__ import annotations

from kiosk.directory import config
from kiosk.directory.synthetic import generate
from kiosk.ui.app import build
from kiosk.ui.screens.people import EVERYONE
from kiosk.ui.widgets.answer_list import AnswerListModel
from kiosk.ui.widgets.answer_row import staff_photos


def test_model_passes_qt_model_tester(qtmodeltester, window, demo):
    model = AnswerListModel(window.ctx)
    model.set_items(("staff", s.id, "") for s in demo.staff)
    qtmodeltester.check(model)


def test_rows_follow_the_language(qtbot, window, demo):
    model = AnswerListModel(window.ctx)
    person = demo.staff[0]
    model.set_items([("staff", person.id, "")])
    assert model.answer(0).name == person.name.ko
    window.ctx.session.set_language("en")
    assert model.answer(0).name == person.name.en


def test_five_thousand_staff_scroll_with_photos_decoded_on_demand(qtbot, tmp_path):
    directory = generate(staff=5000, rooms=1000)
    win = build(directory, config.Config({"data.folder": str(tmp_path)}))
    qtbot.addWidget(win)
    win.resize(1080, 1920)
    win.show()
    win.navigate(("staff", EVERYONE))
    page = win.page("staff")
    view = page.list
    assert page.model.rowCount() == 5000
    assert not [w for w in view.findChildren(type(page.heading))]  # no widget per row
    qtbot.wait(10)
    made = len(page.model._answers)
    assert 0 < made < 60  # only the rows on screen were described
    bar = view.verticalScrollBar()
    for step in range(0, bar.maximum(), bar.maximum() // 20):
        bar.setValue(step)
        view.viewport().repaint()
    bar.setValue(bar.maximum())
    view.viewport().repaint()
    last = page.model.answer(4999)
    assert last.name == directory.staff[-1].name.ko
    assert len(page.model._answers) < 5000 // 2


def test_photo_cache_decodes_once_and_stays_bounded(demo):
    cache = staff_photos(size=3)
    photos = [p.photo for p in demo.staff[:5]]
    first = cache.get(photos[0], 96)
    assert first is not None and first.width() == first.height() == 96
    assert cache.get(photos[0], 96) is first
    for name in photos:
        cache.get(name, 96)
    assert len(cache._cache) == 3
    assert cache.get("missing.png", 96) is None
