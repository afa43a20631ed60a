"""The kiosk's own Mosquitto, when it runs one (broker_settings.py says where the broker is).

By default (broker.managed) the kiosk starts and supervises Mosquitto with a config it
generates (broker_files.py): a listener on broker.listen, one account per kiosk and per console
with random passwords, ACLs that let each account speak only as itself (accounts.py), and
on-disk persistence. Attendant consoles on other PCs connect to it with their own account.
A fleet points every kiosk and console at one external broker instead (managed = false) and
then no kiosk starts a broker.
"""
from __future__ import annotations

import contextlib
import logging
import os
import socket
import subprocess
import threading
import time
from pathlib import Path

from kiosk.calls import accounts as acc
from kiosk.calls import broker_files
from kiosk.calls.broker_files import BrokerError, ensure_credentials
from kiosk.calls.broker_settings import check_port_free
from kiosk.calls.broker_tls import ListenerTls, copy_tls
from kiosk.calls.enrolment import read_enrolled
from kiosk.calls.restart_backoff import RestartBackoff
from kiosk.host.system_env import system_env

log = logging.getLogger(__name__)

START_TIMEOUT = 5.0  # seconds for a started broker to accept connections


def find_mosquitto() -> str | None:
    """The Mosquitto binary: on PATH, or in /usr/sbin where Debian puts it (not on users' PATH)."""
    return broker_files.find_tool("mosquitto")


