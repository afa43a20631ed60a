"""Kiosk settings: one TOML file, every setting declared once with type, default and meaning.

Looked up in this order: --config PATH, $KIOSK_CONFIG, the platform's user config folder
(`kiosk.toml`). Only the last may be missing (all defaults); a file named by --config or
$KIOSK_CONFIG must be there. A malformed one is refused with a message naming the file, the
setting and the fix, never half-applied (the checks across settings: config_checks.py).
"""
from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.directory import config_checks as checks
from kiosk.directory.config_checks import ConfigError
from kiosk.directory.model import Kiosk
from kiosk.directory.user_file import CONFIG_LIMIT, UserFileError, read_text

if TYPE_CHECKING:
    from kiosk.directory.directory import Directory


APP_NAME = "library-kiosk"


@dataclass(frozen=True)
class Setting:
    key: str  # "section.name"
    type: type
    default: Any
    help: str
    choices: tuple = ()
    minimum: float | None = None
    maximum: float | None = None


SETTINGS = (
    Setting("kiosk.id", str, "lobby", "Which kiosk of the directory this is (its 'you are here')."),
    Setting("kiosk.floor", str, "", "Override the kiosk's floor id (empty: from the directory)."),
    Setting("kiosk.x", float, -1.0, "Override the kiosk's x on the floor plan (-1: directory)."),
    Setting("kiosk.y", float, -1.0, "Override the kiosk's y on the floor plan (-1: directory)."),
    Setting("language.default", str, "ko", "Language after start and after each idle reset.",
            choices=("ko", "en")),
    Setting("idle.timeout", float, 60.0, "Seconds without a touch before the kiosk asks "
            "'Need more time?'.", minimum=5, maximum=3600),
    Setting("idle.countdown", float, 20.0, "Seconds the 'Need more time?' question stays "
            "before the kiosk returns home (at least 20: time to hear it and answer).",
            minimum=20, maximum=600),
    Setting("screen.diagonal", float, 32.0, "The touchscreen's diagonal in inches (sizes "
            "touch targets in millimetres).", minimum=7, maximum=120),
    Setting("screen.bottom", float, 700.0, "Height of the screen's bottom edge above the "
            "floor in mm (places the low-position band).", minimum=0, maximum=2500),
    Setting("data.folder", str, "", "Where the kiosk keeps its data (empty: the platform's "
            "user data folder)."),
    Setting("broker.managed", bool, True, "Start and supervise the kiosk's own Mosquitto "
            "(consoles connect to this PC); false: use the broker at broker.host."),
    Setting("broker.host", str, "127.0.0.1", "The external MQTT broker's host name or address "
            "(ignored when managed: the kiosk uses its own broker)."),
    Setting("broker.port", int, 1883, "MQTT port: the managed broker listens on it, or the "
            "external broker's port (8883 is usual with TLS).", minimum=1, maximum=65535),
    Setting("broker.tls", bool, False, "TLS between kiosk, consoles and broker: the external "
            "broker's, or the kiosk's own (its listener then needs broker.ca_file, "
            "broker.cert_file and broker.key_file)."),
    Setting("broker.ca_file", str, "", "CA certificate file (PEM) that signed the broker's "
            "certificate (empty, external broker only: the system's CAs)."),
    Setting("broker.cert_file", str, "", "The kiosk's own broker's TLS certificate (PEM); it "
            "must name the addresses clients use (127.0.0.1 for this kiosk, the LAN address "
            "or host name for desk PCs)."),
    Setting("broker.key_file", str, "", "The private key (PEM) of broker.cert_file."),
    Setting("broker.desk_host", str, "", "The host name or address by which desk PCs reach "
            "the kiosk's own broker, written into the account files of 'attendant enrol' "
            "(empty: broker.listen when that is one address, else give --broker)."),
    Setting("broker.account_file", str, "", "A console's account file, made on the kiosk PC by "
            "'attendant enrol' (a desk PC's console reads its broker and login from it)."),
    Setting("broker.username", str, "", "This device's account on the external broker: a "
            "kiosk's is its kiosk.id, a console's its console id (when managed, the generated "
            "accounts in <data folder>/broker/credentials.toml are used)."),
    Setting("broker.password", str, "", "Password on the external broker."),
    Setting("broker.listen", str, "0.0.0.0", "The address the managed broker listens on: "
            "\"0.0.0.0\" every interface (console PCs at the desk connect), \"127.0.0.1\" "
            "this PC only (a console on the kiosk PC), or one LAN address of this PC."),
    Setting("broker.consoles", list, ["desk"], "The managed broker's console accounts, one "
            "per attendant console (its id on the broker), e.g. [\"desk-1\", \"desk-2\"]; "
            "their passwords are in <data folder>/broker/credentials.toml."),
    Setting("broker.keepalive", int, 10, "Seconds between MQTT keepalives; the other side "
            "learns that this one went offline after about 1.5 times this.",
            minimum=2, maximum=60),  # calls/wire_check.py MAX_EVERY
    Setting("broker.console_departments", dict, {}, "Which departments' messages each "
            "console reads: console id -> department (or team) ids, e.g. "
            "{ desk-2 = [\"ga-admin\"] }; a console not named reads every department's."),
    Setting("bundle.public_key", str, "", "The site's Ed25519 public key for directory "
            "bundles: the line of the .pub file from 'bundle keygen', or that file's path. "
            "Set: only bundles signed with its private key are accepted. Empty: unsigned "
            "bundles are accepted with a warning."),
    Setting("usb.watch", bool, True, "Watch for a USB stick holding a directory update; "
            "putting one in opens the staff screen behind the staff PIN."),
    Setting("usb.roots", list, [], "Extra folders where sticks appear as sub-folders, "
            "besides the system's mounted volumes (e.g. [\"/media/kiosk\"])."),
    Setting("messages.retention_days", int, 7, "Days a visitor's message (name, phone) is "
            "kept at most; it is destroyed sooner, once the callback is done. The consent "
            "screen states it.", minimum=1, maximum=90),
    Setting("route.base_url", str, "", "Web address the route screen's QR code points to, "
            "with the route in its query (e.g. \"https://library.example/way\"). Empty: the "
            "QR code holds the directions as plain text, readable on any phone offline."),
)
_BY_KEY = {s.key: s for s in SETTINGS}


