"""The directory: what a building holds and where the kiosk keeps it.

Owns the model (floors, rooms, departments, staff, services, amenities, kiosks, the navigation
graph's records), reading `building.toml`, `staff.csv` and spreadsheets (`files.py`,
`sheets.py`, `xlsx_scan.py`), the atomic store (`store.py`; `disk.py` writes and locks files),
the commit marker, the config, bundled paths, a visit's accessibility profile, every
visible string, the kiosk's log file (`log_file.py`) and generated directories for tests and
benchmarks (`synthetic.py`). The bottom layer: it uses no other package of the kiosk, and
never Qt.
"""
