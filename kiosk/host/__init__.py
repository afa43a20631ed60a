"""The machine the kiosk runs on, as the kiosk's own code meets it: the environment its
system programs are started with (`system_env.py`: Mosquitto, aplay, fc-list,
systemd-analyze see the system's libraries, not the one-folder build's), and the memory it
lends (`heap.py`: glibc's heap limits and free pages, `file_pages.py`: the clean pages of
the code and fonts it mapped).

The bottom layer: it uses no other package of the kiosk, and never Qt.
"""
