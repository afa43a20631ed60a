"""A TCP relay between a device and the test broker, which a test cuts and restores: the
network between a desk PC and the broker, lost for a while and back. Cut, both ends of every
connection through it are closed (the broker sees the device vanish, as when a cable is
pulled and its keep-alive runs out) and new connections are refused until it is restored."""
from __future__ import annotations

import socket
import threading

from alert_support import free_port


class Relay:
    """127.0.0.1:`port` relayed to 127.0.0.1:`target`, listening once made."""

    def __init__(self, target: int) -> None:
        self.target, self.port = target, free_port()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._server: socket.socket | None = None
        self.restore()

    def restore(self) -> None:
        server = socket.socket()
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port))
        server.listen()
        self._server = server
        threading.Thread(target=self._accept, args=(server,), daemon=True).start()

    def cut(self) -> None:
        with self._lock:
            server, self._server = self._server, None
            open_now, self._sockets = self._sockets, []
        for sock in ([server] if server is not None else []) + open_now:
            _close(sock)  # a listening socket's shutdown wakes its accept()

    def __enter__(self) -> Relay:
        return self

    def __exit__(self, *exc) -> None:
        self.cut()

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                device, _ = server.accept()
                broker = socket.create_connection(("127.0.0.1", self.target))
            except OSError:
                return
            with self._lock:
                self._sockets += [device, broker]
            for src, dst in ((device, broker), (broker, device)):
                threading.Thread(target=self._pump, args=(src, dst), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for sock in (src, dst):
            _close(sock)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
