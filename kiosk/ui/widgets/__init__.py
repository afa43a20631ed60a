"""Parts shared by the screens: labels and buttons (`basic.py`), header and footer
(`chrome.py`), dialogs over a screen (`overlays.py`), the one list model and delegate
(`answer_list.py`, `answer_row.py`), the one place text is fitted (`text_fit.py`), the
keyboard, floor plans, routes, photos and QR codes."""
