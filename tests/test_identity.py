"""Identities, cards, trust store, rotation, revocation, encryption, export rules."""

from __future__ import annotations

import hashlib
import json
import os

import pytest
from cryptography.hazmat.primitives import serialization

from ifdesk.bundle import (BadPassphrase, CardInvalid, TrustError, create_identity, describe, export_diagnostics,
                           import_paths, rotate_identity, trust_add, trust_list)
from ifdesk.bundle.identity import age_identity, card, check_card, signing_key, unb64
from ifdesk.core.errors import IfdeskError, LifecycleError, ValidationError
from ifdesk.store import Workspace
from tests.bundle_kit import (PASS, SIRETS, another_office, completed_diag, lone_identity, dump, export_one, new_pair, opened_key,
                              reopen_complete)


@pytest.fixture
def pair(tmp_path):
    expert, office = new_pair(tmp_path)
    yield expert, office
    expert.close()
    office.close()


def test_key_id_fingerprint_and_encrypted_private_key(pair):
    expert, _office = pair
    info = describe(expert)
    raw = unb64(info["public_key"], 32)
    assert info["key_id"] == hashlib.sha256(raw).digest()[:8].hex()
    groups = info["fingerprint"].split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert "".join(groups) == hashlib.sha256(raw).hexdigest()[:32].upper()
    pem = expert.db.execute("SELECT private_key_pem FROM identity").fetchone()[0]
    assert pem.startswith("age-scrypt:") and "PRIVATE KEY" not in pem  # age's scrypt envelope (issue 12)
    assert signing_key(expert, PASS).public_key().public_bytes(serialization.Encoding.Raw,
                                                               serialization.PublicFormat.Raw) == raw


def test_wrong_passphrase_is_a_clear_french_error(pair):
    expert, office = pair
    with pytest.raises(BadPassphrase, match="Phrase secrète incorrecte"):
        signing_key(expert, "not the passphrase")
    with pytest.raises(BadPassphrase, match="Phrase secrète incorrecte"):
        age_identity(office, "not the passphrase")
    d = completed_diag(expert)
    with pytest.raises(BadPassphrase):
        export_diagnostics(expert, [d], expert.folder / "x.ifbundle", "wrong one!", encrypt=False)
    assert not (expert.folder / "x.ifbundle").exists()


def test_identity_rules(workspace):
    with pytest.raises(ValidationError, match="trop faible : au moins 12"):
        create_identity(workspace, "A", "B", "expert", "short")
    with pytest.raises(ValidationError, match="Rôle"):
        create_identity(workspace, "A", "B", "admin", PASS)
    with pytest.raises(ValidationError, match="nom"):
        create_identity(workspace, "  ", "B", "expert", PASS)
    create_identity(workspace, "Claire", "Cabinet", "expert", PASS)
    with pytest.raises(IfdeskError, match="déjà une identité"):
        create_identity(workspace, "Autre", "Cabinet", "expert", PASS)


def test_orphan_diagnostics_are_adopted_with_their_hashes(workspace, company):
    ref = workspace.referentiels.current()
    from tests.bundle_kit import fill

    d = workspace.diagnostics.create(company.siret, ref, None, "")
    fill(workspace, d, 3)
    workspace.diagnostics.complete(d)
    info = create_identity(workspace, "Claire", "Cabinet", "expert", PASS)
    assert info["adopted"] == 1
    diag = workspace.diagnostics.get(d)
    assert diag.expert_key_id == info["key_id"] and diag.expert_name == "Claire"
    assert workspace.check() == []


def test_card_self_signature_and_tampering(pair):
    expert, office = pair
    c = card(expert)
    assert check_card(c).key_id == c["key_id"]
    oc = card(office)
    assert oc["age_recipient"].startswith("age1") and check_card(oc).role == "office"
    for field, value in (("name", "Mallory"), ("role", "office"), ("public_key", card(office)["public_key"]),
                         ("signature", card(office)["signature"])):
        bad = dict(c, **{field: value})
        with pytest.raises(CardInvalid):
            check_card(bad)
    with pytest.raises(CardInvalid, match="champ inconnu"):
        check_card(dict(c, extra=1))
    with pytest.raises(CardInvalid):
        check_card(dict(oc, age_recipient=None))
    bad_checksum = oc["age_recipient"][:-1] + ("q" if oc["age_recipient"][-1] != "q" else "p")
    with pytest.raises(CardInvalid, match="destinataire"):
        check_card(dict(oc, age_recipient=bad_checksum))