class ManagedBroker:
    """The kiosk's own Mosquitto: generated files, one supervised process, stopped by PID."""

    def __init__(self, data_dir: Path | str, port: int = 1883, bind: str = "0.0.0.0", *,
                 kiosks=("lobby",), consoles=("desk",), departments=None,
                 tls: ListenerTls | None = None) -> None:
        # departments: console id -> the department ids whose notes it reads (absent: all);
        # an enrolled console's come from its enrolment (broker/consoles.toml)
        self.data_dir = Path(data_dir)
        self.dir = self.data_dir / broker_files.KIOSK_FOLDER  # the kiosk's: conf, log, pid
        self.state_dir = self.data_dir / broker_files.STATE_FOLDER  # the broker's: db, acl
        self.accounts = acc.wanted(kiosks, consoles)
        self.departments = {c: list(d) for c, d in (departments or {}).items()}
        for console in self.departments:
            if self.accounts.get(console) != "console":
                raise acc.AccountError(f"departments are given for {console!r}, which is not "
                                       f"a console account of broker.consoles (an enrolled "
                                       f"console's departments are given when enrolling it)")
        self.port, self.bind, self.tls = port, bind, tls
        self.problem = ""
        self._proc: subprocess.Popen | None = None
        self._up = False
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._creds: dict[str, str] = {}
        self.backoff = RestartBackoff()  # the supervisor's waits (calls/restart_backoff.py)

    # -- state --------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Mosquitto is up and accepted a connection since it was (re)started."""
        proc = self._proc
        return self._up and proc is not None and proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def conf_path(self) -> Path:
        return self.dir / "mosquitto.conf"

    def credentials(self, account: str) -> tuple[str, str]:
        """(user name, password) of one of this broker's accounts."""
        if account not in self.accounts:
            raise ValueError(f"no account {account!r}; this broker has {', '.join(self.accounts)}")
        self._creds = self._creds or ensure_credentials(self.data_dir, self.accounts)
        return account, self._creds[account]

    # -- files --------------------------------------------------------------------------------
    def write_config(self) -> Path:
        """Write mosquitto.conf, passwd, acl and credentials.toml; return the config's path."""
        self._creds = broker_files.write_all(self.data_dir, self.port, self.bind, self.accounts,
                                             read_enrolled(self.data_dir),
                                             self.tls is not None, self.departments)
        if self.tls is not None:
            copy_tls(self.tls, self.state_dir)
        return self.conf_path

    # -- process ------------------------------------------------------------------------------
    def start(self) -> bool:
        """Write the files, start Mosquitto and wait until it accepts connections. False (with
        `problem` saying why) if it cannot run; the kiosk goes on without alerts then."""
        if self._thread is not None and self._thread.is_alive():
            return self.running  # started already; the supervisor keeps it up
        exe = find_mosquitto()
        if exe is None:
            self.problem = "mosquitto is not installed (Debian package mosquitto)"
            return False
        try:
            self.write_config()
            broker_files.check_reachable(self.state_dir)
            self._stop_leftover()
            check_port_free(self.bind, self.port)
            self._spawn(exe)
        except (BrokerError, OSError, subprocess.SubprocessError) as exc:
            self.problem = str(exc)
            self._kill()
            return False
        self.backoff = RestartBackoff()
        self.backoff.up()
        self.problem = ""
        self._stop.clear()
        self._thread = threading.Thread(target=self._supervise, args=(exe,),
                                        name="mosquitto-supervisor", daemon=True)
        self._thread.start()
        log.info("mosquitto started on port %d (pid %s)", self.port, self.pid)
        return True

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=10)
        self._thread = None
        if self.running:
            log.info("mosquitto on port %d stopped", self.port)
        self._kill()

    def _spawn(self, exe: str) -> None:
        logfile = self.dir / "mosquitto.log"
        with contextlib.suppress(OSError):
            if logfile.stat().st_size > 1_000_000:
                os.replace(logfile, logfile.with_suffix(".log.1"))
        fd = os.open(logfile, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.fchmod(fd, 0o600)  # older kiosks made it world-readable
        with open(fd, "ab") as out:
            proc = subprocess.Popen([exe, "-c", str(self.conf_path)], stdout=out,
                                    stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    env=system_env(),  # the system's libraries, not the build's
                                    start_new_session=True)  # a Ctrl-C is for the kiosk
        with self._lock:
            self._proc, self._up = proc, False
        broker_files.write_private(self.dir / "kiosk-broker.pid", str(proc.pid).encode(), None)
        deadline = time.monotonic() + START_TIMEOUT
        host = "127.0.0.1" if self.bind in ("0.0.0.0", "", "::") else self.bind
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise BrokerError(f"mosquitto exited at start (code {proc.returncode}): "
                                  f"{self._log_tail()}")
            with contextlib.suppress(OSError), socket.create_connection((host, self.port), 0.2):
                self.problem, self._up = "", True
                return
            time.sleep(0.02)
        raise BrokerError(f"mosquitto did not accept connections on port {self.port} within "
                          f"{START_TIMEOUT:.0f} s: {self._log_tail()}")

    def _supervise(self, exe: str) -> None:
        """Restart Mosquitto if it dies: soon after a broker that had come up and was killed,
        later and later while it cannot stay up (RestartBackoff)."""
        while not self._stop.wait(0.1):
            proc = self._proc
            if proc is None or proc.poll() is None:
                continue
            wait = self.backoff.died()
            self.problem = (f"mosquitto stopped (code {proc.returncode}); restarting in "
                            f"{wait:g} s. {self._log_tail()}")
            log.warning(self.problem)
            if self._stop.wait(wait):
                return
            try:
                self._spawn(exe)
            except (BrokerError, OSError, subprocess.SubprocessError) as exc:
                self.problem = f"mosquitto does not restart: {exc}"
                log.warning(self.problem)
                self._end_failed_start()
            else:
                self.backoff.up()
                log.info("mosquitto restarted (pid %s)", self.pid)

    def _end_failed_start(self) -> None:
        """A start that never accepted connections: end that process too, so the supervisor
        sees it gone and tries again after its wait."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(timeout=5)

    def _kill(self) -> None:
        with self._lock:
            proc, self._proc, self._up = self._proc, None, False
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()  # SIGTERM to its PID: Mosquitto saves its database and exits
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        (self.dir / "kiosk-broker.pid").unlink(missing_ok=True)

    def _stop_leftover(self) -> None:
        """A broker left running by a kiosk that was killed holds the port: stop it, by the
        PID it recorded, if that process is still Mosquitto with our config."""
        pid = broker_files.running_broker_pid(self.data_dir)
        if pid is not None:
            os.kill(pid, 15)
            deadline = time.monotonic() + 5
            while _alive(pid) and time.monotonic() < deadline:
                time.sleep(0.02)
        (self.dir / "kiosk-broker.pid").unlink(missing_ok=True)

    def _log_tail(self) -> str:
        """The broker's last error from its log (its last line if it logged no error)."""
        with contextlib.suppress(OSError):
            lines = (self.dir / "mosquitto.log").read_text(errors="replace").splitlines()[-20:]
            errors = [ln for ln in lines if "Error" in ln or "Warning" in ln or "Unable" in ln]
            return (errors or lines or [""])[-1]
        return ""


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return False
