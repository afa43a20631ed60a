"""The frozen build's entry script (kiosk.spec). PyInstaller runs its entry script as a
top-level module outside the package; this script imports the package by name, as
`python -m kiosk` does."""
import sys

from kiosk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