def test_trust_add_needs_a_confirmed_fingerprint(tmp_path):
    a = lone_identity(tmp_path / "a", "Claire Martin", "Cabinet")
    b = lone_identity(tmp_path / "b", "Marc Collègue", "Cabinet B")
    cb = card(b)
    with pytest.raises(TrustError, match="Comparez l'empreinte"):
        trust_add(a, cb)
    with pytest.raises(TrustError, match="Empreinte différente"):
        trust_add(a, cb, fingerprint="0000 0000 0000 0000 0000 0000 0000 0000")
    assert trust_list(a) == []
    fp = describe(b)["fingerprint"]
    assert trust_add(a, cb, fingerprint=fp.lower().replace(" ", ""))["result"] == "added"
    assert trust_add(a, cb, confirmed=True)["result"] == "already"
    with pytest.raises(TrustError, match="celle de l'identité"):
        trust_add(a, card(a), confirmed=True)
    [row] = trust_list(a)
    assert row["key_id"] == cb["key_id"] and row["status"] == "active" and row["fingerprint"] == fp
    a.close()
    b.close()


def test_rotation_replaces_the_key_without_reenrolment(pair):
    expert, office = pair
    old_id = describe(expert)["key_id"]
    d = completed_diag(expert)
    assert import_paths(office, [export_one(expert, d, expert.folder / "r1.ifbundle")])[0].status == "imported"
    old_signed = export_one(expert, d, expert.folder / "old.ifbundle")
    info = rotate_identity(expert, PASS)
    assert info["replaces"] == old_id and info["key_id"] != old_id
    new_card = card(expert)
    assert new_card["rotation"]["previous_key_id"] == old_id
    res = trust_add(office, new_card)  # no fingerprint needed: countersigned by a trusted key
    assert res["result"] == "rotated" and res["replaces"] == old_id
    status = {r["key_id"]: r["status"] for r in trust_list(office)}
    assert status == {old_id: "rotated", info["key_id"]: "active"}
    # the old diagnostic, re-exported under the new key, is accepted; the old key is no longer
    reopen_complete(expert, d, seed=7)
    assert import_paths(office, [export_one(expert, d, expert.folder / "r2.ifbundle")])[0].status == "superseded"
    r = import_paths(office, [old_signed])[0]
    assert r.status == "rejected" and "remplacée" in r.reason
    # a forged countersignature is refused
    forged = dict(new_card, rotation=dict(new_card["rotation"], countersignature=new_card["signature"]))
    with pytest.raises(CardInvalid):
        check_card(forged)


def test_encrypted_bundle_round_trip_and_refusals(pair, tmp_path):
    expert, office = pair
    d = completed_diag(expert)
    [f] = export_diagnostics(expert, [d], tmp_path / "enc.ifbundle", opened_key(expert))
    assert f.encrypted and f.recipients == [describe(office)["key_id"]]
    blob = (tmp_path / "enc.ifbundle").read_bytes()
    assert blob.startswith(b"age-encryption.org/v1\n") and b"manifest" not in blob
    before = dump(office)
    r = import_paths(office, [tmp_path / "enc.ifbundle"])[0]
    assert r.status == "rejected" and "phrase secrète" in r.reason and dump(office) == before
    with pytest.raises(BadPassphrase, match="incorrecte"):  # the operator's typo: an error, not a refused bundle
        import_paths(office, [tmp_path / "enc.ifbundle"], passphrase="wrong passphrase")
    assert dump(office) == before
    tampered = bytearray(blob)
    tampered[-10] ^= 1
    (tmp_path / "tampered.ifbundle").write_bytes(bytes(tampered))
    asked = []
    bad, good = import_paths(office, [tmp_path / "tampered.ifbundle", tmp_path / "enc.ifbundle"],
                             passphrase=lambda: asked.append(1) or PASS)
    assert bad.status == "rejected" and good.status == "imported"
    assert len(asked) == 1  # asked once per import, only because a file was encrypted
    # another office cannot read it
    other = another_office(tmp_path / "other-office")
    trust_add(other, card(expert), confirmed=True)
    r = import_paths(other, [tmp_path / "enc.ifbundle"], passphrase=PASS)[0]
    assert r.status == "rejected" and "autre destinataire" in r.reason
    other.close()


