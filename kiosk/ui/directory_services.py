"""What the kiosk's context derives from its directory: the search index and the router, each
built on first use, and the switch that points the context at another directory.

They live apart from the composition root (kiosk/ui/app.py) because two moments need the same
makers: the kiosk's start, which builds the context around the directory it opened, and a
directory update (the staff screen, or a commit watched from a terminal), which replaces the
directory and everything made from it while the kiosk runs. Neither may build an index or a
router before a visitor asks for one (docs/performance.md, §1).
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kiosk.directory import config as config_module
from kiosk.directory.config import kiosk_position
from kiosk.directory.directory import Directory
from kiosk.directory.model import Kiosk

if TYPE_CHECKING:
    from kiosk.search.index import SearchIndex
    from kiosk.ui.window import KioskWindow


def search_index_for(directory: Directory):
    """The directory's search index, built on first use (the kiosk builds it after the first
    frame)."""
    def make():
        from kiosk.search.index import SearchIndex
        return SearchIndex(directory)
    return lru_cache(maxsize=1)(make)


def wayfinder_for(directory: Directory, kiosk: Kiosk | None):
    """The directory's router from this kiosk, built on first use: opening the kiosk need not
    wait for it."""
    def make():
        from kiosk.wayfinding.wayfinder import Wayfinder
        return Wayfinder(directory, kiosk)
    return lru_cache(maxsize=1)(make)


def switch_directory(window: KioskWindow, directory: Directory, cfg: config_module.Config,
                     index: SearchIndex | None = None) -> None:
    """Show `directory` from now on (after a directory update): the context points at it and
    every screen is built again from it, starting at home. `index`: its search index if
    already built (off the GUI thread), else built on first search."""
    ctx = window.ctx
    ctx.kiosk = kiosk_position(directory, cfg)  # raises before anything changed, if placeless
    ctx.directory = directory
    ctx.desk_phone = directory.desk_phone()
    ctx.wayfinder = wayfinder_for(directory, ctx.kiosk)
    ctx.search_index = (lambda: index) if index is not None else search_index_for(directory)
    window.rebuild_pages()
    # The consoles name this kiosk by its place: an update that renames it says so at once.
    from kiosk.ui.call_system import kiosk_place
    ctx.calls.relocate(ctx.kiosk.floor, kiosk_place(directory, ctx.kiosk))