@dataclass(frozen=True)
class Config:
    values: dict = field(default_factory=dict)
    path: Path | None = None

    def __getitem__(self, key: str) -> Any:
        return self.values.get(key, _BY_KEY[key].default)

    @property
    def data_dir(self) -> Path:
        folder = self["data.folder"]
        if folder:
            return Path(folder).expanduser()
        import platformdirs  # only here: a kiosk PC's config names its folders (~3 ms a start)

        return Path(platformdirs.user_data_dir(APP_NAME))


def default_path() -> Path:
    env = os.environ.get("KIOSK_CONFIG")
    if env:
        return Path(env)
    import platformdirs  # only here: a kiosk PC names its config file (KIOSK_CONFIG)

    return Path(platformdirs.user_config_dir(APP_NAME)) / "kiosk.toml"


# A type's name as staff read it, not Python's.
_TYPE_WORDS = {int: "a whole number", float: "a number", str: "text in quotes",
               bool: "true or false", list: 'a list of texts, e.g. ["a", "b"]',
               dict: "a table, e.g. { name = [\"a\"] }"}


def _check(setting: Setting, value: Any, where: str) -> Any:
    if setting.type is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, setting.type) or isinstance(value, bool) != (setting.type is bool):
        raise ConfigError(f"{where}: {setting.key} must be {_TYPE_WORDS[setting.type]}, "
                          f"got {checks.shown(value)}. {setting.help}")
    if setting.type is dict and not all(
            isinstance(v, list) and all(isinstance(d, str) for d in v) for v in value.values()):
        raise ConfigError(f"{where}: {setting.key} must name a list of texts for each key, "
                          f"got {checks.shown(value)}. {setting.help}")
    if setting.type is list and not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {setting.key} must be {_TYPE_WORDS[list]}, got "
                          f"{checks.shown(value)}. {setting.help}")
    if setting.choices and value not in setting.choices:
        raise ConfigError(f"{where}: {setting.key} must be one of "
                          f"{', '.join(map(str, setting.choices))}, got "
                          f"{checks.shown(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"{where}: {setting.key} must be a finite number, got "
                          f"{checks.shown(value)}")
    for bound, word, outside in ((setting.minimum, "least", lambda b: value < b),
                                 (setting.maximum, "most", lambda b: value > b)):
        if bound is not None and outside(bound):
            raise ConfigError(f"{where}: {setting.key} must be at {word} {bound:g}, got "
                              f"{checks.shown(value)} (default {setting.default:g}). "
                              f"{setting.help}")
    checks.check_text(setting.key, value, where)
    if setting.key == "route.base_url" and value:
        _check_web_address(value, setting, where)
    return value


ROUTE_URL_LENGTH = 300  # characters; with the route's query the QR code stays large to scan


