"""A real systemd user manager for the watchdog test (tests/deploy/test_watchdog_restart.py).

Where `systemd-run --user` already works (a desktop session), that manager. Where systemd is not
PID 1 (a container, this kind of CI machine) and the test runs as root: `systemd --user` of
an unprivileged user, started the way user@.service would start it. It refuses to run unless
/run/systemd/system exists ("Trying to run as user instance, but the system has not been booted
with systemd."), so a private mount namespace shows it one; and it exits when it cannot create
its own control group, so it gets a cgroup of its own (a delegated subtree) in each hierarchy.
"""
from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SYSTEMD = next((p for p in ("/usr/lib/systemd/systemd", "/lib/systemd/systemd")
                if Path(p).exists()), None)
SYSTEMD_RUN = shutil.which("systemd-run")


def cgroup_roots() -> list[Path]:
    """The unified (cgroup2) hierarchy and systemd's named v1 one, where mounted."""
    roots = []
    for line in Path("/proc/self/mounts").read_text().splitlines():
        _dev, where, kind, options = line.split()[:4]
        if kind == "cgroup2" or (kind == "cgroup" and "name=systemd" in options.split(",")):
            roots.append(Path(where))
    return roots


@dataclass
class UserManager:
    user: pwd.struct_passwd | None  # None: ourselves, on a manager that already runs
    runtime: Path
    proc: subprocess.Popen | None = None
    cgroups: tuple[Path, ...] = ()

    def env(self) -> dict[str, str]:
        return {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "XDG_RUNTIME_DIR": str(self.runtime),
                "HOME": str(self.runtime)}

    def as_user(self) -> dict:
        if self.user is None:
            return {}
        return {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        env = self.env() if self.user else {**os.environ}
        return subprocess.run(list(args), env=env, capture_output=True, text=True, timeout=60,
                              check=check, **self.as_user())

    def show(self, unit: str, prop: str) -> str:
        return self.run("systemctl", "--user", "show", unit, "-p", prop, "--value").stdout.strip()

    def stop(self) -> None:
        if self.proc is None:
            return
        self.run("systemctl", "--user", "exit", check=False)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        deadline = time.monotonic() + 30
        for root in self.cgroups:  # empty once the manager and its services are gone
            for folder in sorted(root.rglob("*"), key=lambda p: -len(p.parts)) + [root]:
                while folder.is_dir():
                    try:
                        folder.rmdir()
                    except OSError:  # busy until the last process of it has been reaped
                        if time.monotonic() > deadline:
                            raise
                        time.sleep(0.2)
        shutil.rmtree(self.runtime, ignore_errors=True)


def existing_manager() -> UserManager | None:
    if os.geteuid() == 0 or SYSTEMD_RUN is None:
        return None
    probe = subprocess.run([SYSTEMD_RUN, "--user", "--wait", "--quiet", "true"],
                           capture_output=True, timeout=60)
    if probe.returncode != 0:
        return None
    return UserManager(None, Path(os.environ.get("XDG_RUNTIME_DIR", "/run/user")))


def why_no_manager() -> str:
    """Why a user manager of our own cannot be started here, or ""."""
    if SYSTEMD is None or SYSTEMD_RUN is None:
        return "systemd (Debian package systemd) is not installed"
    if os.geteuid() != 0:
        return ("`systemd-run --user` does not work here (no user session), and starting a "
                "user manager of our own needs root (a mount namespace, a delegated cgroup)")
    if Path("/run/systemd/system").is_dir():
        return "systemd runs as PID 1 here but has no user manager for a test user"
    if not cgroup_roots():
        return "no cgroup hierarchy is mounted: systemd --user cannot run"
    return ""


def start_manager(user: pwd.struct_passwd) -> UserManager:
    """`systemd --user` for `user`, root's own doing (see the module's docstring)."""
    runtime = Path(tempfile.mkdtemp(prefix="kiosk-user-manager-"))
    os.chown(runtime, user.pw_uid, user.pw_gid)
    name = f"kiosk-test-{os.getpid()}"
    cgroups = tuple(root / name for root in cgroup_roots())
    for folder in cgroups:
        folder.mkdir()
        for path in [folder, *folder.iterdir()]:
            os.chown(path, user.pw_uid, user.pw_gid)
    moves = "; ".join(f"echo $$ > {folder}/cgroup.procs" for folder in cgroups)
    script = (f"set -e; {moves}; mkdir -p /run/systemd; mount -t tmpfs none /run/systemd; "
              "mkdir /run/systemd/system; "
              f"exec setpriv --reuid={user.pw_uid} --regid={user.pw_gid} --clear-groups "
              f"env HOME={runtime} XDG_RUNTIME_DIR={runtime} {SYSTEMD} --user")
    manager = UserManager(user, runtime, cgroups=cgroups)
    manager.proc = subprocess.Popen(["unshare", "--mount", "sh", "-c", script],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not (runtime / "systemd" / "private").exists():
        if manager.proc.poll() is not None or time.monotonic() > deadline:
            manager.stop()
            raise RuntimeError(f"systemd --user did not start (exit {manager.proc.returncode})")
        time.sleep(0.1)
    return manager
