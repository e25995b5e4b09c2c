"""The ZIP container: deterministic writing, and reading under hard limits (bundle.md steps 1–2).

Members are only ever read into memory by name, never extracted to disk. Sizes are counted while
decompressing; the sizes declared in the ZIP directory are used only to refuse early, never trusted.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import struct
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..core.atomic import atomic_write  # noqa: F401  (re-exported: the one atomic writer lives in core)
from ..core.errors import IfdeskError
from ..i18n import _

AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_FILE_BYTES = 128 * 1024 * 1024        # a bundle file on disk (encrypted or not)
MAX_MEMBERS = 4096
MAX_MEMBER_BYTES = 16 * 1024 * 1024       # one member, uncompressed
MAX_TOTAL_BYTES = 64 * 1024 * 1024        # all members, uncompressed (bounds memory per bundle)
MAX_RATIO = 100                           # uncompressed / compressed, checked past RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
CHUNK = 64 * 1024
MAX_AGE_HEADER = 8 * 1024                 # an age header: its stanzas and MAC line (ours: ~200 bytes a recipient)
MAX_AGE_STANZAS = 16                      # recipients in one age header (ours: the offices, a handful)
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,150}\.(json|sig)$")
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


class BundleRejected(IfdeskError):
    """A bundle refused during verification; the message is the one-line reason."""


# ---- reading a file ----------------------------------------------------------------------------------

def read_bundle_file(path: Path) -> bytes:
    """The bytes of a bundle file, read under MAX_FILE_BYTES; raises BundleRejected, FileNotFoundError, OSError.

    Only a regular file is read: a FIFO, a device, a socket or a folder named `*.ifbundle` is refused
    on its `stat`, before any open (opening a FIFO for reading waits for a writer, forever). The open
    itself is non-blocking and checked again (`fstat`), in case the name changed in between.
    """
    def check(st: os.stat_result) -> None:
        if not stat.S_ISREG(st.st_mode):
            raise BundleRejected(_("pas un fichier ordinaire (tube, périphérique, socket ou dossier) : refusé sans être lu"))
        if st.st_size > MAX_FILE_BYTES:
            raise BundleRejected(_("fichier trop volumineux ({n} octets, {c} au plus)", n=st.st_size, c=MAX_FILE_BYTES))

    check(os.stat(path))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        check(st)
        return fh.read(min(st.st_size, MAX_FILE_BYTES) + 1)  # not a MAX_FILE_BYTES buffer for every small file


def check_age_header(data: bytes) -> None:
    """Bound an age header before anything costly (bundle.md « decryption cost »): at most
    MAX_AGE_HEADER bytes up to its MAC line and MAX_AGE_STANZAS recipient stanzas. Each stanza costs
    an X25519 and the office's key costs a scrypt: a stranger's stuffed header is refused first."""
    end = data.find(b"\n--- ", 0, MAX_AGE_HEADER)
    if end < 0:
        raise BundleRejected(_("en-tête age trop long (plus de {n} octets) ou mal formé : refusé avant tout déchiffrement",
                               n=MAX_AGE_HEADER))
    stanzas = data.count(b"\n-> ", 0, end + 1)
    if stanzas > MAX_AGE_STANZAS:
        raise BundleRejected(_("en-tête age avec {n} destinataires ({m} au plus) : refusé avant tout déchiffrement",
                               n=stanzas, m=MAX_AGE_STANZAS))


def is_regular_file(path: Path) -> bool:
    """A regular file (a FIFO, a device, a socket or a folder is not), told by `stat` alone, without opening it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


# ---- writing ---------------------------------------------------------------------------------------

