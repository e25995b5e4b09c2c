"""Open (or make) the office's age identity, and open the signing key, in a child process, so that
scrypt never holds the window's GIL.

Measured: pyrage's passphrase decryption (age's scrypt, ~0.8 s here) keeps the GIL for its whole
run, so doing it on the worker thread froze the window for as long (a 762 ms block during an
import). The child receives the encrypted identity and the passphrase on stdin (never on the
command line) and answers one line: `OK <AGE-SECRET-KEY-…>` or `ERR <message>`.
`python -m ifdesk.ui.views.sync_child`
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys

from ...bundle.identity import ENVELOPE, BadPassphrase, age_identity, key_from_pem, signing_key, unb64
from ...core.errors import IfdeskError
from ...i18n import _
from ...store.keys import KeyStore


def open_age_identity(ws, passphrase: str):
    """The office's `pyrage.x25519.Identity`; BadPassphrase when the passphrase is wrong."""
    import pyrage

    row = KeyStore(ws.db).identity_row()
    if row is None or not row["age_identity_enc"] or getattr(sys, "frozen", False):
        return age_identity(ws, passphrase)  # the same refusals; a frozen build has no `python -m`
    p = subprocess.run([sys.executable, "-m", "ifdesk.ui.views.sync_child"], capture_output=True, timeout=120,
                       input=json.dumps({"enc": row["age_identity_enc"], "passphrase": passphrase}),
                       text=True, encoding="utf-8")
    kind, _sep, rest = p.stdout.strip().partition(" ")
    if kind == "OK":
        return pyrage.x25519.Identity.from_str(rest)
    if kind == "BAD":  # the message of ifdesk.bundle.identity.age_identity
        raise BadPassphrase(_("Phrase secrète incorrecte : la clé de déchiffrement du bureau n'a pas pu être ouverte."))
    raise IfdeskError(rest or (p.stderr.strip().splitlines() or ["?"])[-1])


def open_signing_key(ws, passphrase: str):
    """The workspace's Ed25519 key, unwrapped from its age envelope in a child process; BadPassphrase when
    wrong. A key still in 0.1's format (or a frozen build) is opened here, and re-wrapped, by `signing_key`."""
    row = KeyStore(ws.db).identity_row()
    stored = row["private_key_pem"] if row else ""
    if not stored.startswith(ENVELOPE) or getattr(sys, "frozen", False):
        return signing_key(ws, passphrase)
    p = subprocess.run([sys.executable, "-m", "ifdesk.ui.views.sync_child"], capture_output=True, timeout=120,
                       input=json.dumps({"enc": stored[len(ENVELOPE):], "passphrase": passphrase}),
                       text=True, encoding="utf-8")
    kind, _sep, rest = p.stdout.strip().partition(" ")
    if kind == "OK":
        return key_from_pem(rest.encode("ascii") + b"\n")
    if kind == "BAD":  # the message of ifdesk.bundle.identity.signing_key
        raise BadPassphrase(_("Phrase secrète incorrecte : la clé privée de l'identité n'a pas pu être déchiffrée."))
    raise IfdeskError(rest or (p.stderr.strip().splitlines() or ["?"])[-1])


def make_age_keys(passphrase: str) -> tuple[str, str] | None:
    """A new age identity for an office, made and encrypted under `passphrase` in a child process:
    (recipient, base64 of the encrypted identity). None in a frozen build (the caller makes it)."""
    if getattr(sys, "frozen", False):
        return None
    p = subprocess.run([sys.executable, "-m", "ifdesk.ui.views.sync_child"], capture_output=True, timeout=120,
                       input=json.dumps({"make": True, "passphrase": passphrase}), text=True, encoding="utf-8")
    kind, _sep, rest = p.stdout.strip().partition(" ")
    if kind != "NEW":
        raise IfdeskError(rest or (p.stderr.strip().splitlines() or ["?"])[-1])
    recipient, enc = rest.split(" ", 1)
    return recipient, enc


def _main() -> int:
    import pyrage

    req = json.loads(sys.stdin.read())
    if req.get("make"):  # only the public recipient and the encrypted identity leave the child
        ident = pyrage.x25519.Identity.generate()
        enc = base64.b64encode(pyrage.passphrase.encrypt(str(ident).encode("ascii"), req["passphrase"])).decode("ascii")
        print(f"NEW {ident.to_public()} {enc}", flush=True)
        return 0
    try:
        secret = pyrage.passphrase.decrypt(unb64(req["enc"]), req["passphrase"] or "")
    except Exception:  # pyrage's DecryptError: a wrong passphrase
        print("BAD", flush=True)
        return 1
    print("OK " + secret.decode("ascii"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_main())
