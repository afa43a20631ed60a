"""The frozen build's entry script (kiosk.spec). PyInstaller runs its entry script as a
top-level module, where kiosk/__main__.py's relative imports cannot resolve; this script
imports the package by name instead."""
import sys

from kiosk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
