"""Issue 12, findings 1–7: who may change what at the office (bundle.md, « Authority »).

Each case is what an enrolled but careless or malicious expert (B, « Marc Collègue ») could send about
the work of expert A (« Claire Martin »). Where a bundle is refused, the office's database (every table
but the import journal, every column) is unchanged.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ifdesk.bundle import import_paths, trust_add, trust_revoke
from ifdesk.bundle import format as fmt
from ifdesk.bundle.identity import card, make_card, read_card_file, signing_key
from ifdesk.core.diagnostic import Diagnostic
from ifdesk.core.errors import IfdeskError, LifecycleError
from ifdesk.store.db import utcnow
from tests.bundle_kit import (PASS, lone_identity, SIRETS, completed_diag, dump, export_one, journal_count, members_of, new_pair,
                              reopen_complete, resign, zip_raw)


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("authority")
    expert, office = new_pair(tmp)
    d1 = completed_diag(expert, SIRETS[0], seed=1)
    r1 = export_one(expert, d1, tmp / "d1-r1.ifbundle")
    reopen_complete(expert, d1, seed=2)
    r2 = export_one(expert, d1, tmp / "d1-r2.ifbundle")
    d2 = completed_diag(expert, SIRETS[1], seed=3)
    other = export_one(expert, d2, tmp / "d2.ifbundle").read_bytes()
    colleague = lone_identity(tmp / "colleague", "Marc Collègue", "Cabinet B")  # cached, copied
    trust_add(office, card(colleague), confirmed=True)
    res = import_paths(office, [r1, r2])
    assert [r.status for r in res] == ["imported", "superseded"]
    yield {"tmp": tmp, "expert": expert, "office": office, "d1": d1, "d2": d2, "r2": r2.read_bytes(),
           "other": other, "colleague": colleague, "n": 0}
    for ws in (expert, office, colleague):
        ws.close()


def _import(env, data: bytes):
    env["n"] += 1
    path = env["tmp"] / f"auth-{env['n']}.ifbundle"
    path.write_bytes(data)
    return import_paths(env["office"], [path])[0]


def refuse(env, data: bytes, *fragments: str) -> str:
    office = env["office"]
    before, n_journal = dump(office, volatile={}), journal_count(office)
    res = _import(env, data)
    assert res.status == "rejected", (res.status, res.reason, res.diagnostics)
    for f in fragments:
        assert f.lower() in res.reason.lower(), res.reason
    assert dump(office, volatile={}) == before
    assert journal_count(office) == n_journal + 1
    return res.reason


def forge(members, signer_ws, edit=None, edit_manifest=None) -> bytes:
    """Re-sign a genuine bundle's diagnostics as `signer_ws`'s own (the payload claims the signer as its
    expert, so that only the office's memory of the author can tell), after `edit(payload)`."""
    c = card(signer_ws)
    man = json.loads(dict(members)["manifest.json"])
    entries = {e["path"]: e for e in man["diagnostics"]}
    out = []
    for n, b in members:
        if n.startswith("diag-"):
            obj = json.loads(b)
            obj["diagnostic"]["expert_key_id"] = c["key_id"]
            obj["diagnostic"]["expert_name"] = c["name"]
            if edit:
                edit(obj)
            d = Diagnostic.model_validate(obj["diagnostic"])
            obj["content_hash"] = d.content_hash()
            e = entries[n]
            e.update(id=d.id, revision=d.revision, base_revision=d.base_revision, content_hash=obj["content_hash"],
                     expert_key_id=c["key_id"], siret=d.siret, path=fmt.diag_member(d.id, d.revision))
            n, b = e["path"], json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
        out.append((n, b))
    man["signer"] = {"key_id": c["key_id"], "name": c["name"], "org": c["org"], "role": "expert",
                     "public_key": c["public_key"]}
    if edit_manifest:
        edit_manifest(man)
    out = [(n, json.dumps(man).encode() if n == "manifest.json" else b) for n, b in out]
    return zip_raw(resign(out, signer_ws))


def _bump(rev: int, base: int | None, **diag):
    def edit(obj):
        obj["diagnostic"].update(revision=rev, base_revision=base, **diag)
    return edit


# ---- finding 1: takeover of another expert's diagnostic ---------------------------------------------

def test_another_expert_cannot_supersede_a_diagnostic(env):
    data = forge(members_of(env["r2"]), env["colleague"], _bump(3, 2, strengths="Texte de B"))
    refuse(env, data, "pas l'auteur")
    assert env["office"].diagnostics.get(env["d1"]).revision == 2


def test_another_expert_cannot_send_a_variant_or_a_huge_revision(env):
    refuse(env, forge(members_of(env["r2"]), env["colleague"], _bump(2, 1, strengths="Variante de B")), "pas l'auteur")
    refuse(env, forge(members_of(env["r2"]), env["colleague"], _bump(999_999, 999_998)), "pas l'auteur")


def test_the_author_goes_on_after_an_attempted_takeover(env):
    expert, office = env["expert"], env["office"]
    refuse(env, forge(members_of(env["r2"]), env["colleague"], _bump(3, 2, strengths="Texte de B")), "pas l'auteur")
    reopen_complete(expert, env["d1"], seed=5)
    r3 = export_one(expert, env["d1"], env["tmp"] / "d1-r3.ifbundle")
    assert import_paths(office, [r3])[0].status == "superseded"
    got = office.diagnostics.get(env["d1"])
    assert (got.revision, got.expert_name) == (3, "Claire Martin")


# ---- finding 2: names come from the trust store ------------------------------------------------------

def test_names_come_from_the_trust_store_not_the_payload(env):
    new_id = str(uuid.uuid4())

    def edit(obj):
        obj["diagnostic"].update(id=new_id, siret=SIRETS[2], expert_name="Claire Martin")
        obj["company"].update(siret=SIRETS[2])

    data = forge(members_of(env["other"]), env["colleague"], edit)
    res = _import(env, data)
    assert res.status == "imported", res.reason
    office = env["office"]
    assert office.diagnostics.get(new_id).expert_name == "Marc Collègue"
    row = next(r for r in office.diagnostics.list() if r["id"] == new_id)
    assert row["expert_name"] == "Marc Collègue"


# ---- finding 3: company records ----------------------------------------------------------------------

def _company_edit(new_id, **company):
    def edit(obj):
        obj["diagnostic"].update(id=new_id, siret=SIRETS[0])
        obj["company"].update(siret=SIRETS[0], **company)
    return edit


def test_company_of_another_expert_is_a_proposal_not_an_overwrite(env):
    from ifdesk.store.proposals import accept_proposal, company_proposals, ignore_proposal

    office = env["office"]
    before = office.companies.get(SIRETS[0])
    now = utcnow()
    data = forge(members_of(env["other"]), env["colleague"],
                 _company_edit(str(uuid.uuid4()), name="Pirate SA", city="Nulle Part", headcount=999, updated_at=now))
    res = _import(env, data)
    assert res.status == "imported", res.reason
    after = office.companies.get(SIRETS[0])
    assert (after.name, after.city, after.headcount) == (before.name, before.city, before.headcount)
    props = [p for p in company_proposals(office) if p["siret"] == SIRETS[0] and p["record"]["name"] == "Pirate SA"]
    assert len(props) == 1 and props[0]["key_id"] == card(env["colleague"])["key_id"]
    assert props[0]["expert_name"] == "Marc Collègue"
    ignore_proposal(office, props[0]["id"])
    assert office.companies.get(SIRETS[0]).name == before.name
    assert not [p for p in company_proposals(office) if p["id"] == props[0]["id"]]
    with pytest.raises(IfdeskError):
        accept_proposal(office, props[0]["id"])  # an ignored proposal is closed


def test_accepting_a_proposal_applies_it(env):
    from ifdesk.store.proposals import accept_proposal, company_proposals

    office = env["office"]
    data = forge(members_of(env["other"]), env["colleague"],
                 _company_edit(str(uuid.uuid4()), city="Villeurbanne", updated_at=utcnow()))
    assert _import(env, data).status == "imported"
    [p] = [p for p in company_proposals(office) if p["record"]["city"] == "Villeurbanne"]
    accept_proposal(office, p["id"])
    assert office.companies.get(SIRETS[0]).city == "Villeurbanne"


@pytest.mark.parametrize("stamp", ["9999-12-31T00:00:00Z", "zzzz", "2026-02-30T00:00:00Z", "far-future"])
def test_timestamps_must_be_real_dates_not_in_the_future(env, stamp):
    if stamp == "far-future":
        stamp = (datetime.now(timezone.utc) + timedelta(days=3)).isoformat()
    data = forge(members_of(env["other"]), env["colleague"], _company_edit(str(uuid.uuid4()), updated_at=stamp))
    refuse(env, data, "date")


def test_the_creator_of_a_company_may_update_it(env, tmp_path):
    """A's bundles created SIRETS[0] at the office: A's later, newer record applies; an older one does not."""
    expert, office = env["expert"], env["office"]
    from ifdesk.core.company import new_company

    c = expert.companies.get(SIRETS[0])
    expert.companies.update(new_company(siret=c.siret, name=c.name, region=c.region, naf=c.naf, headcount=77,
                                        city="Lyon"))
    reopen_complete(expert, env["d1"], seed=9)
    r = export_one(expert, env["d1"], tmp_path / "creator.ifbundle")
    assert import_paths(office, [r])[0].status in ("superseded", "conflict")
    assert office.companies.get(SIRETS[0]).headcount == 77


def test_manifest_date_in_the_future_is_refused(env):
    def edit(man):
        man["created_at"] = "9999-01-01T00:00:00Z"
    data = forge(members_of(env["other"]), env["colleague"], _company_edit(str(uuid.uuid4()), updated_at=utcnow()),
                 edit_manifest=edit)
    refuse(env, data, "date")


# ---- finding 4: the office reviews, it does not edit -------------------------------------------------

def test_office_cannot_reopen_a_received_diagnostic(env):
    office = env["office"]
    before = dump(office, volatile={})
    with pytest.raises(LifecycleError, match="reçu"):
        office.diagnostics.reopen(env["d1"])
    assert dump(office, volatile={}) == before


def test_reported_conflict_keeps_both_versions_and_is_listed(tmp_path):
    """A 0.1 office that reopened a received diagnostic: the author's next revision is a conflict that
    keeps the office's draft too, and `conflicts` lists it."""
    from ifdesk.bundle import conflicts, revision_variants
    from ifdesk.core.diagnostic import Status

    expert, office = new_pair(tmp_path / "pair")
    d = completed_diag(expert, SIRETS[0], seed=1)
    assert import_paths(office, [export_one(expert, d, tmp_path / "r1.ifbundle")])[0].status == "imported"
    local = office.diagnostics.get(d)
    office.diagnostics.write_revision(local.model_copy(update={"revision": 2, "base_revision": 1,
                                                               "status": Status.DRAFT, "completed_at": None}), "local")
    reopen_complete(expert, d, seed=2)
    res = import_paths(office, [export_one(expert, d, tmp_path / "r2.ifbundle")])[0]
    assert res.status == "conflict"
    assert [c["id"] for c in conflicts(office)] == [d]
    variants = revision_variants(office, d)
    assert len([v for v in variants if v["revision"] == 2]) == 2
    expert.close()
    office.close()


# ---- finding 5: référentiel squatting ---------------------------------------------------------------

def _fake_ref(ws, version: str, title: str | None = None):
    from ifdesk.core import referentiel as refmod

    data = json.loads(ws.referentiels.current().canonical_json())
    data["version"] = version
    if title:
        data["title"] = title
    return refmod.from_data(data, source="test")


def test_unused_referentiel_in_a_bundle_is_refused(env):
    ref = _fake_ref(env["office"], "9999.1")
    blob = ref.canonical_json()
    path = fmt.referentiel_member(ref.sha256)

    def edit(man):
        man["referentiels"].append({"id": ref.id, "version": ref.version, "sha256": ref.sha256, "path": path})

    members = members_of(env["other"]) + [(path, blob)]
    data = forge(members, env["colleague"], _company_edit(str(uuid.uuid4()), updated_at=utcnow()), edit_manifest=edit)
    refuse(env, data, "référentiel")


def test_a_bundle_never_changes_the_current_referentiel_and_official_versions_can_be_added(env):
    office = env["office"]
    current = office.referentiels.current().sha256
    ref = _fake_ref(office, "9999.2", title="Faux référentiel")
    blob = ref.canonical_json()
    path = fmt.referentiel_member(ref.sha256)
    new_id = str(uuid.uuid4())

    def edit(obj):
        _company_edit(new_id, updated_at=utcnow())(obj)
        obj["diagnostic"]["referentiel"] = {"id": ref.id, "version": ref.version, "sha256": ref.sha256}

    def edit_man(man):
        man["referentiels"] = [{"id": ref.id, "version": ref.version, "sha256": ref.sha256, "path": path}]

    members = [(n, b) for n, b in members_of(env["other"]) if not n.startswith("referentiel-")] + [(path, blob)]
    data = forge(members, env["colleague"], edit, edit_manifest=edit_man)
    res = _import(env, data)
    assert res.status == "imported", res.reason
    assert office.referentiels.current().sha256 == current
    official = _fake_ref(office, "9999.2", title="Référentiel officiel 9999.2")
    from ifdesk.bundle import make_distribution

    path = env["tmp"] / "officiel-9999.2.yaml"
    path.write_bytes(official.canonical_json())  # JSON is YAML
    dist = make_distribution(office, env["tmp"] / "officiel.ifbundle", PASS, referentiel_files=[path])
    assert dist.referentiels[0]["sha256"] == official.sha256   # the official text can be distributed
    assert office.referentiels.add(official, "file") is False    # registered by the distribution
    assert office.referentiels.find(f"{ref.id}@9999.2").sha256 == official.sha256
    assert office.diagnostics.get(new_id).referentiel.sha256 == ref.sha256  # the diagnostic keeps its own


# ---- finding 6: rotation and revocation --------------------------------------------------------------

def _rotation_card(old_ws, name, org):
    old = signing_key(old_ws, PASS)
    new = Ed25519PrivateKey.generate()
    row = card(old_ws)
    return make_card(new, name, org, "expert", None, utcnow(), previous=old), new, row


def test_rotation_changing_the_name_needs_the_fingerprint(tmp_path):
    from ifdesk.bundle import trust_list
    from ifdesk.bundle.identity import fingerprint_of, unb64

    expert, office = new_pair(tmp_path / "pair")
    new_card, _priv, old = _rotation_card(expert, "Marc Collègue", "Cabinet B")
    before = dump(office, volatile={})
    res = trust_add(office, new_card)
    assert res["result"] == "held" and "empreinte" in res["reason"].lower()
    status = {r["key_id"]: r["status"] for r in trust_list(office)}
    assert status[old["key_id"]] == "active" and status.get(new_card["key_id"]) == "held"
    assert before["trusted_keys"] != dump(office, volatile={})["trusted_keys"]
    fp = fingerprint_of(unb64(new_card["public_key"], 32))
    res = trust_add(office, new_card, fingerprint=fp)
    assert res["result"] == "rotated"
    status = {r["key_id"]: r["status"] for r in trust_list(office)}
    assert status[old["key_id"]] == "rotated" and status[new_card["key_id"]] == "active"
    expert.close()
    office.close()


def test_revoking_a_key_revokes_its_rotations_until_a_confirmed_successor(tmp_path):
    from ifdesk.bundle import trust_list
    from ifdesk.bundle.identity import fingerprint_of, unb64

    expert, office = new_pair(tmp_path / "pair")
    d = completed_diag(expert, SIRETS[0], seed=1)
    assert import_paths(office, [export_one(expert, d, tmp_path / "r1.ifbundle")])[0].status == "imported"
    # a thief with the stolen key rotates it (same name: no fingerprint needed)
    stolen_rot, _thief, old = _rotation_card(expert, "Claire Martin", "Cabinet Martin Conseil")
    assert trust_add(office, stolen_rot)["result"] == "rotated"
    trust_revoke(office, old["key_id"])
    status = {r["key_id"]: r["status"] for r in trust_list(office)}
    assert status[old["key_id"]] == "revoked" and status[stolen_rot["key_id"]] == "revoked"
    # the real owner rotates properly: countersigned by the revoked key, so a fingerprint is needed
    from ifdesk.bundle.identity import rotate_identity

    rotate_identity(expert, PASS)
    real = card(expert)
    with pytest.raises(IfdeskError, match="empreinte"):
        trust_add(office, real)
    res = trust_add(office, real, fingerprint=fingerprint_of(unb64(real["public_key"], 32)))
    assert res["result"] == "rotated"
    status = {r["key_id"]: r["status"] for r in trust_list(office)}
    assert status[real["key_id"]] == "active" and status[stolen_rot["key_id"]] == "revoked"
    # the confirmed successor is still the author of the diagnostic
    reopen_complete(expert, d, seed=2)
    assert import_paths(office, [export_one(expert, d, tmp_path / "r2.ifbundle")])[0].status == "superseded"
    expert.close()
    office.close()


# ---- finding 7: duplicate keys in an identity card ---------------------------------------------------

def test_identity_card_with_duplicate_keys_is_refused(env, tmp_path):
    from ifdesk.bundle.identity import CardInvalid

    c = card(env["colleague"])
    text = json.dumps(c, ensure_ascii=False)
    text = text.replace('"name": ', '"name": "Claire Martin", "name": ', 1)
    p = tmp_path / "dup.json"
    p.write_text(text, "utf-8")
    with pytest.raises(CardInvalid, match="double"):
        read_card_file(p)