def test_export_rules(pair, tmp_path):
    expert, office = pair
    ref = expert.referentiels.current()
    draft = expert.diagnostics.create(SIRETS[1], ref, describe(expert)["key_id"], "Claire")
    with pytest.raises(LifecycleError, match="brouillon"):
        export_diagnostics(expert, [draft], tmp_path / "x.ifbundle", opened_key(expert))
    d = completed_diag(expert, SIRETS[2])
    e = completed_diag(expert, SIRETS[3], seed=2)
    files = export_diagnostics(expert, [d, e], tmp_path / "out", opened_key(expert), encrypt=False, per_diagnostic=True)
    assert len(files) == 2 and all(os.path.exists(f.path) for f in files)
    assert {r["status"] for r in expert.diagnostics.list() if r["id"] in (d, e)} == {"exported"}
    # the office cannot export the expert's diagnostics as its own
    import_paths(office, [f.path for f in files])
    with pytest.raises(IfdeskError, match="autre identité"):
        export_diagnostics(office, [d], tmp_path / "y.ifbundle", PASS, encrypt=False)


def test_interrupted_export_leaves_no_partial_bundle(pair, tmp_path, monkeypatch):
    expert, _office = pair
    d = completed_diag(expert)
    target = tmp_path / "final.ifbundle"

    def boom(*_a, **_k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(IfdeskError, match="Écriture impossible"):
        export_diagnostics(expert, [d], target, opened_key(expert), encrypt=False)
    assert list(tmp_path.iterdir()) == [] or not target.exists()
    assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())
    assert expert.diagnostics.get(d).status.value == "completed"


def test_carried_unknown_referentiel_is_registered(pair, tmp_path):
    """A référentiel the office does not know is accepted when the bundle carries it and it is valid."""
    from ifdesk.core import referentiel as refmod

    expert, office = pair
    base = expert.referentiels.current()
    data = json.loads(base.canonical_json())
    data["version"] = "2027.0-test"
    data["title"] = "Référentiel d'essai"
    new_ref = refmod.from_data(data)
    expert.referentiels.add(new_ref, "file")
    d = expert.diagnostics.create(SIRETS[0], new_ref, describe(expert)["key_id"], "Claire")
    from tests.bundle_kit import fill

    fill(expert, d, 4)
    expert.diagnostics.complete(d)
    r = import_paths(office, [export_one(expert, d, tmp_path / "newref.ifbundle")])[0]
    assert r.status == "imported"
    assert office.referentiels.get(new_ref.sha256).version == "2027.0-test"
    assert office.check() == []


def test_progress_and_cancel_for_worker_threads(pair, tmp_path):
    """The window runs these in a worker thread with its own Workspace: progress and cancel hooks."""
    import threading

    expert, office = pair
    ids = [completed_diag(expert, s, seed=i) for i, s in enumerate(SIRETS)]
    seen = []
    files = export_diagnostics(expert, ids, tmp_path / "usb", opened_key(expert), encrypt=False, per_diagnostic=True,
                               progress=lambda done, total, name: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)] and len(files) == 4
    office_dir = office.folder
    office.close()
    out = {}

    def worker():
        ws = Workspace(office_dir)
        try:
            ticks = []
            first = import_paths(ws, [tmp_path / "usb"], progress=lambda d, t, f: ticks.append(d),
                                 cancel=lambda: len(ticks) >= 2)
            out["first"], out["ticks"] = [r.status for r in first], ticks
            out["rest"] = [r.status for r in import_paths(ws, [tmp_path / "usb"])]
        finally:
            ws.close()
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert out["first"] == ["imported", "imported"] and out["ticks"] == [1, 2]
    assert sorted(out["rest"]) == ["imported", "imported", "unchanged", "unchanged"]


def test_export_to_one_file_is_capped(pair, tmp_path, monkeypatch):
    from ifdesk.bundle import format as fmt

    expert, _office = pair
    ids = [completed_diag(expert, s, seed=i) for i, s in enumerate(SIRETS[:2])]
    monkeypatch.setattr(fmt, "MAX_DIAGS", 1)
    with pytest.raises(IfdeskError, match="dossier"):
        export_diagnostics(expert, ids, tmp_path / "all.ifbundle", opened_key(expert), encrypt=False)
    assert not (tmp_path / "all.ifbundle").exists()
    assert len(export_diagnostics(expert, ids, tmp_path / "dir", opened_key(expert), encrypt=False, per_diagnostic=True)) == 2
