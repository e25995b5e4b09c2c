"""Issue 12 finding 15: the private key under age's scrypt envelope (old PBKDF2 keys migrated at their
next unlock), weak passphrases refused with a reason, the workspace private to its user."""

from __future__ import annotations

import os
import stat
import sys

import pytest
from cryptography.hazmat.primitives import serialization

from ifdesk.bundle import BadPassphrase, create_identity, describe, rotate_identity
from ifdesk.bundle.identity import signing_key, unb64
from ifdesk.core.errors import ValidationError
from ifdesk.core.passphrase import passphrase_problem
from ifdesk.store import Workspace
from tests.bundle_kit import PASS, lone_identity

STRONG = PASS  # "correct horse battery staple"


def _stored(ws) -> str:
    return ws.db.execute("SELECT private_key_pem FROM identity").fetchone()[0]


def test_new_key_is_under_age_scrypt(workspace):
    create_identity(workspace, "Claire Martin", "Cabinet", "expert", STRONG)
    stored = _stored(workspace)
    assert stored.startswith("age-scrypt:") and "PRIVATE KEY" not in stored
    key = signing_key(workspace, STRONG)
    with pytest.raises(BadPassphrase):
        signing_key(workspace, STRONG + "!")
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert raw == unb64(describe(workspace)["public_key"], 32)  # the envelope holds the identity's own key


def test_old_pbkdf2_key_migrated_at_next_unlock(workspace):
    create_identity(workspace, "Claire Martin", "Cabinet", "expert", STRONG)
    key = signing_key(workspace, STRONG)
    old = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.BestAvailableEncryption(STRONG.encode())).decode()  # as 0.1 stored it
    with workspace.transaction():
        workspace.db.execute("UPDATE identity SET private_key_pem = ?", (old,))
    with pytest.raises(BadPassphrase):
        signing_key(workspace, "not the right passphrase")
    assert _stored(workspace) == old  # a wrong passphrase migrates nothing
    again = signing_key(workspace, STRONG)
    assert again.public_key() == key.public_key()
    assert _stored(workspace).startswith("age-scrypt:")
    assert signing_key(workspace, STRONG).public_key() == key.public_key()


@pytest.mark.parametrize("weak", ["aaaaaaaa", "aaaaaaaaaaaaaaaa", "short pass", "123456789012", "abcdefghijklmnop",
                                  "motdepasse123", "azertyuiopqsdf", "ababababababab", "Password1234"])
def test_weak_passphrases_refused_with_a_reason(workspace, weak):
    assert passphrase_problem(weak)
    with pytest.raises(ValidationError) as e:
        create_identity(workspace, "Claire Martin", "Cabinet", "expert", weak)
    assert "trop faible" in str(e.value)
    assert workspace.identity() is None


def test_weak_passphrase_refused_at_change(tmp_path):
    ws = lone_identity(tmp_path / "ws", "Claire Martin", "Cabinet")  # made with PASS (== STRONG), copied
    with pytest.raises(ValidationError, match="trop faible"):
        rotate_identity(ws, STRONG, "aaaaaaaaaaaaaaaa")
    ws.close()


@pytest.mark.parametrize("good", [STRONG, "phrase secrète de test", "Tr0ub4dor&3-x!", "le chat dort au soleil"])
def test_good_passphrases_pass(good):
    assert passphrase_problem(good) is None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_workspace_private_under_umask_022(tmp_path):
    from ifdesk.store.db import backup_file
    from ifdesk.ui.log import setup_logging

    old = os.umask(0o022)
    try:
        folder = tmp_path / "ws"
        ws = Workspace(folder)
        with ws.transaction():
            ws.set_setting("x", "y")
        backup = backup_file(folder / "ifdesk.sqlite3" if (folder / "ifdesk.sqlite3").exists() else next(folder.glob("*.sqlite3")), 1)
        logs = setup_logging(tmp_path / "logs")
        files = [p for p in folder.iterdir() if p.is_file()] + [backup, logs]
        mode = lambda p: stat.S_IMODE(os.stat(p).st_mode)  # noqa: E731
        assert mode(folder) == 0o700 and mode(backup.parent) == 0o700 and mode(logs.parent) == 0o700
        assert any(p.name.endswith("-wal") for p in files)
        for p in files:
            assert mode(p) & 0o077 == 0, (p, oct(mode(p)))
        ws.close()
        # an existing workspace made readable by 0.1 becomes private at its next opening
        os.chmod(folder, 0o755)
        for p in folder.iterdir():
            if p.is_file():
                os.chmod(p, 0o644)
        Workspace(folder).close()
        assert mode(folder) == 0o700
        assert all(mode(p) & 0o077 == 0 for p in folder.iterdir() if p.is_file())
    finally:
        os.umask(old)
