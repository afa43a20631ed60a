"""The kiosk's home screen as one static HTML page, for the Chromium peer (bench_peer.py).

What a site without this kiosk would show instead: the same words from the same directory
(the header's title and language button, the greeting, the building's name, the four tiles
with their subtitles, the note under them, the footer's buttons, "you are here" and the help
button with the desk's number), in Korean, in the same Hangul font (kiosk.ui.theme's
families, which Chromium finds through fontconfig as Qt does), at 1920x1080, in the same
colours. No script, no image: the cheapest page that shows this content, so the comparison
is kind to Chromium.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from kiosk.directory.config import Config
from kiosk.directory.directory import Directory
from kiosk.directory.strings import tr
from kiosk.ui.theme import FONT_FAMILIES

TILES = (("home.floors", "home.floors.sub"), ("home.people", "home.people.sub"),
         ("home.search", "home.search.sub"), ("home.services", "home.services.sub"))

STYLE = """
html, body { margin: 0; height: 100%; }
body { font-family: FAMILIES; background: #f5f3ee; color: #1d1d1f; display: flex;
       flex-direction: column; width: 1920px; height: 1080px; overflow: hidden; }
header, footer { background: #1f4e79; color: #fff; display: flex; align-items: center;
                 gap: 16px; padding: 8px 16px; }
header h1 { flex: 1; font-size: 36px; margin: 0; }
button { font: inherit; font-size: 30px; font-weight: bold; color: #fff; background: #1f4e79;
         border: 2px solid #fff; border-radius: 12px; padding: 12px 24px; }
main { flex: 1; display: flex; flex-direction: column; padding: 28px 56px; gap: 14px; }
.greeting { font-size: 64px; font-weight: bold; text-align: center; margin: auto 0 0; }
.muted { font-size: 30px; color: #4f4a45; text-align: center; margin: 0; }
.tiles { flex: 4; display: grid; grid-template-columns: 1fr 1fr; gap: 28px; margin-top: auto; }
.tile { background: #1f4e79; color: #fff; border-radius: 24px; padding: 20px 36px;
        display: flex; flex-direction: column; justify-content: center; text-align: left; }
.tile b { font-size: 48px; } .tile span { font-size: 28px; font-weight: normal; }
.here { flex: 2; font-size: 26px; }
.help { flex: 2; background: #b3261e; border-color: #b3261e; display: flex;
        flex-direction: column; align-items: center; padding: 6px 20px; }
.help span { font-size: 24px; font-weight: normal; }
"""


def home_html(directory: Directory, lang: str = "ko") -> str:
    """The home screen's content as an HTML document."""
    families = ", ".join(f'"{f}"' if " " in f or f[0].isupper() else f for f in FONT_FAMILIES)
    building = directory.building
    kiosk = directory.kiosk(Config({})["kiosk.id"])
    here = ""
    if kiosk is not None:
        floor = directory.floor(kiosk.floor)
        here = f"{tr('you_are_here', lang)}: {floor.name.get(lang)} · {kiosk.name.get(lang)}"
    tiles = "\n".join(f'<button class="tile"><b>{escape(tr(title, lang))}</b>'
                      f'<span>{escape(tr(sub, lang))}</span></button>' for title, sub in TILES)
    phone = tr("help.button.desk", lang, phone=directory.desk_phone())
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=1920, height=1080">
<title>{escape(tr("app.title", lang))}</title>
<style>{STYLE.replace("FAMILIES", families)}</style></head>
<body>
<header><h1>{escape(tr("app.title", lang))}</h1><button>{escape(tr("lang.switch", lang))}</button>
</header>
<main>
<p class="greeting">{escape(tr("home.greeting", lang))}</p>
<p class="muted">{escape(building.name.get(lang))}</p>
<div class="tiles">
{tiles}
</div>
<p class="muted">{escape(building.sample_note.get(lang))}</p>
</main>
<footer><button>{escape(tr("access.button", lang))}</button>
<button>{escape(tr("access.low", lang))}</button>
<span class="here">{escape(here)}</span>
<button class="help">{escape(tr("help.button", lang))}<span>{escape(phone)}</span></button>
</footer>
</body></html>
"""


def write_home_page(directory: Directory, folder: Path, lang: str = "ko") -> Path:
    path = folder / "home.html"
    path.write_text(home_html(directory, lang), encoding="utf-8")
    return path
