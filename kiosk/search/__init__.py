"""Search: Hangul in the form visitors type it (`hangul.py`), the 2-set (두벌식) composer of
the on-screen keyboard (`hangul_input.py`), the index over names, rooms, duties and service
keywords (`index.py`) and what the kiosk answers about an entry (`answers.py`).

May use kiosk.directory; never Qt.
"""
