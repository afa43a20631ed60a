"""QObject adapters between the capabilities and the screens, holding their signals: the
visit (`session.py`), calls, voice, the USB and directory watches, idle reset, keypad,
input events, off-thread work. Screens subscribe to them and never poll."""
