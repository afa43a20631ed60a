"""The systemd units of deploy/ are valid for systemd, and everything they name exists once
deploy/install-kiosk.sh has run: a unit that names a missing program or folder fails at boot,
on a PC nobody watches."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from deploy_support import DEPLOY, EXPECTED_UNITS, ROOT, UNITS, commands, dry_run, unit_settings

from kiosk.directory import config

ANALYZE = shutil.which("systemd-analyze")
SYSTEM_UNITS = next((p for p in (Path("/usr/lib/systemd/system"), Path("/lib/systemd/system"))
                     if (p / "sysinit.target").exists()), None)
needs_analyze = pytest.mark.skipif(ANALYZE is None or SYSTEM_UNITS is None,
                                   reason="systemd-analyze (Debian package systemd) is not "
                                   "installed")

# Paths the units name that the installer does not create itself, and who provides them.
FROM_PACKAGES = {"/usr/bin/cage": "cage", "/usr/bin/udiskie": "udiskie"}
ESSENTIAL = {"/usr/bin/env"}  # coreutils: on every Debian system
KERNEL = {"/dev/tty0", "/dev/tty1"}


def verify(unit: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    """`systemd-analyze verify` in a stand-in root: systemd's own units, the unit, and a
    stand-in for each program it starts (verify checks they exist; whether the installer
    provides them is test_every_path_a_unit_names_is_installed's job)."""
    root = tmp_path / "root"
    shutil.copytree(SYSTEM_UNITS, root / "usr/lib/systemd/system", symlinks=True)
    (root / "etc/systemd/system").mkdir(parents=True)
    shutil.copy(unit, root / "etc/systemd/system" / unit.name)
    for key, value in unit_settings(unit):
        if key.startswith("Exec"):
            program = root / value.split()[0].lstrip("-@+!:").lstrip("/")
            program.parent.mkdir(parents=True, exist_ok=True)
            program.write_text("#!/bin/sh\n")
            program.chmod(0o755)
    # A user unit is checked as a system one: systemd 252 cannot verify --user in a --root.
    return subprocess.run([ANALYZE, "verify", "--man=no", f"--root={root}", unit.name],
                          capture_output=True, text=True, timeout=120)


def test_the_units_are_there():
    assert {u.name for u in UNITS} == EXPECTED_UNITS


@needs_analyze
@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_every_unit_passes_systemd_analyze_verify(unit, tmp_path):
    result = verify(unit, tmp_path)
    # Unknown or misspelt settings are only warnings for systemd: refused here all the same
    # (notes of other versions of systemd about its own units are not ours).
    ours = [line for line in result.stderr.splitlines() if unit.name in line]
    assert result.returncode == 0 and not ours, result.stderr


@needs_analyze
def test_verify_finds_a_misspelt_setting(tmp_path):
    """The check above can fail: a setting systemd does not know is reported."""
    unit = tmp_path / "broken.service"
    unit.write_text((DEPLOY / "library-kiosk.service").read_text()
                    .replace("ProtectSystem=strict", "ProtectSytem=strict"))
    result = verify(unit, tmp_path)
    assert "ProtectSytem" in result.stderr


def installed_paths(output: str) -> set[str]:
    """Every path the installer's dry run writes: install's destinations, made folders, the
    program folder it moves in place."""
    made = set()
    for argv in commands(output):
        if argv[0] == "install" or argv[:1] == ["mv"]:
            made.add(argv[-1])
    # A config already there is kept, its new sample put beside it.
    return made | {p.removesuffix(".dist") for p in made}


def named_paths(unit: Path) -> set[str]:
    """The absolute paths a unit names (its settings' values), and the PAM file it uses."""
    found = set()
    for key, value in unit_settings(unit):
        if key in ("Description",):
            continue
        found |= set(re.findall(r"(?:^|[\s=:])(/[\w.@/-]+)", value))
        if key == "PAMName":
            found.add(f"/etc/pam.d/{value}")
    return found


def made_by_systemd(unit: Path) -> set[str]:
    prefixes = {"RuntimeDirectory": "/run", "StateDirectory": "/var/lib"}
    return {f"{prefixes[k]}/{v}" for k, v in unit_settings(unit) if k in prefixes}


def test_every_path_a_unit_names_is_installed(tmp_path):
    result = dry_run(tmp_path)
    assert result.returncode == 0, result.stderr
    made = installed_paths(result.stdout)
    packages = result.stdout.split("Debian packages:")[1].splitlines()[0].split()
    for unit in UNITS:
        own = made_by_systemd(unit)
        for path in named_paths(unit):
            if path in FROM_PACKAGES:
                assert FROM_PACKAGES[path] in packages, (unit.name, path)
                continue
            provided = made | own | ESSENTIAL | KERNEL
            assert any(path == p or path.startswith(p + "/") for p in provided), \
                f"{unit.name} names {path}, which the installer does not create"


def test_the_program_the_units_start_is_what_make_dist_builds():
    """/opt/library-kiosk/kiosk: the folder dist/kiosk/ copied, and kiosk.spec names the
    program "kiosk"."""
    spec = (ROOT / "kiosk.spec").read_text()
    assert re.search(r'EXE\(.*name="kiosk"', spec) and re.search(r'COLLECT\(.*name="kiosk"', spec)
    starts = [v for u in UNITS for k, v in unit_settings(u) if k == "ExecStart"]
    assert len(starts) == len(EXPECTED_UNITS)
    assert all("/opt/library-kiosk/kiosk" in s for s in starts if "udiskie" not in s)


def test_the_kiosk_reads_the_installed_config_and_keeps_its_data_where_systemd_lets_it():
    settings = dict(unit_settings(DEPLOY / "library-kiosk.service"))
    environment = [v for k, v in unit_settings(DEPLOY / "library-kiosk.service")
                   if k == "Environment"]
    assert "KIOSK_CONFIG=/etc/library-kiosk/kiosk.toml" in environment
    values = config.parse((DEPLOY / "kiosk.toml").read_text(), "deploy/kiosk.toml")
    data = f"/var/lib/{settings['StateDirectory']}"
    assert values["data.folder"] == data == settings["ReadWritePaths"]
    assert values["usb.roots"] == ["/media/kiosk"]  # udisks2 mounts for user kiosk there
    assert settings["User"] == "kiosk"


@pytest.mark.parametrize("name", ["kiosk.toml", "kiosk-fleet.toml"])
def test_the_sample_configs_are_valid(name):
    config.parse((DEPLOY / name).read_text(), f"deploy/{name}")


def test_the_fleet_sample_uses_an_external_broker_with_the_kiosk_s_own_account():
    values = config.parse((DEPLOY / "kiosk-fleet.toml").read_text())
    assert values["broker.managed"] is False and values["broker.tls"] is True
    assert values["broker.username"] == values["kiosk.id"]
