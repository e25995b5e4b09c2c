"""Atomic file writes, written once: a temporary file in the target's folder, fsync, `os.replace`,
then fsync of the folder, so a reader sees the old file or the new one, never a partial one.

`atomic_write` for bytes in memory; `replace_durably` for a writer (reportlab, openpyxl, a copy
loop) that filled its own temporary file in the same folder."""
from __future__ import annotations

import os
from pathlib import Path


def temp_path(target: str | os.PathLike[str]) -> Path:
    """A hidden, unused-looking name beside `target` (same folder, so `os.replace` is a rename)."""
    t = Path(target)
    return t.with_name(f".{t.name}.{os.urandom(4).hex()}.part")  # not uuid: it imports `platform`


def fsync_file(path: str | os.PathLike[str]) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: str | os.PathLike[str]) -> None:
    """Make a rename in `folder` durable; silently skipped where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace_durably(tmp: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """`tmp` (already written, same folder as `target`) on disk, then renamed over `target`."""
    fsync_file(tmp)
    os.replace(tmp, target)
    fsync_dir(Path(target).parent)


def atomic_write(path: str | os.PathLike[str], data: bytes, mode: int | None = None, durable: bool = True) -> None:
    """Write `data` to `path` atomically: never a partial file under `path`; the temporary file is
    removed on any failure. `mode` (e.g. 0o600 for a secret): the file is created with it, never wider.
    `durable=False` leaves out the fsyncs (a batch of files made durable once by its caller)."""
    path = Path(path)
    tmp = temp_path(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 if mode is None else mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)  # whatever the umask
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    if durable:
        fsync_dir(path.parent)
