"""Import benchmark of quality.md (no test here; timings are never asserted in the test suite).

`python -m tests.bundle_bench [--n 2000] [--json]` prints `import_bundles_per_s`, `import_ratio`
and `import_peak_rss_mb`; `bench_import(tmp, quick)` returns them for `tests/bench.py`.

- Bundles: N genuine single-diagnostic bundles signed by an enrolled expert (unencrypted), each a
  different diagnostic of a different company, built with the exporter's own format functions.
- Measured: `ifdesk.bundle.import_paths` on the folder, in a fresh process (its peak RSS is the
  process's maximum resident size, interpreter included).
- Floor: the same files read, unzipped, every member SHA-256'd, the manifest's Ed25519 signature
  verified, the payload parsed and the same rows (diagnostic, revision, answers, actions, theme
  scores) inserted with raw sqlite3, same pragmas, one commit per chunk. The ratio comes from one
  process importing the files in chunks of 100 alternately through ifdesk and through the floor, so
  that a busy machine slows both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _luhn_ok(digits: list[int]) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        d = d * 2 if i % 2 else d
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _siret(rnd: random.Random) -> str:
    """A random SIRET whose SIREN key and SIRET key are both valid (both are checked since issue 15)."""
    while True:
        siren = [rnd.randint(0, 9) for _ in range(8)]
        siren += [next(c for c in range(10) if _luhn_ok(siren + [c]))]
        if siren == [3, 5, 6, 0, 0, 0, 0, 0, 0]:
            continue
        body = siren + [rnd.randint(0, 9) for _ in range(4)]
        return "".join(map(str, body + [next(c for c in range(10) if _luhn_ok(body + [c]))]))


def make_bundles(tmp: Path, n: int) -> tuple[Path, Path]:
    """An office workspace that trusts an expert, and a folder of n signed single-diagnostic bundles."""
    from ifdesk.bundle import create_identity, trust_add
    from ifdesk.bundle import format as fmt
    from ifdesk.bundle.container import build_zip
    from ifdesk.bundle.identity import card, describe, signing_key
    from ifdesk.store import Workspace
    from tests.bundle_kit import PASS, SIRETS, completed_diag
    from ifdesk.core.company import new_company
    import base64
    import hashlib

    expert = Workspace(tmp / "expert")
    create_identity(expert, "Claire Martin", "Cabinet Martin", "expert", PASS)
    expert.companies.add(new_company(siret=SIRETS[0], name="Modèle", region="84"))
    base = expert.diagnostics.get(completed_diag(expert, SIRETS[0], seed=1))
    ref = expert.referentiels.get(base.referentiel.sha256)
    ref_blob = ref.canonical_json()
    key = signing_key(expert, PASS)
    signer = describe(expert)
    office = Workspace(tmp / "office")
    create_identity(office, "Bureau", "Région", "office", PASS)
    trust_add(office, card(expert), confirmed=True)
    office.close()
    expert.close()
    out = tmp / "bundles"
    out.mkdir()
    rnd = random.Random(7)
    regions = ["84", "11", "53", "44", "32", "76", "75", "52"]
    levels = list(range(ref.min_level, ref.max_level + 1))
    for i in range(n):
        siret = _siret(rnd)
        answers = {}
        for cid, a in base.answers.items():
            lvl = None if a.na else rnd.choice(levels)
            answers[cid] = a.model_copy(update={"level": lvl, "target": None if a.na else min(lvl + 1, ref.max_level),
                                                "note": f"Constat {i} : {rnd.random():.6f}"})
        d = base.model_copy(update={"id": str(uuid.uuid4()), "siret": siret, "answers": answers,
                                    "company_name": f"Entreprise {i}"})
        company = {"siret": siret, "name": f"Entreprise {i}", "region": rnd.choice(regions), "naf": "25.62B",
                   "headcount": rnd.randint(5, 240), "turnover_eur": None, "balance_sheet_eur": None, "city": "Lyon",
                   "assigned_to": None, "updated_at": "2026-01-01T00:00:00Z"}
        payload = fmt.dumps(fmt.diagnostic_payload(d, company, "2026-01-01T00:00:00Z"))
        members = [(fmt.diag_member(d.id, d.revision), payload), (fmt.referentiel_member(ref.sha256), ref_blob)]
        manifest = {"format": fmt.FORMAT, "format_version": 1, "bundle_id": str(uuid.uuid4()), "kind": "diagnostics",
                    "created_at": "2026-01-01T00:00:00Z", "producer": {"name": "ifdesk", "version": "bench"},
                    "signer": {k: signer[k] for k in ("key_id", "name", "org", "role", "public_key")},
                    "referentiels": [{"id": ref.id, "version": ref.version, "sha256": ref.sha256,
                                      "path": fmt.referentiel_member(ref.sha256)}],
                    "diagnostics": [{"id": d.id, "revision": d.revision, "base_revision": d.base_revision,
                                     "content_hash": d.content_hash(), "siret": siret, "expert_key_id": d.expert_key_id,
                                     "path": fmt.diag_member(d.id, d.revision)}],
                    "files": [{"path": p, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for p, b in members]}
        mb = fmt.dumps(manifest)
        data = build_zip([("manifest.json", mb), ("manifest.sig", base64.b64encode(key.sign(mb)) + b"\n")] + members)
        (out / f"b{i:05d}.ifbundle").write_bytes(data)
    return tmp / "office", out


_HWM = r"""
def _hwm():  # this process's peak resident set (VmHWM; ru_maxrss would include the parent's, kept across exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

