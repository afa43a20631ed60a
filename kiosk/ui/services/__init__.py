"""QObject adapters between the capabilities and the screens, holding their signals: the
visit (`session.py`), calls, voice, the USB and directory watches, idle reset, keypad,
input events, off-thread work, the lockdown (`lockdown.py`) and the return home after an
error (`recovery.py`). Screens subscribe to them and never poll."""