def _check_web_address(value: str, setting: Setting, where: str) -> None:
    from urllib.parse import urlsplit

    shown = value if len(value) <= 80 else f"{value[:80]}… ({len(value)} characters)"
    fix = 'e.g. "https://library.example/way"; empty for the steps as text'
    if len(value) > ROUTE_URL_LENGTH:
        raise ConfigError(f"{where}: {setting.key} must be at most {ROUTE_URL_LENGTH} "
                          f"characters, short enough for the route's QR code ({fix}); got "
                          f"{shown!r}")
    try:
        parts = urlsplit(value) if value.isprintable() and " " not in value else None
    except ValueError:  # "https://[::1"
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{where}: {setting.key} must be a web address starting with "
                          f"https:// or http:// and with no spaces ({fix}); got {shown!r}")


def parse(text: str, where: str = "kiosk.toml") -> dict:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML ({exc}); fix the line it names") from exc
    values = {}
    for section, table in raw.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: '{section}' must be a [section]; settings are: "
                              f"{', '.join(_BY_KEY)}")
        for name, value in table.items():
            key = f"{section}.{name}"
            if key not in _BY_KEY:
                raise ConfigError(f"{where}: unknown setting '{key}'; known settings are: "
                                  f"{', '.join(_BY_KEY)}")
            values[key] = _check(_BY_KEY[key], value, where)
    return values


def load(path: Path | None = None) -> Config:
    """The config of --config `path`, else of $KIOSK_CONFIG, else of the user config folder's
    kiosk.toml or the defaults when there is none; ConfigError when the kiosk could not run
    with it."""
    named = path is not None or bool(os.environ.get("KIOSK_CONFIG"))
    path = default_path() if path is None else path
    if not named and not path.exists() and not path.is_symlink():
        return _checked(Config({}, None))
    try:
        text = read_text(path, CONFIG_LIMIT, "a config file")
    except UserFileError as exc:
        raise ConfigError(str(exc)) from None
    values = parse(text, str(path))
    if values.get("data.folder"):
        values["data.folder"] = checks.resolve_folder(values["data.folder"], path)
    return _checked(Config(values, path))


def _checked(cfg: Config) -> Config:
    where = str(cfg.path or "config")
    checks.check_broker(cfg.__getitem__, where)
    checks.check_public_key(cfg["bundle.public_key"], where)
    checks.check_data_folder(cfg.data_dir, where)
    return cfg


def check_writes(cfg: Config) -> Config:
    """`cfg` once a file was made and removed in its data folder: where the kiosk starts, and
    in doctor and the self-test. Loading only asks the file system (every command loads the
    config, and none should write to check); this finds what only a write shows."""
    checks.check_data_folder_writes(cfg.data_dir, str(cfg.path or "config"))
    return cfg


def example() -> str:
    """A documented config file with every setting at its default."""
    lines, section = [], None
    for s in SETTINGS:
        sec, name = s.key.split(".")
        if sec != section:
            lines.append(f"\n[{sec}]")
            section = sec
        default = (f'"{s.default}"' if isinstance(s.default, str)
                   else str(s.default).lower() if isinstance(s.default, bool) else s.default)
        lines.append(f"# {s.help}\n{name} = {default}")
    return "\n".join(lines).lstrip() + "\n"


def kiosk_position(directory: Directory, cfg: Config) -> Kiosk | None:
    """The 'you are here' of this kiosk: from the directory, overridden by the config.
    ConfigError (naming the config file) when the directory has no such kiosk or floor."""
    where = cfg.path or "config"
    kiosk = directory.kiosk(cfg["kiosk.id"])
    if kiosk is None:
        known = ", ".join(k.id for k in directory.kiosks) or "none"
        raise ConfigError(f"{where}: kiosk.id {cfg['kiosk.id']!r} is not a kiosk "
                                        f"of the directory (kiosks: {known})")
    floor = cfg["kiosk.floor"] or kiosk.floor
    plans = {f.id: f.plan_size for f in directory.floors}
    if floor not in plans:
        raise ConfigError(f"{where}: kiosk.floor {floor!r} is not a floor of the "
                                        f"directory ({', '.join(f.id for f in directory.floors)})")
    x, y = cfg["kiosk.x"], cfg["kiosk.y"]
    if (x, y) == (-1, -1):
        return Kiosk(kiosk.id, kiosk.name, floor, kiosk.x, kiosk.y)
    width, height = plans[floor]
    if not (0 <= x <= width and 0 <= y <= height):
        raise ConfigError(f"{where}: kiosk.x and kiosk.y must both be set, to a point on "
                          f"{floor}'s plan (x 0 to {width:g}, y 0 to {height:g}), or both "
                          f"left at -1 for the directory's place; got x = {x:g}, y = {y:g}")
    return Kiosk(kiosk.id, kiosk.name, floor, x, y)
