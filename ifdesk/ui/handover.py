"""A second launch on a workspace already open hands its files to the running window.

Double-clicking a received `.ifbundle` while ifdesk is open used to end on « already open by another
program ». Now the running window listens on a local socket (a named pipe on Windows) named after its
workspace; the second launch, refused by the workspace lock, sends it the files and quits, and the window
comes to the front and offers to import them.

Qt's QLocalServer in the window's event loop: no thread, every connection handled on its own, so a
connection that never answers is dropped after CONNECTION_TIMEOUT_MS and never blocks another one
(docs/decisions-safety.md). Where it listens is private to the user: `$XDG_RUNTIME_DIR` when it is the
user's own, else a 0700 folder of the user's cache (never a guessable name in the shared /tmp), with
`UserAccessOption` on the socket itself.

Authentication: a random token the window writes in the workspace folder (`ifdesk.handover`, 0600),
so only someone who can read the workspace can talk to the window. The window sends a random
challenge; the client answers HMAC-SHA256(token, challenge + message) and its message (JSON, length
prefixed, at most MAX_MESSAGE bytes). The token itself never crosses the socket.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import stat
import struct
import sys
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from .log import logger

TOKEN_NAME = "ifdesk.handover"
MAX_MESSAGE = 1 << 20  # 1 MiB of file names is already absurd
CHALLENGE = 32
CONNECTION_TIMEOUT_MS = 3000  # a connection that has not said its piece by then is dropped


def socket_dir() -> Path | None:
    """The user's own folder for sockets: XDG_RUNTIME_DIR when it is ours and private, else a 0700
    folder in the user's cache; None when neither is private (the hand-over is then off)."""
    if sys.platform == "win32":
        return None  # named pipes: no folder; QLocalServer's UserAccessOption restricts the pipe
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _private(Path(runtime)):
        return Path(runtime)
    from platformdirs import user_cache_path

    folder = user_cache_path("ifdesk", appauthor=False) / "run"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(folder, 0o700)
    except OSError:
        return None
    return folder if _private(folder) else None


def _private(folder: Path) -> bool:
    try:
        st = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and st.st_mode & 0o077 == 0


def address(folder: Path) -> str | None:
    """One address per workspace folder and user (short: AF_UNIX paths are limited to ~100 bytes)."""
    uid = os.getuid() if hasattr(os, "getuid") else ""
    key = hashlib.sha256(f"{os.path.realpath(folder)}|{uid}".encode()).hexdigest()[:16]
    if sys.platform == "win32":
        return f"ifdesk-{key}"
    where = socket_dir()
    return str(where / f"ifdesk-{key}.sock") if where is not None else None


def _mac(token: bytes, challenge: bytes, message: bytes) -> bytes:
    return hmac.new(token, challenge + message, hashlib.sha256).digest()


class _Peer(QObject):
    """One connection: challenge sent, answer awaited under a time limit, then dropped either way."""

    def __init__(self, server: "Server", sock: QLocalSocket):
        super().__init__(server)
        self.server, self.sock = server, sock
        self.challenge = secrets.token_bytes(CHALLENGE)
        self.buf = b""
        self.done = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.drop("délai dépassé"))
        self.timer.start(CONNECTION_TIMEOUT_MS)
        sock.readyRead.connect(self.read)
        sock.disconnected.connect(lambda: self.drop(None) if not self.done else None)
        server.peers.add(self)  # kept alive until it is done
        sock.write(self.challenge)
        sock.flush()

    def read(self) -> None:
        if self.done:
            return
        self.buf += bytes(self.sock.readAll().data())
        if len(self.buf) < 32 + 4:
            return
        mac, (size,) = self.buf[:32], struct.unpack(">I", self.buf[32:36])
        if size > MAX_MESSAGE:
            self.drop("message trop long")
            return
        if len(self.buf) < 36 + size:
            return
        message = self.buf[36:36 + size]
        if not hmac.compare_digest(mac, _mac(self.server.token, self.challenge, message)):
            self.drop("jeton incorrect")
            return
        try:
            files = [str(f) for f in json.loads(message.decode("utf-8")).get("open", []) if isinstance(f, str)]
        except (ValueError, AttributeError) as exc:
            self.drop(f"message illisible ({exc})")
            return
        self.sock.write(b"ok")
        self.sock.flush()
        self.finish()
        self.server.on_files(files)

    def drop(self, why: str | None) -> None:
        if self.done:
            return
        if why:
            logger.warning("second lancement refusé : %s", why)
            self.sock.abort()
        self.finish()

    def finish(self) -> None:
        self.done = True
        self.timer.stop()
        self.server.peers.discard(self)
        self.sock.disconnectFromServer()
        self.sock.deleteLater()


