"""A second launch on a workspace already open hands its files to the running window.

Double-clicking a received `.ifbundle` while ifdesk is open used to end on « already open by another
program ». Now the running window listens on a local socket (a named pipe on Windows) named after its
workspace; the second launch, refused by the workspace lock, sends it the files and quits, and the window
comes to the front and offers to import them.

Standard library only (`multiprocessing.connection`: HMAC-authenticated, bytes, never pickle). The key is
a random token the window writes in the workspace folder (`ifdesk.handover`, readable by its owner only),
so only someone who can read the workspace can talk to the window.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sys
import tempfile
import threading
import time
from multiprocessing.connection import Client, Listener
from pathlib import Path
from typing import Callable

from .log import logger

TOKEN_NAME = "ifdesk.handover"
MAX_MESSAGE = 1 << 20  # 1 MiB of file names is already absurd


def _family() -> str:
    return "AF_PIPE" if sys.platform == "win32" else "AF_UNIX"


def address(folder: Path) -> str:
    """One address per workspace folder and user (short: AF_UNIX paths are limited to ~100 bytes)."""
    key = hashlib.sha256(f"{os.path.realpath(folder)}|{os.getuid() if hasattr(os, 'getuid') else ''}".encode()).hexdigest()[:16]
    if sys.platform == "win32":
        return rf"\\.\pipe\ifdesk-{key}"
    folder_for_sockets = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()  # the user's own, if any
    return str(Path(folder_for_sockets) / f"ifdesk-{key}.sock")


class Server:
    """Listens while the window is open; `on_files(list[str])` is called on the listener's thread (the
    caller hands it to the GUI thread)."""

    def __init__(self, folder: Path, on_files: Callable[[list[str]], None]):
        self.folder = Path(folder)
        self.on_files = on_files
        self.token_path = self.folder / TOKEN_NAME
        self._listener: Listener | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> bool:
        token = secrets.token_bytes(32)
        addr = address(self.folder)
        try:
            if _family() == "AF_UNIX" and os.path.exists(addr):
                os.unlink(addr)  # we hold the workspace lock: a socket left there is a dead window's
            if self.token_path.exists():
                self.token_path.unlink()  # a new file, so that it gets the owner-only mode below
            fd = os.open(self.token_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(token)
            self._listener = Listener(addr, family=_family(), authkey=token)
        except OSError as exc:
            logger.warning("transmission des fichiers d'un second lancement indisponible : %s", exc)
            return False
        self._thread = threading.Thread(target=self._serve, name="ifdesk-handover", daemon=True)
        self._thread.start()
        return True

    def _serve(self) -> None:
        listener = self._listener
        while self._listener is not None:
            try:
                conn = listener.accept()  # authenticates (HMAC challenge) before returning
            except (OSError, EOFError):
                time.sleep(0.05)  # never a busy loop, whatever the error
                continue  # a client that went away, or the listener closed (the loop then ends)
            except Exception as exc:  # AuthenticationError: a client without the token
                logger.warning("second lancement refusé : %s", exc)
                continue
            if self._listener is None:
                conn.close()  # the wake-up call of close()
                return
            try:
                with conn:
                    if conn.poll(5):
                        message = json.loads(conn.recv_bytes(MAX_MESSAGE).decode("utf-8"))
                        files = [str(f) for f in message.get("open", []) if isinstance(f, str)]
                        self.on_files(files)
                        conn.send_bytes(b"ok")
            except (OSError, EOFError, ValueError, AttributeError) as exc:
                logger.warning("message d'un second lancement illisible : %s", exc)

    def close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is None:
            return
        # A blocked accept() is not woken by closing its socket everywhere: knock once, without the key,
        # so that the knock itself never waits (the listener's challenge then fails and its loop ends).
        if self._thread is not None and self._thread.is_alive():
            try:
                Client(listener.address, family=_family()).close()
            except Exception:
                pass
        if self._thread is not None:
            self._thread.join(timeout=2)
        try:
            listener.close()
        except OSError:
            pass
        try:
            self.token_path.unlink()
        except OSError:
            pass


def hand_over(folder: Path, files: list[str], timeout_s: float = 5.0) -> bool:
    """From a second launch: give `files` (possibly none: just come to the front) to the window that has
    `folder` open. False when there is no such window (the caller then says the workspace is busy), or
    when it does not answer within `timeout_s` (multiprocessing's client has no timeout of its own: the
    exchange runs in a daemon thread, left behind if it hangs)."""
    outcome: list[bool] = []

    def exchange() -> None:
        try:
            token = (Path(folder) / TOKEN_NAME).read_bytes()
            with Client(address(Path(folder)), family=_family(), authkey=token) as conn:
                conn.send_bytes(json.dumps({"open": files}).encode("utf-8"))
                outcome.append(conn.poll(timeout_s) and conn.recv_bytes(16) == b"ok")
        except (OSError, EOFError, ValueError) as exc:
            logger.info("pas de fenêtre à qui transmettre (%s)", exc)
        except Exception as exc:  # AuthenticationError: a stale token
            logger.info("fenêtre injoignable (%s)", exc)

    worker = threading.Thread(target=exchange, name="ifdesk-handover-client", daemon=True)
    worker.start()
    worker.join(timeout_s)
    return bool(outcome and outcome[0])
