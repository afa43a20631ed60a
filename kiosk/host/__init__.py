"""The machine the kiosk runs on, as the kiosk's own code meets it: the environment its
system programs are started with (`system_env.py`: Mosquitto, aplay, fc-list,
systemd-analyze see the system's libraries, not the one-folder build's).

The bottom layer: it uses no other package of the kiosk, and never Qt.
"""
