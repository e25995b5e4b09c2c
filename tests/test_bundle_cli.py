"""`ifdesk identity|trust|export|import|journal|conflicts` as a user runs them: JSON shapes, exit codes."""

from __future__ import annotations

import json

from ifdesk.store import Workspace
from tests.conftest import run_cli
from tests.bundle_kit import PASS, SIRETS, completed_diag

ENV = {"IFDESK_PASSPHRASE": PASS}


def _json(proc):
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_expert_to_office_through_the_cli(tmp_path):
    exp, off = tmp_path / "expert", tmp_path / "office"
    pfile = tmp_path / "pass.txt"
    pfile.write_text(PASS + "\n", "utf-8")

    def e(*a, **k):
        return run_cli(*a, data_dir=exp, env=ENV, **k)

    def o(*a, env=None, **k):
        return run_cli("--passphrase-file", str(pfile), *a, data_dir=off, env=env, **k)

    assert e("identity", "show").returncode == 1  # no identity yet
    ident = _json(e("identity", "init", "--name", "Claire Martin", "--org", "Cabinet Martin", "--json"))
    assert {"key_id", "fingerprint", "name", "org", "role"} <= set(ident) and ident["role"] == "expert"
    shown = _json(e("identity", "show", "--json"))
    assert {k: shown[k] for k in ("key_id", "fingerprint", "name", "org", "role")} == \
        {k: ident[k] for k in ("key_id", "fingerprint", "name", "org", "role")}
    again = e("identity", "init", "--name", "X", "--org", "Y")
    assert again.returncode == 1 and again.stderr.startswith("error: ")
    office = _json(o("identity", "init", "--name", "Bureau AURA", "--org", "Région", "--role", "office", "--json"))
    assert office["role"] == "office"
    assert e("identity", "card", "-o", str(tmp_path / "expert.card")).returncode == 0
    assert o("identity", "card", "-o", str(tmp_path / "office.card")).returncode == 0

    # enrolment needs the fingerprint (or --yes after checking it by phone)
    refused = o("trust", "add", str(tmp_path / "expert.card"))
    assert refused.returncode == 1 and "empreinte" in refused.stderr.lower()
    wrong = o("trust", "add", str(tmp_path / "expert.card"), "--fingerprint", "0000 1111")
    assert wrong.returncode == 1 and "Empreinte différente" in wrong.stderr
    added = _json(o("trust", "add", str(tmp_path / "expert.card"), "--fingerprint", ident["fingerprint"], "--json"))
    assert added["result"] == "added" and added["key_id"] == ident["key_id"]
    assert e("trust", "add", str(tmp_path / "office.card"), "--yes").returncode == 0
    listed = _json(o("trust", "list", "--json"))
    assert [(r["key_id"], r["status"], r["role"]) for r in listed] == [(ident["key_id"], "active", "expert")]
    bad_card = tmp_path / "bad.card"
    bad_card.write_text(json.dumps(dict(json.loads((tmp_path / "expert.card").read_text()), name="Mallory")))
    forged = o("trust", "add", str(bad_card), "--yes")
    assert forged.returncode == 1 and "auto-signature" in forged.stderr

    # two completed diagnostics on the expert's side (made in process: 48 answers each)
    ws = Workspace(exp)
    from ifdesk.core.company import new_company

    for s in SIRETS[:2]:
        ws.companies.add(new_company(siret=s, name=f"Entreprise {s[:4]}", region="84"))
    d1, d2 = completed_diag(ws, SIRETS[0], 1), completed_diag(ws, SIRETS[1], 2)
    ws.close()

    bad_pass = run_cli("export", "--all-completed", "-o", str(tmp_path / "x.ifbundle"), data_dir=exp,
                       env={"IFDESK_PASSPHRASE": "not the right one"})
    assert bad_pass.returncode == 1 and "Phrase secrète incorrecte" in bad_pass.stderr
    assert not (tmp_path / "x.ifbundle").exists()
    outdir = tmp_path / "usb"
    outdir.mkdir()
    exported = _json(e("export", "--all-completed", "-o", str(outdir), "--json"))
    assert len(exported) == 2 and all(f["encrypted"] for f in exported)
    assert {f["diagnostics"][0]["id"] for f in exported} == {d1, d2}
    listing = _json(e("diag", "list", "--json"))
    assert {r["status"] for r in listing} == {"exported"}
    single = _json(e("export", d1[:8], "-o", str(tmp_path / "one.ifbundle"), "--no-encrypt", "--json"))
    assert single[0]["encrypted"] is False and single[0]["path"].endswith("one.ifbundle")

    # import a folder: one result per file, exit 0
    res = _json(o("import", str(outdir), "--json"))
    assert [r["status"] for r in res] == ["imported", "imported"]
    for r in res:
        assert {"file", "status", "reason", "diagnostics"} <= set(r)
        assert r["diagnostics"][0]["status"] == "imported" and set(r["diagnostics"][0]) >= {"id", "status"}
    # a refused file makes the exit code 1; the others are still reported
    (outdir / "garbage.ifbundle").write_bytes(b"PK\x03\x04 not really a zip")
    proc = o("import", str(outdir), "--json")
    assert proc.returncode == 1
    res = json.loads(proc.stdout)
    assert sorted(r["status"] for r in res) == ["rejected", "unchanged", "unchanged"]
    rejected = next(r for r in res if r["status"] == "rejected")
    assert rejected["file"].endswith("garbage.ifbundle") and rejected["reason"] and rejected["diagnostics"] == []
    human = o("import", str(outdir / "garbage.ifbundle"))
    assert human.returncode == 1 and human.stderr.startswith("error: ") and "garbage.ifbundle" in human.stderr
    # a wrong passphrase is the operator's typo: an error, not a refused bundle (issue 16, finding 9)
    wrong = run_cli("import", exported[0]["path"], "--json", data_dir=off, env={"IFDESK_PASSPHRASE": "wrong wrong"})
    assert wrong.returncode == 1 and wrong.stdout == "" and "incorrecte" in wrong.stderr

    journal = _json(o("journal", "--json"))
    assert {"at", "file", "bundle_sha256", "signer_key_id", "outcome", "reason"} <= set(journal[0])
    assert {j["outcome"] for j in journal} >= {"imported", "unchanged", "rejected"}
    assert _json(o("conflicts", "--json")) == []
    diags = _json(o("diag", "list", "--json"))
    assert {d["id"] for d in diags} == {d1, d2} and {d["expert_key_id"] for d in diags} == {ident["key_id"]}

    revoked = _json(o("trust", "revoke", ident["key_id"], "--json"))
    assert revoked == {"key_id": ident["key_id"], "status": "revoked", "marked_revisions": 2, "revoked": [ident["key_id"]]}
    after = o("import", str(tmp_path / "one.ifbundle"))
    assert after.returncode == 1 and "révoqué" in after.stderr
    assert o("trust", "revoke", "0123456789abcdef").returncode == 1


