"""The office's tables (companies, diagnostics, theme scores, answers, action items, import journal).

Each table is a `Table`: French column headers, a kind per column (for number formats) and a row
iterator streamed from SQLite, so that 100,000 diagnostics never sit in memory at once. The
Excel and CSV writers (`export`) only format what these produce. Diagnostics are exported through
their CURRENT revision, like the aggregates.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable, Iterator

from ..core.outcomes import outcome_label
from ..core.reference_data import naf_division_name, region_name
from ..core.referentiel import Referentiel
from ..i18n import _
from ..store import Workspace
from .filters import Filters

# kinds: text, int, score, eur, date, datetime, bool
Column = tuple[str, str, float]  # header, kind, width


@dataclass
class Table:
    name: str        # sheet name
    file: str        # CSV file name
    columns: list[Column]
    rows: Callable[[], Iterator[tuple]]


_STATUS = {"draft": "brouillon", "completed": "terminé", "exported": "exporté"}
_HORIZON = {"court": "court terme", "moyen": "moyen terme", "long": "long terme"}
_PRIORITY = {1: "haute", 2: "moyenne", 3: "basse"}
_ACTION_STATUS = {"planned": "prévue", "in_progress": "en cours", "done": "réalisée", "abandoned": "abandonnée"}
_REVIEW = {"to_review": "à examiner", "approved": "approuvé", "changes_requested": "modifications demandées",
           "rejected": "rejeté"}

def _outcome(o: str | None) -> str:
    return outcome_label(o)


def _status(s: str | None) -> str:
    return _(_STATUS[s]) if s in _STATUS else (s or "")


def _d(v: str | None) -> date | None:
    if not v:
        return None
    try:
        return date.fromisoformat(v[:10])
    except ValueError:
        return None


def _dt(v: str | None) -> datetime | None:
    """Stored times are UTC; a spreadsheet shows them in the local time of the machine, without seconds' fractions."""
    if not v:
        return None
    try:
        t = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        return None
    if t.tzinfo is not None:
        t = t.astimezone().replace(tzinfo=None)
    return t.replace(microsecond=0)


