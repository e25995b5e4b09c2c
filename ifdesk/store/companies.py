"""Companies and regional programmes."""

from __future__ import annotations

import builtins  # annotations inside classes whose method is named `list`
from typing import Any, TYPE_CHECKING

from ..core.errors import NotFoundError, ValidationError
from ..core.identifiers import format_siret
from ..i18n import _
from .db import query_dicts, transaction, utcnow

if TYPE_CHECKING:
    import sqlite_utils

    from ..core.company import Company, Programme
    from .workspace import Workspace

_COLS = ("siret", "siren", "name", "region", "naf_nomenclature", "naf", "headcount", "turnover_eur", "balance_sheet_eur",
         "city", "size_class", "assigned_to")


def _row(c: Company) -> dict[str, Any]:
    size = c.size
    return {"siret": c.siret, "siren": c.siren, "name": c.name, "region": c.region,
            "naf_nomenclature": c.naf_nomenclature, "naf": c.naf,
            "headcount": c.headcount, "turnover_eur": c.turnover_eur, "balance_sheet_eur": c.balance_sheet_eur,
            "city": c.city, "size_class": size.value if size else None, "assigned_to": c.assigned_to}


class CompanyRepo:
    """Companies of a workspace. `list()` reads through the plain connection, so that the window's
    first page needs neither sqlite-utils nor the pydantic models (start-up time, quality.md)."""

    def __init__(self, ws: Workspace):
        self._ws = ws

    @property
    def db(self) -> sqlite_utils.Database:
        return self._ws.db

    def add(self, c: Company) -> None:
        if self.exists(c.siret):
            raise ValidationError(_("L'entreprise de SIRET {s} est déjà enregistrée.", s=format_siret(c.siret)), "siret")
        now = utcnow()
        row = _row(c) | {"created_at": now, "updated_at": now}
        with transaction(self.db):
            self.db.execute(f"INSERT INTO companies ({','.join(row)}) VALUES ({','.join('?' * len(row))})",
                            tuple(row.values()))

    def upsert(self, c: Company) -> None:
        """Insert or update (used by imports and distributions)."""
        now = utcnow()
        row = _row(c)
        with transaction(self.db):
            self.db.execute(
                f"INSERT INTO companies ({','.join(row)}, created_at, updated_at) VALUES ({','.join('?' * len(row))}, ?, ?) "
                f"ON CONFLICT(siret) DO UPDATE SET {', '.join(f'{k}=excluded.{k}' for k in row if k != 'siret')}, updated_at=excluded.updated_at",
                (*row.values(), now, now))

    def update(self, c: Company) -> None:
        if not self.exists(c.siret):
            raise NotFoundError(_("Entreprise inconnue : SIRET {s}.", s=format_siret(c.siret)))
        row = _row(c)
        with transaction(self.db):
            self.db.execute(f"UPDATE companies SET {', '.join(f'{k}=?' for k in row if k != 'siret')}, updated_at=? WHERE siret=?",
                            (*[v for k, v in row.items() if k != "siret"], utcnow(), c.siret))

    def exists(self, siret: str) -> bool:
        return self.db.execute("SELECT 1 FROM companies WHERE siret = ?", (siret,)).fetchone() is not None

    def get(self, siret: str) -> Company:
        rows = list(self.db.query("SELECT * FROM companies WHERE siret = ?", [siret]))
        if not rows:
            raise NotFoundError(_("Entreprise inconnue : SIRET {s}.", s=format_siret(siret)))
        return to_company(rows[0])

    def list(self, search: str | None = None, region: str | None = None) -> list[dict[str, Any]]:
        # office_assignment: 'mine' when the newest distribution received assigns the company to this
        # workspace's key (or one it replaced), 'other' when it went to a colleague since, NULL when no
        # office (a workspace made before the distribution tables has none: no company came from an office)
        assert self._ws.conn is not None, "workspace closed"
        # through the plain connection, as the query below: the first page needs no sqlite-utils
        received = self._ws.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                         "AND name = 'distribution_companies'").fetchone() is not None
        sql = ("SELECT c.*, (SELECT count(*) FROM diagnostics d WHERE d.siret = c.siret) AS diagnostics, "
               + ("CASE WHEN dc.siret IS NULL THEN NULL WHEN dc.assigned_to IN (SELECT key_id FROM identity UNION "
                  "SELECT j.value FROM identity i, json_each(i.previous_key_ids) j) THEN 'mine' ELSE 'other' END "
                  "AS office_assignment FROM companies c LEFT JOIN distribution_companies dc ON dc.siret = c.siret"
                  if received else "NULL AS office_assignment FROM companies c"))
        where, params = [], []
        if search:
            digits = "".join(ch for ch in search if ch.isdigit())
            clause = "c.name LIKE ? COLLATE NOCASE OR c.city LIKE ? COLLATE NOCASE"
            params += [f"%{search.strip()}%"] * 2
            if digits:
                clause += " OR c.siret LIKE ?"
                params.append(f"{digits}%")
            where.append(f"({clause})")
        if region:
            where.append("c.region = ?")
            params.append(region)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY c.name COLLATE NOCASE"
        return query_dicts(self._ws.conn, sql, params)

    def assignments(self) -> builtins.list[dict[str, Any]]:
        """Every company with the expert it is assigned to (the office's distribution), by name."""
        return list(self.db.query("SELECT siret, name, city, assigned_to FROM companies ORDER BY name"))

    # ---- programmes ----------------------------------------------------------------------------
    def add_programme(self, p: Programme) -> int:
        with transaction(self.db):
            cur = self.db.execute('INSERT INTO programmes (region, name, budget_eur, objective_companies, start, "end") VALUES (?,?,?,?,?,?)',
                                  (p.region, p.name, p.budget_eur, p.objective_companies, p.start.isoformat(), p.end.isoformat()))
            return int(cur.lastrowid or 0)  # an INSERT always sets it

    def programmes(self) -> builtins.list[dict[str, Any]]:
        return list(self.db.query('SELECT * FROM programmes ORDER BY region, start'))

    def programme(self, programme_id: int) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM programmes WHERE id = ?", [programme_id]))
        if not rows:
            raise NotFoundError(_("Programme inconnu : {id}.", id=programme_id))
        return rows[0]

    def update_programme(self, programme_id: int, p: Programme) -> None:
        with transaction(self.db):
            cur = self.db.execute('UPDATE programmes SET region=?, name=?, budget_eur=?, objective_companies=?, start=?, "end"=? '
                                  'WHERE id=?', (p.region, p.name, p.budget_eur, p.objective_companies, p.start.isoformat(),
                                                 p.end.isoformat(), programme_id))
            if cur.rowcount != 1:
                raise NotFoundError(_("Programme inconnu : {id}.", id=programme_id))

    def delete_programme(self, programme_id: int) -> None:
        """Remove a programme; NotFoundError (nothing changed) when there is none under that id."""
        with transaction(self.db):
            self.db.execute("DELETE FROM programme_milestones WHERE programme_id = ?", (programme_id,))
            cur = self.db.execute("DELETE FROM programmes WHERE id = ?", (programme_id,))
            if cur.rowcount != 1:
                raise NotFoundError(_("Programme inconnu : {id}.", id=programme_id))


def to_company(r: dict[str, Any]) -> Company:
    from ..core.company import Company

    return Company.model_validate({k: r.get(k) for k in _COLS if k not in ("siren", "size_class")},
                                  context={"stored": True})
