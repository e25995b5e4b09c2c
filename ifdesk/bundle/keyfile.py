"""Files that hold secrets: the identity backup and the office's age identity for the standard tool.

- `identity backup`: the whole identity (Ed25519 private key still encrypted as PKCS#8, the office's age
  identity still under its passphrase encryption, the card, the previous key ids) as JSON, encrypted
  with age's passphrase mode (scrypt, through pyrage) under the identity's own passphrase. The standard
  `age -d` opens it with the same passphrase. `identity restore` checks it all before writing anything.
- `identity age-identity`: an office's age identity as the standard `AGE-SECRET-KEY-1…` file (mode 0600),
  so that `age -d -i FILE bundle.ifbundle.age` works without ifdesk (docs/bundle-format.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyrage

from ..core.atomic import atomic_write
from ..core.errors import IfdeskError
from ..i18n import _
from ..store.db import utcnow
from .identity import (BadPassphrase, CardInvalid, age_identity, canonical, describe, identity_record,
                       install_identity, signing_key)

if TYPE_CHECKING:
    from ..store.workspace import Workspace

BACKUP_TYPE = "ifdesk-identity-backup"
MAX_BACKUP_BYTES = 1024 * 1024


def write_secret(path: str | Path, data: bytes) -> Path:
    """Write a file only its owner can read (0600), atomically (a temporary name, fsync, rename)."""
    path = Path(path)
    try:
        atomic_write(path, data, mode=0o600)
    except OSError as exc:
        raise IfdeskError(_("Impossible d'écrire {p} : {e}", p=path, e=exc.strerror or exc)) from None
    return path


def backup_identity(ws: Workspace, path: str | Path, passphrase: str) -> dict[str, Any]:
    """Write the identity backup; the passphrase must open the key (a backup nobody can open is no backup)."""
    signing_key(ws, passphrase)
    info = describe(ws)
    if info["role"] == "office":
        age_identity(ws, passphrase)
    data = canonical({"type": BACKUP_TYPE, "version": 1, "created_at": utcnow(), "identity": identity_record(ws)})
    write_secret(path, pyrage.passphrase.encrypt(data, passphrase))
    return info


def read_backup(path: str | Path, passphrase: str) -> dict[str, Any]:
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            blob = fh.read(MAX_BACKUP_BYTES + 1)
    except OSError as exc:
        raise IfdeskError(_("Fichier illisible : {p} ({e})", p=p, e=exc.strerror or exc)) from None
    if len(blob) > MAX_BACKUP_BYTES or not blob.startswith(b"age-encryption.org/v1"):
        raise CardInvalid(_("{p} n'est pas une sauvegarde d'identité ifdesk.", p=p))
    try:
        plain = pyrage.passphrase.decrypt(blob, passphrase or "")
    except Exception:  # pyrage.DecryptError
        raise BadPassphrase(_("Phrase secrète incorrecte : la sauvegarde {p} n'a pas pu être ouverte.", p=p)) from None
    try:
        data = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("type") != BACKUP_TYPE or data.get("version") != 1 \
            or not isinstance(data.get("identity"), dict):
        raise CardInvalid(_("{p} n'est pas une sauvegarde d'identité ifdesk.", p=p))
    return data["identity"]


def restore_identity(ws: Workspace, path: str | Path, passphrase: str, force: bool = False) -> dict[str, Any]:
    """The backed-up identity into this workspace (refused over an existing one unless `force`)."""
    return install_identity(ws, read_backup(path, passphrase), passphrase, force=force)


def export_age_identity(ws: Workspace, path: str | Path, passphrase: str) -> dict[str, Any]:
    """An office's age identity as a standard age identity file (`age -d -i FILE`), mode 0600."""
    info = describe(ws)
    ident = age_identity(ws, passphrase)
    text = (f"# ifdesk: age identity of {info['name']} ({info['org']}), key {info['key_id']}\n"
            f"# created: {utcnow()}\n# public key: {info['age_recipient']}\n{ident}\n")
    write_secret(path, text.encode("utf-8"))
    return info
