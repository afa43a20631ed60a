"""Just enough of the Chrome DevTools protocol, with the standard library, for bench_peer.py:
find the page a browser opened and evaluate one expression in it.

The protocol runs over a WebSocket (RFC 6455): an HTTP upgrade, then frames. Only what a
local DevTools endpoint needs is here: text frames out (masked, as a client must), text
frames in (possibly fragmented), pings answered, close noticed. No TLS, no extensions.
"""
from __future__ import annotations

import base64
import json
import os
import socket
import struct
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse


class CdpError(RuntimeError):
    pass


def wait_for_port(user_data_dir: Path, timeout: float) -> int:
    """The port Chromium chose for --remote-debugging-port=0: the first line of the
    DevToolsActivePort file it writes into its profile folder once it listens."""
    path = user_data_dir / "DevToolsActivePort"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            first = path.read_text().splitlines()[0]
            return int(first)
        except (OSError, IndexError, ValueError):
            time.sleep(0.005)
    raise CdpError(f"no {path} after {timeout:g} s: Chromium did not open its DevTools port")


def page_target(port: int, url: str, timeout: float) -> str:
    """The WebSocket address of the page showing `url`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as reply:
            for target in json.load(reply):
                if target.get("type") == "page" and target.get("url") == url:
                    return target["webSocketDebuggerUrl"]
        time.sleep(0.01)
    raise CdpError(f"no page showing {url} among Chromium's DevTools targets")


class Connection:
    def __init__(self, ws_url: str, timeout: float = 30.0):
        where = urlparse(ws_url)
        self.sock = socket.create_connection((where.hostname, where.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {where.path} HTTP/1.1\r\nHost: {where.netloc}\r\n"
                           f"Upgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
                           ).encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise CdpError("DevTools closed the connection during the WebSocket handshake")
            head += chunk
        status = head.split(b"\r\n", 1)[0]
        if b" 101 " not in status:
            raise CdpError(f"DevTools refused the WebSocket: {status.decode(errors='replace')}")
        self.buffer = head.split(b"\r\n\r\n", 1)[1]
        self.next_id = 0

    def close(self) -> None:
        self.sock.close()

    # -- frames -----------------------------------------------------------------------------
    def _send_frame(self, opcode: int, payload: bytes) -> None:
        n = len(payload)
        if n < 126:
            head = struct.pack("!BB", 0x80 | opcode, 0x80 | n)
        elif n < 1 << 16:
            head = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, n)
        else:
            head = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, n)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(head + mask + masked)

    def _read(self, n: int) -> bytes:
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise CdpError("DevTools closed the connection")
            self.buffer += chunk
        out, self.buffer = self.buffer[:n], self.buffer[n:]
        return out

    def _message(self) -> str:
        parts = []
        while True:
            first, second = self._read(2)
            n = second & 0x7F
            if n == 126:
                n = struct.unpack("!H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack("!Q", self._read(8))[0]
            payload = self._read(n)  # a server's frames are not masked
            opcode = first & 0x0F
            if opcode == 0x8:
                raise CdpError("DevTools closed the connection")
            if opcode == 0x9:
                self._send_frame(0xA, payload)
                continue
            if opcode in (0x0, 0x1):
                parts.append(payload)
                if first & 0x80:
                    return b"".join(parts).decode()

    # -- protocol ---------------------------------------------------------------------------
    def call(self, method: str, **params) -> dict:
        """Send one command and return its result (events before it are dropped)."""
        self.next_id += 1
        self._send_frame(0x1, json.dumps({"id": self.next_id, "method": method,
                                          "params": params}).encode())
        while True:
            reply = json.loads(self._message())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise CdpError(f"{method}: {reply['error']}")
                return reply["result"]

    def evaluate(self, expression: str):
        """The value of `expression` in the page, awaited if it is a promise."""
        result = self.call("Runtime.evaluate", expression=expression, awaitPromise=True,
                           returnByValue=True)
        if "exceptionDetails" in result:
            raise CdpError(f"the page raised: {result['exceptionDetails']}")
        return result["result"].get("value")
