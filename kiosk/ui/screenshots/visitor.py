"""Render every screen offscreen to PNG, in Korean and English, landscape and portrait, so
anyone can look at the kiosk without one (`python -m kiosk screenshots DIR`). The staff
screen's steps are rendered by ui/screenshots/staff.py, on a copy of the directory."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.calls.note_box import KioskNotes, NoteBox
from kiosk.directory.accessibility import DEFAULT, Profile
from kiosk.directory.directory import Directory
from kiosk.directory.store import Store
from kiosk.ui.screenshots.desk import PicturedDesk
from kiosk.ui.screenshots.visit import no_call_states

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def _settle() -> None:
    app = QApplication.instance()  # kept alive by render_all
    for _ in range(3):  # a layout request may post another (a scroll bar that appears)
        app.processEvents()
        app.sendPostedEvents()


def scenes(directory: Directory) -> list[tuple[str, tuple, str]]:
    """(name, route, search text) of every screen worth looking at. A directory may lack any
    table a bundle allows to be empty (no staff, no services): its screens are left out."""
    desk = next((r for r in directory.rooms if r.kind == "desk"),
                directory.rooms[0] if directory.rooms else None)
    dept = next((d for d in directory.departments if directory.staff_in(d.id)), None)
    person = directory.staff_in(dept.id)[0] if dept is not None else None
    service = max(directory.services, key=lambda s: len(s.items), default=None)
    out = [("home", ("home",), ""), ("floors", ("floors",), "")]
    out += [(f"floor-{f.id}", ("floor", f.id), "") for f in directory.floors_top_down()]
    if desk is not None:
        out.append(("card-room", ("card", "rooms", desk.id), ""))
    out.append(("people", ("people",), ""))
    if person is not None:
        out += [("staff-list", ("staff", dept.id), ""),
                ("card-person", ("card", "staff", person.id), ""),
                ("card-department", ("card", "departments", dept.id), "")]
    out.append(("services", ("services",), ""))
    if service is not None:
        out.append(("card-service", ("card", "services", service.id), ""))
    out += [("tables", ("tables",), ""), ("pledges", ("pledges",), ""),
            ("notices", ("notices",), "")]
    out += [
        ("search-empty", ("search",), ""),
        ("search-ko", ("search",), "대출증"),
        ("search-initials", ("search",), "ㅈㅎㅈㅂ"),
        ("search-en", ("search",), "library card"),
    ]
    if directory.amenities:
        out.append(("card-amenity", ("card", "amenities", directory.amenities[0].id), ""))
    top = directory.floors_top_down()[0]
    upstairs = next((r for r in directory.rooms_on(top.id) if r.kind == "office"), None)
    if upstairs is not None and directory.nav_nodes:
        out.append(("route-upstairs", ("route", "rooms", upstairs.id), ""))
        if person is not None:
            out.append(("route-person", ("route", "staff", person.id), ""))
    return out


def tour(window, directory: Directory):
    """Puts `window` in each state worth looking at, in turn (every scene, then the help,
    idle and accessibility dialogs over home, then the end of a visit: feedback cards, the
    question, a guide where no step-free way exists; then a message left for someone away),
    and yields its name while it shows. The screenshots and the tests that check every screen
    walk the same tour. The call buttons and Help show what the window's transport allows:
    where a call can go, Help's call is cancelled once pictured, so no later screen shows one
    open."""
    for name, route, text in scenes(directory):
        window.navigate(route)
        if route[0] == "search":  # as a new visitor finds it, keys in their script
            window.page("search").reset()
            window.page("search").set_query(text)
        if route[0] == "route":
            window.page("route").map.finish_animation()  # the whole way drawn
        _settle()
        yield name
    window.navigate(("home",))
    idle = window.idle.overlay
    for name, overlay in (("help", window.help_overlay), ("idle", idle),
                          ("access", window.access_panel)):
        if overlay is idle:
            idle.remaining = window.idle.countdown_s
        overlay.open()
        _settle()
        yield name
        overlay.close_overlay()
        if overlay is window.help_overlay and overlay.call_id is not None:
            window.ctx.calls.cancel(overlay.call_id)  # the tour's call: none open after it
    from kiosk.ui.screenshots.messages import message_states
    from kiosk.ui.screenshots.visit import visit_end_states
    yield from visit_end_states(window, _settle)
    yield from message_states(window, _settle)


def render_all(directory: Directory, cfg, out_dir: Path, langs=("ko", "en"),
               sizes=SIZES, profile: Profile = DEFAULT) -> list[Path]:
    from kiosk.ui.app import build

    app = QApplication.instance() or QApplication([])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    suffix = "".join(part for part, on in ((f"zoom{round(profile.zoom * 100)}-",
                                             profile.zoom != 1.0),
                                            ("contrast-", profile.high_contrast),
                                            ("low-", profile.low_position)) if on)
    # The sample message and feedback cards are kept in a temporary store, as the kiosk keeps
    # them until a desk has them: the confirmations are the ones a visitor sees.
    folder = Path(tempfile.mkdtemp(prefix="kiosk-shots-"))
    try:
        with Store(folder) as store:
            for shape, (width, height) in sizes.items():
                # A kiosk whose desk can be called, then one with no call system.
                for alerts in (PicturedDesk(cfg["kiosk.id"]), None):
                    window = build(directory, cfg, alerts=alerts)
                    window.ctx.messages.attach(KioskNotes(cfg["kiosk.id"], NoteBox(store)))
                    window.resize(width, height)
                    window.show()
                    for lang in langs:
                        window.ctx.session.set_language(lang)
                        window.ctx.session.set_profile(profile)
                        states = (tour(window, directory) if alerts is not None
                                  else no_call_states(window, _settle))
                        for name in states:
                            written.append(_save(
                                window, out_dir / f"{shape}-{lang}-{suffix}{name}.png"))
                    window.close()
                    window.deleteLater()
                    _settle()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if directory.staff:  # the staff screen's sample update changes people it needs
        from kiosk.ui.screenshots.staff import render_staff
        written += render_staff(directory, cfg, out_dir, langs, sizes, profile, suffix)
    from kiosk.ui.screenshots.messages import render_console
    written += render_console(directory, out_dir, langs, sizes, suffix, profile)
    del app
    return written


def _save(window, path: Path) -> Path:
    window.grab().save(str(path))
    return path