_MEASURE = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from ifdesk.store import Workspace
from ifdesk.bundle import import_paths
""" + _HWM + r"""
ws = Workspace(Path({office!r}))
t = time.perf_counter()
res = import_paths(ws, [Path({folder!r})])
dt = time.perf_counter() - t
ws.close()
bad = [r.reason for r in res if r.status != "imported"][:3]
print(json.dumps({{"s": dt, "n": len(res), "bad": bad, "rss_kb": _hwm()}}))
"""

_FLOOR_SQL = (
    "CREATE TABLE diagnostics (id TEXT PRIMARY KEY, siret TEXT, current_revision INTEGER, expert_key_id TEXT, created_at TEXT);"
    "CREATE TABLE revisions (diag_id TEXT, revision INTEGER, status TEXT, content_hash TEXT, overall_score REAL, PRIMARY KEY (diag_id, revision));"
    "CREATE TABLE answers (diag_id TEXT, revision INTEGER, criterion TEXT, level INTEGER, target INTEGER, note TEXT, na INTEGER, PRIMARY KEY (diag_id, revision, criterion));"
    "CREATE TABLE actions (diag_id TEXT, revision INTEGER, position INTEGER, title TEXT, PRIMARY KEY (diag_id, revision, position));"
    "CREATE TABLE theme_scores (diag_id TEXT, revision INTEGER, theme TEXT, score REAL, PRIMARY KEY (diag_id, revision, theme));"
    "CREATE TABLE companies (siret TEXT PRIMARY KEY, name TEXT, region TEXT);")

_FLOOR = r"""
import base64, hashlib, io, zipfile, sqlite3
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
pub = Ed25519PublicKey.from_public_bytes(base64.b64decode({pub!r}))
db = sqlite3.connect({dbpath!r}, isolation_level=None)
db.execute("PRAGMA journal_mode = WAL"); db.execute("PRAGMA synchronous = FULL"); db.execute("PRAGMA foreign_keys = ON")
db.executescript({sql!r})