def build_zip(members: list[tuple[str, bytes]]) -> bytes:
    """A deterministic ZIP (fixed times and permissions, deflate) of the given members, in order."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.create_system = 3
            zf.writestr(info, data)
    return buf.getvalue()


# ---- reading ---------------------------------------------------------------------------------------

@dataclass
class Container:
    """An opened ZIP whose member names passed step 2; read members with `read`."""

    zf: zipfile.ZipFile
    infos: dict[str, zipfile.ZipInfo]
    total: int = 0

    def read(self, name: str, cap: int = MAX_MEMBER_BYTES) -> bytes:
        info = self.infos[name]
        if info.file_size > cap:
            raise BundleRejected(_("membre {m} trop volumineux ({n} octets annoncés, {c} au plus)", m=name, n=info.file_size, c=cap))
        out = bytearray()
        try:
            with self.zf.open(info) as fh:
                while True:
                    chunk = fh.read(CHUNK)
                    if not chunk:
                        break
                    out += chunk
                    n = len(out)
                    if n > cap:
                        raise BundleRejected(_("membre {m} trop volumineux une fois décompressé (plus de {c} octets)", m=name, c=cap))
                    if self.total + n > MAX_TOTAL_BYTES:
                        raise BundleRejected(_("contenu décompressé total trop volumineux (plus de {c} octets)", c=MAX_TOTAL_BYTES))
                    if n > RATIO_FLOOR and n > MAX_RATIO * max(info.compress_size, 1):
                        raise BundleRejected(_("taux de compression suspect pour {m} (bombe de décompression ?)", m=name))
        except BundleRejected:
            raise
        except Exception as exc:  # zlib.error, BadZipFile (CRC), EOFError… on hostile data
            raise BundleRejected(_("membre {m} illisible ({e})", m=name, e=_short(exc))) from None
        self.total += len(out)
        return bytes(out)


    def raw_key(self, name: str) -> bytes:
        """SHA-256 of a member's compression method and compressed bytes, read from the file itself.

        Equal keys mean equal decompressed content (decoding is deterministic): a member already
        verified once (the référentiel every bundle carries) need not be inflated and hashed again.
        """
        info = self.infos[name]
        fp = self.zf.fp
        assert fp is not None  # the archive is open while the container lives
        fp.seek(info.header_offset)
        head = fp.read(30)
        if len(head) != 30 or head[:4] != b"PK\x03\x04":
            raise BundleRejected(_("membre {m} illisible (en-tête local absent)", m=name))
        n, e = struct.unpack("<HH", head[26:30])
        fp.seek(info.header_offset + 30 + n + e)
        data = fp.read(info.compress_size)
        if len(data) != info.compress_size:
            raise BundleRejected(_("membre {m} tronqué", m=name))
        return hashlib.sha256(bytes([info.compress_type]) + data).digest()


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    return text[:160]


def open_container(data: bytes) -> Container:
    """Steps 1 and 2: structure limits and member-name rules, before any decompression."""
    if not data:
        raise BundleRejected(_("fichier vide"))
    if len(data) > MAX_FILE_BYTES:
        raise BundleRejected(_("fichier trop volumineux ({n} octets, {c} au plus)", n=len(data), c=MAX_FILE_BYTES))
    if not data.startswith(b"PK\x03\x04"):
        raise BundleRejected(_("ce n'est pas un paquet ifdesk (ni ZIP ni chiffré age)"))
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as exc:  # BadZipFile, truncated, corrupted directory…
        raise BundleRejected(_("ZIP illisible ou tronqué ({e})", e=_short(exc))) from None
    if len(infos) > MAX_MEMBERS:
        raise BundleRejected(_("trop de membres ({n}, {c} au plus)", n=len(infos), c=MAX_MEMBERS))
    declared = 0
    seen: dict[str, str] = {}
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in infos:  # duplicates first (also by case and Unicode normalisation), then each name
        name = info.filename
        key = unicodedata.normalize("NFC", name).casefold()
        if key in seen:
            raise BundleRejected(_("nom de membre en double : « {a} » et « {b} »", a=_safe(seen[key]), b=_safe(name)))
        seen[key] = name
    for info in infos:
        name = info.filename
        _check_name(name, info)
        declared += info.file_size
        by_name[name] = info
    if declared > MAX_TOTAL_BYTES:
        raise BundleRejected(_("contenu annoncé trop volumineux ({n} octets, {c} au plus)", n=declared, c=MAX_TOTAL_BYTES))
    return Container(zf, by_name)


def _safe(name: str) -> str:
    return name.encode("unicode_escape").decode("ascii")[:120]


def _check_name(name: str, info: zipfile.ZipInfo) -> None:
    shown = _safe(name)
    if "\\" in name:
        raise BundleRejected(_("nom de membre interdit (barre oblique inverse) : « {m} »", m=shown))
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise BundleRejected(_("nom de membre interdit (chemin absolu) : « {m} »", m=shown))
    if ".." in name.split("/") or ".." in name:
        raise BundleRejected(_("nom de membre interdit (remontée de dossier « .. ») : « {m} »", m=shown))
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise BundleRejected(_("lien symbolique interdit dans un paquet : « {m} »", m=shown))
    if info.flag_bits & 0x1:
        raise BundleRejected(_("membre chiffré interdit : « {m} »", m=shown))
    if not NAME_RE.match(name):
        raise BundleRejected(_("nom de membre interdit : « {m} » (minuscules, chiffres, - et _, extension .json ou .sig)", m=shown))
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG):  # no type bits (many zip writers) or a regular file
        raise BundleRejected(_("membre d'un type interdit : « {m} »", m=shown))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleRejected(_("méthode de compression non admise pour « {m} »", m=shown))
