"""Regional programmes: budget and objective in companies over a period, per region.

Every change is validated through `core.company.Programme` (one clear French line per refusal)
and written in one transaction; a refused change writes nothing.
"""

from __future__ import annotations

from ..core.company import Programme
from ..core.errors import NotFoundError, ValidationError
from ..core.reference_data import normalize_region, region_name
from ..core.validation import validated
from ..i18n import _
from ..store import Workspace

FIELDS = ("region", "name", "budget_eur", "objective_companies", "start", "end")


def _number(v, field: str):
    """Accept French writing: `1 500 000`, `1,5`, `250 000 €`."""
    if isinstance(v, str):
        s = v.replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace("€", "").replace(",", ".")
        if s == "":
            raise ValidationError(_("Champ « {field} » : ne peut pas être vide", field=field), field)
        return s
    return v


def _clean(fields: dict) -> dict:
    out = {k: v for k, v in fields.items() if k in FIELDS}
    for k in ("budget_eur", "objective_companies"):
        if k in out and out[k] is not None:
            out[k] = _number(out[k], k)
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
    return [dict(r, region_name=region_name(r["region"]) or r["region"], milestones=milestones(ws, r["id"])) for r in rows]


def add(ws: Workspace, milestones: list | None = None, **fields) -> int:
    """A new programme and its dated milestones (issue 14), all or nothing."""
    from ..core.programme import check_milestones

    p = validate(fields)
    ms = check_milestones(list(milestones or []), p.start, p.end)
    with ws.transaction():
        pid = ws.companies.add_programme(p)
        ws.db.conn.executemany("INSERT INTO programme_milestones (programme_id, date, objective) VALUES (?,?,?)",
                               [(pid, m.date.isoformat(), m.objective) for m in ms])
    return pid


def get(ws: Workspace, programme_id: int) -> dict:
    rows = list(ws.db.query("SELECT * FROM programmes WHERE id = ?", [programme_id]))
    if not rows:
        raise NotFoundError(_("Programme inconnu : {id}.", id=programme_id))
    return rows[0]


def update(ws: Workspace, programme_id: int, milestones: list | None = None, **changes) -> Programme:
    """Change some fields of a programme; the result must be a valid programme as a whole, its milestones
    (replaced when given, else kept) inside its period."""
    from ..core.programme import Milestone, check_milestones

    row = get(ws, programme_id)
    merged = {k: row[k] for k in FIELDS} | {k: v for k, v in changes.items() if k in FIELDS and v is not None}
    p = validate(merged, allow_former_region="region" not in changes or changes.get("region") is None)
    if milestones is None:
        milestones = [Milestone(date=r["date"], objective=r["objective"]) for r in ws.db.query(
            "SELECT date, objective FROM programme_milestones WHERE programme_id = ?", [programme_id])]
    ms = check_milestones(list(milestones), p.start, p.end)
    with ws.transaction():
        ws.db.execute("DELETE FROM programme_milestones WHERE programme_id = ?", (programme_id,))
        ws.db.conn.executemany("INSERT INTO programme_milestones (programme_id, date, objective) VALUES (?,?,?)",
                               [(programme_id, m.date.isoformat(), m.objective) for m in ms])
        ws.db.execute('UPDATE programmes SET region=?, name=?, budget_eur=?, objective_companies=?, start=?, "end"=? WHERE id=?',
                      (p.region, p.name, p.budget_eur, p.objective_companies, p.start.isoformat(), p.end.isoformat(),
                       programme_id))
    return p


def delete_milestones(ws: Workspace, programme_id: int) -> None:
    ws.db.execute("DELETE FROM programme_milestones WHERE programme_id = ?", (programme_id,))


def milestones(ws: Workspace, programme_id: int) -> list[dict]:
    return [{"date": d, "objective": n} for d, n in ws.db.execute(
        "SELECT date, objective FROM programme_milestones WHERE programme_id = ? ORDER BY date", (programme_id,))]


def as_json(r: dict, ms: list[dict] | None = None) -> dict:
    out = {"id": r["id"], "region": r["region"], "region_name": region_name(r["region"]) or r["region"],
           "name": r["name"], "budget_eur": r["budget_eur"], "objective_companies": r["objective_companies"],
           "start": r["start"], "end": r["end"]}
    if ms is not None:
        out["milestones"] = ms
    return out
