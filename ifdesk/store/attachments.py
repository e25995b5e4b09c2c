"""Evidence attachments: a file copied under `<workspace>/attachments/<diagnostic>/` and one row in
`attachments`. The copy is written to a temporary name, synced and renamed (core.atomic); if the row
cannot be written the copy is removed, so nothing half-written remains."""

from __future__ import annotations

import builtins  # annotations inside classes whose method is named `list`
import hashlib
import mimetypes
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.atomic import replace_durably, temp_path
from ..core.errors import IfdeskError, NotFoundError, ValidationError
from ..i18n import _
from .db import transaction, utcnow

if TYPE_CHECKING:
    from .workspace import Workspace

MAX_ATTACHMENT = 50 * 1024 * 1024


def attachment_file(attachments_dir: Path, diag_id: str, att_id: str, filename: str) -> Path:
    """Where an attachment's copy lives: `attachments/<diagnostic>/<attachment id><extension in lower case>`."""
    return attachments_dir / diag_id / (att_id + Path(filename).suffix.lower())


class AttachmentRepo:
    def __init__(self, ws: Workspace):
        self._ws = ws

    def path(self, row: dict[str, Any]) -> Path:
        return attachment_file(self._ws.attachments_dir, row["diag_id"], row["id"], row["filename"])

    def list(self, diag_id: str) -> list[dict[str, Any]]:
        return list(self._ws.db.query("SELECT * FROM attachments WHERE diag_id = ? ORDER BY added_at, id", [diag_id]))

    def up_to(self, diag_id: str, revision: int) -> builtins.list[dict[str, Any]]:
        """Attachments added up to `revision` (a reopened diagnostic keeps its earlier evidence)."""
        return list(self._ws.db.query(
            "SELECT * FROM attachments WHERE diag_id = ? AND revision <= ? ORDER BY added_at, id", [diag_id, revision]))

    def add(self, diag_id: str, criterion: str | None, source: str | Path) -> dict[str, Any]:
        src = Path(source)
        try:
            size = src.stat().st_size
        except OSError as exc:
            raise ValidationError(_("Fichier illisible : {f} ({e})", f=src.name, e=exc.strerror or exc), "attachment") from None
        if not src.is_file():
            raise ValidationError(_("« {f} » n'est pas un fichier.", f=src.name), "attachment")
        if size > MAX_ATTACHMENT:
            raise ValidationError(_("Fichier trop volumineux : {f} dépasse 50 Mo.", f=src.name), "attachment")
        db = self._ws.db
        rev = db.execute("SELECT current_revision FROM diagnostics WHERE id = ?", (diag_id,)).fetchone()
        if rev is None:
            raise NotFoundError(_("Diagnostic inconnu : {id}.", id=diag_id))
        row = {"id": str(uuid.uuid4()), "diag_id": diag_id, "revision": rev[0], "criterion": criterion,
               "filename": src.name[:255], "mime": mimetypes.guess_type(src.name)[0] or "application/octet-stream",
               "sha256": "", "size": size, "added_at": utcnow()}
        dest = self.path(row)
        tmp = temp_path(dest)
        h = hashlib.sha256()
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            with open(src, "rb") as fin, open(tmp, "wb") as fout:
                while chunk := fin.read(1 << 20):
                    h.update(chunk)
                    fout.write(chunk)
            replace_durably(tmp, dest)
            row["sha256"] = h.hexdigest()
            with transaction(db):
                db.execute(f"INSERT INTO attachments ({','.join(row)}) VALUES ({','.join('?' * len(row))})",
                           tuple(row.values()))
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            dest.unlink(missing_ok=True)
            raise IfdeskError(_("Impossible de copier la pièce jointe {f} : {e}", f=src.name, e=exc.strerror or exc)) from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            dest.unlink(missing_ok=True)
            raise
        return row

    def remove(self, att_id: str) -> None:
        db = self._ws.db
        rows = list(db.query("SELECT * FROM attachments WHERE id = ?", [att_id]))
        if not rows:
            return
        with transaction(db):
            db.execute("DELETE FROM attachments WHERE id = ?", (att_id,))
        self.path(rows[0]).unlink(missing_ok=True)


__all__ = ["MAX_ATTACHMENT", "AttachmentRepo", "attachment_file"]
