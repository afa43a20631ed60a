"""`python -m kiosk doctor` reports the installation of docs/deploy.md: the kiosk's service,
cage, and the free disk of the data folder. The probes stand in for a kiosk PC."""
from __future__ import annotations

import pytest

from kiosk.cli import doctor_checks as doctor
from kiosk.cli import doctor_deploy
from kiosk.directory import config


def checks(tmp_path) -> dict[str, doctor.Check]:
    return {c.name: c for c in doctor.run_checks(config.Config({"data.folder": str(tmp_path)}))}


@pytest.fixture
def no_unit_file(tmp_path, monkeypatch):
    monkeypatch.setattr(doctor_deploy, "UNIT_FILE", tmp_path / "absent.service")


def test_an_enabled_service_is_ok(tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(doctor_deploy, "systemctl", lambda *a: asked.append(a) or "enabled")
    check = checks(tmp_path)["kiosk service"]
    assert check.ok and "enabled" in check.detail
    assert asked == [("is-enabled", "library-kiosk.service")]


def test_a_disabled_service_names_the_command_that_enables_it(tmp_path, monkeypatch):
    monkeypatch.setattr(doctor_deploy, "systemctl", lambda *a: "disabled")
    check = checks(tmp_path)["kiosk service"]
    assert not check.ok
    assert "does not start at boot" in check.detail
    assert "sudo systemctl enable library-kiosk.service" in check.detail


@pytest.mark.parametrize("answer", [
    "Failed to get unit file state for library-kiosk.service: No such file or directory",
    "not-found", ""])
def test_an_unknown_service_is_not_installed(tmp_path, monkeypatch, answer):
    monkeypatch.setattr(doctor_deploy, "systemctl", lambda *a: answer)
    check = checks(tmp_path)["kiosk service"]
    assert not check.ok and check.detail.startswith("not installed")


def test_without_systemctl_the_unit_file_decides(tmp_path, monkeypatch, no_unit_file):
    monkeypatch.setattr(doctor_deploy, "systemctl", lambda *a: None)
    assert checks(tmp_path)["kiosk service"].detail.startswith("not installed")
    unit = tmp_path / "library-kiosk.service"
    unit.write_text("[Service]\n")
    monkeypatch.setattr(doctor_deploy, "UNIT_FILE", unit)
    check = checks(tmp_path)["kiosk service"]
    assert not check.ok and "installed but systemctl does not answer" in check.detail


def test_systemctl_that_is_missing_does_not_answer(monkeypatch):
    monkeypatch.setattr(doctor_deploy, "which", lambda program: None)
    assert doctor_deploy.systemctl("is-enabled", "library-kiosk.service") is None


def test_missing_cage_is_named_with_its_package(tmp_path, monkeypatch):
    monkeypatch.setattr(doctor_deploy, "which", lambda p: None if p == "cage" else f"/bin/{p}")
    check = checks(tmp_path)["cage"]
    assert not check.ok and "Debian package cage" in check.detail
    monkeypatch.setattr(doctor_deploy, "which", lambda p: f"/usr/bin/{p}")
    assert checks(tmp_path)["cage"] == doctor.Check("cage", True, "/usr/bin/cage")


def test_less_than_a_gigabyte_free_is_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(doctor_deploy, "disk_free", lambda folder: 400_000_000)
    check = checks(tmp_path)["free disk"]
    assert not check.ok and "only 0.40 GB free" in check.detail and str(tmp_path) in check.detail
    monkeypatch.setattr(doctor_deploy, "disk_free", lambda folder: 25_000_000_000)
    check = checks(tmp_path)["free disk"]
    assert check.ok and check.detail == f"25.0 GB free for {tmp_path}"


def test_the_free_disk_of_a_data_folder_not_yet_made_is_its_parent_s(tmp_path):
    """doctor runs before the kiosk's first start, when the data folder does not exist."""
    assert doctor_deploy.disk_free(tmp_path / "not" / "yet") > 0


def test_installation_checks_do_not_fail_doctor_on_a_staff_pc(tmp_path, monkeypatch, capsys):
    """A development or desk PC has no kiosk service: doctor says so and still exits 0."""
    monkeypatch.setattr(doctor_deploy, "systemctl", lambda *a: None)
    monkeypatch.setattr(doctor_deploy, "which", lambda p: None)
    monkeypatch.setattr(doctor_deploy, "disk_free", lambda folder: 0)
    others = [doctor.Check(n, True, "fine") for n in ("Hangul font", "call system", "directory")]
    monkeypatch.setattr(doctor, "run_checks",
                        lambda cfg: others + [doctor.Check(*c) for c in
                                              doctor_deploy.checks(tmp_path)])
    monkeypatch.setattr(doctor, "load", lambda path: config.Config({}))
    assert doctor.cmd_doctor(type("Args", (), {"config": None})()) == 0
    out = capsys.readouterr().out
    assert "NO  kiosk service" in out and "NO  cage" in out and "NO  free disk" in out
