"""paho-mqtt imported without `ssl` and `urllib.request` until a connection needs them, and
with a select() that watches any file descriptor.

paho-mqtt 2.2's client module runs `import ssl` and `import urllib.request` as it loads, TLS
or not; `urllib.request` brings `http.client` and `email`. In an idle kiosk with TLS off that
was 2.8 MB of heap and 3.6 MB RSS for modules nobody calls (docs/performance.md, §2a). What
the client uses of them: `ssl` for TLS connections, and `ssl.SSLWantReadError` /
`SSLWantWriteError` named in the `except` clauses of every socket read and write;
`urllib.request` only to read proxy settings when PySocks is installed.

So `install()` puts a finder first on `sys.meta_path` that answers for `paho.mqtt.client`
alone: it finds the module as the import system would (the same file, spec and loader), and
runs it with its own copy of the builtins whose `__import__` gives the module three stand-ins,
`ssl`, `urllib` and `select`, and imports everything else as usual. No other module sees a
difference, no entry of `sys.modules` is faked, and the import system's own locks guard the
module as before. The stand-ins:

- `ssl`: the real module's attributes, imported on first use (a TLS connection imports it
  before its first socket anyway, through `tls_set_context`). Until some code has imported
  `ssl`, `SSLWantReadError` and `SSLWantWriteError` are an exception class that nothing
  raises: no TLS socket can exist before `ssl` is imported, so the `except` clause cannot miss.
- `urllib`: the real package, whose `request` is imported when first asked for.
- `select`: the real module, but select() waits with poll() (paho_poll.py): select.select
  fails on descriptors numbered 1024 and up, and paho then never connects.
"""
from __future__ import annotations

import builtins
import importlib
import sys

from kiosk.calls.paho_poll import PollSelect

CLIENT = "paho.mqtt.client"
TLS_WAITS = frozenset({"SSLWantReadError", "SSLWantWriteError"})


class _NoTlsSocketYet(Exception):
    """Stands for ssl's 'want read/write' errors while no code has imported ssl."""


class SslOnDemand:
    """paho's `ssl`: the real module's, imported on first use."""

    def __getattr__(self, name: str):
        if name in TLS_WAITS and "ssl" not in sys.modules:
            return _NoTlsSocketYet
        # import_module, not sys.modules: it waits for another thread's import to finish.
        return getattr(importlib.import_module("ssl"), name)


class UrllibOnDemand:
    """paho's `urllib`: the real package, with `request` imported when first asked for."""

    def __getattr__(self, name: str):
        if name == "request":
            return importlib.import_module("urllib.request")
        return getattr(importlib.import_module("urllib"), name)


STAND_INS = {"ssl": SslOnDemand(), "urllib.request": UrllibOnDemand(), "select": PollSelect()}


def _client_import(name, globals=None, locals=None, fromlist=(), level=0):
    """The client module's `__import__`: a stand-in for a plain `import ssl`, `import
    urllib.request` or `import select`, the usual import for everything else."""
    if level == 0 and not fromlist and name in STAND_INS:
        return STAND_INS[name]
    return builtins.__import__(name, globals, locals, fromlist, level)


class LeanLoader:
    """The client module's own loader, run with the builtins above."""

    def __init__(self, loader):
        self._loader = loader

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:
        module.__dict__["__builtins__"] = {**builtins.__dict__, "__import__": _client_import}
        self._loader.exec_module(module)

    def __getattr__(self, name: str):  # get_source, get_code, is_package, ... as the real one
        return getattr(self._loader, name)


class LeanPahoFinder:
    """On `sys.meta_path`: answers for paho.mqtt.client only, as the finders after it would."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname != CLIENT:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = LeanLoader(spec.loader)
                return spec
        return None


def install() -> None:
    """Once, before paho.mqtt.client is first imported (kiosk/calls/__init__.py)."""
    if not any(isinstance(f, LeanPahoFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, LeanPahoFinder())