class Server(QObject):
    """Listens while the window is open, in its event loop; `on_files(list[str])` is called on the GUI thread."""

    def __init__(self, folder: Path, on_files: Callable[[list[str]], None]):
        super().__init__()
        self.folder = Path(folder)
        self.on_files = on_files
        self.token_path = self.folder / TOKEN_NAME
        self.token = b""
        self._server: QLocalServer | None = None
        self.peers: set[_Peer] = set()

    def start(self) -> bool:
        addr = address(self.folder)
        if addr is None:
            logger.warning("transmission des fichiers d'un second lancement indisponible : pas de dossier privé")
            return False
        self.token = secrets.token_bytes(32)
        try:
            if self.token_path.exists():
                self.token_path.unlink()  # a new file, so that it gets the owner-only mode below
            fd = os.open(self.token_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(self.token)
        except OSError as exc:
            logger.warning("transmission des fichiers d'un second lancement indisponible : %s", exc)
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(addr):
            QLocalServer.removeServer(addr)  # we hold the workspace lock: a socket left there is a dead window's
            if not server.listen(addr):
                logger.warning("transmission des fichiers d'un second lancement indisponible : %s", server.errorString())
                self._unlink_token()
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            _Peer(self, server.nextPendingConnection())

    def close(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
            server.deleteLater()
        self._unlink_token()

    def _unlink_token(self) -> None:
        try:
            self.token_path.unlink()
        except OSError:
            pass


def hand_over(folder: Path, files: list[str], timeout_s: float = 5.0) -> bool:
    """From a second launch: give `files` (possibly none: just come to the front) to the window that has
    `folder` open. False when there is no such window (the caller then says the workspace is busy), or
    when it does not answer within `timeout_s` (each step bounded: no thread, no event loop needed)."""
    addr = address(Path(folder))
    if addr is None:
        return False
    try:
        token = (Path(folder) / TOKEN_NAME).read_bytes()
        with _connect(addr, timeout_s) as conn:
            challenge = conn.recv_exactly(CHALLENGE)
            message = json.dumps({"open": files}).encode("utf-8")
            conn.send(_mac(token, challenge, message) + struct.pack(">I", len(message)) + message)
            return conn.recv_exactly(2) == b"ok"
    except (OSError, EOFError, TimeoutError) as exc:
        logger.info("pas de fenêtre à qui transmettre, ou elle ne répond pas (%s)", exc)
        return False


class _UnixClient:
    def __init__(self, addr: str, timeout_s: float):
        import socket

        self.s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.s.settimeout(timeout_s)
        try:
            self.s.connect(addr)
        except OSError:
            self.s.close()
            raise

    def recv_exactly(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.s.recv(n - len(data))
            if not chunk:
                raise EOFError("connexion fermée")
            data += chunk
        return data

    def send(self, data: bytes) -> None:
        self.s.sendall(data)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.s.close()


class _PipeClient:
    """Windows: the named pipe through QLocalSocket's blocking calls."""

    def __init__(self, addr: str, timeout_s: float):
        self.ms = int(timeout_s * 1000)
        self.s = QLocalSocket()
        self.s.connectToServer(addr)
        if not self.s.waitForConnected(self.ms):
            raise OSError(self.s.errorString())

    def recv_exactly(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            if not self.s.bytesAvailable() and not self.s.waitForReadyRead(self.ms):
                raise TimeoutError(self.s.errorString())
            data += bytes(self.s.read(n - len(data)).data())
        return data

    def send(self, data: bytes) -> None:
        self.s.write(data)
        if not self.s.waitForBytesWritten(self.ms):
            raise TimeoutError(self.s.errorString())

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.s.abort()


def _connect(addr: str, timeout_s: float):
    return _PipeClient(addr, timeout_s) if sys.platform == "win32" else _UnixClient(addr, timeout_s)
