"""`ifdesk demo` in a national workspace: as if the 18 regional offices had forwarded a realistic year.

For speed the rows are written directly through the same bulk writer as the office's demo (`generate.fill`)
and the store functions of the national level (register entries, enrolled offices with their region,
programmes received, review states and costs per office) — not by signing and importing bundles, which
the benchmark and the tests do. Only what reaches the national level is kept: diagnostics the experts
exported to their office (drafts and diagnostics not yet sent are removed), under the experts of a register
(signed cards, a few de-referenced), each office speaking for its region.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..bundle.identity import make_card
from ..core.reference_data import region_name
from ..office.facts import refresh as refresh_office_facts
from ..store import Workspace
from ..store import national as nstore
from ..store.db import transaction, utcnow
from . import pools
from .generate import REFERENCE_DAY, DemoReport, fill

EXPERTS_PER_REGION_WEIGHT = 3  # a region of weight w has about 3·w referenced experts


def fill_national(ws: Workspace, companies: int = 3000, seed: int = 1) -> DemoReport:
    rng = random.Random(seed * 104729 + 13)
    now = utcnow()
    db = ws.db
    with transaction(db):
        experts = _register(db, rng)
    pick = random.Random(seed * 31 + 5)  # each diagnostic signed by a referenced expert of its company's region
    rep = fill(ws, companies=companies, seed=seed,
               expert_of=lambda c: pick.choice(experts.get(c.region) or experts["84"]))
    with transaction(db):
        _keep_forwarded(db)
        offices = _offices(db, rng, now)
        _stage(db, offices, now)
        _objectives(db)
    refresh_office_facts(db)
    by_status = dict(db.execute("SELECT r.status, count(*) FROM diagnostics d JOIN revisions r ON r.diag_id = d.id "
                                "AND r.revision = d.current_revision GROUP BY r.status").fetchall())
    return DemoReport(companies=rep.companies, diagnostics=sum(by_status.values()), by_status=by_status,
                      programmes=rep.programmes)


def _keep_forwarded(db) -> None:
    """Only exported revisions travel: a reopened diagnostic is at the office as its exported revision 1."""
    ex = db.execute
    ex("CREATE TEMP TABLE _nat_drop (diag_id TEXT, revision INTEGER)")
    ex("INSERT INTO _nat_drop SELECT diag_id, revision FROM revisions WHERE status != 'exported'")
    for t in ("answers", "actions", "theme_scores"):
        ex(f"DELETE FROM {t} WHERE (diag_id, revision) IN (SELECT diag_id, revision FROM _nat_drop)")
    ex("DELETE FROM revisions WHERE (diag_id, revision) IN (SELECT diag_id, revision FROM _nat_drop)")
    ex("UPDATE diagnostics SET current_revision = (SELECT max(revision) FROM revisions r WHERE r.diag_id = diagnostics.id) "
       "WHERE id IN (SELECT diag_id FROM _nat_drop) AND EXISTS (SELECT 1 FROM revisions r WHERE r.diag_id = diagnostics.id)")
    gone = "SELECT id FROM diagnostics WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.diag_id = diagnostics.id)"
    for t in ("diagnostic_costs", "reviews"):
        ex(f"DELETE FROM {t} WHERE diag_id IN ({gone})")
    # a follow-up keeps its previous_id (signed in its content hash) even when the earlier diagnostic never left
    ex(f"DELETE FROM diagnostics WHERE id IN ({gone})")
    ex("DELETE FROM companies WHERE NOT EXISTS (SELECT 1 FROM diagnostics d WHERE d.siret = companies.siret)")
    ex("INSERT OR IGNORE INTO reviews (diag_id, revision, state, source) SELECT id, current_revision, 'to_review', 'national' "
       "FROM diagnostics")
    ex("DROP TABLE _nat_drop")


def _register(db, rng: random.Random) -> dict[str, list[tuple[str, str]]]:
    """Referenced experts per region (signed cards), a few de-referenced later in the year."""
    out: dict[str, list[tuple[str, str]]] = {}
    start = date(REFERENCE_DAY.year - 2, 7, 1)
    for code, (weight, _cities) in pools.REGIONS.items():
        for _i in range(max(2, EXPERTS_PER_REGION_WEIGHT * weight)):
            name = f"{rng.choice(pools.EXPERT_FIRST)} {rng.choice(pools.FAMILY)}"
            org = f"Cabinet {rng.choice(pools.FAMILY)} Conseil"
            card = make_card(Ed25519PrivateKey.generate(), name, org, "expert", None, f"{start.isoformat()}T09:00:00Z")
            since = start + timedelta(days=rng.randint(0, 60))
            until = reason = None
            if rng.random() < 0.04:
                until = (REFERENCE_DAY - timedelta(days=rng.randint(10, 120))).isoformat()
                reason = "Fin de la convention de référencement"
            nstore.register_put(db, {"key_id": card["key_id"], "public_key": card["public_key"],
                                     "fingerprint": _fingerprint(card), "name": name, "org": org, "card": card,
                                     "regions": [code], "since": since.isoformat(), "until": until, "reason": reason})
            out.setdefault(code, []).append((card["key_id"], name))
    seq = 3 + rng.randint(0, 4)
    nstore.set_register_state(db, seq, None, None, f"{(REFERENCE_DAY - timedelta(days=20)).isoformat()}T10:00:00Z", None)
    return out


def _fingerprint(card: dict) -> str:
    from ..bundle.identity import fingerprint_of, unb64

    return fingerprint_of(unb64(card["public_key"], 32))


def _offices(db, rng: random.Random, now: str) -> dict[str, str]:
    """One enrolled office per region, with its region set at enrolment; programmes attached to it."""
    out = {}
    for code in pools.REGIONS:
        name = f"Bureau régional {region_name(code) or code}"
        card = make_card(Ed25519PrivateKey.generate(), name, f"Région {region_name(code) or code}", "office", None, now)
        db.execute("INSERT INTO trusted_keys (key_id, public_key, fingerprint, name, org, role, card, status, added_at, region) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?)", (card["key_id"], card["public_key"], _fingerprint(card), name, card["org"],
                                                    "office", json.dumps(card, ensure_ascii=False), "active", now, code))
        db.execute("UPDATE programmes SET office_key_id = ? WHERE region = ?", (card["key_id"], code))
        out[code] = card["key_id"]
    return out


def _stage(db, offices: dict[str, str], now: str) -> None:
    """What each office's programmes bundle said: review states and costs of its region's diagnostics."""
    for code, key in offices.items():
        db.execute("INSERT INTO national_reviews (office_key_id, diag_id, revision, state, comment, decided_at) "
                   "SELECT ?, r.diag_id, r.revision, r.state, coalesce(r.comment, ''), r.decided_at FROM reviews r "
                   "JOIN diagnostics d ON d.id = r.diag_id JOIN companies c ON c.siret = d.siret WHERE c.region = ?",
                   (key, code))
        db.execute("INSERT INTO national_costs (office_key_id, diag_id, days, day_rate_eur, share_pct) "
                   "SELECT ?, k.diag_id, k.days, k.day_rate_eur, k.share_pct FROM diagnostic_costs k "
                   "JOIN diagnostics d ON d.id = k.diag_id JOIN companies c ON c.siret = d.siret WHERE c.region = ?",
                   (key, code))
        stamp = f"{(REFERENCE_DAY - timedelta(days=3)).isoformat()}T18:00:00Z"
        db.execute("INSERT OR REPLACE INTO national_programmes_received (office_key_id, region, bundle_id, created_at, "
                   "bundle_sha256, received_at) VALUES (?,?,?,?,?,?)", (key, code, f"demo-{code}", stamp, "0" * 64, now))
    db.execute("UPDATE reviews SET source = 'office'")


def _objectives(db) -> None:
    """National objectives: what the regions' milestones add up to at each year end (all regions together)."""
    rows = db.execute("SELECT date, sum(objective) FROM programme_milestones WHERE substr(date, 6) = '12-31' "
                      "GROUP BY date ORDER BY date").fetchall()
    for d, n in rows:
        db.execute("INSERT OR REPLACE INTO national_objectives (date, objective) VALUES (?, ?)", (d, n))
