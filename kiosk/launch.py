"""The frozen build's entry script (kiosk.spec). PyInstaller runs its entry script as a
top-level module outside the package; this script imports the package by name, as
`python -m kiosk` does."""
import sys

# What the bootloader and its runtime hooks imported before the kiosk's first line: the
# self-test checks that none of them loads Qt or what the start does not need (kiosk.spec).
BOOT_MODULES = frozenset(sys.modules)

from kiosk.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
