"""National benchmarks of quality.md (no test here): `national_import_bundles_per_s` and `national_dashboard_ms`.

- Import: a national workspace whose register references the experts and which enrolled 18 offices with their
  region imports the forwarded folders of the 18 offices (each expert bundle genuine, signed by its expert,
  encrypted to the national identity as `office forward` writes it, plus each office's signed programmes
  bundle): 20,000 expert bundles in full mode, 360 in quick mode. Measured in a fresh process through
  `ifdesk.bundle.import_paths`. Floor, in the same process right after: the same files age-decrypted, unzipped,
  every member SHA-256'd, the Ed25519 signature verified against the register's key, the payload parsed and the
  same rows inserted with raw sqlite3 (as tests/bundle_bench.py's floor).
- Dashboard: `ifdesk demo` in a national workspace (about 100,000 forwarded diagnostics in full mode), then the
  national dashboard's whole load (office aggregates, programme figures per region with milestones, national
  objectives) under several filters, median of 5, worst filter. Floor: the bare per-region count of companies
  diagnosed with one SQL statement over the fact table.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OFFICES = ["84", "44", "32", "11", "75", "76", "52", "28", "27", "53", "24", "93", "94", "01", "02", "03", "04", "06"]


def make_world(tmp: Path, n: int, experts: int) -> tuple[Path, list[Path], dict[str, str]]:
    """The national workspace (register and offices set) and 18 forwarded folders holding n expert bundles."""
    import pyrage
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ifdesk.bundle import create_identity
    from ifdesk.bundle import format as fmt
    from ifdesk.bundle.container import build_zip
    from ifdesk.bundle.identity import fingerprint_of, make_card, unb64
    from ifdesk.bundle.register import build_signed
    from ifdesk.core.company import new_company
    from ifdesk.store import Workspace
    from ifdesk.store import national as nstore
    from ifdesk.store.db import transaction
    from tests.bundle_bench import _siret
    from tests.bundle_kit import PASS, SIRETS, completed_diag

    expert = Workspace(tmp / "model-expert")
    create_identity(expert, "Modèle", "Cabinet", "expert", PASS)
    expert.companies.add(new_company(siret=SIRETS[0], name="Modèle", region="84"))
    base = expert.diagnostics.get(completed_diag(expert, SIRETS[0], seed=1))
    ref = expert.referentiels.get(base.referentiel.sha256)
    expert.close()
    ref_blob = ref.canonical_json()
    nat = Workspace(tmp / "national")
    create_identity(nat, "Comité national", "Alliance", "national", PASS)
    recipient = pyrage.x25519.Recipient.from_str(_recipient(nat))
    keys, pubs = [], {}
    with transaction(nat.db):
        for i in range(experts):
            k = Ed25519PrivateKey.generate()
            card = make_card(k, f"Expert {i}", "Cabinet", "expert", None, "2026-01-01T00:00:00Z")
            nstore.register_put(nat.db, {"key_id": card["key_id"], "public_key": card["public_key"],
                                         "fingerprint": fingerprint_of(unb64(card["public_key"], 32)), "name": card["name"],
                                         "org": card["org"], "card": card, "regions": [], "since": "2026-01-01",
                                         "until": None, "reason": ""})
            keys.append((k, card))
            pubs[card["key_id"]] = card["public_key"]
        offices = []
        for code in OFFICES:
            k = Ed25519PrivateKey.generate()
            card = make_card(k, f"Bureau {code}", f"Région {code}", "office", None, "2026-01-01T00:00:00Z")
            nat.db.execute("INSERT INTO trusted_keys (key_id, public_key, fingerprint, name, org, role, card, status, added_at, "
                           "region) VALUES (?,?,?,?,?,?,?,?,?,?)", (card["key_id"], card["public_key"], "-", card["name"],
                                                                    card["org"], "office", json.dumps(card), "active",
                                                                    "2026-01-01T00:00:00Z", code))
            offices.append((code, k, card))
    nat.close()
    rnd = random.Random(7)
    levels = list(range(ref.min_level, ref.max_level + 1))
    folders = []
    for o, (code, okey, ocard) in enumerate(offices):
        folder = tmp / f"forward-{code}"
        folder.mkdir()
        folders.append(folder)
        for i in range(o * n // len(offices), (o + 1) * n // len(offices)):
            ekey, ecard = keys[i % len(keys)]
            siret = _siret(rnd)
            answers = {cid: a.model_copy(update={"level": None if a.na else (lv := rnd.choice(levels)),
                                                 "target": None if a.na else min(lv + 1, ref.max_level)})
                       for cid, a in base.answers.items()}
            d = base.model_copy(update={"id": str(uuid.uuid4()), "siret": siret, "answers": answers,
                                        "expert_key_id": ecard["key_id"], "expert_name": ecard["name"],
                                        "company_name": f"Entreprise {i}"})
            company = {"siret": siret, "name": f"Entreprise {i}", "region": code, "naf": "25.62B",
                       "headcount": rnd.randint(5, 240), "turnover_eur": None, "balance_sheet_eur": None, "city": "Lyon",
                       "assigned_to": None, "updated_at": "2026-01-01T00:00:00Z"}
            payload = fmt.dumps(fmt.diagnostic_payload(d, company, "2026-01-01T00:00:00Z"))
            members = [(fmt.diag_member(d.id, d.revision), payload), (fmt.referentiel_member(ref.sha256), ref_blob)]
            manifest = {"format": fmt.FORMAT, "format_version": 1, "bundle_id": str(uuid.uuid4()), "kind": "diagnostics",
                        "created_at": "2026-01-01T00:00:00Z", "producer": {"name": "ifdesk", "version": "bench"},
                        "signer": {"key_id": ecard["key_id"], "name": ecard["name"], "org": ecard["org"], "role": "expert",
                                   "public_key": ecard["public_key"]},
                        "referentiels": [{"id": ref.id, "version": ref.version, "sha256": ref.sha256,
                                          "path": fmt.referentiel_member(ref.sha256)}],
                        "diagnostics": [{"id": d.id, "revision": 1, "base_revision": None, "content_hash": d.content_hash(),
                                         "siret": siret, "expert_key_id": ecard["key_id"],
                                         "path": fmt.diag_member(d.id, 1)}],
                        "files": [{"path": p, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for p, b in members]}
            mb = fmt.dumps(manifest)
            data = build_zip([("manifest.json", mb), ("manifest.sig", base64.b64encode(ekey.sign(mb)) + b"\n")] + members)
            (folder / f"diag-{i:06d}.ifbundle").write_bytes(pyrage.encrypt(data, [recipient]))
        prog = {"format": "ifdesk-programmes", "format_version": 1, "region": code, "reviews": [], "costs": [],
                "programmes": [{"region": code, "name": f"Programme {code}", "budget_eur": 1e6, "objective_companies": 100,
                                "start": "2025-01-01", "end": "2027-12-31",
                                "milestones": [{"date": "2026-12-31", "objective": 60}]}]}
        signer = {k: ocard[k] for k in ("key_id", "name", "org", "role", "public_key")}
        data, _b, _c = build_signed("programmes", signer, okey, [("programmes.json", fmt.dumps(prog))])
        (folder / f"programmes-{code}.ifbundle").write_bytes(pyrage.encrypt(data, [recipient]))
    return tmp / "national", folders, pubs


def _recipient(ws) -> str:
    return ws.db.execute("SELECT age_recipient FROM identity WHERE id = 1").fetchone()[0]


_CHILD = r"""
import base64, hashlib, io, json, sqlite3, sys, time, zipfile
sys.path.insert(0, {root!r})
from pathlib import Path
import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from ifdesk.store import Workspace
from ifdesk.bundle import import_paths
from ifdesk.bundle.identity import age_identity
folders = [Path(f) for f in {folders!r}]
ws = Workspace(Path({national!r}))
ident = age_identity(ws, {pp!r})  # opened once, as the window hands it over (scrypt is not the import)
t = time.perf_counter()
res = import_paths(ws, folders, passphrase=ident)
dt = time.perf_counter() - t
ws.close()
bad = [r.reason for r in res if r.status != "imported"][:3]
pubs = {{k: Ed25519PublicKey.from_public_bytes(base64.b64decode(v)) for k, v in {pubs!r}.items()}}
db = sqlite3.connect({dbpath!r}, isolation_level=None)
db.execute("PRAGMA journal_mode = WAL"); db.execute("PRAGMA synchronous = FULL")
db.executescript({sql!r})
files = [f for d in folders for f in sorted(d.glob("diag-*.ifbundle"))]
t = time.perf_counter()
db.execute("BEGIN IMMEDIATE")
for k, f in enumerate(files):
    data = pyrage.decrypt(f.read_bytes(), [ident])
    zf = zipfile.ZipFile(io.BytesIO(data))
    members = {{n: zf.read(n) for n in zf.namelist()}}
    manifest = members["manifest.json"]
    m = json.loads(manifest)
    pubs[m["signer"]["key_id"]].verify(base64.b64decode(members["manifest.sig"].strip()), manifest)
    for e in m["files"]:
        assert hashlib.sha256(members[e["path"]]).hexdigest() == e["sha256"]
    p = json.loads(members[m["diagnostics"][0]["path"]])
    d = p["diagnostic"]
    db.execute("INSERT INTO companies VALUES (?,?,?) ON CONFLICT DO NOTHING", (p["company"]["siret"], p["company"]["name"], p["company"]["region"]))
    db.execute("INSERT INTO diagnostics VALUES (?,?,?,?,?)", (d["id"], d["siret"], d["revision"], d["expert_key_id"], d["created_at"]))
    db.execute("INSERT INTO revisions VALUES (?,?,?,?,?)", (d["id"], d["revision"], "exported", p["content_hash"], None))
    db.executemany("INSERT INTO answers VALUES (?,?,?,?,?,?,?)", [(d["id"], d["revision"], c, a["level"], a["target"], a["note"], a["na"]) for c, a in d["answers"].items()])
    db.executemany("INSERT INTO actions VALUES (?,?,?,?)", [(d["id"], d["revision"], j, a["title"]) for j, a in enumerate(d["actions"])])
    db.executemany("INSERT INTO theme_scores VALUES (?,?,?,?)", [(d["id"], d["revision"], "t%d" % j, 3.0) for j in range(8)])
    if k % 200 == 199:
        db.execute("COMMIT"); db.execute("BEGIN IMMEDIATE")
