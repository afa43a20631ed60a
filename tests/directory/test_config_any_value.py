"""Any value in any setting either loads as a config the kiosk can run with, or is refused
with a ConfigError naming the file and the setting: never another exception, never a value
that would reach the broker's config or the log with a control character in it."""
from __future__ import annotations

import json
import math
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.directory import config

SCALARS = st.one_of(
    st.booleans(),
    st.integers(min_value=-10**30, max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.sampled_from(["", " ", "\n", "a\nb", "a\x07b", "0.0.0.0", "127.0.0.1", "ko", "desk",
                     "-1", "1e308", "x" * 5000]),
)
VALUES = st.one_of(SCALARS, st.lists(SCALARS, max_size=3),
                   st.dictionaries(st.text(max_size=5), st.lists(SCALARS, max_size=2),
                                   max_size=2))


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return "nan" if math.isnan(value) else repr(value).replace("inf", "inf")
    if isinstance(value, str):  # JSON escapes what TOML needs escaped, except DEL
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{toml_value(k)} = {toml_value(v)}"
                           for k, v in value.items()) + "}"


def no_control(value) -> bool:
    texts = ([value] if isinstance(value, str) else list(value) if isinstance(value, list)
             else [*value, *(v for vs in value.values() for v in vs)]
             if isinstance(value, dict) else [])
    return all(unicodedata.category(ch) not in ("Cc", "Zl", "Zp")
               for text in texts if isinstance(text, str) for ch in text)


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(setting=st.sampled_from(config.SETTINGS), value=VALUES)
def test_any_value_loads_valid_or_is_refused_naming_the_setting(setting, value):
    section, name = setting.key.split(".")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kiosk.toml"
        data = "" if setting.key == "data.folder" else f'[data]\nfolder = "{tmp}/data"\n'
        path.write_text(f"{data}[{section}]\n{name} = {toml_value(value)}\n",
                        encoding="utf-8")
        try:
            cfg = config.load(path)
        except config.ConfigError as exc:
            message = str(exc)
            assert str(path) in message and setting.key in message, message
            assert "\n" not in message.rstrip(), message  # one line
            return
    loaded = cfg[setting.key]
    assert isinstance(loaded, setting.type)
    assert no_control(loaded), f"{setting.key} = {loaded!r} loaded"
    if isinstance(loaded, (int, float)) and not isinstance(loaded, bool):
        assert math.isfinite(loaded)
        assert setting.minimum is None or loaded >= setting.minimum
        assert setting.maximum is None or loaded <= setting.maximum
    if setting.key == "broker.listen":
        assert loaded.strip(), "an empty broker.listen loaded"
