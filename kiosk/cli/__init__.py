"""The command line: one module per command of `python -m kiosk`.

Each module has `add_parser(sub)`, which adds its sub-command to the parser, and the function
that runs it; `kiosk/__main__.py` only builds the parser from them. A command imports what it
needs when it runs, so `find` never loads Qt and `--help` loads nothing. May use every other
package; nothing imports the command line.
"""
