"""Workspace work the views hand to the worker thread: plain functions of a Workspace (Qt only for tr()).

Evidence attachments live here because only the window makes them: the file is copied under
`ws.attachments_dir/<diagnostic>/` (written then renamed), then one row goes into `attachments`;
if the row cannot be written the copy is removed, so nothing half-written remains.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import uuid
from pathlib import Path

from ..core import scoring
from ..core.followup import previous_levels
from ..core.errors import IfdeskError, NotFoundError, ValidationError
from ..store.db import transaction, utcnow
from .i18n import tr

MAX_ATTACHMENT = 50 * 1024 * 1024


def editor_data(ws, diag_id: str) -> dict:
    diag = ws.diagnostics.get(diag_id)
    ref = ws.referentiels.get(diag.referentiel.sha256)
    prev = ws.diagnostics.previous_of(diag)
    return {"diag": diag, "ref": ref, "scores": scoring.compute(ref, diag.answers),
            "attachments": list_attachments(ws, diag_id),
            "previous": previous_levels(ref, prev[0], prev[1]) if prev else None}


def expert_name(ws) -> str:
    ident = ws.identity()
    return (ident["name"] if ident else None) or ws.setting("expert_name") or ""


def new_diagnostic(ws, siret: str) -> str:
    ident = ws.identity()
    ref = ws.referentiels.current()
    return ws.diagnostics.create(siret, ref, ident["key_id"] if ident else None, expert_name(ws))


def list_attachments(ws, diag_id: str) -> list[dict]:
    return list(ws.db.query("SELECT * FROM attachments WHERE diag_id = ? ORDER BY added_at, id", [diag_id]))


def attachment_path(ws, row: dict) -> Path:
    return ws.attachments_dir / row["diag_id"] / (row["id"] + Path(row["filename"]).suffix.lower())


def add_attachment(ws, diag_id: str, criterion: str | None, source: str | Path) -> dict:
    src = Path(source)
    try:
        size = src.stat().st_size
    except OSError as exc:
        raise ValidationError(tr("Fichier illisible : {f} ({e})").format(f=src.name, e=exc.strerror or exc), "attachment") from None
    if not src.is_file():
        raise ValidationError(tr("« {f} » n'est pas un fichier.").format(f=src.name), "attachment")
    if size > MAX_ATTACHMENT:
        raise ValidationError(tr("Fichier trop volumineux : {f} dépasse 50 Mo.").format(f=src.name), "attachment")
    rev = ws.db.execute("SELECT current_revision FROM diagnostics WHERE id = ?", (diag_id,)).fetchone()
    if rev is None:
        raise NotFoundError(tr("Diagnostic inconnu : {id}.").format(id=diag_id))
    row = {"id": str(uuid.uuid4()), "diag_id": diag_id, "revision": rev[0], "criterion": criterion,
           "filename": src.name[:255], "mime": mimetypes.guess_type(src.name)[0] or "application/octet-stream",
           "sha256": "", "size": size, "added_at": utcnow()}
    dest = attachment_path(ws, row)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    h = hashlib.sha256()
    try:
        with open(src, "rb") as fin, open(tmp, "wb") as fout:
            while chunk := fin.read(1 << 20):
                h.update(chunk)
                fout.write(chunk)
            fout.flush()
            os.fsync(fout.fileno())
        os.replace(tmp, dest)
        row["sha256"] = h.hexdigest()
        with transaction(ws.db):
            ws.db.execute(f"INSERT INTO attachments ({','.join(row)}) VALUES ({','.join('?' * len(row))})",
                          tuple(row.values()))
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        dest.unlink(missing_ok=True)
        raise IfdeskError(tr("Impossible de copier la pièce jointe {f} : {e}").format(f=src.name, e=exc.strerror or exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        dest.unlink(missing_ok=True)
        raise
    return row


def remove_attachment(ws, att_id: str) -> None:
    rows = list(ws.db.query("SELECT * FROM attachments WHERE id = ?", [att_id]))
    if not rows:
        return
    with transaction(ws.db):
        ws.db.execute("DELETE FROM attachments WHERE id = ?", (att_id,))
    attachment_path(ws, rows[0]).unlink(missing_ok=True)


def referentiel_rows(ws) -> list[dict]:
    out = []
    for r in ws.referentiels.list():
        ref = ws.referentiels.get(r["sha256"])
        out.append(r | {"themes": len(ref.themes), "criteria": ref.criteria_count()})
    return out


def settings_data(ws) -> dict:
    return {"folder": str(ws.folder), "expert_name": expert_name(ws), "identity": ws.identity(),
            "referentiels": referentiel_rows(ws)}
