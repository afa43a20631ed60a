"""The colours of the demo floor plans: light fills, dark grey walls and pictograms. One
source for the drawing tool (kiosk.tools.draw_floorplans) and the plan's key on screen
(kiosk.ui.widgets.plan_legend), so the key shows the pictograms as the plans draw them."""
from __future__ import annotations

WALL = "#4a4a4a"
LINE = "#8f897e"      # steps, door swings, furniture outlines
ICON = "#6b6b6b"      # pictograms
SERVICE = "#dcd7cd"   # space that is no room: shafts, storage
FILL = {
    "hall": "#fbfaf6", "entrance": "#fbfaf6", "office": "#f4f1ea", "reading_room": "#eef2e6",
    "meeting": "#f1eef4", "lounge": "#f6efe4", "desk": "#f7eedc", "service_window": "#f7eedc",
    "toilet": "#e8eff3", "elevator": "#e9e6df", "stairs": "#e9e6df",
}
SHELF = "#dcdfd0"
COUNTER = "#dccdb0"