def _diag_where(f: Filters) -> tuple[str, list]:
    """Filters on diagnostics d (current revision r) of companies c."""
    conds, params = [], []
    if f.region:
        conds.append("c.region = ?")
        params.append(f.region)
    if f.naf_division:
        conds.append("substr(c.naf, 1, 2) = ?")
        params.append(f.naf_division)
    if f.size_class:
        conds.append("c.size_class = ?")
        params.append(f.size_class)
    if f.date_from:
        conds.append("r.visit_date >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to:
        conds.append("r.visit_date <= ?")
        params.append(f.date_to.isoformat())
    if f.review:
        conds.append("d.id IN (SELECT diag_id FROM reviews WHERE state = ?)")
        params.append(f.review)
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


_CURRENT = ("FROM diagnostics d JOIN revisions r ON r.diag_id = d.id AND r.revision = d.current_revision "
            "LEFT JOIN companies c ON c.siret = d.siret")


class _Refs:
    """Référentiels by SHA-256, loaded once per export."""

    def __init__(self, ws: Workspace):
        self.ws = ws
        self._cache: dict[str, Referentiel | None] = {}

    def get(self, sha: str) -> Referentiel | None:
        if sha not in self._cache:
            try:
                self._cache[sha] = self.ws.referentiels.get(sha)
            except Exception:  # noqa: BLE001 — a missing référentiel leaves titles empty, not the export broken
                self._cache[sha] = None
        return self._cache[sha]


def _theme_columns(ws: Workspace) -> list[tuple[str, str]]:
    """(theme id, title) of every theme scored in the workspace, in the current référentiel's order first."""
    ids = [r[0] for r in ws.db.execute("SELECT DISTINCT theme FROM theme_scores")]
    titles, order = {}, {}
    try:
        cur = ws.referentiels.current()
        for i, t in enumerate(cur.themes):
            titles[t.id], order[t.id] = t.title, i
    except Exception:  # noqa: BLE001
        pass
    missing = set(ids) - set(titles)
    if missing:
        for row in reversed(ws.referentiels.list()):
            for t in ws.referentiels.get(row["sha256"]).themes:
                titles.setdefault(t.id, t.title)
    return sorted(((t, titles.get(t, t)) for t in ids), key=lambda x: (order.get(x[0], 10_000), x[0]))


def tables(ws: Workspace, f: Filters | None = None) -> list[Table]:
    f = f or Filters()
    where, params = _diag_where(f)
    db = ws.db.conn
    refs = _Refs(ws)
    conflicts = _has_table(ws, "diag_conflicts")

    def companies() -> Iterator[tuple]:
        conds, p = [], []
        for col, val in (("region", f.region), ("substr(naf, 1, 2)", f.naf_division), ("size_class", f.size_class)):
            if val:
                conds.append(f"{col} = ?")
                p.append(val)
        w = (" WHERE " + " AND ".join(conds)) if conds else ""
        for r in db.execute("SELECT c.siret, c.name, c.region, c.naf, c.headcount, c.turnover_eur, c.balance_sheet_eur, "
                            "c.size_class, c.city, c.assigned_to, c.created_at, "
                            f"(SELECT count(*) FROM diagnostics d WHERE d.siret = c.siret) FROM companies c{w} ORDER BY c.name, c.siret", p):
            siret, name, reg, naf, head, turnover, balance, size, city, assigned, created, n = r
            yield (siret, name, reg, region_name(reg) or "", naf, (naf_division_name(naf[:2]) or "") if naf else "",
                   head, turnover, balance, size, city, assigned, _d(created), n)

    def diagnostics() -> Iterator[tuple]:
        conflict_sql = "EXISTS (SELECT 1 FROM diag_conflicts x WHERE x.diag_id = d.id)" if conflicts else "0"
        for r in db.execute(
                "SELECT d.id, d.siret, c.name, c.region, substr(c.naf, 1, 2), c.size_class, r.status, r.revision, "
                "r.base_revision, d.expert_name, d.expert_key_id, "
                "f.id, f.version, r.visit_date, r.completed_at, r.exported_at, r.overall_score, "
                f"(SELECT count(*) FROM revisions x WHERE x.diag_id = d.id), {conflict_sql}, "
                "d.previous_id, rv.state, k.days, k.day_rate_eur, k.share_pct "
                f"{_CURRENT} LEFT JOIN referentiels f ON f.sha256 = r.referentiel_sha256 "
                "LEFT JOIN reviews rv ON rv.diag_id = d.id LEFT JOIN diagnostic_costs k ON k.diag_id = d.id"
                f"{where} ORDER BY r.visit_date, d.id", params):
            (i, siret, name, reg, div, size, status, rev, base, expert, key, ref_id, ref_v, visit, completed, exported,
             overall, nrev, conflict, previous, review, days, rate, share) = r
            cost = days * rate if days is not None else None
            yield (i, siret, name, reg, region_name(reg or "") or "", div, size, _status(status), rev, base, nrev, expert,
                   key, ref_id, ref_v, _d(visit), _dt(completed), _dt(exported), overall,
                   _("oui") if conflict else _("non"), previous or "", _(_REVIEW[review]) if review in _REVIEW else "",
                   days, rate, share, cost, cost * share / 100 if cost is not None else None)

    theme_cols = _theme_columns(ws)

    def scores() -> Iterator[tuple]:
        pos = {t: i for i, (t, _title) in enumerate(theme_cols)}
        cur = db.execute("SELECT d.id, d.siret, c.name, c.region, substr(c.naf, 1, 2), c.size_class, r.visit_date, "
                         "r.status, r.revision, r.overall_score, ts.theme, ts.score "
                         f"{_CURRENT} LEFT JOIN theme_scores ts ON ts.diag_id = d.id AND ts.revision = r.revision{where} "
                         "ORDER BY d.id", params)
        row: list[Any] = []  # the current diagnostic's row, filled theme by theme
        key = None
        first = 10  # columns before the themes: what a pivot table needs beside the scores
        for i, siret, name, reg, div, size, visit, status, rev, overall, theme, score in cur:
            if i != key:
                if row:
                    yield tuple(row)
                key = i
                row = [i, siret, name, region_name(reg or "") or reg, div, size, _d(visit), _status(status), rev,
                       overall] + [None] * len(theme_cols)
            if theme in pos:
                row[first + pos[theme]] = score
        if row:
            yield tuple(row)

    def answers() -> Iterator[tuple]:
        for r in db.execute(
                "SELECT d.id, d.siret, c.name, r.revision, r.status, r.referentiel_sha256, a.criterion, a.level, a.target, "
                f"a.na, a.na_reason, a.important, a.note {_CURRENT} JOIN answers a ON a.diag_id = d.id AND a.revision = r.revision"
                f"{where} ORDER BY d.id, a.criterion", params):
            i, siret, name, rev, status, sha, crit, level, target, na, reason, important, note = r
            ref = refs.get(sha)
            c = ref.criteria_by_id.get(crit) if ref else None
            theme = ref.theme_of.get(crit) if ref else None
            gap = target - level if level is not None and target is not None else None
            yield (i, siret, name, rev, _status(status), theme.title if theme else "", crit, c.title if c else "",
                   level, target, gap, _("oui") if na else _("non"), reason, _("oui") if important else _("non"), note)

    def actions() -> Iterator[tuple]:
        for r in db.execute(
                "SELECT d.id, d.siret, c.name, r.revision, a.position, a.title, a.criteria, a.priority, a.horizon, a.owner, "
                f"a.cost_eur, a.due, a.description, a.action_id, a.status, a.status_date, a.status_reason "
                f"{_CURRENT} JOIN actions a ON a.diag_id = d.id AND a.revision = r.revision"
                f"{where} ORDER BY d.id, a.position", params):
            i, siret, name, rev, position, title, crits, prio, horizon, owner, cost, due, desc, aid, st, st_date, why = r
            try:
                crits = ", ".join(json.loads(crits))
            except (ValueError, TypeError):
                pass
            yield (i, siret, name, rev, position + 1, title, crits, _(_PRIORITY.get(prio, str(prio))),
                   _(_HORIZON.get(horizon, horizon)), owner, cost, _d(due), desc, aid or "",
                   _(_ACTION_STATUS[st]) if st in _ACTION_STATUS else st, _d(st_date), why)

    def milestones() -> Iterator[tuple]:
        conds, p = [], []
        if f.region:
            conds.append("p.region = ?")
            p.append(f.region)
        w = (" WHERE " + " AND ".join(conds)) if conds else ""
        for pid, pname, reg, day, objective in db.execute(
                "SELECT p.id, p.name, p.region, m.date, m.objective FROM programme_milestones m "
                f"JOIN programmes p ON p.id = m.programme_id{w} ORDER BY p.region, p.id, m.date", p):
            yield (pid, pname, reg, region_name(reg) or "", _d(day), objective)

    def journal() -> Iterator[tuple]:
        if not _has_table(ws, "import_journal"):
            return
        for r in db.execute("SELECT at, file, outcome, reason, signer_name, signer_key_id, bundle_id, bundle_sha256, "
                            "diagnostics FROM import_journal ORDER BY id"):
            at, file, outcome, reason, signer, key, bundle, sha, diags = r
            try:
                diags = ", ".join(f"{x.get('id', '')} ({_outcome(x.get('status'))})" if isinstance(x, dict) else str(x)
                                  for x in json.loads(diags or "[]"))
            except (ValueError, TypeError, AttributeError):
                pass
            yield (_dt(at), file, _outcome(outcome), reason, signer, key, bundle, sha, diags)

    return [
        Table(_("Entreprises"), "entreprises.csv", [
            (_("SIRET"), "text", 16), (_("Raison sociale"), "text", 38), (_("Code région"), "text", 8),
            (_("Région"), "text", 26), (_("Code NAF"), "text", 10), (_("Division NAF"), "text", 40),
            (_("Effectif"), "int", 10), (_("Chiffre d'affaires"), "eur", 16), (_("Total du bilan"), "eur", 16),
            (_("Catégorie"), "text", 10), (_("Commune"), "text", 22), (_("Expert assigné"), "text", 18),
            (_("Enregistrée le"), "date", 14), (_("Diagnostics"), "int", 12)], companies),
        Table(_("Diagnostics"), "diagnostics.csv", [
            (_("Identifiant"), "text", 38), (_("SIRET"), "text", 16), (_("Entreprise"), "text", 34),
            (_("Code région"), "text", 8), (_("Région"), "text", 24), (_("Division NAF"), "text", 9),
            (_("Catégorie"), "text", 10), (_("Statut"), "text", 11), (_("Révision"), "int", 9), (_("Révision de base"), "int", 10), (_("Révisions reçues"), "int", 10),
            (_("Expert"), "text", 22), (_("Clé de l'expert"), "text", 20), (_("Référentiel"), "text", 10),
            (_("Version"), "text", 9), (_("Date de visite"), "date", 13), (_("Terminé le"), "datetime", 17),
            (_("Exporté le"), "datetime", 17), (_("Score global"), "score", 10), (_("En conflit"), "text", 10),
            (_("Diagnostic précédent"), "text", 38), (_("Revue"), "text", 14), (_("Jours d'expert"), "score", 9),
            (_("Tarif journalier"), "eur", 12), (_("Part du programme (%)"), "score", 10), (_("Coût"), "eur", 12),
            (_("Part du programme (€)"), "eur", 14)],
              diagnostics),
        Table(_("Scores par thème"), "scores_par_theme.csv", [
            (_("Identifiant"), "text", 38), (_("SIRET"), "text", 16), (_("Entreprise"), "text", 34),
            (_("Région"), "text", 24), (_("Division NAF"), "text", 9), (_("Catégorie"), "text", 10),
            (_("Date de visite"), "date", 13), (_("Statut"), "text", 11), (_("Révision"), "int", 9),
            (_("Score global"), "score", 10)]
              + [(title, "score", max(12.0, min(len(title) * 0.9, 28.0))) for _tid, title in theme_cols], scores),
        Table(_("Réponses"), "reponses.csv", [
            (_("Identifiant"), "text", 38), (_("SIRET"), "text", 16), (_("Entreprise"), "text", 30),
            (_("Révision"), "int", 9), (_("Statut"), "text", 11), (_("Thème"), "text", 26), (_("Critère"), "text", 10),
            (_("Intitulé du critère"), "text", 40), (_("Niveau"), "int", 8), (_("Cible"), "int", 8),
            (_("Écart"), "int", 8), (_("Non applicable"), "text", 10), (_("Raison"), "text", 30),
            (_("Important"), "text", 10), (_("Note de l'expert"), "text", 50)], answers),
        Table(_("Actions"), "actions.csv", [
            (_("Identifiant"), "text", 38), (_("SIRET"), "text", 16), (_("Entreprise"), "text", 30),
            (_("Révision"), "int", 9), (_("N°"), "int", 5), (_("Action"), "text", 50), (_("Critères"), "text", 16),
            (_("Priorité"), "text", 10), (_("Horizon"), "text", 13), (_("Responsable"), "text", 20),
            (_("Coût estimé"), "eur", 14), (_("Date prévue"), "date", 13), (_("Description"), "text", 50),
            (_("Identifiant de l'action"), "text", 11), (_("Statut de l'action"), "text", 12),
            (_("Statut au"), "date", 13), (_("Raison de l'abandon"), "text", 30)], actions),
        Table(_("Jalons des programmes"), "jalons.csv", [
            (_("Programme"), "int", 10), (_("Intitulé"), "text", 40), (_("Code région"), "text", 8),
            (_("Région"), "text", 24), (_("Échéance"), "date", 13), (_("Objectif (entreprises)"), "int", 12)],
              milestones),
        Table(_("Journal des imports"), "journal_des_imports.csv", [
            (_("Date"), "datetime", 17), (_("Fichier"), "text", 34), (_("Résultat"), "text", 12),
            (_("Motif"), "text", 40), (_("Signataire"), "text", 22), (_("Clé du signataire"), "text", 20),
            (_("Lot"), "text", 38), (_("SHA-256 du lot"), "text", 20), (_("Diagnostics"), "text", 50)], journal),
    ]


def _has_table(ws: Workspace, name: str) -> bool:
    return ws.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None