def floor(files):
    db.execute("BEGIN IMMEDIATE")
    for f in files:
        data = f.read_bytes()
        zf = zipfile.ZipFile(io.BytesIO(data))
        members = {{n: zf.read(n) for n in zf.namelist()}}
        manifest = members["manifest.json"]
        pub.verify(base64.b64decode(members["manifest.sig"].strip()), manifest)
        m = json.loads(manifest)
        for e in m["files"]:
            assert hashlib.sha256(members[e["path"]]).hexdigest() == e["sha256"]
        p = json.loads(members[m["diagnostics"][0]["path"]])
        d = p["diagnostic"]
        db.execute("INSERT INTO companies VALUES (?,?,?) ON CONFLICT DO NOTHING", (p["company"]["siret"], p["company"]["name"], p["company"]["region"]))
        db.execute("INSERT INTO diagnostics VALUES (?,?,?,?,?)", (d["id"], d["siret"], d["revision"], d["expert_key_id"], d["created_at"]))
        db.execute("INSERT INTO revisions VALUES (?,?,?,?,?)", (d["id"], d["revision"], "exported", p["content_hash"], None))
        db.executemany("INSERT INTO answers VALUES (?,?,?,?,?,?,?)", [(d["id"], d["revision"], c, a["level"], a["target"], a["note"], a["na"]) for c, a in d["answers"].items()])
        db.executemany("INSERT INTO actions VALUES (?,?,?,?)", [(d["id"], d["revision"], k, a["title"]) for k, a in enumerate(d["actions"])])
        db.executemany("INSERT INTO theme_scores VALUES (?,?,?,?)", [(d["id"], d["revision"], "t%d" % k, 3.0) for k in range(8)])
    db.execute("COMMIT")
"""

# the same files, in chunks of 100, alternately through ifdesk and through the floor (same load for both)
_ALTERNATE = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from ifdesk.store import Workspace
from ifdesk.bundle import import_paths
""" + _FLOOR + r"""
ws = Workspace(Path({office!r}))
files = sorted(Path({folder!r}).glob("*.ifbundle"))
t_imp = t_floor = 0.0
for i in range(0, len(files), 100):
    chunk = files[i:i + 100]
    t = time.perf_counter(); res = import_paths(ws, chunk); t_imp += time.perf_counter() - t
    assert all(r.status == "imported" for r in res), [r.reason for r in res][:3]
    t = time.perf_counter(); floor(chunk); t_floor += time.perf_counter() - t
ws.close()
print(json.dumps({{"import_s": t_imp, "floor_s": t_floor}}))
"""


def _child(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=3600)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_import(tmp: Path, quick: bool = False, n: int | None = None) -> dict:
    import shutil

    from ifdesk.bundle.identity import describe
    from ifdesk.store import Workspace

    n = n or (300 if quick else 2000)
    office, folder = make_bundles(tmp / "import-bench", n)
    ws = Workspace(tmp / "import-bench" / "expert")
    pub = describe(ws)["public_key"]
    ws.close()

    def fresh(label: str) -> Path:
        dest = tmp / "import-bench" / label
        shutil.copytree(office, dest, ignore=shutil.ignore_patterns("ifdesk.lock"))
        return dest

    runs = []
    for k in range(2):  # the whole folder in one call, as `ifdesk import DIR` does: speed and peak memory
        r = _child(_MEASURE.format(root=str(ROOT), office=str(fresh(f"office-{k}")), folder=str(folder)))
        if r["n"] != n or r["bad"]:
            raise RuntimeError(f"import bench: {r}")
        runs.append(r)
    alt = [_child(_ALTERNATE.format(root=str(ROOT), office=str(fresh(f"office-alt-{k}")), folder=str(folder), pub=pub,
                                    dbpath=str(tmp / "import-bench" / f"floor-{k}.sqlite3"), sql=_FLOOR_SQL))
           for k in range(1 if quick else 2)]
    best = min(runs, key=lambda r: r["s"])
    return {"import_bundles_per_s": n / best["s"], "import_ratio": min(a["import_s"] / a["floor_s"] for a in alt),
            "import_peak_rss_mb": max(r["rss_kb"] for r in runs) / 1024,
            "_import_n": n, "_import_s": best["s"], "_import_alt_import_s": min(a["import_s"] for a in alt),
            "_import_alt_floor_s": min(a["floor_s"] for a in alt)}


def main() -> int:
    ap = argparse.ArgumentParser(description="ifdesk import benchmark")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ifdesk-import-bench-") as tmp:
        t = time.perf_counter()
        res = bench_import(Path(tmp), n=args.n)
        res["_total_s"] = time.perf_counter() - t
    if args.json:
        print(json.dumps({k: round(v, 3) for k, v in res.items()}))
    else:
        for k, v in res.items():
            print(f"{k:<24} {v:>10.3f}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
