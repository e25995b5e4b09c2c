"""Fill a workspace with plausible, reproducible sample data.

Companies with valid SIRETs spread over the regions (weighted like the industrial fabric), with
manufacturing NAF codes and every size class; diagnostics in every status (draft, completed,
exported, reopened) with answers, notes, strengths, weaknesses and action plans; one regional
programme per region, budgets and objectives in proportion to the 2015 programme (160 M€,
1,700 companies). Everything comes from `random.Random(seed)`: the same seed gives the same data.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from ..core import scoring
from ..core.company import Company, Programme
from ..core.diagnostic import ActionItem, Answer, Diagnostic, Status
from ..core.identifiers import luhn_complete
from ..core.referentiel import Referentiel
from ..office.facts import refresh as refresh_office_facts
from ..store import Workspace
from ..store.db import transaction, utcnow
from . import pools
from . import programme as prog

NATIONAL_BUDGET_EUR = 160_000_000
NATIONAL_OBJECTIVE = 1_700
REFERENCE_DAY = date(2026, 11, 1)


@dataclass
class DemoReport:
    companies: int
    diagnostics: int
    by_status: dict[str, int]
    programmes: int


def _siret(rng: random.Random, taken: set[str]) -> str:
    while True:
        siren = luhn_complete(str(rng.randint(30_000_000, 99_999_999)))
        siret = luhn_complete(siren + f"{rng.randint(1, 99):04d}")
        if siret not in taken and not siret.startswith("356000000"):
            taken.add(siret)
            return siret


def _company(rng: random.Random, taken: set[str], region_codes: list[str], weights: list[int]) -> Company:
    trade, naf = rng.choice(pools.TRADES)
    region = rng.choices(region_codes, weights)[0]
    city = rng.choice(pools.REGIONS[region][1])
    style = rng.random()
    if style < 0.4:
        name = f"{trade} {rng.choice(pools.FAMILY)}"
    elif style < 0.75:
        name = f"{trade} {rng.choice(pools.QUALIFIERS)}"
    else:
        name = f"{rng.choice(pools.FAMILY)} {rng.choice(['et Fils', 'Industrie', 'Frères', 'Groupe'])}"
    name = f"{name} {rng.choice(pools.LEGAL)}"
    r = rng.random()
    headcount = rng.randint(10, 49) if r < 0.45 else rng.randint(50, 249) if r < 0.88 else rng.randint(250, 1800) if r < 0.99 else rng.randint(5000, 9000)
    turnover = round(headcount * rng.uniform(110_000, 240_000), -3)
    return Company(siret=_siret(rng, taken), name=name, region=region, naf=naf, headcount=headcount,
                   turnover_eur=turnover, city=city)


def _answers(rng: random.Random, ref: Referentiel, naf: str, completeness: float) -> dict[str, Answer]:
    base = rng.gauss(2.6, 0.7)
    answers: dict[str, Answer] = {}
    lo, hi = ref.min_level, ref.max_level
    for theme in ref.themes:
        theme_off = rng.gauss(0, 0.6)
        for crit in theme.criteria:
            if rng.random() > completeness:
                continue
            if rng.random() < 0.04:
                answers[crit.id] = Answer(criterion=crit.id, na=True, na_reason=rng.choice(pools.NA_REASONS))
                continue
            level = int(min(hi, max(lo, round(base + theme_off + rng.gauss(0, 0.6)))))
            target = min(hi, level + rng.choice([0, 1, 1, 1, 2, 2]))
            note = rng.choice(pools.NOTE_BY_LEVEL.get(level, pools.NOTE_BY_LEVEL[3])) if rng.random() < 0.55 else ""
            answers[crit.id] = Answer(criterion=crit.id, level=level, target=target, note=note,
                                      important=rng.random() < 0.12)
    return answers


def _synthesis(ref: Referentiel, s: scoring.Scores) -> tuple[str, str]:
    ranked = sorted(((v, t) for t, v in s.theme_scores.items() if v is not None), reverse=True)
    title = {t.id: t.title for t in ref.themes}
    if not ranked:
        return "", ""
    strengths = "\n".join(f"• {title[t]} : niveau {v:.1f}".replace(".", ",") for v, t in ranked[:2])
    weaknesses = "\n".join(f"• {title[t]} : niveau {v:.1f}".replace(".", ",") for v, t in ranked[-2:])
    return ("Points forts observés lors de la visite :\n" + strengths,
            "Axes de progrès prioritaires :\n" + weaknesses)


def _actions(rng: random.Random, ref: Referentiel, s: scoring.Scores, visit: date) -> list[ActionItem]:
    out = []
    for i, sug in enumerate(scoring.suggested_actions(ref, s, limit=rng.randint(3, 7))):
        out.append(ActionItem(title=sug["title"], criteria=sug["criteria"], priority=sug["priority"],
                              horizon=sug["horizon"], owner=rng.choice(pools.OWNERS),
                              cost_eur=_cost(rng.choice([None, 2_500, 5_000, 12_000, 25_000, 45_000, 80_000, 150_000])),
                              due=visit + timedelta(days=90 * (i + 1) + rng.randint(0, 60)),
                              description=sug["description"]))
    return out


def _cost(x: int | None) -> float | None:
    """None: not costed yet (the report says « non chiffré », never « 0 € »)."""
    return None if x is None else float(x)


def fill(ws: Workspace, companies: int = 40, seed: int = 1, ref: Referentiel | None = None,
         expert_key_id: str | None = None, expert_name: str | None = None, expert_of=None) -> DemoReport:
    """Add `companies` companies (and their diagnostics, and the regional programmes) to `ws`.

    Rows are written in bulk (executemany, one transaction) with the scores computed once per
    diagnostic: the data is the same as writing each revision through `DiagnosticRepo`, ~10× faster.
    `expert_of(company)` → (key id, name), when given, picks each diagnostic's expert (the national demo).
    """
    rng = random.Random(seed)
    prng = random.Random(seed * 7919 + 14)  # issue 14's draws: follow-ups, statuses, costs, reviews
    ref = ref or ws.referentiels.current()
    ident = ws.identity()
    if expert_key_id is None and ident:
        expert_key_id, expert_name = ident["key_id"], ident["name"]
    expert_name = expert_name or ws.setting("expert_name") or "Expert de démonstration"
    taken = {r[0] for r in ws.db.execute("SELECT siret FROM companies")}
    codes = list(pools.REGIONS)
    weights = [pools.REGIONS[c][0] for c in codes]
    by_status: dict[str, int] = {}
    n_diag = 0
    out = _Rows(ws, ref)
    with transaction(ws.db):
        if not ws.db.execute("SELECT 1 FROM programmes LIMIT 1").fetchone():
            total_w = sum(weights)
            for code, w in zip(codes, weights):
                p = Programme(region=code, name=f"Programme régional Industrie du Futur {code}",
                              budget_eur=round(NATIONAL_BUDGET_EUR * w / total_w, -3),
                              objective_companies=max(5, round(NATIONAL_OBJECTIVE * w / total_w)),
                              start=date(2024, 7, 1), end=date(2027, 12, 31))
                pid = ws.companies.add_programme(p)
                ws.db.conn.executemany("INSERT INTO programme_milestones (programme_id, date, objective) VALUES (?,?,?)",
                                       [(pid, d.isoformat(), n) for d, n in prog.milestones_for(
                                           p.objective_companies, p.start, p.end)])
        for _i in range(companies):
            c = _company(rng, taken, codes, weights)
            out.company(c)
            if rng.random() < 0.12:
                continue  # registered, not yet diagnosed
            kind = rng.choices(["draft", "completed", "exported", "reopened"], [18, 27, 43, 12])[0]
            visit = REFERENCE_DAY - timedelta(days=rng.randint(0, 720))
            answers = _answers(rng, ref, c.naf or "", 1.0 if kind != "draft" else rng.uniform(0.2, 0.9))
            size = c.size.value if c.size else None
            answers = prog.answers_shifted(answers, prog.maturity_offset(c.naf, size), ref.min_level, ref.max_level, prng,
                                           ref, c.naf)
            scores = scoring.compute(ref, answers)
            strengths, weaknesses = _synthesis(ref, scores)
            # the draw order is part of the seed's contract: the UUID is drawn before the actions
            diag_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            actions = prog.with_ids(prng, _actions(rng, ref, scores, visit)) if kind != "draft" else []
            ek, en = expert_of(c) if expert_of else (expert_key_id, expert_name)
            diag = Diagnostic(
                id=diag_id, siret=c.siret, company_name=c.name,
                expert_key_id=ek, expert_name=en, referentiel=ref.ref,
                status=Status.DRAFT if kind == "draft" else Status.COMPLETED, visit_date=visit,
                completed_at=None if kind == "draft" else datetime.combine(visit, time(17), tzinfo=timezone.utc),
                answers=answers, strengths=strengths if kind != "draft" else "",
                weaknesses=weaknesses if kind != "draft" else "", actions=actions,
                # next steps (issue 15), derived from the visit without drawing: the seed's draws stay the same
                restitution_date=visit + timedelta(days=15) if kind != "draft" else None,
                followup_date=visit + timedelta(days=365) if kind != "draft" else None,
                expert_org=ident["org"] if ident else "Organisme de démonstration",
                expert_contact="" if ident else "expert@example.org")
            out.diagnostic(diag, scores, exported=kind in ("exported", "reopened"))
            out.cost(diag.id, *prog.cost(prng, size))
            if kind in ("exported", "reopened"):
                out.review(diag.id, prog.review_state(prng))
            if kind in ("completed", "exported") and (REFERENCE_DAY - visit).days > 240 and prng.random() < 0.45:
                nxt = visit + timedelta(days=prng.randint(210, min(430, (REFERENCE_DAY - visit).days)))
                fu = prog.follow_up(prng, ref, diag, nxt, lambda s_, nxt=nxt: _actions(prng, ref, s_, nxt))
                fu = fu.model_copy(update={"id": str(uuid.UUID(int=prng.getrandbits(128), version=4)),
                                           "strengths": strengths, "weaknesses": weaknesses})
                fu_scores = scoring.compute(ref, fu.answers)
                fu_exported = prng.random() < 0.7
                out.diagnostic(fu, fu_scores, exported=fu_exported)
                out.cost(fu.id, *prog.cost(prng, size))
                if fu_exported:
                    out.review(fu.id, prog.review_state(prng))
                n_diag += 1
                fu_kind = "exported" if fu_exported else "completed"
                by_status[fu_kind] = by_status.get(fu_kind, 0) + 1
            if kind == "reopened":
                d2 = diag.model_copy(update={"revision": 2, "base_revision": 1, "status": Status.DRAFT, "completed_at": None})
                out.diagnostic(d2, scores, exported=False)
                kind = "draft"
            n_diag += 1
            by_status[kind] = by_status.get(kind, 0) + 1
            if out.pending >= 20_000:
                out.flush()
        out.flush()
    refresh_office_facts(ws.db)  # so that the first dashboard or `stats` does not pay for it
    return DemoReport(companies=companies, diagnostics=n_diag, by_status=by_status,
                      programmes=len(ws.companies.programmes()))


class _Rows:
    """Rows waiting for one executemany per table; the same columns `DiagnosticRepo.write_revision` writes."""

    def __init__(self, ws: Workspace, ref: Referentiel):
        self.db = ws.db.conn
        self.sha = ref.ref.sha256
        self.now = utcnow()
        self.companies: list[tuple] = []
        self.diagnostics: dict[str, tuple] = {}
        self.revisions: list[tuple] = []
        self.answers: list[tuple] = []
        self.actions: list[tuple] = []
        self.scores: list[tuple] = []
        self.costs: list[tuple] = []
        self.reviews: list[tuple] = []

    def cost(self, diag_id: str, days: float, rate: float, share: float) -> None:
        self.costs.append((diag_id, days, rate, share, self.now))

    def review(self, diag_id: str, state: str) -> None:
        comment = {"changes_requested": "Préciser les preuves du thème numérique.",
                   "rejected": "Visite non conforme au cahier des charges du programme."}.get(state, "")
        self.reviews.append((diag_id, 1, state, comment, None if state == "to_review" else self.now,
                             None if state == "to_review" else "Bureau régional"))

    @property
    def pending(self) -> int:
        return len(self.answers)

    def company(self, c: Company) -> None:
        size = c.size
        self.companies.append((c.siret, c.siren, c.name, c.region, c.naf, c.headcount, c.turnover_eur,
                               c.balance_sheet_eur, c.city, size.value if size else None, c.assigned_to,
                               self.now, self.now))

    def diagnostic(self, d: Diagnostic, s: scoring.Scores, exported: bool) -> None:
        now, rid = self.now, (d.id, d.revision)
        self.diagnostics[d.id] = (d.id, d.siret, d.revision, d.expert_key_id, d.expert_name, now, now, d.previous_id)
        done = d.status != Status.DRAFT
        self.revisions.append((
            *rid, d.base_revision, Status.EXPORTED.value if exported else d.status.value, self.sha,
            d.visit_date.isoformat() if d.visit_date else None, d.strengths, d.weaknesses,
            d.content_hash() if done else None, s.overall, d.last_criterion, "demo", now, now,
            d.completed_at.isoformat() if d.completed_at else None, now if exported else None,
            d.restitution_date.isoformat() if d.restitution_date else None,
            d.followup_date.isoformat() if d.followup_date else None, d.no_action_reason, d.expert_org, d.expert_contact))
        self.answers += [(*rid, a.criterion, a.level, a.target, a.note, int(a.na), a.na_reason, int(a.important), now)
                         for a in d.answers.values()]
        self.actions += [(*rid, i, a.title, json.dumps(a.criteria), a.priority, a.horizon.value, a.owner, a.cost_eur,
                          a.due.isoformat() if a.due else None, a.description, a.id, a.status.value,
                          a.status_date.isoformat() if a.status_date else None, a.status_reason)
                         for i, a in enumerate(d.actions)]
        self.scores += [(*rid, t, s.theme_scores[t], s.theme_targets[t]) for t in s.theme_scores]

    def flush(self) -> None:
        ex = self.db.executemany
        ex("INSERT INTO companies (siret, siren, name, region, naf, headcount, turnover_eur, balance_sheet_eur, city, "
           "size_class, assigned_to, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(siret) DO UPDATE SET "
           "siren=excluded.siren, name=excluded.name, region=excluded.region, naf=excluded.naf, headcount=excluded.headcount, "
           "turnover_eur=excluded.turnover_eur, balance_sheet_eur=excluded.balance_sheet_eur, city=excluded.city, "
           "size_class=excluded.size_class, assigned_to=excluded.assigned_to, updated_at=excluded.updated_at", self.companies)
        ex("INSERT INTO diagnostics (id, siret, current_revision, expert_key_id, expert_name, created_at, updated_at, "
           "previous_id) VALUES (?,?,?,?,?,?,?,?)", list(self.diagnostics.values()))
        ex("INSERT INTO revisions (diag_id, revision, base_revision, status, referentiel_sha256, visit_date, strengths, "
           "weaknesses, content_hash, overall_score, last_criterion, origin, created_at, updated_at, completed_at, exported_at, "
           "restitution_date, followup_date, no_action_reason, expert_org, expert_contact) "
           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self.revisions)
        ex("INSERT INTO answers (diag_id, revision, criterion, level, target, note, na, na_reason, important, updated_at) "
           "VALUES (?,?,?,?,?,?,?,?,?,?)", self.answers)
        ex("INSERT INTO actions (diag_id, revision, position, title, criteria, priority, horizon, owner, cost_eur, due, "
           "description, action_id, status, status_date, status_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self.actions)
        ex("INSERT INTO diagnostic_costs (diag_id, days, day_rate_eur, share_pct, recorded_at) VALUES (?,?,?,?,?)", self.costs)
        ex("INSERT INTO reviews (diag_id, revision, state, comment, decided_at, decided_by_name) VALUES (?,?,?,?,?,?)",
           self.reviews)
        ex("INSERT INTO theme_scores (diag_id, revision, theme, score, target) VALUES (?,?,?,?,?)", self.scores)
        for rows in (self.companies, self.revisions, self.answers, self.actions, self.scores, self.costs, self.reviews):
            rows.clear()
        self.diagnostics.clear()
