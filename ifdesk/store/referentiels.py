"""Référentiels known to the workspace: shipped files, files given by path, bundles."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from ..core import referentiel as refmod
from ..core.errors import NotFoundError
from ..core.referentiel import Referentiel
from ..i18n import _
from .db import transaction, utcnow
from .shipped import changed_shipped_files


class ReferentielRepo:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self._cache: dict[str, Referentiel] = {}

    def sync_shipped(self, folder: Path | None = None) -> None:
        """Register every `*.yaml` of the shipped folder; unchanged files are not parsed again."""
        for f in changed_shipped_files(self.db.conn, folder):
            st = f.stat()
            try:
                ref = refmod.load_file(f)
            except refmod.ReferentielInvalid:
                continue  # a broken shipped file must not stop the app; `referentiel validate` explains it
            with transaction(self.db):
                self._insert(ref, "shipped")
                self.db.execute("INSERT OR REPLACE INTO referentiel_files (path, size, mtime, sha256) VALUES (?,?,?,?)",
                                (f.name, st.st_size, st.st_mtime, ref.sha256))

    def _insert(self, ref: Referentiel, source: str) -> bool:
        exists = self.db.execute("SELECT 1 FROM referentiels WHERE sha256 = ?", (ref.sha256,)).fetchone()
        if exists:
            return False
        self.db.execute("INSERT INTO referentiels (sha256, id, version, title, content, source, added_at) VALUES (?,?,?,?,?,?,?)",
                        (ref.sha256, ref.id, ref.version, ref.title, ref.canonical_json().decode("utf-8"), source, utcnow()))
        self._cache[ref.sha256] = ref
        return True

    def add(self, ref: Referentiel, source: str = "file") -> bool:
        """Register a référentiel; True when it was new. Same id+version with other content is refused."""
        # a version carried by a bundle never blocks the official one (bundle.md, Authority): the official
        # text is added beside it and is the one found by id+version; the bundle's stays for its diagnostics
        clash = self.db.execute("SELECT sha256 FROM referentiels WHERE id = ? AND version = ? AND sha256 != ? "
                                "AND (source != 'bundle' OR ? = 'bundle')",
                                (ref.id, ref.version, ref.sha256, source)).fetchone()
        if clash:
            from ..core.errors import ValidationError

            raise ValidationError(_("Le référentiel {id} {v} est déjà connu avec un autre contenu (SHA-256 {h}…) : "
                                    "une nouvelle version doit porter un nouveau numéro.", id=ref.id, v=ref.version, h=clash[0][:12]))
        with transaction(self.db):
            return self._insert(ref, source)

    def get(self, sha256: str) -> Referentiel:
        ref = self._cache.get(sha256)
        if ref is None:
            row = self.db.execute("SELECT content FROM referentiels WHERE sha256 = ?", (sha256,)).fetchone()
            if row is None:
                raise NotFoundError(_("Référentiel inconnu : {h}.", h=sha256))
            ref = refmod.from_data(json.loads(row[0]), source=f"base:{sha256[:12]}")
            self._cache[sha256] = ref
        return ref

    def find(self, key: str) -> Referentiel:
        """By SHA-256 (or its prefix), by `id` (newest version) or by `id@version` / `id version`."""
        key = key.strip()
        rows = self.list()
        for r in rows:
            if len(key) >= 8 and r["sha256"].startswith(key.lower()):
                return self.get(r["sha256"])
        ident, _sep, version = key.replace("@", " ").partition(" ")
        matches = [r for r in rows if r["id"] == ident and (not version or r["version"] == version.strip())]
        if not matches:
            raise NotFoundError(_("Référentiel introuvable : « {k} ».", k=key))
        return self.get(matches[-1]["sha256"])

    def list(self) -> list[dict]:
        rows = list(self.db.query("SELECT sha256, id, version, title, source, added_at FROM referentiels"))
        rows.sort(key=lambda r: (r["id"], _version_key(r["version"]), r["source"] != "bundle", r["added_at"]))
        return rows

    def current(self) -> Referentiel:
        """The référentiel for new diagnostics: the one chosen (distribution, settings), else the newest."""
        row = self.db.execute("SELECT value FROM settings WHERE key = 'current_referentiel'").fetchone()
        if row:
            try:
                return self.get(row[0])
            except NotFoundError:
                pass
        rows = self.list()
        if not rows:
            raise NotFoundError(_("Aucun référentiel n'est connu de l'espace de travail : ajoutez-en un au dossier referentiel/."))
        # a référentiel that only came with a received bundle never becomes current by itself
        rows = [r for r in rows if r["source"] != "bundle"] or rows
        default = [r for r in rows if r["id"] == "if-pme"] or rows
        return self.get(default[-1]["sha256"])

    def set_current(self, sha256: str) -> None:
        self.get(sha256)
        with transaction(self.db):
            self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('current_referentiel', ?)", (sha256,))


def _version_key(v: str) -> tuple:
    parts = []
    for p in v.replace("-", ".").split("."):
        parts.append((0, int(p), "") if p.isdigit() else (1, 0, p))
    return tuple(parts)
