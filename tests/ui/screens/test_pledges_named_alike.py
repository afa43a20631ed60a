"""The home tile and the screen it opens call the charter's pledges by one name."""
from __future__ import annotations

import pytest
from helpers import find, tap


@pytest.mark.parametrize("lang", ("ko", "en"))
def test_the_tile_and_the_screen_it_opens_agree(qtbot, window, lang):
    window.ctx.session.set_language(lang)
    tile = find(window, "Tile-pledges")
    words = tile.accessibleName() or tile.text()
    tap(qtbot, tile)
    assert window.route == ("pledges",)
    title = window.page("pledges").title()
    assert title in words, f"the tile says {words!r}, the screen {title!r}"
