"""PySide6 reads every module's source once; this keeps it from holding on to it.

PySide6 6.11's `__feature__` support checks every module imported after PySide6 for the word
"PySide6" in its source (`shibokensupport.feature._mod_uses_pyside`, run from its `__import__`
hook). It reads that source with `inspect.getsource`, which goes through `linecache`, and
`linecache` keeps every line it read for the rest of the run: 6.6 MB of a running kiosk
started from source (docs/performance.md, §2a). The deployed one-folder build has no sources.

Emptying `linecache` afterwards is not safe: `linecache.getlines` tests for a key and then
reads it, so another thread's import (the call system starts in one) could meet a KeyError,
which PySide's check does not catch. So the check itself is replaced, once, right after
PySide6 is imported, by one that asks the module's loader for the source (what linecache
asks too) and keeps nothing. Same answer for every module; the kiosk never selects a feature,
so the answer only decides whether PySide would switch features for the module. Replacing a
module attribute is one atomic store, and the new check is a pure function: no thread can see
a half-done state. A PySide6 without this check is left as it is
(tests/ui/test_pyside_sources.py fails then, so that a new version is looked at).
"""
from __future__ import annotations

import sys

import PySide6  # noqa: F401  (installs the support code whose check is replaced below)

FEATURE_MODULE = "shibokensupport.feature"


def uses_pyside(module) -> bool:
    """Whether the module's source mentions PySide6, read through its loader and not kept.
    No source (a built-in, an extension, a build without sources): False, as PySide's own."""
    spec = getattr(module, "__spec__", None)
    get_source = getattr(getattr(spec, "loader", None), "get_source", None)
    if get_source is None:
        return False
    try:
        source = get_source(spec.name)
    except (ImportError, OSError, SyntaxError, UnicodeDecodeError, TypeError, ValueError):
        return False
    return isinstance(source, str) and "PySide6" in source


def keep_no_sources() -> bool:
    """Put `uses_pyside` in place of PySide's check; False when this PySide6 has none."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    return True


keep_no_sources()
