"""Wayfinding: the navigation graph (`graph.py`) with its A* bounds (`bounds.py`) and checks
(`checks.py`), routes from "you are here" (`wayfinder.py`, `route.py`), their numbered steps
(`directions.py`), the checks of a building's numbers (`number_checks.py`), floor plans' checks
(`plan_check.py`), units (`plan_box.py`) and colours (`plan_colours.py`; turned dark for high
contrast by `plan_dark.py`), and generated buildings for tests and benchmarks (`synthetic.py`).

May use kiosk.directory and kiosk.search (place names in directions); never Qt.
"""
