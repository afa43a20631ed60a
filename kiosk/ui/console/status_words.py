"""What the console window says of its own state, in the attendant's language: its
connection to the broker (and why not), its chime, the kiosks that are offline, since when
today's history counts, and the line under the open calls about the selected one. Pure
functions of the state they are given; the window (window.py) puts the words on its labels.
"""
from __future__ import annotations

import time

from kiosk.calls.call import Call
from kiosk.directory.strings import tr
from kiosk.ui.console import rows
from kiosk.ui.console.moments import moment_text

# calls/link.py's problem_code -> what the console says (strings_console_reasons.py)
CONNECTION_REASONS = {"not_started": "console.reason.not_started",
                      "connecting": "console.reason.connecting",
                      "refused": "console.reason.refused", "lost": "console.reason.lost",
                      "unreachable": "console.reason.unreachable",
                      "stopped": "console.reason.stopped"}
# The chime's problems (chime.py), as keys, and what the console says of each
NO_DEVICE, CANNOT_PLAY = "no_device", "cannot_play"
SOUND_PROBLEMS = {NO_DEVICE: "console.sound.no_device", CANNOT_PLAY: "console.sound.cannot_play"}


def connection(snap, server: str, lang: str) -> tuple[str, str, str]:
    """(the banner's words, the status line's, its state "ok" or "bad"). The reason in the
    console's language from a table of known reasons; the transport's own words (English,
    as in the log) only as the detail on the status line."""
    reason = tr(CONNECTION_REASONS.get(snap.problem_code, "console.reason.unknown"), lang)
    banner = tr("console.disconnected.banner", lang, reason=reason)
    if snap.connected:
        status = tr("console.connected", lang) + (f" ({server})" if server else "")
        return banner, status, "ok"
    status = tr("console.disconnected", lang, reason=reason)
    if snap.problem:
        status += " · " + tr("console.reason.detail", lang, detail=snap.problem)
    return banner, status, "bad"


def sound(problem: str, lang: str) -> tuple[str, str]:
    """(the banner's words, "" when the chime can sound; the status bar's)."""
    if not problem:
        return "", tr("console.sound.on", lang)
    why = tr(SOUND_PROBLEMS.get(problem, "console.sound.cannot_play"), lang)
    return tr("console.sound.unavailable", lang, reason=why), tr("console.sound.off", lang)


def kiosks(snap, lang: str) -> tuple[str, str]:
    """(the kiosks' panel's words, its state "ok", "bad" or "")."""
    offline = sorted(k for k, online in snap.kiosks.items() if not online)
    if not snap.connected:
        return tr("console.kiosks.unknown", lang), "bad"
    if not snap.kiosks:
        return tr("console.kiosks.none", lang), ""
    if not offline:
        return tr("console.kiosks.all_online", lang, n=len(snap.kiosks)), "ok"
    return tr("console.kiosks.offline", lang, n=len(offline)) + "\n" + "\n".join(
        f"✕ {rows.kiosk_label(k, snap.places, lang)}" for k in offline), "bad"


def history(started: float, now: float, lang: str) -> tuple[str, str]:
    """(today's history's heading, what it says when empty): on the day the console started
    it says since when it knows (it holds only the calls it heard close); from the next day
    on, by the calendar at `now`, it has listened all day."""
    if time.localtime(started)[:3] == time.localtime(now)[:3]:
        since = moment_text(started, now, lang)
        return (tr("console.today.since", lang, time=since),
                tr("console.today.none.since", lang, time=since))
    return tr("console.today", lang), tr("console.today.none", lang)  # listening since before


def selected(call: Call | None, problem: str, connected: bool, places, open_calls,
             lang: str) -> list[str]:
    """The line under the open calls: an action that failed, else the selected call, then
    shorter ways to say it (without the other visitors there, without the need) for a
    narrow window or large text: the row above says it whole, the line says which it is."""
    if problem:
        return [tr("console.action_failed", lang, reason=problem)]
    if call is None:
        return [tr("console.select", lang)]
    where = rows.where(call, places, lang)
    offline = " — " + tr("console.actions.offline", lang) if not connected else ""
    return [tr("console.selected", lang, call=" · ".join(parts)) + offline
            for parts in ((where, rows.need_line(call, open_calls, lang)),
                          (where, rows.need_text(call, lang)), (where,))]