def test_conflicts_listed_and_resolved_through_the_cli(tmp_path):
    import shutil

    from ifdesk.bundle import import_paths
    from tests.bundle_kit import export_one, new_pair, reopen_complete

    expert, office = new_pair(tmp_path)
    d = completed_diag(expert, SIRETS[0], 1)
    files = [export_one(expert, d, tmp_path / "r1.ifbundle")]
    expert.close()
    shutil.copytree(tmp_path / "expert", tmp_path / "twin", ignore=shutil.ignore_patterns("ifdesk.lock"))
    for folder, seed in (("expert", 2), ("twin", 3)):
        ws = Workspace(tmp_path / folder)
        reopen_complete(ws, d, seed)
        files.append(export_one(ws, d, tmp_path / f"{folder}-r2.ifbundle"))
        ws.close()
    assert [r.status for r in import_paths(office, files)] == ["imported", "superseded", "conflict"]
    office.close()
    off = tmp_path / "office"
    human = run_cli("conflicts", data_dir=off)
    assert human.returncode == 0 and d in human.stdout
    [c] = _json(run_cli("conflicts", "--json", data_dir=off))
    assert c["id"] == d and c["variants"] == [2] and c["current_revision"] == 2
    ws = Workspace(off)
    from ifdesk.bundle import revision_variants

    held = next(v for v in revision_variants(ws, d) if v["held"])
    ws.close()
    res = _json(run_cli("conflicts", "resolve", d[:8], "2", "--hash", held["content_hash"], "--json", data_dir=off))
    assert res == {"id": d, "revision": 2, "content_hash": held["content_hash"]}
    assert _json(run_cli("conflicts", "--json", data_dir=off)) == []
    shown = _json(run_cli("diag", "show", d, "--json", data_dir=off))
    assert shown["content_hash"] == held["content_hash"]
    assert _json(run_cli("journal", "--json", data_dir=off))[0]["outcome"] == "resolved"
    bad = run_cli("conflicts", "resolve", d, "2", "--hash", "0" * 64, data_dir=off)
    assert bad.returncode == 1 and bad.stderr.startswith("error: ")


def test_rotation_through_the_cli(tmp_path):
    exp, off = tmp_path / "expert", tmp_path / "office"
    ident = _json(run_cli("identity", "init", "--name", "Claire", "--org", "Cabinet", "--json", data_dir=exp, env=ENV))
    run_cli("identity", "card", "-o", str(tmp_path / "old.card"), data_dir=exp, check=True)
    run_cli("trust", "add", str(tmp_path / "old.card"), "--fingerprint", ident["fingerprint"], data_dir=off, check=True)
    new = _json(run_cli("identity", "rotate", "-o", str(tmp_path / "new.card"), "--json", data_dir=exp, env=ENV))
    assert new["replaces"] == ident["key_id"] and new["key_id"] != ident["key_id"]
    assert new["previous_key_ids"] == [ident["key_id"]]
    res = _json(run_cli("trust", "add", str(tmp_path / "new.card"), "--json", data_dir=off))  # no fingerprint asked
    assert res["result"] == "rotated" and res["replaces"] == ident["key_id"]
    rows = {r["key_id"]: r["status"] for r in _json(run_cli("trust", "list", "--json", data_dir=off))}
    assert rows == {ident["key_id"]: "rotated", new["key_id"]: "active"}
    wrong = run_cli("identity", "rotate", data_dir=exp, env={"IFDESK_PASSPHRASE": "bad passphrase"})
    assert wrong.returncode == 1 and "Phrase secrète incorrecte" in wrong.stderr
