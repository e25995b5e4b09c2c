"""A second launch on a workspace already open hands its files to the running window (ui/handover.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading  # noqa: E402

from ifdesk.ui.handover import TOKEN_NAME, Server, address, hand_over  # noqa: E402


def handed(qtbot, folder, files, timeout_s: float = 5.0) -> bool:
    """hand_over() from another thread (as from a second process) while this one runs the window's event loop."""
    out: list[bool] = []
    t = threading.Thread(target=lambda: out.append(hand_over(folder, files, timeout_s)), daemon=True)
    t.start()
    qtbot.waitUntil(lambda: not t.is_alive(), timeout=int(timeout_s * 3000) + 5000)
    return out[0]


def test_the_window_receives_files_only_from_who_holds_the_token(qapp, qtbot, tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    got: list[list[str]] = []
    server = Server(folder, got.append)
    assert server.start()
    try:
        assert oct((folder / TOKEN_NAME).stat().st_mode & 0o777) == "0o600"
        assert handed(qtbot, folder, ["/tmp/a.ifbundle", "/tmp/b.ifbundle"])
        assert handed(qtbot, folder, [])                          # no file: just come to the front
        assert got == [["/tmp/a.ifbundle", "/tmp/b.ifbundle"], []]
        token = (folder / TOKEN_NAME).read_bytes()
        (folder / TOKEN_NAME).write_bytes(b"x" * 32)              # someone without the right token
        assert not handed(qtbot, folder, ["/tmp/evil.ifbundle"])
        assert got == [["/tmp/a.ifbundle", "/tmp/b.ifbundle"], []]
        (folder / TOKEN_NAME).write_bytes(token)
        assert handed(qtbot, folder, ["/tmp/c.ifbundle"])          # still listening after a refusal
    finally:
        server.close()
    assert got[-1] == ["/tmp/c.ifbundle"]
    assert not (folder / TOKEN_NAME).exists()
    assert not handed(qtbot, folder, ["/tmp/d.ifbundle"])          # closed: nobody to hand over to


def test_a_connection_that_never_answers_is_dropped_and_blocks_nobody(qapp, qtbot, tmp_path):
    """Issue 12 finding 16: a local client that connects and says nothing is cut off after a few
    seconds; meanwhile, and after, a genuine second launch is served."""
    import socket

    if sys.platform == "win32":
        pytest.skip("AF_UNIX")
    folder = tmp_path / "ws"
    folder.mkdir()
    got: list[list[str]] = []
    server = Server(folder, got.append)
    assert server.start()
    mute = socket.socket(socket.AF_UNIX)
    try:
        mute.connect(address(folder))
        qtbot.wait(100)
        assert handed(qtbot, folder, ["/tmp/during.ifbundle"])     # not blocked by the mute one
        mute.settimeout(0.1)
        closed = []

        def peer_closed() -> bool:  # the window hung up on it: EOF after its challenge
            try:
                while True:
                    chunk = mute.recv(64)
                    if not chunk:
                        closed.append(True)
                        return True
            except (TimeoutError, BlockingIOError):
                return False
            except OSError:
                closed.append(True)
                return True

        qtbot.waitUntil(peer_closed, timeout=10_000)
        assert closed and handed(qtbot, folder, ["/tmp/after.ifbundle"])
        assert got == [["/tmp/during.ifbundle"], ["/tmp/after.ifbundle"]]
    finally:
        mute.close()
        server.close()


def test_the_socket_lives_in_a_private_folder_never_in_shared_tmp(qapp, tmp_path, monkeypatch):
    """Issue 12 finding 16: without XDG_RUNTIME_DIR, not a guessable name in /tmp but a 0700 folder of the user's."""
    import stat
    import tempfile

    if sys.platform == "win32":
        pytest.skip("AF_UNIX")
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    folder = tmp_path / "ws"
    folder.mkdir()
    addr = Path(address(folder))
    assert not str(addr).startswith(tempfile.gettempdir() + os.sep + "ifdesk-")
    st = os.stat(addr.parent)
    assert st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) == 0o700
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    os.chmod(shared, 0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))              # not private: not used
    assert Path(address(folder)).parent != shared
    server = Server(folder, lambda files: None)
    assert server.start()
    try:
        assert stat.S_IMODE(os.stat(address(folder)).st_mode) & 0o077 == 0
    finally:
        server.close()


def test_a_second_launch_hands_its_bundle_to_the_open_window(qapp, qtbot, data_dir, tmp_path, monkeypatch):
    from ifdesk.ui.app import Controller, UiPrefs
    from ifdesk.ui.views import sync_dialogs

    asked: list[str] = []
    monkeypatch.setattr(sync_dialogs, "confirm", lambda parent, title, text, *a, **k: asked.append(text) or False)
    ctl = Controller(qapp, data_dir, UiPrefs())
    ctl.start()
    try:
        ctl.window.show()
        qtbot.waitUntil(lambda: ctl.handover is not None, timeout=10_000)   # listening once the first page is up
        bundle = tmp_path / "visite-forges.ifbundle"
        bundle.write_bytes(b"PK")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        second = subprocess.Popen([sys.executable, "-m", "ifdesk", "--data-dir", str(data_dir), "gui", "--open", str(bundle)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        deadline = time.monotonic() + 60
        qtbot.waitUntil(lambda: second.poll() is not None or time.monotonic() > deadline, timeout=65_000)
        out, err = second.communicate(timeout=5)
        assert second.returncode == 0, err                        # no « already open » refusal
        qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
        assert "visite-forges.ifbundle" in asked[0]               # the open window offers to import it
        assert ctl.window.page() == "sync"
    finally:
        ctl.stop()
    assert not (data_dir / TOKEN_NAME).exists()


def test_a_stale_token_file_is_replaced_with_owner_only_access(qapp, qtbot, tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    stale = folder / TOKEN_NAME
    stale.write_bytes(b"old")
    stale.chmod(0o644)
    server = Server(folder, lambda files: None)
    assert server.start()
    try:
        assert oct(stale.stat().st_mode & 0o777) == "0o600" and stale.read_bytes() != b"old"
        assert handed(qtbot, folder, [])
    finally:
        server.close()


def test_closing_never_hangs_whatever_the_listener_was_doing(qapp, qtbot, tmp_path):
    """No thread any more: closing right after a message, or while a client is connected, returns at once."""
    folder = tmp_path / "ws"
    folder.mkdir()
    for i in range(20):
        server = Server(folder, lambda files: None)
        assert server.start()
        if i % 2:
            assert handed(qtbot, folder, [f"/tmp/{i}.ifbundle"])   # closing right after a message
        server.close()
    assert not (folder / TOKEN_NAME).exists()


def test_a_window_that_does_not_answer_does_not_hang_the_second_launch(qapp, tmp_path):
    """A listener that accepts and then says nothing (a frozen window): the second launch gives up."""
    import socket
    import time

    from ifdesk.ui.handover import address

    if sys.platform == "win32":
        pytest.skip("AF_UNIX")
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / TOKEN_NAME).write_bytes(b"t" * 32)
    mute = socket.socket(socket.AF_UNIX)
    mute.bind(address(folder))
    mute.listen(1)
    try:
        t = time.monotonic()
        assert not hand_over(folder, ["/tmp/a.ifbundle"], timeout_s=1.0)
        assert time.monotonic() - t < 5
    finally:
        mute.close()
        os.unlink(address(folder))
