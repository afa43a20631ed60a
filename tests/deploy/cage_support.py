"""The kiosk under cage's headless backend, as an unprivileged user, and grim's pictures of it
(tests/deploy/test_cage_screenshot.py).

cage 0.1.4 (wlroots 0.15, Debian 12 and Ubuntu 22.04) hands a full-screen client's buffer
straight to the output ("direct scan-out") whenever it can. On the headless backend it always
can, and a grim capture then reads cage's own last composed frame, which its damage tracking
never updated: black, or the window's first frame. A rotated output never takes a client's
buffer as it is, so cage composes every frame; `-r -r` turns it by 180 degrees and grim turns
the picture back. A real screen composes anyway (it cannot scan out Qt's shared-memory
buffers). Later cage versions dropped `-r` and compose through wlroots' scene graph.
"""
from __future__ import annotations

import array
import os
import pwd
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from deploy_support import ROOT, quiet_config

CAGE = shutil.which("cage")
GRIM = shutil.which("grim")
BUILT = ROOT / "dist" / "kiosk" / "kiosk"


def others_can_run(path: Path) -> bool:
    """Every folder above `path` can be entered, and `path` run, by any user."""
    for part in [path, *path.parents]:
        try:
            mode = part.stat().st_mode
        except OSError:
            return False
        if not mode & stat.S_IXOTH or (part == path and not mode & stat.S_IROTH):
            return False
    return True


def runner() -> tuple[pwd.struct_passwd | None, list[str], str]:
    """(the user to run as, None for ourselves; the kiosk's command; why it cannot run, or "").
    Not root: ourselves, on the source under test. Root: cage refuses root, so the built
    program (make dist) runs as $KIOSK_TEST_USER, else `nobody`; root's Python is not theirs."""
    if os.geteuid() != 0:
        return None, [sys.executable, "-m", "kiosk"], ""
    name = os.environ.get("KIOSK_TEST_USER", "nobody")
    try:
        user = pwd.getpwnam(name)
    except KeyError:
        return None, [], f"run as root, and there is no user {name!r} to run cage as " \
                         "(cage refuses root; set KIOSK_TEST_USER)"
    if user.pw_uid == 0:
        return None, [], f"KIOSK_TEST_USER={name} is root: cage refuses root"
    if not others_can_run(BUILT):
        return None, [], f"run as root: {BUILT} (make dist) is missing or not readable by " \
                         f"{name}, and root's Python is not theirs"
    return user, [str(BUILT)], ""


def cage_rotates() -> bool:
    """cage 0.1.4 has `-r` (rotate the output); later versions do not."""
    usage = subprocess.run([CAGE, "-h"], capture_output=True, text=True, timeout=20)
    return "\n -r" in usage.stdout + usage.stderr


@dataclass
class CagedKiosk:
    """cage on a headless output running the kiosk as `user`; READY=1 comes back through
    a notify socket, as under systemd."""
    user: pwd.struct_passwd | None
    command: list[str]
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="kiosk-cage-")))

    def __post_init__(self) -> None:
        self.runtime = self.folder / "runtime"
        self.runtime.mkdir(mode=0o700)
        (self.folder / "home").mkdir()
        (self.folder / "kiosk.toml").write_text(quiet_config(self.folder / "data"))
        self.notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.notify.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        self.notify.bind(str(self.folder / "notify"))
        self.notify.settimeout(0.5)
        if self.user is not None:
            for path in [self.folder, *self.folder.rglob("*")]:
                os.chown(path, self.user.pw_uid, self.user.pw_gid)
        self.proc: subprocess.Popen | None = None

    def env(self, **more: str) -> dict[str, str]:
        return {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": str(self.folder / "home"),
                "LANG": "C.UTF-8", "XDG_RUNTIME_DIR": str(self.runtime), **more}

    def run_as(self) -> dict:
        if self.user is None:
            return {}
        return {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}

    def start(self, rotate: bool) -> None:
        env = self.env(WLR_BACKENDS="headless", WLR_RENDERER="pixman",
                       WLR_LIBINPUT_NO_DEVICES="1", QT_QPA_PLATFORM="wayland",
                       QT_WAYLAND_DISABLE_WINDOWDECORATION="1",
                       KIOSK_CONFIG=str(self.folder / "kiosk.toml"),
                       NOTIFY_SOCKET=str(self.folder / "notify"))
        if sys.executable in self.command:  # the source under test, not an installed copy
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT),
                                                          os.environ.get("PYTHONPATH")]))
        args = [CAGE, "-d", *(["-r", "-r"] if rotate else []), "--", *self.command]
        with open(self.folder / "cage.log", "wb") as log:  # a pipe could fill and block
            self.proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log,
                                         stderr=subprocess.STDOUT, **self.run_as())

    def wait_ready(self, seconds: float) -> tuple[int, int] | None:
        """(pid, uid) of the process that said READY=1, or None if none did in time."""
        deadline = time.monotonic() + seconds
        size = socket.CMSG_SPACE(12)  # struct ucred: pid, uid, gid
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                message, ancillary, _, _ = self.notify.recvmsg(4096, size)
            except TimeoutError:
                continue
            if message == b"READY=1":
                for level, kind, data in ancillary:
                    if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
                        pid, uid, _gid = array.array("i", data[:12])
                        return pid, uid
        return None

    def grab(self, name: str) -> Path:
        """grim's picture of the whole output (an empty path if grim failed)."""
        out = self.folder / name
        sockets = sorted(p.name for p in self.runtime.glob("wayland-*") if p.is_socket())
        subprocess.run([GRIM, str(out)], env=self.env(WAYLAND_DISPLAY=sockets[0]),
                       capture_output=True, timeout=60, **self.run_as())
        return out

    def stop(self, kiosk_pid: int | None) -> str:
        """The kiosk asked to quit as systemd would (SIGTERM), and cage ends with it; without
        a kiosk, cage itself is stopped. cage's and the kiosk's output."""
        try:
            if kiosk_pid:
                os.kill(kiosk_pid, signal.SIGTERM)
            else:
                self.proc.terminate()
        except ProcessLookupError:
            pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.notify.close()
        return (self.folder / "cage.log").read_text(errors="replace")

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
