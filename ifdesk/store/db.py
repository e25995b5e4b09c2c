"""Connection, pragmas, the single-writer lock and the migration runner."""

from __future__ import annotations

import os
import sqlite3
import sys
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Iterator, Sequence

from ..core.errors import IfdeskError
from ..i18n import _

if TYPE_CHECKING:
    import sqlite_utils

DB_NAME = "ifdesk.sqlite3"
LOCK_NAME = "ifdesk.lock"


class WorkspaceError(IfdeskError):
    pass


# ---- private to the user (docs/decisions-safety.md) ---------------------------------------------------
# Whatever the umask (022 makes files readable by every local user), the workspace folder is 0700 and
# the database, its -wal/-shm, the lock, the backups (and the logs, ifdesk.ui.log) are 0600: they hold
# companies' data and the encrypted keys. POSIX only; Windows' user profile ACLs already do this.

def private_dir(path: Path) -> None:
    """Create `path` (and parents) if needed; make it 0700 when it is ours."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    _chmod(path, 0o700)


def private_file(path: Path) -> None:
    """Create `path` empty if missing, without ever being readable by others; make it 0600 when it is ours."""
    if sys.platform != "win32":
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600))
        except OSError:
            return
    _chmod(path, 0o600)


def _chmod(path: Path, mode: int) -> None:
    if sys.platform == "win32":
        return
    try:
        st = os.stat(path)
        if st.st_uid == os.getuid() and (st.st_mode & 0o777) != mode:
            os.chmod(path, mode)
    except OSError:
        pass  # not ours, or gone: the opening says what matters


def private_db_files(path: Path) -> None:
    """The database and its WAL companions, 0600 (SQLite gives -wal/-shm the mode of the database)."""
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if p.exists():
            _chmod(p, 0o600)


class WorkspaceLocked(WorkspaceError):
    pass


def utcnow() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def connect(path: Path, readonly: bool = False) -> sqlite_utils.Database:
    """Autocommit connection: every write goes through `transaction()` (BEGIN IMMEDIATE … COMMIT)."""
    return wrap(open_connection(path, readonly))


def wrap(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """The sqlite-utils view of a connection. Imported here, not at module level: sqlite-utils costs
    about 90 ms to import (click, dateutil, its plugin scan), which the window's start does without."""
    import sqlite_utils

    return sqlite_utils.Database(conn)


def query_dicts(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Rows as dicts, as sqlite-utils' `db.query()` gives them, from a plain connection."""
    cur = conn.execute(sql, params)
    keys = [d[0] for d in cur.description]
    return [dict(zip(keys, row)) for row in cur]


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def open_connection(path: Path, readonly: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection with the workspace's pragmas (WAL, synchronous FULL, foreign keys)."""
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        else:
            private_file(path)  # before SQLite creates it with the umask's mode
            conn = sqlite3.connect(str(path), isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 5000")
        if not readonly:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise WorkspaceError(_("Impossible d'activer le journal WAL sur {p}.", p=path))
        # FULL: in WAL mode a commit is on disk when it returns (NORMAL could lose it on power loss).
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not readonly:
            private_db_files(path)
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(_("Le fichier {p} n'est pas une base d'espace de travail lisible ({err}).",
                               p=path, err=exc)) from None
    return conn


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    conn = db.conn
    if conn.in_transaction:  # nested: the outer transaction commits
        yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


class Lock:
    """An OS-level exclusive lock on `<workspace>/ifdesk.lock`, released when the process dies."""

    def __init__(self, folder: Path):
        self.path = folder / LOCK_NAME
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        private_file(self.path)
        fh = open(self.path, "a+")
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip() or "?"
            fh.close()
            raise WorkspaceLocked(_("L'espace de travail {p} est déjà ouvert par un autre programme ifdesk (processus {pid}). "
                                    "Fermez-le puis réessayez.", p=self.path.parent, pid=holder)) from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def backup_file(db_path: Path, version: int) -> Path:
    """Copy the database (with its WAL content) before a migration, via SQLite's backup API."""
    folder = db_path.parent / "backups"
    private_dir(folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = folder / f"ifdesk-schema{version}-{stamp}.sqlite3"
    n = 1
    while dest.exists():
        dest = folder / f"ifdesk-schema{version}-{stamp}-{n}.sqlite3"
        n += 1
    src = sqlite3.connect(str(db_path))
    try:
        private_file(dest)
        dst = sqlite3.connect(str(dest))
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return dest


def migrate(db: sqlite_utils.Database, db_path: Path, migrations: list[Any]) -> Path | None:
    """Bring the schema to the newest version; refuse a newer one. Returns the backup made, if any."""
    current = db.execute("PRAGMA user_version").fetchone()[0]
    latest = len(migrations)
    if current > latest:
        raise WorkspaceError(_("L'espace de travail utilise le schéma {v}, plus récent que celui que ce programme connaît ({k}). "
                               "Mettez ifdesk à jour.", v=current, k=latest))
    if current == latest:
        return None
    backup = backup_file(db_path, current) if current > 0 else None
    for version in range(current + 1, latest + 1):
        try:
            with transaction(db):
                migrations[version - 1](db)
                db.execute(f"PRAGMA user_version = {version}")
        except Exception as exc:
            raise WorkspaceError(_("La mise à jour du schéma vers la version {v} a échoué ({e}) ; l'espace de travail reste "
                                   "à la version {c}, sans modification partielle.", v=version, e=exc, c=version - 1)) from exc
    return backup

