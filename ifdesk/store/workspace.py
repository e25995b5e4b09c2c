"""The workspace folder: database, lock, attachments, backups. One object per open workspace.

A `Workspace` belongs to the thread that opened it (sqlite3 connections do). Writers hold an
exclusive lock on the folder so that two running programs never write the same workspace;
read-only opens take no lock.

Opening is light on purpose: the folder, the lock, a plain sqlite3 connection, the schema version and a
`stat()` of the shipped référentiels. The sqlite-utils view (`db`) and the repositories other than
companies come on first use, so that the window shows its first page without importing sqlite-utils or
pydantic (`startup_ratio` of quality.md).
"""

from __future__ import annotations

import sqlite3
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import IfdeskError
from ..i18n import _
from ..paths import default_data_dir
from . import schema
from .companies import CompanyRepo
from .db import (DB_NAME, Lock, WorkspaceError, migrate, open_connection, private_dir, transaction, user_version,
                 wrap)
from .shipped import changed_shipped_files

if TYPE_CHECKING:
    from contextlib import AbstractContextManager
    from datetime import date

    import sqlite_utils

    from .attachments import AttachmentRepo
    from .diagnostics import DiagnosticRepo
    from .referentiels import ReferentielRepo


class Workspace:
    def __init__(self, folder: Path | str | None = None, readonly: bool = False, sync_referentiels: bool = True):
        self.folder = Path(folder) if folder else default_data_dir()
        self.readonly = readonly
        self.lock: Lock | None = None
        self.last_backup: Path | None = None
        self.conn: sqlite3.Connection | None = None
        self._db: sqlite_utils.Database | None = None
        self._referentiels: ReferentielRepo | None = None
        db_path = self.folder / DB_NAME
        if readonly:
            if not db_path.exists():
                self._create_folder()
                self.readonly = False
                readonly = False
        else:
            self._create_folder()
        if not readonly:
            self.lock = Lock(self.folder)
            self.lock.acquire()
        try:
            self.conn = open_connection(db_path, readonly=readonly)
            v = user_version(self.conn)
            if readonly:
                if v > schema.LATEST:
                    raise WorkspaceError(_("L'espace de travail utilise le schéma {v}, plus récent que celui que ce programme connaît ({k}). "
                                           "Mettez ifdesk à jour.", v=v, k=schema.LATEST))
                if v < schema.LATEST:
                    self.conn.close()
                    self._reopen_writable(db_path)
            elif v != schema.LATEST:
                self.last_backup = migrate(self._wrapped(), db_path, schema.MIGRATIONS)
        except BaseException:
            self.close()
            raise
        self.companies = CompanyRepo(self)
        # a few stat() calls; the YAML is parsed (and pydantic imported) only when a shipped file changed
        if sync_referentiels and not self.readonly and changed_shipped_files(self.conn):
            self.referentiels.sync_shipped()

    def _create_folder(self) -> None:
        try:
            private_dir(self.folder)  # 0700 whatever the umask: companies' data and keys
        except OSError as exc:
            raise WorkspaceError(_("Impossible de créer le dossier de l'espace de travail {p} : {err}",
                                   p=self.folder, err=exc.strerror or exc)) from None

    def _reopen_writable(self, db_path: Path) -> None:
        self.readonly = False
        self.lock = Lock(self.folder)
        self.lock.acquire()
        self.conn = open_connection(db_path)
        self._db = None
        self.last_backup = migrate(self._wrapped(), db_path, schema.MIGRATIONS)

    def _wrapped(self) -> sqlite_utils.Database:
        if self._db is None:
            assert self.conn is not None, "workspace closed"
            self._db = wrap(self.conn)
        return self._db

    @property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils view of the connection, made on first use."""
        return self._wrapped()

    @property
    def referentiels(self) -> ReferentielRepo:
        if self._referentiels is None:
            from .referentiels import ReferentielRepo

            self._referentiels = ReferentielRepo(self._wrapped())
        return self._referentiels

    @cached_property
    def attachments(self) -> AttachmentRepo:
        from .attachments import AttachmentRepo

        return AttachmentRepo(self)

    @cached_property
    def diagnostics(self) -> DiagnosticRepo:
        from .diagnostics import DiagnosticRepo

        return DiagnosticRepo(self.db, self.referentiels)

    @property
    def path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def attachments_dir(self) -> Path:
        return self.folder / "attachments"

    def transaction(self) -> AbstractContextManager[sqlite_utils.Database]:
        return transaction(self.db)

    # ---- settings ------------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with transaction(self.db):
            self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))

    def identity(self) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT key_id, name, org, role, public_key, created_at FROM identity WHERE id = 1"))
        return rows[0] if rows else None

    def expert_name(self) -> str:
        """The expert a new diagnostic names: the identity's name, else the « expert_name » setting."""
        ident = self.identity()
        return (ident["name"] if ident else None) or self.setting("expert_name") or ""

    def new_diagnostic(self, siret: str, visit_date: date | None = None) -> str:
        """A new draft for `siret` on the current référentiel, by this workspace's expert (CLI and window)."""
        ident = self.identity()
        return self.diagnostics.create(siret, self.referentiels.current(), ident["key_id"] if ident else None,
                                       self.expert_name(), visit_date=visit_date)

    # ---- health --------------------------------------------------------------------------------
    def check(self) -> list[str]:
        """Problems found (empty when sound): SQLite integrity, foreign keys, stored hashes, schema version."""
        problems: list[str] = []
        rows = [r[0] for r in self.db.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems += [_("intégrité SQLite : {r}", r=r) for r in rows[:20]]
        for table, rowid, parent, _fk in self.db.execute("PRAGMA foreign_key_check").fetchall()[:20]:
            problems.append(_("clé étrangère rompue : {t} ligne {r} → {p}", t=table, r=rowid, p=parent))
        v = self.db.execute("PRAGMA user_version").fetchone()[0]
        if v != schema.LATEST:
            problems.append(_("version de schéma {v}, attendue {k}", v=v, k=schema.LATEST))
        problems += self._check_hashes()
        return problems

    def _check_hashes(self) -> list[str]:
        import hashlib

        out = []
        for sha, content in self.db.execute("SELECT sha256, content FROM referentiels"):
            if hashlib.sha256(content.encode("utf-8")).hexdigest() != sha:
                out.append(_("référentiel {h}… : contenu altéré (SHA-256 différent)", h=sha[:12]))
        for diag_id, rev in self.db.execute("SELECT diag_id, revision FROM revisions WHERE content_hash IS NOT NULL").fetchall():
            stored = self.db.execute("SELECT content_hash FROM revisions WHERE diag_id=? AND revision=?", (diag_id, rev)).fetchone()[0]
            try:
                actual = self.diagnostics.get(diag_id, rev).content_hash()
            except IfdeskError as exc:
                out.append(_("diagnostic {id} r{r} illisible : {e}", id=diag_id, r=rev, e=exc))
                continue
            if actual != stored:
                out.append(_("diagnostic {id} révision {r} : contenu altéré depuis sa clôture (empreinte différente)", id=diag_id, r=rev))
        return out

    def close(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            try:
                conn.close()
            except Exception:
                pass
        if self.lock:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

