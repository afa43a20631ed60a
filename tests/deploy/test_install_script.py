"""deploy/install-kiosk.sh: valid shell, a dry run that shows everything it would install,
and a refusal on anything but Debian."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from deploy_support import DEPLOY, ROOT, SCRIPT, UNITS, commands, dry_run


def test_the_script_is_valid_bash():
    result = subprocess.run(["bash", "-n", str(SCRIPT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(shutil.which("shellcheck") is None,
                    reason="shellcheck (Debian package shellcheck) is not installed")
def test_shellcheck_finds_nothing():
    result = subprocess.run(["shellcheck", str(SCRIPT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def packages_of(output: str) -> list[str]:
    return output.split("Debian packages:")[1].splitlines()[0].split()


def test_the_dry_run_lists_the_packages_and_units_and_changes_nothing(tmp_path):
    result = dry_run(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Dry run: nothing is changed." in result.stdout
    assert not (tmp_path / "changes").exists(), (tmp_path / "changes").read_text()
    packages = packages_of(result.stdout)
    for needed in ("cage", "udiskie", "udisks2", "fonts-nanum", "espeak-ng", "mosquitto",
                   "libwayland-client0", "libwayland-cursor0", "libwayland-egl1"):
        assert needed in packages
    # The Qt runtime the Makefile installs for `make run`; the program carries its own Python.
    makefile = (ROOT / "Makefile").read_text()
    block = re.search(r"SYSTEM_PACKAGES := (.*?)\n\n", makefile, re.S)[1]
    assert set(block.replace("\\", " ").split()) - {"python3-venv"} <= set(packages)
    run = commands(result.stdout)
    assert ["systemctl", "enable", "library-kiosk.service", "library-kiosk-usb.service"] in run
    destinations = {argv[-1] for argv in run if argv[0] == "install"}
    assert {u.name for u in UNITS} <= {d.rsplit("/", 1)[-1] for d in destinations}
    assert "/etc/systemd/system/library-kiosk.service" in destinations
    assert "/etc/systemd/user/library-kiosk-attendant.service" in destinations


def test_the_console_role_installs_no_kiosk_service(tmp_path):
    result = dry_run(tmp_path, "--console")
    assert result.returncode == 0, result.stderr
    assert "cage" not in packages_of(result.stdout)
    assert "library-kiosk.service" not in result.stdout.replace("attendant.service", "")
    assert "/usr/share/applications/library-kiosk-attendant.desktop" in result.stdout


def test_every_file_of_deploy_is_installed(tmp_path):
    """A file added to deploy/ and forgotten by the installer would never reach a kiosk."""
    result = dry_run(tmp_path)
    sources = {argv[-2] for argv in commands(result.stdout) if argv[0] == "install"
               and len(argv) > 2 and not argv[1] == "-d"}
    files = {str(p) for p in DEPLOY.rglob("*") if p.is_file() and p != SCRIPT}
    assert len(files) >= 9 and files <= sources, files - sources


def test_it_refuses_a_system_that_is_not_debian(tmp_path):
    result = dry_run(tmp_path, os_id="fedora")
    assert result.returncode != 0
    assert "not Debian" in result.stderr and "fedora" in result.stderr
    assert not commands(result.stdout)


def test_an_unknown_option_is_refused(tmp_path):
    result = dry_run(tmp_path, "--dryrun")
    assert result.returncode != 0 and "unknown option '--dryrun'" in result.stderr


def test_the_program_becomes_root_s_and_readable_by_the_kiosk_user(tmp_path):
    """Built by a user with `make dist`, copied by root: cp -a would keep that user as its
    owner (who could then change what the kiosk runs) and a umask of 077 would keep the kiosk
    user from running it. Both were seen on a real install."""
    run = commands(dry_run(tmp_path).stdout)
    copy = next(argv for argv in run if argv[0] == "cp")
    assert "--no-preserve=ownership" in copy and copy[-1] == "/opt/library-kiosk.new"
    assert ["chmod", "-R", "u+rwX,go+rX,go-w", "/opt/library-kiosk.new"] in run
    assert run.index(["chmod", "-R", "u+rwX,go+rX,go-w", "/opt/library-kiosk.new"]) < \
        run.index(["mv", "/opt/library-kiosk.new", "/opt/library-kiosk"])


def test_debian_s_broker_is_stopped_only_where_systemd_runs(tmp_path):
    """Without systemd (a chroot, a container) systemctl can only remove links; `--now` failed
    there ("System has not been booted with systemd") on a real install."""
    run = commands(dry_run(tmp_path).stdout)
    assert ["systemctl", "disable", "mosquitto.service"] in run
    assert not any("--now" in argv or "daemon-reload" in argv for argv in run)
    run = commands(dry_run(tmp_path, systemd_running=True).stdout)
    assert ["systemctl", "daemon-reload"] in run
    assert ["systemctl", "disable", "--now", "mosquitto.service"] in run
