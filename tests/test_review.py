"""The office's review round trip through the command line (bundle.md, Authority; cli.md `review`):
to_review on import → request changes / reject / approve → next distribution → the expert's workspace
shows it → the expert answers with a new revision, which is to_review again."""

from __future__ import annotations

import json

from ifdesk.bundle import import_paths
from ifdesk.store import Workspace, reviews
from tests.bundle_kit import (PASS, SIRETS, completed_diag, dump, export_one, lone_identity, new_pair, opened_key,
                              reopen_complete)
from tests.conftest import run_cli


def _json(proc):
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_review_round_trip_through_the_cli(tmp_path):
    expert, office = new_pair(tmp_path / "pair")
    d = completed_diag(expert, SIRETS[0], seed=1)
    other = completed_diag(expert, SIRETS[1], seed=2)
    assert [r.status for r in import_paths(office, [export_one(expert, d, tmp_path / "d.ifbundle"),
                                                    export_one(expert, other, tmp_path / "o.ifbundle")])] == \
        ["imported", "imported"]
    exp_dir, off_dir = expert.folder, office.folder
    expert.close()
    office.close()
    pfile = tmp_path / "pass.txt"
    pfile.write_text(PASS)

    def o(*a):
        return run_cli("--passphrase-file", str(pfile), *a, data_dir=off_dir)

    def e(*a):
        return run_cli("--passphrase-file", str(pfile), *a, data_dir=exp_dir)

    rows = {r["id"]: r for r in _json(o("diag", "list", "--json"))}
    assert rows[d]["review"] == {"state": "to_review", "comment": "", "at": None}
    # the office does not edit what it received
    with Workspace(off_dir) as ws:
        before = dump(ws, volatile={})
    bad = o("diag", "reopen", d)
    assert bad.returncode == 1 and bad.stderr.startswith("error:") and "revue" in bad.stderr
    bad = o("review", d, "--request-changes", "   ")
    assert bad.returncode == 1 and bad.stderr.startswith("error:")
    with Workspace(off_dir) as ws:
        assert dump(ws, volatile={}) == before
    # decisions
    res = _json(o("review", d, "--request-changes", "Préciser le plan d'action (coûts)", "--json"))
    assert res["review"]["state"] == "changes_requested" and res["review"]["at"]
    assert _json(o("review", other, "--reject", "Entreprise hors programme", "--json"))["review"]["state"] == "rejected"
    shown = _json(o("diag", "show", d, "--json"))
    assert shown["review"]["comment"] == "Préciser le plan d'action (coûts)"
    assert [r["id"] for r in _json(o("diag", "list", "--review", "rejected", "--json"))] == [other]
    # a rejected diagnostic is not counted toward objectives
    stats = _json(o("stats", "--json"))
    assert stats["diagnosed"] == 1
    assert stats["reviews"]["by_state"] == {"to_review": 0, "approved": 0, "changes_requested": 1, "rejected": 1}
    only = _json(o("stats", "--review", "rejected", "--json"))   # the dashboard's review filter
    assert only["diagnostics"]["total"] == 1 and only["diagnosed"] == 0 and only["filters"]["review"] == "rejected"
    assert _json(o("stats", "--review", "changes_requested", "--json"))["diagnosed"] == 1
    # the decisions travel in the next distribution, then the expert's workspace holds them
    dist = _json(o("distribute", "-o", str(tmp_path / "dist.ifbundle"), "--json"))
    assert sorted(r["id"] for r in dist["reviews"]) == sorted([d, other])
    again = o("distribute", "-o", str(tmp_path / "dist2.ifbundle"), "--json")
    assert again.returncode == 1  # nothing left to send
    imp = _json(e("import", str(tmp_path / "dist.ifbundle"), "--json"))
    assert imp[0]["status"] == "imported", imp
    mine = {r["id"]: r for r in _json(e("diag", "list", "--json"))}
    assert mine[d]["review"]["state"] == "changes_requested"
    assert mine[d]["review"]["comment"] == "Préciser le plan d'action (coûts)"
    assert mine[other]["review"]["state"] == "rejected"
    # the expert answers with a new revision; at the office it goes back to to_review
    with Workspace(exp_dir) as ws:
        reopen_complete(ws, d, seed=3)
        r2 = export_one(ws, d, tmp_path / "d2.ifbundle")
    with Workspace(off_dir) as ws:
        assert import_paths(ws, [r2])[0].status == "superseded"
        r = reviews.get_review(ws.db, d)
        assert (r["state"], r["revision"]) == ("to_review", 2)
        states = [h["state"] for h in reviews.history(ws.db, d)]
        assert states == ["changes_requested"]
    assert _json(o("review", d, "--approve", "--json"))["review"]["state"] == "approved"
    hist = _json(o("review", d, "--json"))["history"]
    assert [h["state"] for h in hist] == ["changes_requested", "approved"] and all(h["by_name"] for h in hist)


def test_decisions_for_another_expert_are_not_stored(tmp_path):
    """A distribution carries every unsent decision; an expert keeps only those on their own diagnostics."""
    from ifdesk.bundle import make_distribution, trust_add
    from ifdesk.bundle.identity import card

    expert, office = new_pair(tmp_path / "pair")
    d = completed_diag(expert, SIRETS[0], seed=1)
    import_paths(office, [export_one(expert, d, tmp_path / "d.ifbundle")])
    ident = office.identity()
    reviews.set_review(office.db, d, "approved", "", ident["key_id"], ident["name"])
    make_distribution(office, tmp_path / "dist.ifbundle", opened_key(office))
    stranger = lone_identity(tmp_path / "other-expert", "Marc Collègue", "Cabinet B")
    trust_add(stranger, card(office), confirmed=True)
    res = import_paths(stranger, [tmp_path / "dist.ifbundle"])[0]
    assert res.status in ("imported", "unchanged"), res.reason
    assert stranger.db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
    res = import_paths(expert, [tmp_path / "dist.ifbundle"])[0]
    assert reviews.get_review(expert.db, d)["state"] == "approved"
    for ws in (stranger, expert, office):
        ws.close()
