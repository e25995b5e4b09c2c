"""A second launch on a workspace already open hands its files to the running window (ui/handover.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ifdesk.ui.handover import TOKEN_NAME, Server, hand_over  # noqa: E402


def test_the_window_receives_files_only_from_who_holds_the_token(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    got: list[list[str]] = []
    server = Server(folder, got.append)
    assert server.start()
    try:
        assert oct((folder / TOKEN_NAME).stat().st_mode & 0o777) == "0o600"
        assert hand_over(folder, ["/tmp/a.ifbundle", "/tmp/b.ifbundle"])
        assert hand_over(folder, [])                              # no file: just come to the front
        assert got == [["/tmp/a.ifbundle", "/tmp/b.ifbundle"], []]
        token = (folder / TOKEN_NAME).read_bytes()
        (folder / TOKEN_NAME).write_bytes(b"x" * 32)              # someone without the right token
        assert not hand_over(folder, ["/tmp/evil.ifbundle"])
        assert got == [["/tmp/a.ifbundle", "/tmp/b.ifbundle"], []]
        (folder / TOKEN_NAME).write_bytes(token)
        assert hand_over(folder, ["/tmp/c.ifbundle"])              # still listening after a refusal
    finally:
        server.close()
    assert got[-1] == ["/tmp/c.ifbundle"]
    assert not (folder / TOKEN_NAME).exists()
    assert not hand_over(folder, ["/tmp/d.ifbundle"])              # closed: nobody to hand over to


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


def test_a_stale_token_file_is_replaced_with_owner_only_access(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    stale = folder / TOKEN_NAME
    stale.write_bytes(b"old")
    stale.chmod(0o644)
    server = Server(folder, lambda files: None)
    assert server.start()
    try:
        assert oct(stale.stat().st_mode & 0o777) == "0o600" and stale.read_bytes() != b"old"
        assert hand_over(folder, [])
    finally:
        server.close()


def test_closing_never_hangs_whatever_the_listener_was_doing(tmp_path):
    """The knock that wakes the listener up must not wait, even if the listener just left its loop."""
    import threading

    folder = tmp_path / "ws"
    folder.mkdir()
    for i in range(60):
        server = Server(folder, lambda files: None)
        assert server.start()
        if i % 2:
            assert hand_over(folder, [f"/tmp/{i}.ifbundle"])   # closing right after a message
        done = threading.Event()
        threading.Thread(target=lambda: (server.close(), done.set()), daemon=True).start()
        assert done.wait(10), f"close() hung at round {i}"


def test_a_window_that_does_not_answer_does_not_hang_the_second_launch(tmp_path):
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