db.execute("COMMIT")
floor = time.perf_counter() - t
print(json.dumps({{"s": dt, "n": len(res), "bad": bad, "floor_s": floor, "floor_n": len(files)}}))
"""


def bench_national_import(tmp: Path, quick: bool = False) -> dict:
    from tests.bundle_bench import _FLOOR_SQL
    from tests.bundle_kit import PASS

    n = 360 if quick else 20_000
    national, folders, pubs = make_world(tmp / "national-import", n, 30 if quick else 300)
    out = subprocess.run([sys.executable, "-c", _CHILD.format(
        root=str(ROOT), folders=[str(f) for f in folders], national=str(national), pp=PASS, pubs=pubs,
        dbpath=str(tmp / "national-import" / "floor.sqlite3"), sql=_FLOOR_SQL)],
        capture_output=True, text=True, cwd=ROOT, timeout=7200)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    r = json.loads(out.stdout.strip().splitlines()[-1])
    if r["bad"] or r["n"] != n + len(OFFICES):
        raise RuntimeError(f"national import bench: {r}")
    return {"national_import_bundles_per_s": n / r["s"], "_national_import_n": n, "_national_import_time_s": r["s"],
            "_national_import_floor_per_s": r["floor_n"] / r["floor_s"],
            "_national_import_ratio": r["s"] / r["floor_s"]}


def bench_national_dashboard(tmp: Path, quick: bool = False) -> dict:
    from ifdesk.bundle import create_identity
    from ifdesk.demo.national import fill_national
    from ifdesk.office import Filters, aggregates, money, national
    from ifdesk.store import Workspace
    from tests.bundle_kit import PASS

    companies = 10_000 if quick else 190_000  # about 55 % of them reach the national level
    with Workspace(tmp / "national-dashboard") as ws:
        create_identity(ws, "Comité national", "Alliance", "national", PASS)
        t = time.perf_counter()
        fill_national(ws, companies=companies, seed=1)
        built = time.perf_counter() - t
        aggregates.prepare(ws)
        n = ws.db.execute("SELECT count(*) FROM diagnostics").fetchone()[0]
        ref = ws.referentiels.current()

        def load(f: Filters) -> None:  # quality.md: per region against milestones, budget, reviews, follow-ups
            d = aggregates.dashboard(ws, f)
            money.figures(ws, f, d.budget_eur, [r["code"] for r in d.regions])
            national.figures(ws, f)

        def charts(f: Filters) -> float:  # the maturity and technology charts the window adds (reported apart)
            t = time.perf_counter()
            money.maturity_levels(ws, f, ref)
            money.technology_priorities(ws, f, ref)
            return time.perf_counter() - t

        def floor(f: Filters) -> None:
            ws.db.execute("SELECT region, count(DISTINCT siret) FROM office_facts WHERE counted GROUP BY region").fetchall()

        cases = [Filters(), Filters.parse(region="84"), Filters.parse("2025-01-01", "2025-12-31"),
                 Filters.parse(naf_division="25", size_class="PME")]
        worst = worst_floor = worst_charts = 0.0
        for f in cases:
            for fn in (load, floor):
                fn(f)  # warm-up
            times, ftimes = [], []
            for _k in range(5):
                t = time.perf_counter()
                load(f)
                times.append(time.perf_counter() - t)
                t = time.perf_counter()
                floor(f)
                ftimes.append(time.perf_counter() - t)
            worst = max(worst, statistics.median(times))
            worst_floor = max(worst_floor, statistics.median(ftimes))
            worst_charts = max(worst_charts, charts(f))
    return {"national_dashboard_ms": worst * 1000, "_national_dashboard_floor_ms": worst_floor * 1000,
            "_national_dashboard_charts_ms": worst_charts * 1000,
            "_national_dashboard_diagnostics": n, "_national_dashboard_build_s": built}
