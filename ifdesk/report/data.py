"""Everything the report shows, read from the workspace in one go.

`collect` is the only part of the report that touches the database, so a window can call it in the
thread that owns its `Workspace` and hand the result to `build_pdf` in a worker thread.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..core.company import Company
from ..core.diagnostic import Diagnostic
from ..core.errors import NotFoundError
from ..core.followup import evolution
from ..core.reference_data import naf_division_name, region_name
from ..core.referentiel import Referentiel
from ..core.scoring import Scores, compute


@dataclass
class Photo:
    id: str
    criterion: str | None
    filename: str
    mime: str
    path: Path | None  # None when the file is not in the workspace


@dataclass
class ReportData:
    diag: Diagnostic
    ref: Referentiel
    scores: Scores
    company: Company | None
    region: str = ""          # "Auvergne-Rhône-Alpes"
    naf_label: str = ""
    programme: str = ""
    expert_org: str = ""
    photos: list[Photo] = field(default_factory=list)
    evolution: dict | None = None   # a follow-up: core.followup.Evolution.as_dict()
    benchmark: dict | None = None   # peer figures covering the company (diag show --json `benchmark`)

    @property
    def company_name(self) -> str:
        return (self.company.name if self.company else "") or self.diag.company_name or self.diag.siret

    def criterion_codes(self) -> dict[str, str]:
        """« 3.2 » for the 2nd criterion of the 3rd theme: short references used across the report."""
        return {c.id: f"{ti}.{ci}" for ti, t in enumerate(self.ref.themes, 1)
                for ci, c in enumerate(t.criteria, 1)}


def collect(ws, diag_id: str, revision: int | None = None) -> ReportData:
    """Read one diagnostic revision and its surroundings. `diag_id` may be a unique prefix."""
    full_id = ws.diagnostics.resolve_id(diag_id)
    diag = ws.diagnostics.get(full_id, revision)
    ref = ws.referentiels.get(diag.referentiel.sha256)
    scores = compute(ref, diag.answers)
    try:
        company = ws.companies.get(diag.siret)
    except NotFoundError:
        company = None
    data = ReportData(diag=diag, ref=ref, scores=scores, company=company)
    if company is not None:
        name = region_name(company.region)
        data.region = name or company.region
        if company.naf:
            div = naf_division_name(company.naf[:2])
            data.naf_label = f"{company.naf} — {div}" if div else company.naf
        data.programme = _programme(ws, company.region, diag.visit_date)
    ident = ws.identity()
    if ident and diag.expert_key_id and ident.get("key_id") == diag.expert_key_id:
        data.expert_org = ident.get("org") or ""
    data.photos = _photos(ws, diag.id, diag.revision)
    if company is not None:
        from ..store.benchmark import cell_for

        data.benchmark = cell_for(ws.db, ref.id, company.naf, company.size.value if company.size else None)
        if data.benchmark and company.naf:
            data.benchmark["sector_label"] = f"{company.naf[:2]} {naf_division_name(company.naf[:2]) or ''}".strip()
    prev = ws.diagnostics.previous_of(diag)
    if prev is not None:
        data.evolution = evolution(ref, diag, prev[0], prev[1]).as_dict()
    return data


def _programme(ws, region: str, visit: date | None) -> str:
    rows = ws.db.execute('SELECT name, start, "end" FROM programmes WHERE region = ? ORDER BY start', (region,)).fetchall()
    if not rows:
        return ""
    day = (visit or date.today()).isoformat()
    covering = [r for r in rows if (r[1] or "") <= day <= (r[2] or "9999")]
    return (covering or rows)[-1][0]


def attachment_file(attachments_dir: Path, diag_id: str, att_id: str, filename: str) -> Path:
    """Where the window stores an attachment (same rule as `ifdesk.ui.work.attachment_path`):
    `attachments/<diagnostic>/<attachment id><extension in lower case>`."""
    return attachments_dir / diag_id / (att_id + Path(filename).suffix.lower())


def _photos(ws, diag_id: str, revision: int) -> list[Photo]:
    """Attachments added up to this revision (a reopened diagnostic keeps its earlier evidence)."""
    try:
        rows = ws.db.execute(
            "SELECT id, criterion, filename, mime FROM attachments WHERE diag_id = ? AND revision <= ? "
            "ORDER BY added_at, id", (diag_id, revision)).fetchall()
    except sqlite3.OperationalError:  # a workspace without the table: no photos
        return []
    out = []
    for att_id, criterion, filename, mime in rows:
        path = attachment_file(ws.attachments_dir, diag_id, att_id, filename)
        out.append(Photo(att_id, criterion, filename, mime or "", path if path.is_file() else None))
    return out
