"""The company report: the PDF the expert hands over at the end of the visit (reportlab, no Qt).

`render_report(ws, diag_id, out_path)` does everything. A window that renders in a worker thread can
instead call `collect(ws, …)` in the thread owning the workspace and `build_pdf(data, …)` in the worker:
`build_pdf` never touches the database. The PDF is written to a temporary file beside the target and
renamed at the end, so a failed or interrupted report never leaves a partial PDF under the final name.
"""

from __future__ import annotations

import errno
import os
import secrets
from glob import escape as glob_escape
from pathlib import Path
from typing import Callable

from reportlab.platypus.doctemplate import LayoutError

from .. import __version__
from ..core.diagnostic import Status
from ..core.errors import IfdeskError
from ..i18n import _
from . import followup_sections, sections
from .data import ReportData, collect
from .document import ReportDoc
from .labels import Labels
from .style import register_fonts

Progress = Callable[[float, str], None]

__all__ = ["render_report", "build_pdf", "collect", "discard_partial", "ReportData"]


def render_report(ws, diag_id: str, out_path: str | os.PathLike, lang: str = "fr", revision: int | None = None,
                  progress: Progress | None = None) -> Path:
    """Write the report of one diagnostic (`diag_id` may be a unique prefix) to `out_path`.

    `progress(fraction, message)` is called now and then from the calling thread. Raises IfdeskError
    with one clear line on unknown diagnostic or unwritable destination; then no file is left.
    """
    target = _check_target(out_path)
    if progress:
        progress(0.0, _("Lecture du diagnostic…"))
    data = collect(ws, diag_id, revision)
    return build_pdf(data, target, lang=lang, progress=progress)


def build_pdf(data: ReportData, out_path: str | os.PathLike, lang: str = "fr", progress: Progress | None = None) -> Path:
    """Lay out and write the PDF (no database access: safe in a worker thread)."""
    target = _check_target(out_path)
    register_fonts()
    L = Labels(lang)
    if progress:
        progress(0.05, _("Mise en page du rapport…"))
    story = (sections.cover(data, L) + sections.summary(data, L)
             + followup_sections.evolution(data, L) + followup_sections.benchmark(data, L) + sections.synthesis(data, L)
             + sections.themes(data, L) + sections.action_plan(data, L) + sections.annex_criteria(data, L)
             + sections.annex_photos(data, L) + sections.annex_method(data, L))

    done = [0, 0.0]
    total = max(len(story), 1)  # platypus consumes the list while building

    def on_flowable() -> None:
        done[0] += 1
        frac = 0.1 + 0.85 * min(done[0] / total, 1.0)
        if progress and frac - done[1] >= 0.05:
            done[1] = frac
            progress(frac, _("Mise en page du rapport…"))

    fd, tmp = _temp_file(target)
    os.close(fd)
    try:
        diag = data.diag
        expert = diag.expert_name + (f" ({data.expert_org})" if data.expert_org else "")
        doc = ReportDoc(
            tmp, header_left=f"{L('header')} — {data.company_name}",
            header_right=L.date(diag.visit_date, long=True),
            footer_left=f"{data.ref.id} {data.ref.version} · {L('revision')} {diag.id[:8]} r{diag.revision}",
            page_label=lambda n, total: L("page", n=n, total=total), on_flowable=on_flowable,
            title=f"{L('doc_title')} — {data.company_name}", author=expert or "ifdesk",
            subject=L("subject", company=data.company_name),
            keywords=["Industrie du Futur", "diagnostic", data.ref.id, data.ref.version],
            creator=f"ifdesk {__version__}", lang="en" if L.lang == "en" else "fr-FR")
        doc.cover_title, doc.cover_subtitle = L("doc_title"), L("doc_subtitle")
        if diag.status == Status.DRAFT:
            doc.watermark = L("watermark_draft")
        doc.build(story)
        if progress:
            progress(0.97, _("Écriture du fichier…"))
        _fsync(tmp)  # on disk before it takes the final name
        os.replace(tmp, target)
    except LayoutError as exc:
        _unlink(tmp)
        first_line = (str(exc).splitlines() or [""])[0][:200]
        raise IfdeskError(_("Mise en page du rapport impossible : {e}", e=first_line)) from None
    except OSError as exc:
        _unlink(tmp)
        raise IfdeskError(_("Impossible d'écrire le rapport {p} : {e}", p=target, e=exc.strerror or exc)) from None
    except BaseException:
        _unlink(tmp)
        raise
    if progress:
        progress(1.0, _("Rapport prêt."))
    return target


def discard_partial(out_path: str | os.PathLike) -> int:
    """Remove the hidden temporary files a killed report left beside `out_path` (the final file,
    if any, is untouched). For a caller that kills a rendering process; returns how many were removed."""
    target = Path(out_path).expanduser()
    removed = 0
    for tmp in target.parent.glob(f".{glob_escape(target.name)}.*.tmp"):
        if len(tmp.name) == len(target.name) + 14:  # "." + name + "." + 8 hex + ".tmp"
            _unlink(str(tmp))
            removed += 1
    return removed


def _check_target(out_path: str | os.PathLike) -> Path:
    target = Path(out_path).expanduser()
    if target.is_dir():
        raise IfdeskError(_("Impossible d'écrire le rapport {p} : c'est un dossier.", p=target))
    parent = target.parent
    if not parent.is_dir():
        raise IfdeskError(_("Impossible d'écrire le rapport {p} : le dossier {d} n'existe pas.", p=target, d=parent))
    return target.absolute()


def _temp_file(target: Path) -> tuple[int, str]:
    """A new hidden file beside the target, created with the user's usual permissions (umask), not 0600."""
    try:
        for _attempt in range(100):
            path = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
            try:
                return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), str(path)
            except FileExistsError:
                continue
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST))
    except OSError as exc:
        raise IfdeskError(_("Impossible d'écrire le rapport {p} : {e}", p=target, e=exc.strerror or exc)) from None


def _fsync(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
