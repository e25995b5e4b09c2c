"""Issue 12 finding 12: an age header is bounded (size, stanzas) before anything costly (scrypt of the
office's key, X25519 per stanza); the window decrypts on its worker thread, never on the GUI thread."""

from __future__ import annotations

import base64
import os
import threading

import pyrage
import pytest

from ifdesk.bundle import import_paths
from ifdesk.bundle import importer
from ifdesk.bundle.container import AGE_MAGIC, MAX_AGE_HEADER, MAX_AGE_STANZAS
from tests.bundle_kit import PASS, SIRETS, completed_diag, dump, export_one, new_pair


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("age")
    expert, office = new_pair(tmp)
    d = completed_diag(expert, SIRETS[0], seed=7)
    data = export_one(expert, d, tmp / "enc.ifbundle", encrypt=True).read_bytes()
    assert data.startswith(AGE_MAGIC)
    yield {"tmp": tmp, "office": office, "data": data}
    expert.close()
    office.close()


def _b64(n: int) -> bytes:
    return base64.b64encode(os.urandom(n)).rstrip(b"=")


def stuffed(data: bytes, stanzas: int, body: int = 32) -> bytes:
    """The genuine file with `stanzas` random X25519 stanzas added in front of the genuine ones."""
    head = b"".join(b"-> X25519 " + _b64(32) + b"\n" + _b64(body) + b"\n" for _ in range(stanzas))
    return AGE_MAGIC + head + data[len(AGE_MAGIC):]


@pytest.fixture
def spies(monkeypatch):
    calls = {"decrypt": 0, "identity": 0}
    real_decrypt, real_identity = pyrage.decrypt, importer.age_identity

    def decrypt(*a, **k):
        calls["decrypt"] += 1
        return real_decrypt(*a, **k)

    def identity(*a, **k):
        calls["identity"] += 1
        return real_identity(*a, **k)

    monkeypatch.setattr(pyrage, "decrypt", decrypt)
    monkeypatch.setattr(importer, "age_identity", identity)
    return calls


@pytest.mark.parametrize("shape", ["many stanzas", "huge header", "no end"])
def test_stuffed_header_refused_before_any_decryption(env, spies, shape):
    data = env["data"]
    if shape == "many stanzas":
        bad = stuffed(data, 2000)
    elif shape == "huge header":
        bad = stuffed(data, 3, body=3000)  # few stanzas, long bodies
    else:
        bad = AGE_MAGIC + b"-> X25519 " + _b64(32) + b"\n" + b"A" * (MAX_AGE_HEADER * 4)
    path = env["tmp"] / f"bad-{shape.replace(' ', '-')}.ifbundle"
    path.write_bytes(bad)
    before = dump(env["office"], volatile={})
    [r] = import_paths(env["office"], [path], passphrase=PASS)
    assert r.status == "rejected" and "en-tête age" in r.reason, r.reason
    assert spies == {"decrypt": 0, "identity": 0}  # neither the scrypt of the key nor any X25519
    assert dump(env["office"], volatile={}) == before


def test_genuine_and_limit_headers_still_decrypt(env, spies):
    genuine = env["data"][:env["data"].index(b"\n--- ")].count(b"\n-> ")
    ok = stuffed(env["data"], MAX_AGE_STANZAS - genuine)  # within the bound: refused later, by age itself (MAC)
    path = env["tmp"] / "limit.ifbundle"
    path.write_bytes(ok)
    [r] = import_paths(env["office"], [path], passphrase=PASS)
    assert r.status == "rejected" and "en-tête age" not in r.reason and spies["decrypt"] == 1
    path = env["tmp"] / "genuine.ifbundle"
    path.write_bytes(env["data"])
    [r] = import_paths(env["office"], [path], passphrase=PASS)
    assert r.status == "imported", r.reason


def test_the_window_decrypts_on_its_worker_thread(qtbot, tmp_path, monkeypatch):
    pytest.importorskip("PySide6")
    from ifdesk.bundle import export_diagnostics, exportable_ids
    from ifdesk.store import Workspace
    from ifdesk.ui.views import sync_dialogs
    from tests.test_ui_sync_more import PASS as UI_PASS
    from tests.test_ui_sync_more import make_pair
    from tests.ui_helpers import close_window, idle, open_window

    expert_dir, office_dir = make_pair(tmp_path)
    out = tmp_path / "envoi"
    with Workspace(expert_dir) as ws:
        export_diagnostics(ws, exportable_ids(ws), out, UI_PASS, per_diagnostic=True)  # encrypted for the office
    threads = []
    real = pyrage.decrypt

    def decrypt(*a, **k):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*a, **k)

    monkeypatch.setattr(pyrage, "decrypt", decrypt)
    monkeypatch.setattr(sync_dialogs, "ask_passphrase", lambda *a, **k: UI_PASS)
    w = open_window(qtbot, office_dir)
    try:
        w.go("sync")
        idle(qtbot, w)
        w.sync.import_paths([str(out)])
        qtbot.waitUntil(lambda: w.sync.results_model.rowCount() == 2, timeout=30_000)
        idle(qtbot, w)
        assert {r["status"] for r in w.sync.results_model.rows()} == {"imported"}
        assert threads == [False, False]  # both decrypted, neither on the GUI thread
    finally:
        close_window(w)
