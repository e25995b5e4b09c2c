"""Finding 6 of issue 16: the identity can be backed up and restored, and an office's age identity exported
for the standard `age` tool."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess

import pyrage
import pytest

from ifdesk.bundle import BadPassphrase, describe
from ifdesk.bundle.identity import age_identity, card, signing_key
from ifdesk.bundle.keyfile import backup_identity, export_age_identity, restore_identity
from ifdesk.core.errors import IfdeskError
from ifdesk.store import Workspace
from tests.bundle_kit import PASS, completed_diag, dump, export_one, new_pair, opened_age, opened_key
from tests.conftest import run_cli


@pytest.fixture
def pair(tmp_path):
    expert, office = new_pair(tmp_path)
    yield expert, office
    expert.close()
    office.close()


def _mode(p) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_expert_backup_restores_into_a_new_workspace(pair, tmp_path):
    expert, _office = pair
    f = tmp_path / "claire.ifidentity"
    backup_identity(expert, f, PASS)
    assert _mode(f) == 0o600 and f.read_bytes().startswith(b"age-encryption.org/v1")
    assert b"PRIVATE KEY" not in f.read_bytes()
    new = Workspace(tmp_path / "new-laptop")
    try:
        info = restore_identity(new, f, PASS)
        assert info["key_id"] == describe(expert)["key_id"] and info["fingerprint"] == describe(expert)["fingerprint"]
        assert card(new) == card(expert)
        assert signing_key(new, PASS).public_key().public_bytes_raw() == opened_key(expert).public_key().public_bytes_raw()
    finally:
        new.close()


def test_restore_refuses_an_existing_identity_without_force(pair, tmp_path):
    expert, office = pair
    f = tmp_path / "office.ifidentity"
    backup_identity(office, f, PASS)
    before = dump(expert)
    with pytest.raises(IfdeskError, match="--force"):
        restore_identity(expert, f, PASS)
    assert dump(expert) == before
    info = restore_identity(expert, f, PASS, force=True)
    assert info["role"] == "office" and info["replaced"] is not None
    assert str(age_identity(expert, PASS).to_public()) == describe(office)["age_recipient"]


def test_wrong_passphrases_write_nothing(pair, tmp_path):
    expert, _office = pair
    f = tmp_path / "b.ifidentity"
    with pytest.raises(BadPassphrase):
        backup_identity(expert, f, "not the passphrase")
    assert not f.exists()
    backup_identity(expert, f, PASS)
    new = Workspace(tmp_path / "new")
    try:
        before = dump(new)
        with pytest.raises(BadPassphrase):
            restore_identity(new, f, "not the passphrase")
        garbage = tmp_path / "g.ifidentity"
        garbage.write_bytes(pyrage.passphrase.encrypt(b'{"type": "other"}', PASS))
        with pytest.raises(IfdeskError, match="sauvegarde d'identité"):
            restore_identity(new, garbage, PASS)
        assert dump(new) == before
    finally:
        new.close()


def test_tampered_backup_is_refused(pair, tmp_path):
    expert, office = pair
    # an expert's record carrying the office's card: the private key does not match the card
    from ifdesk.bundle.identity import identity_record
    from ifdesk.bundle.keyfile import BACKUP_TYPE, write_secret

    rec = identity_record(expert) | {"card": json.dumps(card(office))}
    f = tmp_path / "t.ifidentity"
    write_secret(f, pyrage.passphrase.encrypt(json.dumps({"type": BACKUP_TYPE, "version": 1, "identity": rec}).encode(), PASS))
    new = Workspace(tmp_path / "new")
    try:
        with pytest.raises(IfdeskError, match="incohérente"):
            restore_identity(new, f, PASS)
    finally:
        new.close()


def test_office_age_identity_opens_a_bundle_with_the_standard_tool(pair, tmp_path):
    expert, office = pair
    bundle = export_one(expert, completed_diag(expert), tmp_path / "out", encrypt=True)
    key = tmp_path / "office.agekey"
    export_age_identity(office, key, PASS)
    assert _mode(key) == 0o600
    lines = key.read_text().splitlines()
    assert lines[-1].startswith("AGE-SECRET-KEY-1") and all(ln.startswith("#") for ln in lines[:-1])
    with pytest.raises(IfdeskError):
        export_age_identity(expert, tmp_path / "expert.agekey", PASS)  # an expert has no decryption key
    expected = pyrage.decrypt(bundle.read_bytes(), [opened_age(office)])
    if shutil.which("age"):
        got = subprocess.run(["age", "-d", "-i", str(key), str(bundle)], capture_output=True, check=True).stdout
    else:  # the same file read as age reads it
        got = pyrage.decrypt(bundle.read_bytes(), [pyrage.x25519.Identity.from_str(lines[-1])])
    assert got == expected and got[:2] == b"PK"


def test_cli_backup_restore_and_age_identity(tmp_path):
    env = {"IFDESK_PASSPHRASE": PASS}
    a, b = tmp_path / "a", tmp_path / "b"
    ok = lambda p: (p.returncode == 0 or pytest.fail(p.stderr)) and p  # noqa: E731
    ok(run_cli("identity", "init", "--name", "Bureau", "--org", "Région", "--role", "office", data_dir=a, env=env))
    f = tmp_path / "bureau.ifidentity"
    out = ok(run_cli("identity", "backup", "-o", str(f), data_dir=a, env=env)).stdout
    assert str(f) in out
    restored = json.loads(ok(run_cli("identity", "restore", str(f), "--json", data_dir=b, env=env)).stdout)
    shown = json.loads(ok(run_cli("identity", "show", "--json", data_dir=a)).stdout)
    assert restored["key_id"] == shown["key_id"] and restored["age_recipient"] == shown["age_recipient"]
    p = run_cli("identity", "restore", str(f), data_dir=b, env=env)
    assert p.returncode == 1 and "--force" in p.stderr
    assert ok(run_cli("identity", "restore", str(f), "--force", data_dir=b, env=env))
    k = tmp_path / "k.txt"
    ok(run_cli("identity", "age-identity", "-o", str(k), data_dir=b, env=env))
    assert k.read_text().splitlines()[-1].startswith("AGE-SECRET-KEY-1") and _mode(k) == 0o600
    p = run_cli("identity", "age-identity", "-o", str(k), data_dir=b, env={"IFDESK_PASSPHRASE": "wrong passphrase"})
    assert p.returncode == 1 and "Phrase secrète incorrecte" in p.stderr
