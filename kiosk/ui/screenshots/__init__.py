"""Every screen rendered offscreen to PNG (`python -m kiosk screenshots`): the visitors'
screens (`visitor.py`) and the staff screen's steps (`staff.py`)."""
