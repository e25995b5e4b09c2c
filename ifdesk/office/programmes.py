"""Regional programmes: budget and objective in companies over a period, per region.

Every change is validated through `core.company.Programme` (one clear French line per refusal)
and written in one transaction; a refused change writes nothing.
"""

from __future__ import annotations

from ..core.company import Programme
from ..core.errors import NotFoundError, ValidationError
from ..core.parsing import parse_amount, parse_date, parse_integer
from ..core.reference_data import normalize_region, region_name
from ..core.validation import validated
from ..i18n import _
from ..store import Workspace

FIELDS = ("region", "name", "budget_eur", "objective_companies", "start", "end")


def _clean(fields: dict) -> dict:
    """French writing accepted as everywhere else (`ifdesk.core.parsing`): `1 500 000 €`, `31/12/2026`."""
    out = {k: v for k, v in fields.items() if k in FIELDS}
    for k, parse in (("budget_eur", parse_amount), ("objective_companies", parse_integer)):
        if isinstance(out.get(k), str):
            out[k] = parse(out[k], k)
            if out[k] is None:
                raise ValidationError(_("Champ « {field} » : ne peut pas être vide", field=k), k)
    for k in ("start", "end"):
        if isinstance(out.get(k), str) and out[k].strip():
            out[k] = parse_date(out[k], k)
    if isinstance(out.get("name"), str):
        out["name"] = out["name"].strip()
    return out


LABELS = {"region": "région", "name": "intitulé", "budget_eur": "budget", "objective_companies": "objectif",
          "start": "début", "end": "fin"}


def validate(fields: dict, allow_former_region: bool = False) -> Programme:
    try:
        fields = _clean(fields)
        if fields.get("region") is not None and not allow_former_region:
            fields["region"] = normalize_region(str(fields["region"]))  # new programmes: regions in force
        return validated(Programme, fields)
    except ValidationError as exc:  # name the field as the user knows it
        msg = str(exc)
        if exc.field in LABELS:
            label = _(LABELS[exc.field])
            for quoted in (f"« {exc.field} »", f'"{exc.field}"'):  # French, then English quotes
                msg = msg.replace(quoted, quoted.replace(exc.field, label))
        raise ValidationError(msg, exc.field) from None


def list_programmes(ws: Workspace) -> list[dict]:
    rows = ws.companies.programmes()
    return [dict(r, region_name=region_name(r["region"]) or r["region"]) for r in rows]


def add(ws: Workspace, **fields) -> int:
    p = validate(fields)
    return ws.companies.add_programme(p)


def get(ws: Workspace, programme_id: int) -> dict:
    rows = list(ws.db.query("SELECT * FROM programmes WHERE id = ?", [programme_id]))
    if not rows:
        raise NotFoundError(_("Programme inconnu : {id}.", id=programme_id))
    return rows[0]


def update(ws: Workspace, programme_id: int, **changes) -> Programme:
    """Change some fields of a programme; the result must be a valid programme as a whole."""
    row = get(ws, programme_id)
    merged = {k: row[k] for k in FIELDS} | {k: v for k, v in changes.items() if k in FIELDS and v is not None}
    p = validate(merged, allow_former_region="region" not in changes or changes.get("region") is None)
    with ws.transaction():
        ws.db.execute('UPDATE programmes SET region=?, name=?, budget_eur=?, objective_companies=?, start=?, "end"=? WHERE id=?',
                      (p.region, p.name, p.budget_eur, p.objective_companies, p.start.isoformat(), p.end.isoformat(),
                       programme_id))
    return p


def as_json(r: dict) -> dict:
    return {"id": r["id"], "region": r["region"], "region_name": region_name(r["region"]) or r["region"],
            "name": r["name"], "budget_eur": r["budget_eur"], "objective_companies": r["objective_companies"],
            "start": r["start"], "end": r["end"]}
